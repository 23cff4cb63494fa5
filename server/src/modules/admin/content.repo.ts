import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/connect.ts';
import {
  automations,
  conversations,
  messageRevisions,
  messages,
  properties,
  quickReplyTemplates,
  reservations,
  scheduledMessages,
  users,
  type StoredScreening,
} from '../../platform/db/schema.ts';
import type { AdminPage } from './admin.paging.ts';
import { countOf, matchesWords, orderOf, type Listed } from './admin.sql.ts';

const host = alias(users, 'host');
const guest = alias(users, 'guest');

// Who a row is about, as the console names people.
const hostRef = { id: host.id, name: host.name, email: host.email };
const guestRef = { id: guest.id, name: guest.name, email: guest.email };

// properties

export interface PropertyFilter {
  q?: string;
  hostId?: string;
}

const reservationsOfProperty = sql<number>`(select count(*)::int from ${reservations} r
  where r.property_id = ${properties.id})`.mapWith(Number);
const conversationsOfProperty = sql<number>`(select count(*)::int from ${conversations} c
  where c.property_id = ${properties.id})`.mapWith(Number);

const propertyColumns = {
  id: properties.id,
  title: properties.title,
  address: properties.address,
  timezone: properties.timezone,
  createdAt: properties.createdAt,
  host: hostRef,
  reservations: reservationsOfProperty,
  conversations: conversationsOfProperty,
};

export type PropertyRow = NonNullable<Awaited<ReturnType<typeof findProperty>>>;

const propertySorts = {
  created_at: properties.createdAt,
  title: sql`lower(${properties.title})`,
  host_name: sql`lower(${host.name})`,
  reservations: reservationsOfProperty,
};

function propertyWhere(filter: PropertyFilter) {
  return and(
    filter.hostId ? eq(properties.hostId, filter.hostId) : undefined,
    matchesWords(filter.q, [properties.title, properties.address, host.name]),
  );
}

export async function listProperties(
  db: DbOrTx,
  filter: PropertyFilter,
  page: AdminPage<keyof typeof propertySorts>,
): Promise<Listed<PropertyRow>> {
  const where = propertyWhere(filter);
  const rows = await db
    .select(propertyColumns)
    .from(properties)
    .innerJoin(host, eq(host.id, properties.hostId))
    .where(where)
    .orderBy(...orderOf(page.sort, propertySorts, properties.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ n: countOf })
    .from(properties)
    .innerJoin(host, eq(host.id, properties.hostId))
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function findProperty(db: DbOrTx, id: string) {
  const [row] = await db
    .select(propertyColumns)
    .from(properties)
    .innerJoin(host, eq(host.id, properties.hostId))
    .where(eq(properties.id, id));
  return row;
}

// reservations

export interface ReservationFilter {
  q?: string;
  status?: (typeof reservations.$inferSelect)['status'];
  propertyId?: string;
}

const reservationColumns = {
  id: reservations.id,
  status: reservations.status,
  checkIn: reservations.checkIn,
  checkOut: reservations.checkOut,
  guests: reservations.guests,
  paymentDueAt: reservations.paymentDueAt,
  createdAt: reservations.createdAt,
  property: { id: properties.id, title: properties.title, timezone: properties.timezone },
  guest: guestRef,
  host: hostRef,
};

export type ReservationRow = NonNullable<Awaited<ReturnType<typeof findReservation>>>;

const reservationSorts = {
  check_in: reservations.checkIn,
  created_at: reservations.createdAt,
  status: reservations.status,
};

const reservationsFrom = (db: DbOrTx) =>
  joinStay(db.select(reservationColumns).from(reservations).$dynamic());

function joinStay<Q extends PgSelect>(query: Q) {
  return query
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .innerJoin(guest, eq(guest.id, reservations.guestId))
    .innerJoin(host, eq(host.id, properties.hostId));
}

export async function listReservations(
  db: DbOrTx,
  filter: ReservationFilter,
  page: AdminPage<keyof typeof reservationSorts>,
): Promise<Listed<ReservationRow>> {
  const where = and(
    filter.status ? eq(reservations.status, filter.status) : undefined,
    filter.propertyId ? eq(reservations.propertyId, filter.propertyId) : undefined,
    matchesWords(filter.q, [properties.title, guest.name, guest.email]),
  );
  const rows = await reservationsFrom(db)
    .where(where)
    .orderBy(...orderOf(page.sort, reservationSorts, reservations.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await joinStay(db.select({ n: countOf }).from(reservations).$dynamic()).where(
    where,
  );
  return { rows, total: count?.n ?? 0 };
}

export async function findReservation(db: DbOrTx, id: string) {
  const [row] = await reservationsFrom(db).where(eq(reservations.id, id));
  return row;
}

/** A property's stays, latest check-in first. */
export async function reservationsOfPropertyLatest(db: DbOrTx, propertyId: string, limit: number) {
  return reservationsFrom(db)
    .where(eq(reservations.propertyId, propertyId))
    .orderBy(sql`${reservations.checkIn} desc`, sql`${reservations.id} desc`)
    .limit(limit);
}

// conversations

export interface ConversationFilter {
  q?: string;
  userId?: string;
  propertyId?: string;
  reservationId?: string;
}

// The message count is the thread's last seq: every message, system lines included, takes the
// next one in the transaction that writes it, and none is ever deleted alone.
const conversationColumns = {
  id: conversations.id,
  reservationId: conversations.reservationId,
  messages: conversations.lastSeq,
  lastMessageAt: conversations.lastMessageAt,
  createdAt: conversations.createdAt,
  property: { id: properties.id, title: properties.title },
  guest: guestRef,
  host: hostRef,
};

export type ConversationRow = NonNullable<Awaited<ReturnType<typeof findConversation>>>;

const conversationSorts = {
  last_message_at: conversations.lastMessageAt,
  created_at: conversations.createdAt,
  messages: conversations.lastSeq,
};

const conversationsFrom = (db: DbOrTx) =>
  joinThread(db.select(conversationColumns).from(conversations).$dynamic());

function joinThread<Q extends PgSelect>(query: Q) {
  return query
    .innerJoin(properties, eq(properties.id, conversations.propertyId))
    .innerJoin(guest, eq(guest.id, conversations.guestId))
    .innerJoin(host, eq(host.id, conversations.hostId));
}

export async function listConversations(
  db: DbOrTx,
  filter: ConversationFilter,
  page: AdminPage<keyof typeof conversationSorts>,
): Promise<Listed<ConversationRow>> {
  const where = and(
    filter.userId
      ? or(eq(conversations.guestId, filter.userId), eq(conversations.hostId, filter.userId))
      : undefined,
    filter.propertyId ? eq(conversations.propertyId, filter.propertyId) : undefined,
    filter.reservationId ? eq(conversations.reservationId, filter.reservationId) : undefined,
    matchesWords(filter.q, [guest.name, guest.email, host.name, host.email, properties.title]),
  );
  const rows = await conversationsFrom(db)
    .where(where)
    .orderBy(...orderOf(page.sort, conversationSorts, conversations.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await joinThread(db.select({ n: countOf }).from(conversations).$dynamic()).where(
    where,
  );
  return { rows, total: count?.n ?? 0 };
}

export async function findConversation(db: DbOrTx, id: string) {
  const [row] = await conversationsFrom(db).where(eq(conversations.id, id));
  return row;
}

/** Conversations matching `where`, latest activity first. */
export async function conversationsLatest(db: DbOrTx, where: SQL, limit?: number) {
  const query = conversationsFrom(db)
    .where(where)
    .orderBy(sql`${conversations.lastActivityAt} desc`, sql`${conversations.id} desc`);
  return limit === undefined ? query : query.limit(limit);
}

export const ofProperty = (propertyId: string) => eq(conversations.propertyId, propertyId);
export const ofReservation = (reservationId: string) =>
  eq(conversations.reservationId, reservationId);

const sender = alias(users, 'sender');

/**
 * A conversation's latest `limit` messages, oldest first, and whether older ones exist. A
 * plain read: nothing is marked read and no participant's counters move.
 */
export async function latestMessages(db: DbOrTx, conversationId: string, limit: number) {
  const newestFirst = await db
    .select({
      id: messages.id,
      seq: messages.seq,
      sender: { id: sender.id, name: sender.name },
      systemEvent: messages.systemEvent,
      message: messages.message,
      attachments: messages.attachments,
      isRead: messages.isRead,
      screening: messages.screening,
      editedAt: messages.editedAt,
      unsentAt: messages.unsentAt,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .innerJoin(sender, eq(sender.id, messages.senderId))
    .where(eq(messages.conversationId, conversationId))
    .orderBy(sql`${messages.seq} desc`)
    .limit(limit + 1);
  return {
    rows: newestFirst.slice(0, limit).reverse(),
    truncated: newestFirst.length > limit,
  };
}

export type SupportMessageRow = Awaited<ReturnType<typeof latestMessages>>['rows'][number];

const receiver = alias(users, 'receiver');

/** Messages contact screening treated (`action`, or any), newest first, one page. */
export async function listScreenedMessages(
  db: DbOrTx,
  filter: { action?: StoredScreening['action'] },
  page: { limit: number; offset: number },
) {
  // The partial index holds exactly the screened messages, newest first.
  const where = and(
    sql`${messages.screening} is not null`,
    filter.action ? sql`${messages.screening}->>'action' = ${filter.action}` : undefined,
  );
  const rows = await db
    .select({
      id: messages.id,
      conversationId: messages.conversationId,
      property: { id: properties.id, title: properties.title },
      sender: { id: sender.id, name: sender.name, email: sender.email },
      receiver: { id: receiver.id, name: receiver.name, email: receiver.email },
      message: messages.message,
      screening: messages.screening,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .innerJoin(properties, eq(properties.id, conversations.propertyId))
    .innerJoin(sender, eq(sender.id, messages.senderId))
    .innerJoin(receiver, eq(receiver.id, messages.receiverId))
    .where(where)
    .orderBy(sql`${messages.createdAt} desc`, sql`${messages.id} desc`)
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ n: countOf }).from(messages).where(where);
  return { rows, total: count?.n ?? 0 };
}

export type ScreenedMessageRow = Awaited<ReturnType<typeof listScreenedMessages>>['rows'][number];

export type RevisionRow = typeof messageRevisions.$inferSelect;

/** The revision logs of these messages, each oldest first. */
export async function revisionsOf(db: DbOrTx, messageIds: string[]): Promise<RevisionRow[]> {
  if (messageIds.length === 0) return [];
  return db
    .select()
    .from(messageRevisions)
    .where(inArray(messageRevisions.messageId, messageIds))
    .orderBy(asc(messageRevisions.messageId), asc(messageRevisions.revision));
}

// reminders

// quick replies

export interface QuickReplyFilter {
  q?: string;
  hostId?: string;
  category?: (typeof quickReplyTemplates.$inferSelect)['category'];
}

const quickReplySorts = {
  created_at: quickReplyTemplates.createdAt,
  title: sql`lower(${quickReplyTemplates.title})`,
  usage_count: quickReplyTemplates.usageCount,
};

export async function listQuickReplies(
  db: DbOrTx,
  filter: QuickReplyFilter,
  page: AdminPage<keyof typeof quickReplySorts>,
) {
  const where = and(
    filter.hostId ? eq(quickReplyTemplates.hostId, filter.hostId) : undefined,
    filter.category ? eq(quickReplyTemplates.category, filter.category) : undefined,
    matchesWords(filter.q, [quickReplyTemplates.title, quickReplyTemplates.message]),
  );
  const rows = await db
    .select({
      id: quickReplyTemplates.id,
      title: quickReplyTemplates.title,
      message: quickReplyTemplates.message,
      category: quickReplyTemplates.category,
      usageCount: quickReplyTemplates.usageCount,
      isActive: quickReplyTemplates.isActive,
      createdAt: quickReplyTemplates.createdAt,
      host: hostRef,
      propertyId: properties.id,
      propertyTitle: properties.title,
    })
    .from(quickReplyTemplates)
    .innerJoin(host, eq(host.id, quickReplyTemplates.hostId))
    .leftJoin(properties, eq(properties.id, quickReplyTemplates.propertyId))
    .where(where)
    .orderBy(...orderOf(page.sort, quickReplySorts, quickReplyTemplates.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ n: countOf }).from(quickReplyTemplates).where(where);
  return { rows, total: count?.n ?? 0 };
}

export type QuickReplyRow = Awaited<ReturnType<typeof listQuickReplies>>['rows'][number];

// automations

export interface AutomationFilter {
  q?: string;
  hostId?: string;
  trigger?: (typeof automations.$inferSelect)['trigger'];
}

const automationSorts = {
  created_at: automations.createdAt,
  name: sql`lower(${automations.name})`,
};

const template = alias(quickReplyTemplates, 'template');

export async function listAutomations(
  db: DbOrTx,
  filter: AutomationFilter,
  page: AdminPage<keyof typeof automationSorts>,
) {
  const where = and(
    filter.hostId ? eq(automations.hostId, filter.hostId) : undefined,
    filter.trigger ? eq(automations.trigger, filter.trigger) : undefined,
    matchesWords(filter.q, [automations.name, automations.message]),
  );
  const rows = await db
    .select({
      id: automations.id,
      name: automations.name,
      trigger: automations.trigger,
      offsetMinutes: automations.offsetMinutes,
      message: automations.message,
      isActive: automations.isActive,
      createdAt: automations.createdAt,
      host: hostRef,
      propertyId: properties.id,
      propertyTitle: properties.title,
      templateId: template.id,
      templateTitle: template.title,
      scheduled: sql<number>`(select count(*)::int from ${scheduledMessages} s
        where s.automation_id = ${automations.id} and s.status in ('scheduled', 'held'))`.mapWith(
        Number,
      ),
    })
    .from(automations)
    .innerJoin(host, eq(host.id, automations.hostId))
    .leftJoin(properties, eq(properties.id, automations.propertyId))
    .leftJoin(template, eq(template.id, automations.quickReplyId))
    .where(where)
    .orderBy(...orderOf(page.sort, automationSorts, automations.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ n: countOf }).from(automations).where(where);
  return { rows, total: count?.n ?? 0 };
}

export type AutomationRow = Awaited<ReturnType<typeof listAutomations>>['rows'][number];
