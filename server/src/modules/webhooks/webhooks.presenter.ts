import type {
  AdminWebhookDelivery,
  AdminWebhookDeliveryDetail,
  WebhookAttempt,
  WebhookBody,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
  WebhookEvent,
  WebhookEventPattern,
} from '@flexbnb/contracts';
import { DOMAIN_EVENTS, type EventPayload } from '../../platform/events/index.ts';
import { presentCreatedMessage } from '../messages/index.ts';
import type { AdminDeliveryRow, AttemptRow, DeliveryRow, EndpointRow } from './webhooks.repo.ts';

export function presentEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    events: row.events as WebhookEventPattern[],
    description: row.description,
    active: row.active,
    consecutive_failures: row.consecutiveFailures,
    disabled_reason: row.disabledReason,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export function presentEndpointWithSecret(row: EndpointRow): WebhookEndpointWithSecret {
  return { ...presentEndpoint(row), secret: row.secret };
}

/** What the messenger's own bookkeeping puts in an event, which a platform has no use for. */
const INTERNAL_COLUMNS: Partial<Record<WebhookEvent, readonly string[]>> = {
  'message.read': ['unread_before', 'unread_after'],
  'conversation.created': ['with_message'],
};

/**
 * A delivery's `data`, from the event's payload as recorded: the message as the REST API
 * gives it for `message.created`; otherwise the payload's ids, dates and times, the times in
 * ISO-8601 UTC.
 */
export function webhookData(
  type: WebhookEvent,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  if (type === 'message.created') {
    return presentCreatedMessage(payload as unknown as EventPayload<'message.created'>);
  }
  const columns = DOMAIN_EVENTS[type] as Record<string, string>;
  const internal = INTERNAL_COLUMNS[type] ?? [];
  const data: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(payload)) {
    if (internal.includes(column)) continue;
    data[column] =
      columns[column]?.startsWith('timestamptz') && typeof value === 'string'
        ? new Date(value).toISOString()
        : value;
  }
  return data;
}

/** The JSON every attempt of a delivery POSTs: the same on each. */
export function webhookBody(row: DeliveryRow): WebhookBody {
  const type = row.eventType as WebhookEvent;
  return {
    type,
    timestamp: row.createdAt.toISOString(),
    data: webhookData(type, row.payload),
  };
}

export function presentAttempt(row: AttemptRow): WebhookAttempt {
  return {
    attempted_at: row.attemptedAt.toISOString(),
    status_code: row.statusCode,
    latency_ms: row.latencyMs,
    response_excerpt: row.responseExcerpt,
    error: row.error,
  };
}

function deliveryFields(row: DeliveryRow) {
  return {
    id: row.id,
    endpoint_id: row.endpointId,
    event_type: row.eventType as WebhookEvent,
    status: row.status,
    attempts: row.attempts,
    next_attempt_at: row.nextAttemptAt?.toISOString() ?? null,
    last_status_code: row.lastStatusCode,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** A delivery with its body and its attempts (`attempts`: all of them, any delivery's). */
export function presentDelivery(row: DeliveryRow, attempts: AttemptRow[]): WebhookDelivery {
  return {
    ...deliveryFields(row),
    body: webhookBody(row),
    history: attempts.filter((a) => a.deliveryId === row.id).map(presentAttempt),
  };
}

export function presentAdminDelivery(row: AdminDeliveryRow): AdminWebhookDelivery {
  return { ...deliveryFields(row.delivery), endpoint: row.endpoint };
}

export function presentAdminDeliveryDetail(
  row: AdminDeliveryRow,
  attempts: AttemptRow[],
): AdminWebhookDeliveryDetail {
  return {
    ...presentAdminDelivery(row),
    body: webhookBody(row.delivery),
    history: attempts.map(presentAttempt),
  };
}
