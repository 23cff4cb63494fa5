import { z } from 'zod';
import { ADMIN_PAGE_SIZE, sortParam } from './admin.ts';
import { isoDateTime } from './common.ts';

/**
 * The events a platform can subscribe its webhook endpoints to. Each delivery is a POST of
 * `{"type", "timestamp", "data"}` signed as the Standard Webhooks specification says
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
 */
export const WEBHOOK_EVENTS = [
  'message.created',
  'message.read',
  'conversation.created',
  'reservation.created',
  'reservation.confirmed',
  'reservation.declined',
  'reservation.cancelled',
  'reservation.changed',
  'reservation.completed',
  'notification.failed',
  'scheduled_message.held',
] as const;
export const webhookEvent = z.enum(WEBHOOK_EVENTS);
export type WebhookEvent = z.infer<typeof webhookEvent>;

/**
 * What a subscription names: an event, or `reservation.*` for every reservation event (those
 * added later too).
 */
export const WEBHOOK_EVENT_PATTERNS = [...WEBHOOK_EVENTS, 'reservation.*'] as const;
export const webhookEventPattern = z.enum(WEBHOOK_EVENT_PATTERNS);
export type WebhookEventPattern = z.infer<typeof webhookEventPattern>;

/** The events a pattern stands for. */
export function webhookEventsOf(pattern: WebhookEventPattern): WebhookEvent[] {
  if (!pattern.endsWith('.*')) return [pattern as WebhookEvent];
  const prefix = pattern.slice(0, -1);
  return WEBHOOK_EVENTS.filter((event) => event.startsWith(prefix));
}

/** The patterns that match an event: the event itself and its `prefix.*`. */
export function webhookPatternsFor(event: WebhookEvent): WebhookEventPattern[] {
  const wildcard = `${event.slice(0, event.indexOf('.'))}.*`;
  return (WEBHOOK_EVENT_PATTERNS as readonly string[]).includes(wildcard)
    ? [event, wildcard as WebhookEventPattern]
    : [event];
}

/** How many bytes a signing secret holds, at least and at most (Svix's bounds). */
export const WEBHOOK_SECRET_BYTES = { min: 24, max: 64 } as const;
const SECRET_PREFIX = 'whsec_';

export const webhookSecret = z
  .string()
  .regex(
    /^whsec_(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
    'must be whsec_ followed by standard base64',
  )
  .refine((secret) => {
    const base64 = secret.slice(SECRET_PREFIX.length);
    const bytes = (base64.length / 4) * 3 - (base64.match(/=+$/)?.[0].length ?? 0);
    return bytes >= WEBHOOK_SECRET_BYTES.min && bytes <= WEBHOOK_SECRET_BYTES.max;
  }, `must hold ${WEBHOOK_SECRET_BYTES.min} to ${WEBHOOK_SECRET_BYTES.max} bytes`)
  .describe(
    'The signing key, `whsec_` and its base64, as the Standard Webhooks specification writes it',
  );

const webhookUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }))
  .describe(
    'Where to POST. Refused when its host resolves to a loopback, private, link-local, shared (CGNAT), unique-local, unspecified or multicast address, unless the server sets WEBHOOK_ALLOW_PRIVATE=true',
  );

const subscribedEvents = z
  .array(webhookEventPattern)
  .min(1)
  .max(WEBHOOK_EVENT_PATTERNS.length)
  .refine((events) => new Set(events).size === events.length, 'must not repeat an event')
  .describe('The events to deliver; `reservation.*` stands for every reservation event');

const description = z.string().trim().max(500);

export const createWebhookBody = z
  .object({
    url: webhookUrl,
    events: subscribedEvents,
    secret: webhookSecret.optional().describe('Generated (32 random bytes) when absent'),
    description: description.optional(),
    active: z.boolean().optional().describe('Default true'),
  })
  .meta({
    examples: [
      {
        url: 'https://platform.example.com/hooks/flexbnb',
        events: ['message.created', 'reservation.*'],
        description: 'Booking site',
      },
    ],
  });

export const updateWebhookBody = z
  .object({
    url: webhookUrl.optional(),
    events: subscribedEvents.optional(),
    secret: webhookSecret.optional().describe('A new signing key (the old one stops at once)'),
    description: description.nullable().optional(),
    active: z
      .boolean()
      .optional()
      .describe('`true` turns it back on (and forgets its failures); `false` turns it off'),
  })
  .meta({ examples: [{ active: true }, { events: ['message.created'] }] });

export const webhookEndpoint = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(webhookEventPattern),
    description: z.string().nullable(),
    active: z.boolean(),
    consecutive_failures: z
      .number()
      .int()
      .describe('Deliveries that failed for good in a row; a success resets it'),
    disabled_reason: z
      .string()
      .nullable()
      .describe('Why the messenger turned it off (it kept failing); null otherwise'),
    created_at: isoDateTime,
    updated_at: isoDateTime,
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof webhookEndpoint>;

export const webhookEndpointWithSecret = webhookEndpoint
  .extend({ secret: z.string().describe('Verify each delivery with it') })
  .meta({ id: 'WebhookEndpointWithSecret' });
export type WebhookEndpointWithSecret = z.infer<typeof webhookEndpointWithSecret>;

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export const webhookDeliveryStatus = z.enum(WEBHOOK_DELIVERY_STATUSES);
export type WebhookDeliveryStatus = z.infer<typeof webhookDeliveryStatus>;

export const webhookAttempt = z
  .object({
    attempted_at: isoDateTime,
    status_code: z
      .number()
      .int()
      .nullable()
      .describe('Null when no answer came (refused, timed out, address not allowed)'),
    latency_ms: z.number().int(),
    response_excerpt: z.string().nullable().describe("The first 1 KB of the answer's body"),
    error: z.string().nullable(),
  })
  .meta({ id: 'WebhookAttempt' });
export type WebhookAttempt = z.infer<typeof webhookAttempt>;

/** The JSON every attempt of a delivery POSTs. */
export const webhookBody = z
  .object({
    type: webhookEvent,
    timestamp: isoDateTime.describe('When the event happened'),
    data: z
      .record(z.string(), z.unknown())
      .describe(
        'What happened: the ids and times of the event; for `message.created`, the message as the REST API gives it',
      ),
  })
  .meta({ id: 'WebhookBody' });
export type WebhookBody = z.infer<typeof webhookBody>;

const deliveryFields = {
  id: z.uuid().describe('Also the `webhook-id` header, the same on every attempt'),
  endpoint_id: z.uuid(),
  event_type: webhookEvent,
  status: webhookDeliveryStatus,
  attempts: z.number().int(),
  next_attempt_at: isoDateTime.nullable(),
  last_status_code: z.number().int().nullable(),
  created_at: isoDateTime,
  updated_at: isoDateTime,
};

export const webhookDelivery = z
  .object({
    ...deliveryFields,
    body: webhookBody,
    history: z.array(webhookAttempt).describe('Every attempt, oldest first'),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

export const webhookDeliveryListQuery = z.object({
  status: webhookDeliveryStatus.optional(),
  event_type: webhookEvent.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().describe('Default 25'),
  cursor: z.string().max(200).optional(),
});

export const ADMIN_WEBHOOK_DELIVERY_SORTS = ['created_at', 'updated_at', 'attempts'] as const;
export const adminWebhookDeliveryListQuery = z.object({
  endpoint_id: z.uuid().optional(),
  status: webhookDeliveryStatus.optional(),
  event_type: webhookEvent.optional(),
  sort: sortParam(ADMIN_WEBHOOK_DELIVERY_SORTS, '-created_at'),
  limit: z.coerce.number().int().min(1).max(200).optional().describe(`Default ${ADMIN_PAGE_SIZE}`),
  cursor: z.string().max(200).optional(),
});

export const adminWebhookDelivery = z
  .object({
    ...deliveryFields,
    endpoint: z.object({ id: z.uuid(), url: z.string(), active: z.boolean() }),
  })
  .meta({ id: 'AdminWebhookDelivery' });
export type AdminWebhookDelivery = z.infer<typeof adminWebhookDelivery>;

export const adminWebhookDeliveryDetail = adminWebhookDelivery
  .extend({
    body: webhookBody,
    history: z.array(webhookAttempt).describe('Every attempt, oldest first'),
  })
  .meta({ id: 'AdminWebhookDeliveryDetail' });
export type AdminWebhookDeliveryDetail = z.infer<typeof adminWebhookDeliveryDetail>;
