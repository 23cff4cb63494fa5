/**
 * A notification's title and message in its reader's language. A notification is stored with
 * its English texts (the record admins read, and what rows raised before `params` existed
 * show) and the values they are worded from (`params`); a reader of another language gets them
 * worded again from the `notify` catalogue, with dates and numbers written as their language
 * writes them. English readers get the stored texts, which the same catalogue worded.
 */
import type { AttachmentKind, Language, NotificationType } from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { english } from '../../platform/i18n.ts';

/** The stored texts of a notification and what they were worded from. */
export interface StoredTexts {
  notificationType: NotificationType;
  title: string;
  message: string;
  params: Record<string, unknown> | null;
}

export interface Worded {
  title: string;
  message: string;
}

/**
 * The `params` of each type, as the statements that raise notifications write them. Dates are
 * ISO-8601 strings: calendar dates for a stay, an instant for a reminder's moment.
 */
const stay = { property: z.string(), checkIn: z.string(), checkOut: z.string() };
const reminder = z.object({
  audience: z.enum(['guest', 'host']),
  offsetMinutes: z.number().int().positive(),
  property: z.string(),
  address: z.string().nullable(),
  timezone: z.string(),
  moment: z.string(),
  total: z.string().nullable(),
  guest: z.string(),
});
const PARAMS = {
  new_message: z.object({
    sender: z.string(),
    sent: z
      .object({
        count: z.number().int().positive(),
        kind: z.enum(['image', 'audio', 'file', 'mixed']),
      })
      .optional(),
    unsent: z.literal(true).optional(),
  }),
  booking_request: z.object({ ...stay, guest: z.string() }),
  booking_confirmed: z.object(stay),
  booking_declined: z.object(stay),
  booking_cancelled: z.object({ ...stay, guest: z.string(), by: z.enum(['guest', 'host']) }),
  check_in_reminder: reminder,
  check_out_reminder: reminder,
  payment_due_reminder: reminder,
  scheduled_message_held: z.object({
    name: z.string().nullable(),
    guest: z.string().nullable(),
    property: z.string().nullable(),
    missing: z.array(z.string()).min(1),
  }),
  webhook_disabled: z.object({ url: z.string(), reason: z.string(), endpointId: z.string() }),
} satisfies Record<NotificationType, z.ZodType>;

export type NotificationParams = { [T in NotificationType]: z.infer<(typeof PARAMS)[T]> };

// Constructing Intl formatters costs far more than using them: one per language and shape.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions) {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date ("2026-12-20") as the language writes it, with or without its year. */
function calendarDate(language: Language, iso: string, withYear: boolean) {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return dateFormat(language, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    ...(withYear && { year: 'numeric' }),
  }).format(date);
}

/** "20. Dez. – 24. Dez. 2026": a stay's dates. */
export function stayDates(
  t: TFunction<'notify'>,
  language: Language,
  p: { checkIn: string; checkOut: string },
) {
  return t('stayDates', {
    checkIn: calendarDate(language, p.checkIn, false),
    checkOut: calendarDate(language, p.checkOut, true),
  });
}

/** "10. Mai um 16:00 Uhr (Zeitzone Europe/Lisbon)": a reminder's moment, on the property's clock. */
function reminderMoment(t: TFunction<'notify'>, language: Language, p: z.infer<typeof reminder>) {
  const moment = new Date(p.moment);
  return t('reminders.moment', {
    date: dateFormat(language, { timeZone: p.timezone, day: 'numeric', month: 'short' }).format(
      moment,
    ),
    time: dateFormat(language, {
      timeZone: p.timezone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(moment),
    zone: p.timezone,
  });
}

const REMINDER_GROUP = {
  check_in_reminder: 'checkIn',
  check_out_reminder: 'checkOut',
  payment_due_reminder: 'paymentDue',
} as const;

/** How long before its moment a reminder goes out, as its title counts it. */
export function reminderOffset(minutes: number) {
  if (minutes % 1440 === 0) return { unit: 'titleDays', count: minutes / 1440 } as const;
  if (minutes % 60 === 0) return { unit: 'titleHours', count: minutes / 60 } as const;
  return undefined;
}

function wordReminder(
  type: keyof typeof REMINDER_GROUP,
  p: z.infer<typeof reminder>,
  t: TFunction<'notify'>,
  language: Language,
): Worded {
  const group = REMINDER_GROUP[type];
  const offset = reminderOffset(p.offsetMinutes);
  const title = offset
    ? t(`reminders.${group}.${offset.unit}`, {
        count: offset.count,
        property: p.property,
      })
    : t('reminders.title', { property: p.property });
  const values = {
    property: p.property,
    when: reminderMoment(t, language, p),
    address: p.address ?? '',
    guest: p.guest,
  };
  let message: string;
  if (group === 'paymentDue') {
    message =
      p.total === null
        ? t('reminders.paymentDue.guestWithoutTotal', values)
        : t('reminders.paymentDue.guest', {
            ...values,
            total: new Intl.NumberFormat(language, {
              minimumFractionDigits: 2,
              maximumFractionDigits: 2,
            }).format(Number(p.total)),
          });
  } else {
    message = t(`reminders.${group}.${p.audience}`, values);
  }
  return { title, message };
}

const SENT_KEYS = {
  image: 'newMessage.sentPhotos',
  audio: 'newMessage.sentVoiceMessages',
  file: 'newMessage.sentFiles',
} as const;

/** "Sent 3 photos": what a message of attachments only sent, `count` of one `kind` or many. */
export function sentText(
  t: TFunction<'notify'>,
  sent: { count: number; kind: AttachmentKind | 'mixed' },
) {
  return sent.kind === 'mixed'
    ? t('newMessage.sentAttachments', { count: sent.count })
    : t(SENT_KEYS[sent.kind], { count: sent.count });
}

/**
 * "Sent a photo", "Sent 3 photos", "Sent a voice message", "Sent 2 attachments" (of several
 * kinds): the text of a message that has none of its own, for a push or an SMS.
 */
export function sentAttachmentsText(
  attachments: readonly { kind: AttachmentKind }[],
  t: TFunction<'notify'> = english,
): string {
  const kinds = new Set(attachments.map((a) => a.kind));
  const [kind] = kinds;
  if (!kind) return '';
  return sentText(t, { count: attachments.length, kind: kinds.size > 1 ? 'mixed' : kind });
}

/** `missing` placeholders as words for people, listed: "door code, wifi password". */
export function fieldList(missing: readonly string[], language: Language): string {
  const words = missing.map((name) => name.replace(/_/g, ' '));
  return language === 'en'
    ? words.join(', ')
    : new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(words);
}

/** A held scheduled message's notification, as `params` words it. */
export function wordHeld(
  p: NotificationParams['scheduled_message_held'],
  t: TFunction<'notify'>,
  language: Language,
): Worded {
  const values = {
    name: p.name ?? t('scheduledMessageHeld.yourMessage'),
    guest: p.guest ?? '',
    property: p.property ?? '',
    fields: fieldList(p.missing, language),
    count: p.missing.length,
  };
  return {
    title: t('scheduledMessageHeld.title'),
    message:
      p.guest !== null && p.property !== null
        ? t('scheduledMessageHeld.forStay', values)
        : t('scheduledMessageHeld.message', values),
  };
}

function word(row: StoredTexts, t: TFunction<'notify'>, language: Language): Worded | undefined {
  switch (row.notificationType) {
    case 'new_message': {
      const p = PARAMS.new_message.parse(row.params);
      return {
        title: t('newMessage.title', { sender: p.sender }),
        message: p.unsent ? t('newMessage.unsent') : p.sent ? sentText(t, p.sent) : row.message,
      };
    }
    case 'booking_request': {
      const p = PARAMS.booking_request.parse(row.params);
      const dates = stayDates(t, language, p);
      return {
        title: t('bookingRequest.title'),
        message: t('bookingRequest.message', { ...p, dates }),
      };
    }
    case 'booking_confirmed': {
      const p = PARAMS.booking_confirmed.parse(row.params);
      const dates = stayDates(t, language, p);
      return {
        title: t('bookingConfirmed.title'),
        message: t('bookingConfirmed.message', { ...p, dates }),
      };
    }
    case 'booking_declined': {
      const p = PARAMS.booking_declined.parse(row.params);
      const dates = stayDates(t, language, p);
      return {
        title: t('bookingDeclined.title'),
        message: t('bookingDeclined.message', { ...p, dates }),
      };
    }
    case 'booking_cancelled': {
      const p = PARAMS.booking_cancelled.parse(row.params);
      const dates = stayDates(t, language, p);
      return {
        title: t('bookingCancelled.title'),
        message:
          p.by === 'guest'
            ? t('bookingCancelled.byGuest', { ...p, dates })
            : t('bookingCancelled.byHost', { ...p, dates }),
      };
    }
    case 'check_in_reminder':
    case 'check_out_reminder':
    case 'payment_due_reminder':
      return wordReminder(
        row.notificationType,
        PARAMS[row.notificationType].parse(row.params),
        t,
        language,
      );
    case 'scheduled_message_held':
      return wordHeld(PARAMS.scheduled_message_held.parse(row.params), t, language);
    case 'webhook_disabled': {
      const p = PARAMS.webhook_disabled.parse(row.params);
      return {
        title: t('webhookDisabled.title'),
        message: t('webhookDisabled.message', p),
      };
    }
    default:
      return undefined;
  }
}

/**
 * The notification's title and message in `language`: as stored for English, and for a row
 * without `params` (raised before they existed) or with params it cannot word (then too).
 */
export function wordNotification(
  row: StoredTexts,
  language: Language,
  t: TFunction<'notify'>,
): Worded {
  const stored = { title: row.title, message: row.message };
  if (language === 'en' || !row.params) return stored;
  try {
    return word(row, t, language) ?? stored;
  } catch {
    return stored;
  }
}
