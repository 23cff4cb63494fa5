import { QUICK_REPLY_PLACEHOLDERS, type QuickReplyPlaceholder } from '@flexbnb/contracts';
import { DateTime } from 'luxon';
import { nightsBetween } from '../reservations/index.ts';

/** What a template is filled from: one conversation, its property and its reservation. */
export interface RenderContext {
  guestName: string;
  hostName: string;
  property: {
    title: string;
    address: string;
    timezone: string;
    checkInTime: string;
    checkOutTime: string;
  };
  reservation: { checkIn: string; checkOut: string } | null;
}

export type PlaceholderValues = Record<QuickReplyPlaceholder, string | undefined>;

// Properties carry no locale yet; one fixed locale keeps messages identical on every node
// whatever the server's own ICU default is.
const LOCALE = 'en-US';

/** The value of every placeholder for a conversation; `undefined` where there is none. */
export function placeholderValues(context: RenderContext): PlaceholderValues {
  const zone = context.property.timezone;
  // Explicit formats rather than toLocaleString: recent ICU puts a narrow no-break space
  // before "PM", which reads badly in SMS and e-mail.
  const day = (isoDate: string) =>
    DateTime.fromISO(isoDate, { zone, locale: LOCALE }).toFormat('ccc, LLL d, yyyy');
  const time = (hhmm: string) =>
    DateTime.fromFormat(hhmm, 'HH:mm', { zone, locale: LOCALE }).toFormat('h:mm a');
  const { reservation } = context;
  return {
    guest_name: context.guestName,
    guest_first_name: context.guestName.trim().split(/\s+/)[0],
    host_name: context.hostName,
    property_name: context.property.title,
    property_address: context.property.address,
    check_in_date: reservation ? day(reservation.checkIn) : undefined,
    check_out_date: reservation ? day(reservation.checkOut) : undefined,
    check_in_time: time(context.property.checkInTime),
    check_out_time: time(context.property.checkOutTime),
    nights: reservation
      ? String(nightsBetween(reservation.checkIn, reservation.checkOut))
      : undefined,
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
