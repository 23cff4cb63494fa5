/**
 * The account forms' checks, run as people type: each answers a plain sentence to show under
 * the field, or null when the value is fine. They mirror the server's rules (contracts/auth.ts)
 * so that a form the browser lets through is one the server takes. The sentences are in the
 * app's language: a component passes its `t`; without one, the language shown now.
 */
import type { TFunction } from 'i18next';
import { i18n } from '../../lib/i18n.ts';

type T = TFunction<'account'>;
const shown = (): T => i18n.getFixedT(null, 'account');

export const MIN_PASSWORD = 8;
const MAX_NAME = 120;
const MAX_PASSWORD = 256;

// A character that shows: not white space, not a control or invisible format character.
const VISIBLE = /[^\s\p{C}\p{Z}\u115F\u1160\u3164\uFFA0]/u;

export function checkName(name: string, t: T = shown()): string | null {
  const trimmed = name.trim();
  if (!trimmed) return t('checks.nameEmpty');
  if (!VISIBLE.test(trimmed)) return t('checks.nameInvisible');
  if (trimmed.length > MAX_NAME) return t('checks.nameTooLong', { max: MAX_NAME });
  return null;
}

/** A phone as people write it, in the E.164 form the server keeps (`+351912345678`). */
export function normalisePhone(phone: string): string {
  return phone.trim().replace(/[\s().-]/g, '');
}

/** Empty is fine: the phone is optional. */
export function checkPhone(phone: string, t: T = shown()): string | null {
  if (!phone.trim()) return null;
  const normalised = normalisePhone(phone);
  if (!normalised.startsWith('+')) return t('checks.phoneNoCountryCode');
  if (!/^\+[1-9][0-9]{7,14}$/.test(normalised)) return t('checks.phoneInvalid');
  return null;
}

export function checkNewPassword(password: string, t: T = shown()): string | null {
  if (!password) return t('checks.passwordEmpty');
  if (password.length < MIN_PASSWORD) {
    return t('checks.passwordTooShort', {
      min: MIN_PASSWORD,
      count: MIN_PASSWORD - password.length,
    });
  }
  if (password.length > MAX_PASSWORD) return t('checks.passwordTooLong', { max: MAX_PASSWORD });
  return null;
}

export function checkPasswordRepeat(
  password: string,
  repeat: string,
  t: T = shown(),
): string | null {
  if (!repeat) return t('checks.repeatEmpty');
  return repeat === password ? null : t('checks.repeatDifferent');
}

export function checkEmail(email: string, t: T = shown()): string | null {
  const trimmed = email.trim();
  if (!trimmed) return t('checks.emailEmpty');
  // The browser's own idea of an address, roughly: something@something.something.
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return t('checks.emailInvalid');
  if (trimmed.length > 254) return t('checks.emailTooLong');
  return null;
}

/** A language tag as a person reads it, in that language: "português (Portugal)". */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
