import { and, eq, exists, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ConversationFilter } from '@flexbnb/contracts';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import {
  conversations,
  messages,
  properties,
  reservations,
  users,
} from '../../platform/db/schema.ts';

export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type Side = 'guest' | 'host';

export const guestUser = alias(users, 'guest_user');
export const hostUser = alias(users, 'host_user');

/**
 * What a view adds to the conversation row, read from the tables joined to it by the same
 * names: its property, its participants' names and its reservation.
 */
export const viewExtras = {
  propertyTitle: properties.title,
  propertyTimezone: properties.timezone,
  guestName: guestUser.name,
  hostName: hostUser.name,
  reservation: {
    id: reservations.id,
    checkIn: reservations.checkIn,
    checkOut: reservations.checkOut,
    guests: reservations.guests,
    status: reservations.status,
  },
};

const view = { conversation: conversations, lastMessage: messages, ...viewExtras };

export type ConversationView = {
  conversation: ConversationRow;
  propertyTitle: string;
  propertyTimezone: string;
  guestName: string;
  hostName: string;
  lastMessage: MessageRow | null;
  reservation: {
    id: string;
    checkIn: string;
    checkOut: string;
    guests: number;
    status: 'pending' | 'confirmed' | 'cancelled' | 'completed';
  } | null;
};

function selectViews(db: DbOrTx) {
  return db
    .select(view)
    .from(conversations)
    .innerJoin(properties, eq(properties.id, conversations.propertyId))
    .innerJoin(guestUser, eq(guestUser.id, conversations.guestId))
    .innerJoin(hostUser, eq(hostUser.id, conversations.hostId))
    .leftJoin(messages, eq(messages.id, conversations.lastMessageId))
    .leftJoin(reservations, eq(reservations.id, conversations.reservationId));
}

/** The conversation, provided `userId` takes part in it. */
export async function findConversationFor(
  db: DbOrTx,
  id: string,
  userId: string,
): Promise<ConversationView | undefined> {
  const [row] = await selectViews(db).where(
    and(
      eq(conversations.id, id),
      or(eq(conversations.guestId, userId), eq(conversations.hostId, userId)),
    ),
  );
  return row;
}

/** The conversation whoever takes part; for events addressed to both participants. */
export async function findConversationView(
  db: DbOrTx,
  id: string,
): Promise<ConversationView | undefined> {
  // The prepared statement of the inbox: every send reads its conversation this way.
  const [row] = await viewsByIds(db, [id]);
  return row;
}

export interface ListOptions {
  filter: ConversationFilter;
  q?: string;
  propertyId?: string;
  limit: number;
  after?: { at: string; id: string };
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// `nulls last` matches the activity indexes (drizzle builds `.desc()` index columns as
// DESC NULLS LAST). A plain `desc` means NULLS FIRST, which those indexes cannot produce
// even though the columns are not null: PostgreSQL then joins and sorts every one of the
// user's conversations for each page (300 ms for a host with 10,000, see bench/).
const newestActivityFirst = [
  sql`${conversations.lastActivityAt} desc nulls last`,
  sql`${conversations.id} desc nulls last`,
];

/**
 * The keys of one side of the inbox (the conversations where the user is the guest, or the
 * host) in activity order, read along that side's activity index.
 */
function sideKeys(db: DbOrTx, userId: string, side: Side, options: ListOptions) {
  const isMine =
    side === 'host' ? eq(conversations.hostId, userId) : eq(conversations.guestId, userId);
  const archived =
    side === 'host' ? conversations.isArchivedByHost : conversations.isArchivedByGuest;
  const unread = side === 'host' ? conversations.hostUnreadCount : conversations.guestUnreadCount;
  const filters: (SQL | undefined)[] = [isMine];
  if (options.filter === 'archived') filters.push(eq(archived, true));
  if (options.filter === 'active') filters.push(eq(archived, false));
  if (options.filter === 'unread') filters.push(gt(unread, 0));
  if (options.propertyId) filters.push(eq(conversations.propertyId, options.propertyId));
  if (options.after) {
    // A row comparison, unlike the equivalent `a < x or (a = x and id < y)`, is a range on
    // the activity index: a later page starts where the last one ended instead of
    // filtering every newer conversation again.
    filters.push(
      sql`(${conversations.lastActivityAt}, ${conversations.id}) < (${options.after.at}::timestamptz, ${options.after.id}::uuid)`,
    );
  }
  const keys = db
    .select({ id: conversations.id, lastActivityAt: conversations.lastActivityAt })
    .from(conversations);
  if (!options.q) {
    return keys
      .where(and(...filters))
      .orderBy(...newestActivityFirst)
      .limit(options.limit);
  }
  const pattern = `%${escapeLike(options.q)}%`;
  const other = side === 'host' ? guestUser : hostUser;
  filters.push(
    or(
      ilike(properties.title, pattern),
      ilike(other.name, pattern),
      exists(
        db
          .select({ one: sql`1` })
          .from(messages)
          .where(
            and(eq(messages.conversationId, conversations.id), ilike(messages.message, pattern)),
          ),
      ),
    ),
  );
  return keys
    .innerJoin(properties, eq(properties.id, conversations.propertyId))
    .innerJoin(other, eq(other.id, side === 'host' ? conversations.guestId : conversations.hostId))
    .where(and(...filters))
    .orderBy(...newestActivityFirst)
    .limit(options.limit);
}

export interface PageKey {
  id: string;
  lastActivityAt: Date;
}

/**
 * The keys of one page of the user's inbox, as guest and as host, newest activity first:
 * each side picks its page along its own index and the two are merged. Only this query
 * depends on the filters and the page size; `viewsByIds` then reads the page's rows.
 */
export async function pageKeys(
  db: DbOrTx,
  userId: string,
  options: ListOptions,
): Promise<PageKey[]> {
  const rows = await queryRows<{ id: string; last_activity_at: string | Date }>(
    db,
    sql`select id, last_activity_at from (
          ${sideKeys(db, userId, 'host', options)}
          union all
          ${sideKeys(db, userId, 'guest', options)}
        ) as page
        order by last_activity_at desc nulls last, id desc nulls last
        limit ${options.limit}`,
  );
  return rows.map((r) => ({ id: r.id, lastActivityAt: new Date(r.last_activity_at) }));
}

// One statement text for every page, prepared once per connection: PostgreSQL then reuses
// its plan instead of planning the six-table join on each request (about 0.7 ms, most of
// the query's cost). The page query keeps its LIMIT, which rules out a reusable plan there.
const preparedViews = new WeakMap<DbOrTx, ReturnType<typeof prepareViews>>();
function prepareViews(db: DbOrTx) {
  return selectViews(db)
    .where(sql`${conversations.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('conversation_views_by_ids');
}

/** The conversations with these ids, in no particular order. */
export async function viewsByIds(db: DbOrTx, ids: string[]): Promise<ConversationView[]> {
  if (ids.length === 0) return [];
  let prepared = preparedViews.get(db);
  if (!prepared) {
    prepared = prepareViews(db);
    preparedViews.set(db, prepared);
  }
  return prepared.execute({ ids });
}

/** Finds the guest's thread for a property (and reservation, when given). */
export async function findThread(
  db: DbOrTx,
  propertyId: string,
  guestId: string,
  reservationId: string | null,
): Promise<ConversationRow | undefined> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.propertyId, propertyId),
        eq(conversations.guestId, guestId),
        reservationId === null
          ? sql`${conversations.reservationId} is null`
          : eq(conversations.reservationId, reservationId),
      ),
    );
  return row;
}

/** Inserts the thread unless it exists; the partial unique indexes settle a race. */
export async function insertThread(db: DbOrTx, values: typeof conversations.$inferInsert) {
  const [row] = await db.insert(conversations).values(values).onConflictDoNothing().returning();
  return row;
}

export async function setArchived(
  db: DbOrTx,
  id: string,
  side: Side,
  archived: boolean,
  now: Date,
) {
  const [row] = await db
    .update(conversations)
    .set(
      side === 'host'
        ? { isArchivedByHost: archived, updatedAt: now }
        : { isArchivedByGuest: archived, updatedAt: now },
    )
    .where(eq(conversations.id, id))
    .returning();
  return row;
}
