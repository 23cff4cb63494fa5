import { z } from 'zod';
import { isoDate, isoDateTime, userSummary } from './common.ts';

export const RESERVATION_STATUSES = [
  'pending',
  'confirmed',
  'declined',
  'cancelled',
  'completed',
] as const;
export const reservationStatus = z.enum(RESERVATION_STATUSES);
export type ReservationStatus = z.infer<typeof reservationStatus>;

// A stay's reminders and scheduled messages fall up to a year before or after its dates, and
// each must be an instant the database can store (years 0001–9999): a stay keeps well inside.
const STAY_YEARS = 'must be between the years 1900 and 9990';
const withinStayYears = (s: string) => {
  const year = new Date(s).getUTCFullYear();
  return year >= 1900 && year <= 9990;
};
const stayDate = isoDate.refine(withinStayYears, STAY_YEARS);
const stayInstant = isoDateTime.refine(withinStayYears, STAY_YEARS);

export const reservation = z
  .object({
    id: z.uuid(),
    property_id: z.uuid(),
    property: z.object({
      id: z.uuid(),
      title: z.string(),
      currency: z.string().describe("ISO 4217 code of the property's prices, total_price's too"),
    }),
    guest_id: z.uuid(),
    guest: userSummary,
    host_id: z.uuid(),
    host: userSummary,
    check_in: isoDate,
    check_out: isoDate,
    guests: z.number().int(),
    total_price: z.string().nullable().describe('Decimal amount as a string, e.g. "480.00"'),
    payment_due_at: isoDateTime.nullable(),
    status: reservationStatus,
    nights: z.number().int(),
    conversation_id: z
      .uuid()
      .nullable()
      .describe('The conversation about this stay, once its guest opened one'),
    created_at: isoDateTime,
  })
  .meta({
    id: 'Reservation',
    examples: [
      {
        id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
        property_id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21',
        property: {
          id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21',
          title: 'Seaside loft',
          currency: 'EUR',
        },
        guest_id: '7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11',
        guest: { id: '7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11', name: 'Gina Guest' },
        host_id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
        host: { id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', name: 'Hana Host' },
        check_in: '2026-12-20',
        check_out: '2026-12-24',
        guests: 2,
        total_price: '480.00',
        payment_due_at: '2026-12-10T12:00:00.000Z',
        status: 'pending',
        nights: 4,
        conversation_id: null,
        created_at: '2026-11-25T10:00:00.000Z',
      },
    ],
  });
export type Reservation = z.infer<typeof reservation>;

export const STAY_WHENS = ['upcoming', 'current', 'past'] as const;

const statusList = new RegExp(
  `^(${RESERVATION_STATUSES.join('|')})(,(${RESERVATION_STATUSES.join('|')}))*$`,
);

export const reservationListQuery = z.object({
  role: z
    .enum(['host', 'guest'])
    .optional()
    .describe('host: only stays at properties the caller hosts; guest: only their own trips'),
  status: z
    .string()
    .regex(statusList, `must be one or more of ${RESERVATION_STATUSES.join(', ')}, comma-separated`)
    .optional()
    .describe('One status, or several comma-separated (pending,confirmed)'),
  when: z
    .enum(STAY_WHENS)
    .optional()
    .describe(
      "upcoming: check-in (its date at the property's check-in time, in its zone) is ahead; current: " +
        'check-in has passed and check-out has not; past: check-out has passed',
    ),
  property_id: z.uuid().optional(),
});

export const createReservationBody = z
  .object({
    property_id: z.uuid(),
    check_in: stayDate,
    check_out: stayDate,
    guests: z.number().int().min(1).max(50).default(1),
    total_price: z
      .union([z.number().nonnegative().max(1e9), z.string().regex(/^\d{1,9}(\.\d{1,2})?$/)])
      .optional()
      .describe(
        'Kept only when the property has no nightly rate: otherwise it is nights × the rate',
      ),
    payment_due_at: stayInstant.optional(),
  })
  .refine((r) => r.check_out > r.check_in, {
    message: 'check_out must be after check_in',
    path: ['check_out'],
  })
  .meta({
    examples: [
      {
        property_id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21',
        check_in: '2026-12-20',
        check_out: '2026-12-24',
        guests: 2,
        total_price: '480.00',
        payment_due_at: '2026-12-10T12:00:00Z',
      },
    ],
  });

const optionalPaymentDue = stayInstant
  .nullable()
  .optional()
  .describe('When the payment is due; null removes it (and its reminders)');

export const updateReservationBody = z
  .object({
    check_in: stayDate.optional(),
    check_out: stayDate.optional(),
    guests: z.number().int().min(1).max(50).optional(),
    payment_due_at: optionalPaymentDue,
  })
  .refine((r) => Object.values(r).some((v) => v !== undefined), {
    message: 'Give at least one of check_in, check_out, guests, payment_due_at',
  })
  .refine((r) => !r.check_in || !r.check_out || r.check_out > r.check_in, {
    message: 'check_out must be after check_in',
    path: ['check_out'],
  })
  .meta({ examples: [{ check_in: '2026-12-21', check_out: '2026-12-25' }, { guests: 3 }] });

export const REMINDER_TYPES = [
  'check_in_reminder',
  'check_out_reminder',
  'payment_due_reminder',
] as const;
export const reminderType = z.enum(REMINDER_TYPES);
export type ReminderType = z.infer<typeof reminderType>;

export const REMINDER_STATUSES = ['scheduled', 'sent', 'cancelled', 'skipped', 'failed'] as const;
export const reminderStatus = z.enum(REMINDER_STATUSES);

export const reminder = z
  .object({
    id: z.uuid(),
    reservation_id: z.uuid(),
    reminder_type: reminderType,
    offset_minutes: z.number().int().describe('How long before the moment it is about'),
    scheduled_for: isoDateTime,
    scheduled_for_local: z
      .string()
      .describe("`scheduled_for` in the property's time zone, ISO-8601 with its offset"),
    timezone: z.string().describe("The property's IANA time zone"),
    status: reminderStatus,
    is_sent: z.boolean(),
    sent_at: isoDateTime.nullable(),
    notification_id: z.uuid().nullable().describe("The guest's notification, once sent"),
  })
  .meta({
    id: 'Reminder',
    examples: [
      {
        id: '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
        reservation_id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
        reminder_type: 'check_in_reminder',
        offset_minutes: 120,
        scheduled_for: '2026-12-20T13:00:00.000Z',
        scheduled_for_local: '2026-12-20T13:00:00.000+00:00',
        timezone: 'Europe/Lisbon',
        status: 'scheduled',
        is_sent: false,
        sent_at: null,
        notification_id: null,
      },
    ],
  });
export type Reminder = z.infer<typeof reminder>;
