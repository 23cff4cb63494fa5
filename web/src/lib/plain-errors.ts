/**
 * The server's validation errors in plain language. A 400 `validation_failed` names the field
 * by its path in the request and the rule it broke ("body.password: must be at least 8
 * characters", or zod's own "Too small: expected string to have >=8 characters"); people read
 * "Password must be at least 8 characters".
 */

/** Field names that do not read well from their snake_case. */
const FIELD_NAMES: Record<string, string> = {
  check_in_time: 'Check-in time',
  check_out_time: 'Check-out time',
  check_in: 'Check-in date',
  check_out: 'Check-out date',
  timezone: 'Time zone',
  time_zone: 'Time zone',
  wifi_name: 'Wi-Fi name',
  wifi_password: 'Wi-Fi password',
  house_manual_url: 'House manual link',
  locale: 'Language',
  q: 'Search',
  url: 'Link',
  id: 'The link',
};

/** The part of the request a path starts with, which people never see. */
const REQUEST_PARTS = new Set(['body', 'query', 'params', 'request', 'headers']);

/** "body.quiet_hours.end" → "Quiet hours end"; "body.photos.2" → "Photos". */
export function fieldLabel(path: string): string {
  const parts = path
    .split('.')
    .filter((part, i) => !(i === 0 && REQUEST_PARTS.has(part)) && !/^\d+$/.test(part));
  const last = parts.at(-1);
  if (last && FIELD_NAMES[last]) {
    return parts.length === 1
      ? FIELD_NAMES[last]
      : `${words(parts.slice(0, -1))} ${FIELD_NAMES[last].toLowerCase()}`;
  }
  const label = words(parts);
  return label ? label[0]!.toUpperCase() + label.slice(1) : 'A value';
}

function words(parts: string[]): string {
  return parts.join(' ').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** zod's default messages, as the rest of a sentence about the field. */
const ZOD_RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Invalid input: expected \w+, received undefined$/, () => 'is required'],
  [
    /^Too small: expected string to have >=?(\d+) characters?$/,
    (m) => `must be at least ${m[1]} ${plural(m[1]!, 'character')}`,
  ],
  [
    /^Too big: expected string to have <=?(\d+) characters?$/,
    (m) => `must be at most ${m[1]} ${plural(m[1]!, 'character')}`,
  ],
  [/^Too small: expected array to have >=?(\d+) items?$/, (m) => `needs at least ${m[1]}`],
  [/^Too big: expected array to have <=?(\d+) items?$/, (m) => `takes at most ${m[1]}`],
  [/^Too small: expected number to be >=(-?[\d.]+)$/, (m) => `must be at least ${m[1]}`],
  [/^Too small: expected number to be >(-?[\d.]+)$/, (m) => `must be more than ${m[1]}`],
  [/^Too big: expected number to be <=(-?[\d.]+)$/, (m) => `must be at most ${m[1]}`],
  [/^Too big: expected number to be <(-?[\d.]+)$/, (m) => `must be less than ${m[1]}`],
  [/^Invalid email address$/, () => 'must be an email address'],
  [
    /^Invalid option: expected one of (.+)$/,
    (m) => `must be one of ${m[1]!.replace(/"/g, '').split('|').join(', ')}`,
  ],
  [
    /^Invalid (input|string|UUID|uuid|URL|url|date|datetime|ISO datetime)\b.*$/,
    () => 'is not valid',
  ],
];

function plural(count: string, word: string) {
  return count === '1' ? word : `${word}s`;
}

/**
 * A field's rule as the rest of a sentence: the contract's own wording ("must be at least 8
 * characters") as it is, zod's default wording rewritten ("is required").
 */
export function plainRule(message: string): string {
  for (const [pattern, say] of ZOD_RULES) {
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
  // The contract's rules read on from the field's name ("must…", "is…"); anything else is a
  // sentence of its own.
  return /^[a-z]/.test(rule) ? `${field} ${rule}` : `${field}: ${rule}`;
}
