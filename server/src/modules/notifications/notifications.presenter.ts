import type { Delivery, Notification } from '@flexbnb/contracts';
import type { AttemptRow, DeliveryRow, NotificationRow } from './notifications.repo.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A notification as its reader sees it: `words` are its texts in their language. */
export function presentNotification(
  row: NotificationRow,
  words: { title: string; message: string } = row,
): Notification {
  return {
    id: row.id,
    notification_type: row.notificationType,
    title: words.title,
    message: words.message,
    conversation_id: row.conversationId,
    reservation_id: row.reservationId,
    delivery_method: row.deliveryMethod,
    is_read: row.isRead,
    read_at: iso(row.readAt),
    email_sent: row.emailSent,
    email_sent_at: iso(row.emailSentAt),
    sms_sent: row.smsSent,
    sms_sent_at: iso(row.smsSentAt),
    push_sent: row.pushSent,
    push_sent_at: iso(row.pushSentAt),
    created_at: row.createdAt.toISOString(),
  };
}

export function presentDelivery(row: DeliveryRow, attempts: AttemptRow[]): Delivery {
  return {
    id: row.id,
    notification_id: row.notificationId,
    channel: row.channel,
    status: row.status,
    attempts: row.attempts,
    next_attempt_at: iso(row.nextAttemptAt),
    sent_at: iso(row.sentAt),
    last_error: row.lastError,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    history: attempts
      .filter((a) => a.deliveryId === row.id)
      .map((a) => ({
        attempted_at: a.attemptedAt.toISOString(),
        outcome: a.outcome,
        response_code: a.responseCode,
        error: a.error,
      })),
  };
}
