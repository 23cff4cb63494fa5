import {
  languageOfLocale,
  QUICK_REPLY_PLACEHOLDERS,
  type QuickReplyPlaceholder,
  type TemplateTranslations,
} from '@flexbnb/contracts';
import { DateTime } from 'luxon';
import { nightsBetween } from '../reservations/index.ts';
import { readingLanguageOf } from '../translation/index.ts';

/** What a template is filled from: one conversation, its property and its reservation. */
export interface RenderContext {
  guestName: string;
  /** The guest's profile locale, and the language they last wrote to the property in. */
  guestLocale: string | null;
  guestDetectedLanguage: string | null;
  hostName: string;
  property: {
    title: string;
    address: string;
    timezone: string;
    checkInTime: string;
    checkOutTime: string;
    locale: string;
    wifiName: string | null;
    wifiPassword: string | null;
    doorCode: string | null;
    parkingInfo: string | null;
    houseManualUrl: string | null;
    emergencyPhone: string | null;
  };
  reservation: {
    checkIn: string;
    checkOut: string;
    guests: number;
    totalPrice: string | null;
    paymentDueAt: Date | null;
  } | null;
}

/** What a template is filled from for a stay, with who and where it is. */
export type StayRenderContext = RenderContext & {
  reservation: NonNullable<RenderContext['reservation']>;
  guestId: string;
  hostId: string;
  propertyId: string;
};

/** A template's own text and its texts in other languages. */
export interface LocalizedTemplate {
  message: string;
  translations: TemplateTranslations | null;
}

/**
 * The text of a template for its guest — the one in the language they read, if the template
 * has it, else its own — and the context to fill it from: dates and amounts in a translation
 * are written in its language (the guest's locale when it speaks it), not the property's.
 */
export function localize(
  template: LocalizedTemplate,
  context: RenderContext,
): { text: string; context: RenderContext } {
  const language = readingLanguageOf({
    locale: context.guestLocale,
    detectedLanguage: context.guestDetectedLanguage,
  });
  const text = language ? template.translations?.[language] : undefined;
  if (!language || !text) return { text: template.message, context };
  if (languageOfLocale(context.property.locale) === language) return { text, context };
  const locale =
    languageOfLocale(context.guestLocale) === language ? context.guestLocale! : language;
  return { text, context: { ...context, property: { ...context.property, locale } } };
}

export type PlaceholderValues = Record<QuickReplyPlaceholder, string | undefined>;

const US = 'en-US';

/** The property's locale as Intl takes it; en-US when a stored tag is not one. */
function canonicalLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? US;
  } catch {
    return US;
  }
}

// ICU writes narrow and plain no-break spaces in times and numbers ("1 234,50" in fr-FR),
// which some SMS gateways and mail clients garble.
const plainSpaces = (text: string) => text.replace(/[\u202F\u00A0]/g, ' ');

/** How one locale writes a day, a time and an amount. */
interface Writer {
  day: (date: DateTime) => string;
  time: (time: DateTime) => string;
  amount: (value: number) => string;
}

function writerFor(locale: string): Writer {
  const amount = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  if (locale === US) {
    // Explicit formats, as before locales: "Sun, Dec 20, 2026" and "3:00 PM" exactly, where
    // the presets depend on the ICU release (a narrow no-break space before "PM").
    return {
      day: (date) => date.toFormat('ccc, LLL d, yyyy'),
      time: (time) => time.toFormat('h:mm a'),
      amount: (value) => amount.format(value),
    };
  }
  return {
    day: (date) => plainSpaces(date.toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY)),
    time: (time) => plainSpaces(time.toLocaleString(DateTime.TIME_SIMPLE)),
    amount: (value) => plainSpaces(amount.format(value)),
  };
}

/** A value worth printing; blank text is no value. */
const text = (value: string | null | undefined) => (value?.trim() ? value : undefined);

/** Only a valid date or time is written: a broken zone must not print "Invalid DateTime". */
const valid = (dt: DateTime, write: (dt: DateTime) => string) =>
  dt.isValid ? write(dt) : undefined;

/**
 * The value of every placeholder for a conversation, written in the property's locale and
 * zone; `undefined` where there is none.
 */
export function placeholderValues(context: RenderContext): PlaceholderValues {
  const { property, reservation } = context;
  const zone = property.timezone;
  const locale = canonicalLocale(property.locale);
  const write = writerFor(locale);
  const day = (isoDate: string) => valid(DateTime.fromISO(isoDate, { zone, locale }), write.day);
  // A check-in time is a wall-clock time in the property's zone. Read in that zone it would
  // fall on today's date there, and on the day clocks spring forward 02:30 would move to 03:30.
  const time = (hhmm: string) =>
    valid(DateTime.fromFormat(hhmm, 'HH:mm', { zone: 'utc', locale }), write.time);
  const total = reservation?.totalPrice ? Number(reservation.totalPrice) : NaN;
  return {
    guest_name: text(context.guestName),
    guest_first_name: text(context.guestName.trim().split(/\s+/)[0]),
    host_name: text(context.hostName),
    property_name: text(property.title),
    property_address: text(property.address),
    check_in_date: reservation ? day(reservation.checkIn) : undefined,
    check_out_date: reservation ? day(reservation.checkOut) : undefined,
    check_in_time: time(property.checkInTime),
    check_out_time: time(property.checkOutTime),
    nights: reservation
      ? String(nightsBetween(reservation.checkIn, reservation.checkOut))
      : undefined,
    wifi_name: text(property.wifiName),
    wifi_password: text(property.wifiPassword),
    door_code: text(property.doorCode),
    parking_info: text(property.parkingInfo),
    house_manual_url: text(property.houseManualUrl),
    emergency_phone: text(property.emergencyPhone),
    reservation_total: Number.isFinite(total) ? write.amount(total) : undefined,
    payment_due_date: reservation?.paymentDueAt
      ? valid(DateTime.fromJSDate(reservation.paymentDueAt, { zone }).setLocale(locale), write.day)
      : undefined,
    guests: reservation ? String(reservation.guests) : undefined,
  };
}

// A placeholder is exactly `{name}`; doubled braces (`{{name}}`) are the user's own text.
const PLACEHOLDER = /(?<!\{)\{([a-z_]+)\}(?!\})/g;

function isPlaceholder(name: string): name is QuickReplyPlaceholder {
  return Object.hasOwn(QUICK_REPLY_PLACEHOLDERS, name);
}

/** A line cut into sentences: each keeps the white space that came before it. */
function sentences(line: string): { before: string; text: string }[] {
  const parts: { before: string; text: string }[] = [];
  const pattern = /(\s*)(.*?(?:[.!?]+(?=\s|$)|$))/gy;
  for (let m = pattern.exec(line); m && m[0] !== ''; m = pattern.exec(line)) {
    parts.push({ before: m[1]!, text: m[2]! });
  }
  return parts;
}

export interface Rendered {
  text: string;
  /** Placeholders the template uses that had no value, in order of first use. */
  missing: QuickReplyPlaceholder[];
}

/**
 * Fills a template's placeholders in one pass (a filled-in value is never read again, so a
 * guest named "{host_name}" stays literal). A sentence holding a placeholder without a value
 * is left out with the space before it, and a line that ends up empty goes too; everything
 * else, including unknown `{…}`, HTML and spacing, is kept exactly as written.
 */
export function renderTemplate(template: string, values: PlaceholderValues): Rendered {
  const missing = new Set<QuickReplyPlaceholder>();
  const unfilled = (text: string) => {
    let found = false;
    for (const [, name] of text.matchAll(PLACEHOLDER)) {
      if (isPlaceholder(name!) && values[name] === undefined) {
        missing.add(name);
        found = true;
      }
    }
    return found;
  };
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (whole, name: string) =>
      isPlaceholder(name) ? (values[name] ?? whole) : whole,
    );

  const out: string[] = [];
  // After a left-out line, a blank line would double the blank line before it.
  let skipBlank = false;
  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    if (!unfilled(line)) {
      if (skipBlank && line.trim() === '') continue;
      out.push(fill(line));
      skipBlank = false;
      continue;
    }
    const kept = sentences(line).filter((s) => !unfilled(s.text));
    if (kept.length === 0) {
      skipBlank = out.length === 0 || out[out.length - 1]!.trim() === '';
      continue;
    }
    const indent = /^\s*/.exec(line)![0];
    out.push(
      (indent + kept.map((s, i) => (i === 0 ? '' : s.before) + fill(s.text)).join('')).trimEnd(),
    );
    skipBlank = false;
  }
  return { text: out.join('\n').trim(), missing: [...missing] };
}
