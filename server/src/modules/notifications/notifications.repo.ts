import type { DeliveryChannel, DeliveryStatus, NotificationType } from '@flexbnb/contracts';
import { and, asc, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import type { DELIVERY_OUTCOMES } from '../../platform/db/schema.ts';
import {
  conversations,
  messages,
  notificationDeliveries,
  notificationDeliveryAttempts,
  notificationPreferences,
  notifications,
  properties,
  pushSubscriptions,
  quietHours,
  reservations,
  users,
} from '../../platform/db/schema.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type DeliveryRow = typeof notificationDeliveries.$inferSelect;
export type AttemptRow = typeof notificationDeliveryAttempts.$inferSelect;
export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

/** One page of a user's notifications, newest first. */
export async function pageNotifications(
  db: DbOrTx,
  userId: string,
  options: { unread?: boolean; limit: number; after?: { created_at: string; id: string } },
): Promise<NotificationRow[]> {
  const { after } = options;
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        options.unread ? eq(notifications.isRead, false) : undefined,
        after
          ? or(
              lt(notifications.createdAt, new Date(after.created_at)),
              and(
                eq(notifications.createdAt, new Date(after.created_at)),
                lt(notifications.id, after.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
}

export async function findNotificationRows(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(notifications).where(inArray(notifications.id, ids));
}

export async function findOwnNotification(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row;
}

/** Marks the user's unread notifications read (these, or all); answers those it changed. */
export async function markNotificationsRead(
  db: DbOrTx,
  userId: string,
  readAt: Date,
  ids?: string[],
): Promise<NotificationRow[]> {
  return db
    .update(notifications)
    .set({ isRead: true, readAt })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.isRead, false),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    )
    .returning();
}

/** Cancels the deliveries of these notifications that have not gone out, with a timeline line. */
export async function cancelPendingDeliveries(
  db: DbOrTx,
  notificationIds: string[],
  at: Date,
  reason: string,
): Promise<void> {
  if (notificationIds.length === 0) return;
  const cancelled = await db
    .update(notificationDeliveries)
    .set({ status: 'cancelled', nextAttemptAt: null, updatedAt: at })
    .where(
      and(
        inArray(notificationDeliveries.notificationId, notificationIds),
        inArray(notificationDeliveries.status, ['pending', 'deferred']),
      ),
    )
    .returning({ id: notificationDeliveries.id });
  if (cancelled.length === 0) return;
  await db.insert(notificationDeliveryAttempts).values(
    cancelled.map((d) => ({
      deliveryId: d.id,
      attemptedAt: at,
      outcome: 'cancelled' as const,
      error: reason,
    })),
  );
}

export async function deliveriesOf(db: DbOrTx, notificationIds: string[]) {
  if (notificationIds.length === 0) return [];
  return db
    .select()
    .from(notificationDeliveries)
    .where(inArray(notificationDeliveries.notificationId, notificationIds))
    .orderBy(asc(notificationDeliveries.createdAt), asc(notificationDeliveries.channel));
}

export async function attemptsOf(db: DbOrTx, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return [];
  return db
    .select()
    .from(notificationDeliveryAttempts)
    .where(inArray(notificationDeliveryAttempts.deliveryId, deliveryIds))
    .orderBy(asc(notificationDeliveryAttempts.attemptedAt), asc(notificationDeliveryAttempts.id));
}

/**
 * The message, if `senderId` sent it, and the new-message notification it raised or joined:
 * the receiver's latest for the thread raised at or before the message.
 */
export async function messageWithNotification(db: DbOrTx, messageId: string, senderId: string) {
  const [row] = await queryRows<{
    message_id: string;
    read_at: string | null;
    notification_id: string | null;
  }>(
    db,
    sql`select m.id as message_id, m.read_at, (
          select n.id from ${notifications} n
          where n.user_id = m.receiver_id and n.conversation_id = m.conversation_id
            and n.notification_type = 'new_message' and n.created_at <= m.created_at
          order by n.created_at desc limit 1) as notification_id
        from ${messages} m where m.id = ${messageId} and m.sender_id = ${senderId}`,
  );
  return row;
}

export async function preferencesOf(db: DbOrTx, userId: string) {
  return db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
}

export async function upsertPreferences(
  db: DbOrTx,
  rows: {
    userId: string;
    notificationType: NotificationType;
    email: boolean;
    sms: boolean;
    push: boolean;
  }[],
) {
  if (rows.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(rows)
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.notificationType],
      set: {
        email: sql`excluded.email`,
        sms: sql`excluded.sms`,
        push: sql`excluded.push`,
      },
    });
}

export async function quietHoursOf(db: DbOrTx, userId: string) {
  const [row] = await db.select().from(quietHours).where(eq(quietHours.userId, userId));
  return row;
}

export async function setQuietHours(
  db: DbOrTx,
  userId: string,
  window: { start: string; end: string; timezone: string } | null,
  at: Date,
) {
  if (!window) {
    await db.delete(quietHours).where(eq(quietHours.userId, userId));
    return;
  }
  await db
    .insert(quietHours)
    .values({ userId, ...window, updatedAt: at })
    .onConflictDoUpdate({ target: quietHours.userId, set: { ...window, updatedAt: at } });
}

export async function userContact(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, phone: users.phone })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function setPhone(db: DbOrTx, userId: string, phone: string | null) {
  await db.update(users).set({ phone }).where(eq(users.id, userId));
}

/** Adds the subscription, or moves an endpoint already known to this user. */
export async function upsertPushSubscription(
  db: DbOrTx,
  input: { userId: string; endpoint: string; p256dh: string; auth: string },
): Promise<{ row: PushSubscriptionRow; created: boolean }> {
  const [row] = await queryRows<PushSubscriptionRow & { created: boolean }>(
    db,
    sql`insert into ${pushSubscriptions} as s (user_id, endpoint, p256dh, auth)
        values (${input.userId}, ${input.endpoint}, ${input.p256dh}, ${input.auth})
        on conflict (endpoint) do update set user_id = excluded.user_id,
          p256dh = excluded.p256dh, auth = excluded.auth
        returning s.id, s.user_id as "userId", s.endpoint, s.p256dh, s.auth,
          s.created_at as "createdAt", (xmax = 0) as created`,
  );
  const { created, ...rest } = row!;
  return { row: { ...rest, createdAt: new Date(rest.createdAt) }, created };
}

export async function deletePushSubscription(db: DbOrTx, userId: string, id: string) {
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.userId, userId)))
    .returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

export async function forgetPushEndpoint(db: DbOrTx, endpoint: string) {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint));
}

export async function pushSubscriptionsOf(db: DbOrTx, userId: string) {
  return db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
}

/** A delivery with what deciding and sending it needs, its row locked until the transaction ends. */
export async function lockDelivery(db: DbOrTx, deliveryId: string) {
  const [row] = await db
    .select({
      delivery: notificationDeliveries,
      notification: notifications,
      user: { id: users.id, name: users.name, email: users.email, phone: users.phone },
    })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notificationDeliveries.id, deliveryId))
    .for('update', { of: notificationDeliveries });
  return row;
}

export async function preferenceOf(db: DbOrTx, userId: string, type: NotificationType) {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.userId, userId),
        eq(notificationPreferences.notificationType, type),
      ),
    );
  return row;
}

/** Who a conversation is between, where, and the stay it is about, if any. */
export async function conversationContext(db: DbOrTx, conversationId: string) {
  const [row] = await db
    .select({
      id: conversations.id,
      guestId: conversations.guestId,
      hostId: conversations.hostId,
      propertyTitle: properties.title,
      timezone: properties.timezone,
      checkInTime: properties.checkInTime,
      checkOutTime: properties.checkOutTime,
      checkIn: reservations.checkIn,
      checkOut: reservations.checkOut,
      reservationStatus: reservations.status,
    })
    .from(conversations)
    .innerJoin(properties, eq(properties.id, conversations.propertyId))
    .leftJoin(reservations, eq(reservations.id, conversations.reservationId))
    .where(eq(conversations.id, conversationId));
  return row;
}

/** The messages `receiverId` has not read in a thread, oldest first, with their senders' names. */
export async function unreadInThread(
  db: DbOrTx,
  conversationId: string,
  receiverId: string,
  limit: number,
) {
  const rows = await db
    .select({
      id: messages.id,
      text: messages.message,
      createdAt: messages.createdAt,
      senderName: users.name,
    })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.senderId))
    .where(
      and(
        eq(messages.conversationId, conversationId),
        eq(messages.receiverId, receiverId),
        eq(messages.isRead, false),
      ),
    )
    .orderBy(desc(messages.seq))
    .limit(limit);
  return rows.reverse();
}

/** Where a reservation's notification points. */
export async function reservationContext(db: DbOrTx, reservationId: string) {
  const [row] = await db
    .select({ id: reservations.id, guestId: reservations.guestId, hostId: properties.hostId })
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(eq(reservations.id, reservationId));
  return row;
}

export async function updateDelivery(
  db: DbOrTx,
  id: string,
  set: Partial<{
    status: DeliveryStatus;
    attempts: number;
    nextAttemptAt: Date | null;
    sentAt: Date | null;
    lastError: string | null;
    providerMessageId: string | null;
  }>,
  at: Date,
) {
  await db
    .update(notificationDeliveries)
    .set({ ...set, updatedAt: at })
    .where(eq(notificationDeliveries.id, id));
}

export async function addAttempt(
  db: DbOrTx,
  attempt: {
    deliveryId: string;
    attemptedAt: Date;
    outcome: DeliveryOutcome;
    responseCode?: string | null;
    error?: string | null;
  },
) {
  await db.insert(notificationDeliveryAttempts).values(attempt);
}

const SENT_COLUMNS = {
  email: { flag: 'emailSent', at: 'emailSentAt' },
  sms: { flag: 'smsSent', at: 'smsSentAt' },
  push: { flag: 'pushSent', at: 'pushSentAt' },
} as const;

/** Records on the notification that `channel` reached its user (the specification's flags). */
export async function markChannelSent(
  db: DbOrTx,
  notificationId: string,
  channel: DeliveryChannel,
  at: Date,
) {
  const { flag, at: atColumn } = SENT_COLUMNS[channel];
  await db
    .update(notifications)
    .set({ [flag]: true, [atColumn]: at })
    .where(eq(notifications.id, notificationId));
}
