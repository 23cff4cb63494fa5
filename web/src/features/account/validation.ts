/**
 * The account forms' checks, run as people type: each answers a plain sentence to show under
 * the field, or null when the value is fine. They mirror the server's rules (contracts/auth.ts)
 * so that a form the browser lets through is one the server takes.
 */

export const MIN_PASSWORD = 8;
const MAX_NAME = 120;

// A character that shows: not white space, not a control or invisible format character.
const VISIBLE = /[^\s\p{C}\p{Z}\u115F\u1160\u3164\uFFA0]/u;

export function checkName(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter your name.';
  if (!VISIBLE.test(trimmed)) return 'Your name needs at least one visible letter or sign.';
  if (trimmed.length > MAX_NAME) return `Keep your name under ${MAX_NAME} characters.`;
  return null;
}

/** A phone as people write it, in the E.164 form the server keeps (`+351912345678`). */
export function normalisePhone(phone: string): string {
  return phone.trim().replace(/[\s().-]/g, '');
}

/** Empty is fine: the phone is optional. */
export function checkPhone(phone: string): string | null {
  if (!phone.trim()) return null;
  const normalised = normalisePhone(phone);
  if (!normalised.startsWith('+')) {
    return 'Start with + and your country code, for example +351 912 345 678.';
  }
  if (!/^\+[1-9][0-9]{7,14}$/.test(normalised)) {
    return 'That does not look like a phone number. Use digits only, for example +351 912 345 678.';
  }
  return null;
}

export function checkNewPassword(password: string): string | null {
  if (!password) return 'Choose a password.';
  if (password.length < MIN_PASSWORD) {
    return `Use at least ${MIN_PASSWORD} characters (${MIN_PASSWORD - password.length} more).`;
  }
  if (password.length > 256) return 'Use at most 256 characters.';
  return null;
}

export function checkPasswordRepeat(password: string, repeat: string): string | null {
  if (!repeat) return 'Type the new password again.';
  return repeat === password ? null : 'The two passwords are not the same.';
}

export function checkEmail(email: string): string | null {
  const trimmed = email.trim();
  if (!trimmed) return 'Enter an email address.';
  // The browser's own idea of an address, roughly: something@something.something.
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
    return 'That does not look like an email address, for example name@example.com.';
  }
  if (trimmed.length > 254) return 'That address is too long.';
  return null;
}

/** The languages the language select offers (BCP 47), by their own names. */
export const LANGUAGES = [
  'en-US',
  'en-GB',
  'es-ES',
  'fr-FR',
  'de-DE',
  'it-IT',
  'pt-PT',
  'pt-BR',
  'nl-NL',
  'ja-JP',
] as const;

/** A language tag as a person reads it, in that language: "português (Portugal)". */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
