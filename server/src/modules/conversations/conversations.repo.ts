import { and, desc, eq, exists, gt, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
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

const guestUser = alias(users, 'guest_user');
const hostUser = alias(users, 'host_user');

const view = {
  conversation: conversations,
  propertyTitle: properties.title,
  propertyTimezone: properties.timezone,
  guestName: guestUser.name,
  hostName: hostUser.name,
  lastMessage: messages,
  reservation: {
    id: reservations.id,
    checkIn: reservations.checkIn,
    checkOut: reservations.checkOut,
    guests: reservations.guests,
    status: reservations.status,
  },
};

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
  const [row] = await selectViews(db).where(eq(conversations.id, id));
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

/**
 * One side of the inbox (the conversations where the user is the guest, or the host), in
 * activity order. Each side walks its own index; the service merges the two.
 */
export async function listSide(db: DbOrTx, userId: string, side: Side, options: ListOptions) {
  const isMine =
    side === 'host' ? eq(conversations.hostId, userId) : eq(conversations.guestId, userId);
  const archived =
    side === 'host' ? conversations.isArchivedByHost : conversations.isArchivedByGuest;
  const unread = side === 'host' ? conversations.hostUnreadCount : conversations.guestUnreadCount;
  const otherName = side === 'host' ? guestUser.name : hostUser.name;
  const filters: (SQL | undefined)[] = [isMine];
  if (options.filter === 'archived') filters.push(eq(archived, true));
  if (options.filter === 'active') filters.push(eq(archived, false));
  if (options.filter === 'unread') filters.push(gt(unread, 0));
  if (options.propertyId) filters.push(eq(conversations.propertyId, options.propertyId));
  if (options.q) {
    const pattern = `%${escapeLike(options.q)}%`;
    filters.push(
      or(
        ilike(properties.title, pattern),
        ilike(otherName, pattern),
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
  }
  if (options.after) {
    const at = new Date(options.after.at);
    filters.push(
      or(
        lt(conversations.lastActivityAt, at),
        and(eq(conversations.lastActivityAt, at), lt(conversations.id, options.after.id)),
      ),
    );
  }
  return selectViews(db)
    .where(and(...filters))
    .orderBy(desc(conversations.lastActivityAt), desc(conversations.id))
    .limit(options.limit);
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

/** Unread messages and the conversations holding them, over both of the user's sides. */
export async function unreadTotals(db: DbOrTx, userId: string) {
  const [row] = await queryRows<{ messages: string | number; conversations: string | number }>(
    db,
    sql`
    select coalesce(sum(n), 0) as messages, count(*) as conversations from (
      select ${conversations.hostUnreadCount} as n from ${conversations}
        where ${conversations.hostId} = ${userId} and ${conversations.hostUnreadCount} > 0
      union all
      select ${conversations.guestUnreadCount} from ${conversations}
        where ${conversations.guestId} = ${userId} and ${conversations.guestUnreadCount} > 0
    ) as unread`,
  );
  return { messages: Number(row?.messages ?? 0), conversations: Number(row?.conversations ?? 0) };
}
