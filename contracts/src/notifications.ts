import { z } from 'zod';
import { isoDateTime } from './common.ts';

/**
 * The kinds of notification: the specification's six, spelled as it spells them, then the
 * ones later features add. Each has a row of preferences (`NotificationSettings.types`).
 */
export const NOTIFICATION_TYPES = [
  'new_message',
  'booking_request',
  'booking_confirmed',
  'check_in_reminder',
  'check_out_reminder',
  'payment_due_reminder',
  'booking_declined',
  'booking_cancelled',
  'scheduled_message_held',
  /** To admins: a platform's webhook endpoint kept failing and was turned off. */
  'webhook_disabled',
] as const;
export const notificationType = z.enum(NOTIFICATION_TYPES);
export type NotificationType = z.infer<typeof notificationType>;

/** Where a notification can reach its user. `in_app` is always on. */
export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'sms', 'push'] as const;
export const notificationChannel = z.enum(NOTIFICATION_CHANNELS);
export type NotificationChannel = z.infer<typeof notificationChannel>;

/** The channels that leave the app: each is a delivery with its own attempts. */
export const DELIVERY_CHANNELS = ['email', 'sms', 'push'] as const;
export const deliveryChannel = z.enum(DELIVERY_CHANNELS);
export type DeliveryChannel = z.infer<typeof deliveryChannel>;

export const DELIVERY_STATUSES = [
  'pending',
  'deferred',
  'sent',
  'failed',
  'skipped',
  'cancelled',
] as const;
export const deliveryStatus = z.enum(DELIVERY_STATUSES);
export type DeliveryStatus = z.infer<typeof deliveryStatus>;

export const notification = z
  .object({
    id: z.uuid(),
    notification_type: notificationType,
    title: z.string(),
    message: z.string(),
    conversation_id: z.uuid().nullable(),
    reservation_id: z.uuid().nullable(),
    /** The channels it goes out on besides in-app, comma-separated as the specification stores it. */
    delivery_method: z.string(),
    is_read: z.boolean(),
    read_at: isoDateTime.nullable(),
    email_sent: z.boolean(),
    email_sent_at: isoDateTime.nullable(),
    sms_sent: z.boolean(),
    sms_sent_at: isoDateTime.nullable(),
    push_sent: z.boolean(),
    push_sent_at: isoDateTime.nullable(),
    created_at: isoDateTime,
  })
  .meta({
    id: 'Notification',
    examples: [
      {
        id: '9b2f8e1a-4c3d-4e5f-8a7b-6c5d4e3f2a1b',
        notification_type: 'new_message',
        title: 'New message from Gina Guest',
        message: 'Hi! What time can we check in?',
        conversation_id: 'c0ffee00-1234-4abc-8def-0123456789ab',
        reservation_id: null,
        delivery_method: 'in_app,push,email',
        is_read: false,
        read_at: null,
        email_sent: false,
        email_sent_at: null,
        sms_sent: false,
        sms_sent_at: null,
        push_sent: true,
        push_sent_at: '2026-12-04T10:42:30.000Z',
        created_at: '2026-12-04T10:42:00.000Z',
      },
    ],
  });
export type Notification = z.infer<typeof notification>;

export const notificationListQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('`true`: only the unread ones'),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(200).optional(),
});

export const markAllNotificationsReadResult = z
  .object({ marked: z.number().int().describe('How many were unread') })
  .meta({ examples: [{ marked: 3 }] });

/** One try of a delivery: when, how it ended, and what the provider answered. */
export const deliveryAttempt = z.object({
  attempted_at: isoDateTime,
  outcome: z.enum(['sent', 'failed', 'deferred', 'skipped', 'cancelled']),
  response_code: z
    .string()
    .nullable()
    .describe("The provider's answer: an SMTP, HTTP or Twilio code"),
  error: z.string().nullable(),
});

export const delivery = z
  .object({
    id: z.uuid(),
    notification_id: z.uuid(),
    channel: deliveryChannel,
    status: deliveryStatus,
    attempts: z.number().int(),
    next_attempt_at: isoDateTime.nullable(),
    sent_at: isoDateTime.nullable(),
    last_error: z.string().nullable(),
    created_at: isoDateTime,
    updated_at: isoDateTime,
    history: z.array(deliveryAttempt).describe('Oldest first'),
  })
  .meta({ id: 'Delivery' });
export type Delivery = z.infer<typeof delivery>;

/**
 * How the receiver of a message was told of it, as its sender may see it: the channel, its
 * status and times, never the receiver's address. `read_at` is when the receiver read it.
 */
export const messageDeliveries = z
  .object({
    message_id: z.uuid(),
    read_at: isoDateTime.nullable(),
    deliveries: z.array(
      z.object({
        channel: deliveryChannel,
        status: deliveryStatus,
        attempts: z.number().int(),
        next_attempt_at: isoDateTime.nullable(),
        sent_at: isoDateTime.nullable(),
        updated_at: isoDateTime,
      }),
    ),
  })
  .meta({ id: 'MessageDeliveries' });
export type MessageDeliveries = z.infer<typeof messageDeliveries>;

const clockTime = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time as HH:MM, 00:00 to 23:59');

/** An IANA time zone name, e.g. `Europe/Lisbon`. */
export const timeZoneName = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Lisbon');

export const quietHours = z
  .object({ start: clockTime, end: clockTime, timezone: timeZoneName })
  .refine((q) => q.start !== q.end, { message: 'start and end must differ', path: ['end'] });
export type QuietHours = z.infer<typeof quietHours>;

/** E.164: a plus, the country code and the number, 8 to 15 digits in all. */
export const e164Phone = z
  .string()
  .regex(/^\+[1-9][0-9]{7,14}$/, 'must be an E.164 number such as +351912345678');

const channelChoice = z.object({
  in_app: z.literal(true).describe('Always on'),
  email: z.boolean(),
  sms: z.boolean(),
  push: z.boolean(),
});

export const notificationSettings = z
  .object({
    types: z.object(
      Object.fromEntries(NOTIFICATION_TYPES.map((t) => [t, channelChoice])) as Record<
        NotificationType,
        typeof channelChoice
      >,
    ),
    quiet_hours: quietHours.nullable().describe('Off when null'),
    phone: e164Phone.nullable().describe('Where SMS go'),
  })
  .meta({ id: 'NotificationSettings' });
export type NotificationSettings = z.infer<typeof notificationSettings>;

export const updateNotificationSettingsBody = z
  .strictObject({
    types: z
      .partialRecord(
        notificationType,
        z.strictObject({
          in_app: z.literal(true).optional(),
          email: z.boolean().optional(),
          sms: z.boolean().optional(),
          push: z.boolean().optional(),
        }),
      )
      .optional(),
    quiet_hours: quietHours.nullable().optional(),
    phone: e164Phone.nullable().optional(),
  })
  .meta({
    examples: [
      {
        types: { new_message: { email: false, push: true } },
        quiet_hours: { start: '22:00', end: '07:00', timezone: 'Europe/Lisbon' },
        phone: '+351912345678',
      },
    ],
  });

/** A browser's Web Push subscription, as `PushSubscription.toJSON()` gives it. */
export const pushSubscriptionBody = z
  .object({
    endpoint: z
      .url()
      .max(2000)
      .refine((u) => u.startsWith('https://'), 'must be an https URL'),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({
      p256dh: z
        .string()
        .regex(/^[A-Za-z0-9_-]{86,88}={0,2}$/, 'must be a P-256 public key, base64url'),
      auth: z.string().regex(/^[A-Za-z0-9_-]{21,24}={0,2}$/, 'must be 16 bytes, base64url'),
    }),
  })
  .meta({
    examples: [
      {
        endpoint: 'https://fcm.googleapis.com/fcm/send/cY2bJ3x0Q8E:APA91bHqX7',
        expirationTime: null,
        keys: {
          p256dh:
            'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
          auth: 'tBHItJI5svbpez7KI4CCXg',
        },
      },
    ],
  });

export const pushSubscription = z
  .object({ id: z.uuid(), endpoint: z.string(), created_at: isoDateTime })
  .meta({ id: 'PushSubscription' });

export const vapidPublicKey = z
  .object({
    public_key: z.string().describe('The VAPID public key, base64url: `applicationServerKey`'),
  })
  .meta({ id: 'VapidPublicKey' });

export const unsubscribeQuery = z.object({ token: z.string().min(10).max(1000) });
export const unsubscribeResult = z.object({
  notification_type: notificationType,
  email: z.literal(false),
});
