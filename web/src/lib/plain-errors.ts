/**
 * The server's errors in plain language, in the app's language. A 400 `validation_failed`
 * names the field by its path in the request and the rule it broke ("body.password: must be at
 * least 8 characters", or zod's own "Too small: expected string to have >=8 characters");
 * people read "Password must be at least 8 characters". In a language other than English, the
 * contract's own wording and the messages of the error codes are put in that language too;
 * English keeps the server's words, which are more precise.
 */
import { i18n } from './i18n.ts';

/** A field's name in the app's language when the catalogue has it (`validation.fields`). */
function fieldName(part: string): string | undefined {
  for (const language of [i18n.language, 'en']) {
    const name: unknown = i18n.getResource(language, 'app', `validation.fields.${part}`);
    if (typeof name === 'string') return name;
  }
  return undefined;
}

/** The part of the request a path starts with, which people never see. */
const REQUEST_PARTS = new Set(['body', 'query', 'params', 'request', 'headers']);

/** "body.quiet_hours.end" → "Quiet hours end"; "body.photos.2" → "Photos". */
export function fieldLabel(path: string): string {
  const parts = path
    .split('.')
    .filter((part, i) => !(i === 0 && REQUEST_PARTS.has(part)) && !/^\d+$/.test(part));
  const last = parts.at(-1);
  const named = last ? fieldName(last) : undefined;
  if (named && parts.length === 1) return named;
  const label = named
    ? `${words(parts.slice(0, -1))} ${named.toLocaleLowerCase(i18n.language)}`
    : words(parts);
  return label
    ? label[0]!.toLocaleUpperCase(i18n.language) + label.slice(1)
    : i18n.t('app:validation.aValue');
}

function words(parts: string[]): string {
  return parts.join(' ').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

type Say = (m: RegExpExecArray) => string;

/** zod's default messages, as the rest of a sentence about the field. */
const ZOD_RULES: [RegExp, Say][] = [
  [
    /^Invalid input: expected \w+, received undefined$/,
    () => i18n.t('app:validation.rules.required'),
  ],
  [
    /^Too small: expected string to have >=?(\d+) characters?$/,
    (m) => i18n.t('app:validation.rules.minLength', { count: Number(m[1]) }),
  ],
  [
    /^Too big: expected string to have <=?(\d+) characters?$/,
    (m) => i18n.t('app:validation.rules.maxLength', { count: Number(m[1]) }),
  ],
  [
    /^Too small: expected array to have >=?(\d+) items?$/,
    (m) => i18n.t('app:validation.rules.minItems', { value: m[1] }),
  ],
  [
    /^Too big: expected array to have <=?(\d+) items?$/,
    (m) => i18n.t('app:validation.rules.maxItems', { value: m[1] }),
  ],
  [
    /^Too small: expected number to be >=(-?[\d.]+)$/,
    (m) => i18n.t('app:validation.rules.min', { value: m[1] }),
  ],
  [
    /^Too small: expected number to be >(-?[\d.]+)$/,
    (m) => i18n.t('app:validation.rules.moreThan', { value: m[1] }),
  ],
  [
    /^Too big: expected number to be <=(-?[\d.]+)$/,
    (m) => i18n.t('app:validation.rules.max', { value: m[1] }),
  ],
  [
    /^Too big: expected number to be <(-?[\d.]+)$/,
    (m) => i18n.t('app:validation.rules.lessThan', { value: m[1] }),
  ],
  [/^Invalid email address$/, () => i18n.t('app:validation.rules.email')],
  [
    /^Invalid option: expected one of (.+)$/,
    (m) =>
      i18n.t('app:validation.rules.oneOf', {
        options: m[1]!.replace(/"/g, '').split('|').join(', '),
      }),
  ],
  [
    /^Invalid (input|string|UUID|uuid|URL|url|date|datetime|ISO datetime)\b.*$/,
    () => i18n.t('app:validation.rules.invalid'),
  ],
];

/** The contract's own wording (contracts/src), in the other languages. */
const CONTRACT_RULES: [RegExp, Say][] = [
  [/^must not be empty$/, () => i18n.t('app:validation.rules.notEmpty')],
  [/^must contain a visible character$/, () => i18n.t('app:validation.rules.visible')],
  [/^must be one emoji$/, () => i18n.t('app:validation.rules.oneEmoji')],
  [
    /^must be at least (\d+) characters?$/,
    (m) => i18n.t('app:validation.rules.minLength', { count: Number(m[1]) }),
  ],
  [
    /^must be at most (\d+) characters?$/,
    (m) => i18n.t('app:validation.rules.maxLength', { count: Number(m[1]) }),
  ],
  [/^must be at most (-?[\d.]+)$/, (m) => i18n.t('app:validation.rules.max', { value: m[1] })],
  [/^must be 0 or more$/, () => i18n.t('app:validation.rules.zeroOrMore')],
  [
    /^must be a time (?:such as|as) (.+)$/,
    (m) => i18n.t('app:validation.rules.time', { example: m[1] }),
  ],
  [
    /^must be a phone number such as (.+)$/,
    (m) => i18n.t('app:validation.rules.phone', { example: m[1] }),
  ],
  [
    /^must be an (?:international|E\.164) number such as (.+)$/,
    (m) => i18n.t('app:validation.rules.internationalNumber', { example: m[1] }),
  ],
  [
    /^must be an IANA time zone such as (.+)$/,
    (m) => i18n.t('app:validation.rules.timeZone', { example: m[1] }),
  ],
  [
    /^must be an ISO 4217 currency code such as (.+)$/,
    (m) => i18n.t('app:validation.rules.currency', { example: m[1] }),
  ],
  [
    /^must be a BCP 47 language tag such as (.+)$/,
    (m) => i18n.t('app:validation.rules.languageTag', { example: m[1] }),
  ],
  [
    /^must be an amount such as (.+)$/,
    (m) => i18n.t('app:validation.rules.amount', { example: m[1] }),
  ],
  [/^must be an http:\/\/ or https:\/\/ URL$/, () => i18n.t('app:validation.rules.webAddress')],
  [/^must be an http or https URL$/, () => i18n.t('app:validation.rules.webAddress')],
  [/^must be an https URL$/, () => i18n.t('app:validation.rules.secureAddress')],
];

/**
 * A field's rule as the rest of a sentence: the contract's own wording ("must be at least 8
 * characters") as it is in English and translated in another language, zod's default wording
 * rewritten ("is required").
 */
export function plainRule(message: string): string {
  const rules = i18n.language === 'en' ? ZOD_RULES : [...ZOD_RULES, ...CONTRACT_RULES];
  for (const [pattern, say] of rules) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  return message;
}

/**
 * A `validation_failed` message people can read: "body.password: must be at least 8
 * characters" → "Password must be at least 8 characters". A message that names no field path
 * is kept.
 */
export function plainValidationMessage(message: string): string {
  const m = /^((?:body|query|params|request|headers)(?:\.[\w-]+)*): (.+)$/s.exec(message);
  if (!m) return message;
  const rule = plainRule(m[2]!);
  const field = fieldLabel(m[1]!);
  // The rules read on from the field's name ("must…", "is…"); anything else is a sentence of
  // its own.
  return /^\p{Ll}/u.test(rule)
    ? i18n.t('app:validation.sentence', { field, rule })
    : i18n.t('app:validation.sentenceApart', { field, rule });
}

/**
 * An API error's message in the app's language: in English the server's own; in another, the
 * words of its code when the catalogue has them (`apiErrors`), else the server's.
 */
export function plainErrorMessage(code: string, message: string): string {
  if (i18n.language === 'en') return message;
  const said: unknown = i18n.getResource(i18n.language, 'app', `apiErrors.${code}`);
  return typeof said === 'string' ? said : message;
}
