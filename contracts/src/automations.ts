import { z } from 'zod';
import { isoDateTime, nonBlank } from './common.ts';
import { MESSAGE_MAX_LENGTH } from './messaging.ts';
import { templateTranslations } from './quick-replies.ts';

/** What an automation's time is counted from. */
export const AUTOMATION_TRIGGERS = [
  'booking_confirmed',
  'before_check_in',
  'after_check_in',
  'before_check_out',
  'after_check_out',
] as const;
export const automationTrigger = z.enum(AUTOMATION_TRIGGERS).meta({ id: 'AutomationTrigger' });
export type AutomationTrigger = z.infer<typeof automationTrigger>;

/** For a stay booked after an automation's time: send at once, or not at all. */
export const LATE_BOOKING_POLICIES = ['send_now', 'skip'] as const;
export const lateBookingPolicy = z.enum(LATE_BOOKING_POLICIES).meta({ id: 'LateBookingPolicy' });
export type LateBookingPolicy = z.infer<typeof lateBookingPolicy>;

export const SCHEDULED_MESSAGE_STATUSES = [
  'scheduled',
  'held',
  'sent',
  'skipped',
  'cancelled',
  'failed',
] as const;
export const scheduledMessageStatus = z
  .enum(SCHEDULED_MESSAGE_STATUSES)
  .meta({ id: 'ScheduledMessageStatus' });
export type ScheduledMessageStatus = z.infer<typeof scheduledMessageStatus>;

/** The farthest an automation's offset reaches: a year. */
export const AUTOMATION_MAX_OFFSET_MINUTES = 366 * 24 * 60;
/** How far ahead a single message can be sent later. */
export const SEND_LATER_MAX_DAYS = 90;

const offsetMinutes = z
  .number()
  .int()
  .min(0)
  .max(AUTOMATION_MAX_OFFSET_MINUTES)
  .describe(
    'How long before or after the trigger, as the trigger names it (after, for ' +
      '`booking_confirmed`). Check-in and check-out are the stay’s dates at the property’s ' +
      'check-in and check-out times, in its time zone',
  );

export const automation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    quick_reply_id: z.uuid().nullable().describe('The template the text comes from when sent'),
    message: z.string().nullable().describe('The text, when it does not come from a template'),
    translations: templateTranslations.describe(
      '`message` in other languages (a template brings its own): the guest’s is sent to them',
    ),
    trigger: automationTrigger,
    offset_minutes: z.number().int(),
    property_id: z.uuid().nullable().describe('Null: every property of the host'),
    late_booking: lateBookingPolicy,
    is_active: z.boolean(),
    created_at: isoDateTime,
    updated_at: isoDateTime,
  })
  .meta({
    id: 'Automation',
    examples: [
      {
        id: '2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809',
        name: 'Check-in instructions',
        quick_reply_id: '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
        message: null,
        translations: {},
        trigger: 'before_check_in',
        offset_minutes: 2880,
        property_id: null,
        late_booking: 'send_now',
        is_active: true,
        created_at: '2026-11-25T10:00:00.000Z',
        updated_at: '2026-11-25T10:00:00.000Z',
      },
    ],
  });
export type Automation = z.infer<typeof automation>;

export const createAutomationBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    quick_reply_id: z.uuid().optional(),
    message: nonBlank(MESSAGE_MAX_LENGTH).optional(),
    translations: templateTranslations.optional(),
    trigger: automationTrigger,
    offset_minutes: offsetMinutes,
    property_id: z.uuid().optional(),
    late_booking: lateBookingPolicy.default('send_now'),
    is_active: z.boolean().default(true),
  })
  .meta({
    examples: [
      {
        name: 'Check-in instructions',
        quick_reply_id: '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
        trigger: 'before_check_in',
        offset_minutes: 2880,
      },
    ],
  });

export const updateAutomationBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    quick_reply_id: z.uuid().nullable(),
    message: nonBlank(MESSAGE_MAX_LENGTH).nullable(),
    translations: templateTranslations,
    trigger: automationTrigger,
    offset_minutes: offsetMinutes,
    property_id: z.uuid().nullable(),
    late_booking: lateBookingPolicy,
    is_active: z.boolean(),
  })
  .partial()
  .meta({ examples: [{ is_active: false }] });

export const scheduledMessage = z
  .object({
    id: z.uuid(),
    sender_id: z.uuid(),
    reservation_id: z.uuid().nullable(),
    conversation_id: z
      .uuid()
      .nullable()
      .describe('Where it goes; for a stay without a conversation yet, opened when it is sent'),
    automation: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .describe('The automation it came from; null for a message sent later'),
    scheduled_for: isoDateTime,
    scheduled_for_local: z
      .string()
      .describe("`scheduled_for` in the property's time zone, ISO-8601 with its offset"),
    timezone: z.string().describe("The property's IANA time zone"),
    status: scheduledMessageStatus,
    message: z
      .string()
      .describe('The text as it goes out: rendered with the stay’s values as they are now'),
    template: z
      .string()
      .describe('Its text before the placeholders are filled in: what an edit starts from'),
    is_quick_reply: z.boolean(),
    is_edited: z
      .boolean()
      .describe("This stay's copy was edited: the automation's text no longer applies"),
    missing_placeholders: z
      .array(z.string())
      .describe('Placeholders with no value now: it would be held if it were due'),
    sent_at: isoDateTime.nullable(),
    sent_message_id: z.uuid().nullable(),
    created_at: isoDateTime,
  })
  .meta({ id: 'ScheduledMessage' });
export type ScheduledMessage = z.infer<typeof scheduledMessage>;

export const updateScheduledMessageBody = z
  .object({
    message: nonBlank(MESSAGE_MAX_LENGTH),
    scheduled_for: isoDateTime,
  })
  .partial()
  .meta({ examples: [{ message: 'The door code is 4321. See you tomorrow!' }] });
