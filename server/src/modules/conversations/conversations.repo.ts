import {
  and,
  eq,
  exists,
  getTableColumns,
  gt,
  or,
  sql,
  type Placeholder,
  type SQL,
} from 'drizzle-orm';
import { alias, type PgColumn, type PgSelect } from 'drizzle-orm/pg-core';
import type { ConversationFilter, ReservationStatus } from '@flexbnb/contracts';
import { preparedPerShape, prepared, type DbOrTx } from '../../platform/db/connect.ts';
import { rowFromJson } from '../../platform/db/json-rows.ts';
import { messageMatchesSql, nameOrTitleMatchesSql, type TextSearch } from '../search/index.ts';
import type { Side } from './conversations.policy.ts';
import {
  activityHourOf,
  conversations,
  messageColumns,
  messages,
  properties,
  reservations,
  users,
  type MessageRow,
} from '../../platform/db/schema.ts';

export type ConversationRow = typeof conversations.$inferSelect;
export type { MessageRow };

const guestUser = alias(users, 'guest_user');
const hostUser = alias(users, 'host_user');

/**
 * What a view adds to the conversation row, read from the tables joined to it by the same
 * names: its property, its participants' names and its reservation.
 */
const viewExtras = {
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

const view = { conversation: conversations, lastMessage: messageColumns, ...viewExtras };

/**
 * Joins the tables `viewExtras` reads to a query over conversation rows: the table itself,
 * or a statement's CTE of them (the send's updated conversation). Takes a `$dynamic()` query,
 * whose row type these joins leave as it was: callers read rows as `ConversationView`, where
 * the left-joined reservation may be null.
 */
function joinViewExtras<Q extends PgSelect>(
  query: Q,
  conversation: {
    propertyId: PgColumn;
    guestId: PgColumn;
    hostId: PgColumn;
    reservationId: PgColumn;
  },
) {
  return query
    .innerJoin(properties, eq(properties.id, conversation.propertyId))
    .innerJoin(guestUser, eq(guestUser.id, conversation.guestId))
    .innerJoin(hostUser, eq(hostUser.id, conversation.hostId))
    .leftJoin(reservations, eq(reservations.id, conversation.reservationId));
}

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
    status: ReservationStatus;
  } | null;
};

/** The conversation with its view, whoever takes part; the service checks the participant. */
export async function findConversationView(
  db: DbOrTx,
  id: string,
): Promise<ConversationView | undefined> {
  const [row] = await viewsByIds(db, [id]);
  return row;
}

export interface ListOptions {
  filter: ConversationFilter;
  /** The search's `q`, read by the search module (see `textSearchFor`). */
  search?: TextSearch;
  propertyId?: string;
  limit: number;
  after?: { at: string; id: string };
}

// The activity indexes hold each thread's hour (see `activity_hour` in schema.ts): PostgreSQL
// reads them hour by hour, newest first, and sorts only each hour's threads by their time.
// `nulls last` matches those indexes (drizzle builds `.desc()` index columns as DESC NULLS
// LAST). A plain `desc` means NULLS FIRST, which they cannot produce even though the column
// is not null: PostgreSQL would then join and sort every one of the user's conversations for
// each page (300 ms for a host with 10,000, see bench/).
const newestActivityFirst = [
  sql`${conversations.activityHour} desc nulls last`,
  sql`${conversations.lastActivityAt} desc nulls last`,
  sql`${conversations.id} desc nulls last`,
];

/** What a page query's text depends on, but for a search's words. */
interface PageShape {
  filter: ConversationFilter;
  propertyId: boolean;
  after: boolean;
}

/** The values of a page query. */
type PageValues = {
  userId: string;
  limit: number;
  propertyId: string | null;
  afterAt: string | null;
  afterId: string | null;
};

/** How a page query takes its values: as placeholders of a prepared statement, or in it. */
interface Binding {
  value: (name: keyof PageValues) => Placeholder | SQL;
  limit: Placeholder | number;
}

const placeholders: Binding = {
  value: (name) => sql.placeholder(name),
  limit: sql.placeholder('limit'),
};

const valuesOf = (values: PageValues): Binding => ({
  value: (name) => sql`${values[name]}`,
  limit: values.limit,
});

/**
 * The keys of one side of the inbox (the conversations where the user is the guest, or the
 * host) in activity order, read along that side's activity index. Each side's filter is the
 * participant rule of conversations.policy.ts, written per side so each uses its index.
 */
function sideKeys(
  db: DbOrTx,
  side: Side,
  shape: PageShape,
  { value, limit }: Binding,
  search: TextSearch | undefined,
) {
  const isMine =
    side === 'host'
      ? eq(conversations.hostId, value('userId'))
      : eq(conversations.guestId, value('userId'));
  const archived =
    side === 'host' ? conversations.isArchivedByHost : conversations.isArchivedByGuest;
  const unread = side === 'host' ? conversations.hostUnreadCount : conversations.guestUnreadCount;
  const filters: (SQL | undefined)[] = [isMine];
  if (shape.filter === 'archived') filters.push(eq(archived, true));
  if (shape.filter === 'active') filters.push(eq(archived, false));
  if (shape.filter === 'unread') filters.push(gt(unread, 0));
  if (shape.propertyId) filters.push(eq(conversations.propertyId, value('propertyId')));
  if (shape.after) {
    // A row comparison, unlike the equivalent `a < x or (a = x and id < y)`, is a range on
    // the activity index: a later page starts where the last one ended instead of
    // filtering every newer conversation again.
    const afterAt = sql`${value('afterAt')}::timestamptz`;
    filters.push(
      sql`(${conversations.activityHour}, ${conversations.lastActivityAt}, ${conversations.id}) < (${activityHourOf(afterAt)}, ${afterAt}, ${value('afterId')}::uuid)`,
    );
  }
  const keys = db
    .select({ id: conversations.id, lastActivityAt: conversations.lastActivityAt })
    .from(conversations);
  if (!search) {
    return keys
      .where(and(...filters))
      .orderBy(...newestActivityFirst)
      .limit(limit);
  }
  // The search's engine (modules/search): the title or the other person's name by trigram,
  // or a message by full-text search.
  const other = side === 'host' ? guestUser : hostUser;
  filters.push(
    or(
      nameOrTitleMatchesSql(search, properties.title, other.name),
      exists(
        db
          .select({ one: sql`1` })
          .from(messages)
          .where(and(eq(messages.conversationId, conversations.id), messageMatchesSql(search))),
      ),
    ),
  );
  return keys
    .innerJoin(properties, eq(properties.id, conversations.propertyId))
    .innerJoin(other, eq(other.id, side === 'host' ? conversations.guestId : conversations.hostId))
    .where(and(...filters))
    .orderBy(...newestActivityFirst)
    .limit(limit);
}

export interface PageKey {
  id: string;
  lastActivityAt: Date;
}

/**
 * The keys of one page of the user's inbox, as guest and as host, newest activity first:
 * each side picks its page along its own index and the two are merged. Only this query
 * depends on the filters; `viewsByIds` then reads the page's rows by key.
 */
function pageKeysQuery(
  db: DbOrTx,
  shape: PageShape,
  binding: Binding,
  search: TextSearch | undefined,
) {
  const { id, lastActivityAt } = getTableColumns(conversations);
  const page = db
    .$with('page', { id, lastActivityAt })
    .as(
      sql`${sideKeys(db, 'host', shape, binding, search)} union all ${sideKeys(db, 'guest', shape, binding, search)}`,
    );
  return db
    .with(page)
    .select({ id: page.id, lastActivityAt: page.lastActivityAt })
    .from(page)
    .orderBy(sql`${page.lastActivityAt} desc nulls last`, sql`${page.id} desc nulls last`)
    .limit(binding.limit);
}

// Values are placeholders, so there is one statement text per shape of query, prepared once
// per connection, and PostgreSQL plans it once instead of on every request.
const preparedPageKeys = preparedPerShape((db: DbOrTx, shape: PageShape) => {
  const name = [
    'conversation_page',
    shape.filter,
    shape.propertyId && 'property',
    shape.after && 'after',
  ];
  return pageKeysQuery(db, shape, placeholders, undefined).prepare(name.filter(Boolean).join('_'));
});

/**
 * The keys of one page of the user's inbox (see `pageKeysQuery`), newest activity first.
 * A search's statement is not prepared: its text depends on the words, and PostgreSQL plans
 * it with their values (a rare word is best found through the GIN index, a common one in the
 * user's own conversations).
 */
export async function pageKeys(
  db: DbOrTx,
  userId: string,
  options: ListOptions,
): Promise<PageKey[]> {
  const shape: PageShape = {
    filter: options.filter,
    propertyId: Boolean(options.propertyId),
    after: Boolean(options.after),
  };
  const values: PageValues = {
    userId,
    limit: options.limit,
    propertyId: options.propertyId ?? null,
    afterAt: options.after?.at ?? null,
    afterId: options.after?.id ?? null,
  };
  if (options.search) return pageKeysQuery(db, shape, valuesOf(values), options.search);
  return preparedPageKeys(db, shape).execute(values);
}

const preparedViews = prepared((db) => {
  // Joined from the ids rather than filtered by `id = any(ids)`: PostgreSQL then looks every
  // row up by its key, where the filter let it hash the whole users table (a page of 50 at
  // 10,000 conversations: p99 3.5 ms instead of 10 ms, see bench/).
  const wanted = sql`unnest(${sql.placeholder('ids')}::uuid[]) as wanted(id)`;
  const query = db
    .select(view)
    .from(wanted)
    .innerJoin(conversations, sql`${conversations.id} = wanted.id`)
    .leftJoin(messages, eq(messages.id, conversations.lastMessageId))
    .$dynamic();
  return joinViewExtras(query, conversations).prepare('conversation_views_by_ids');
});

// One conversation by its key: what a change's push reads after every send. PostgreSQL plans
// the array form above again on every call (its best plan depends on the array), which cost
// more than the query itself; this one it plans once.
const preparedView = prepared((db) => {
  const query = db
    .select(view)
    .from(conversations)
    .leftJoin(messages, eq(messages.id, conversations.lastMessageId))
    .where(eq(conversations.id, sql.placeholder('id')))
    .$dynamic();
  return joinViewExtras(query, conversations).prepare('conversation_view_by_id');
});

/** The conversations with these ids, in no particular order; prepared once per connection. */
export async function viewsByIds(db: DbOrTx, ids: string[]): Promise<ConversationView[]> {
  if (ids.length === 0) return [];
  if (ids.length === 1) return preparedView(db).execute({ id: ids[0] });
  return preparedViews(db).execute({ ids });
}

/**
 * The views of `rows` (a CTE of whole conversation rows, such as those a statement updated
 * and returned) as one jsonb array, for a statement that answers what it changed; read back
 * with `viewsFromJson`. A message the same statement inserted is not visible to it: a
 * statement that inserts the last message passes `readLastMessage: false`, leaves the last
 * message out, and its caller adds it from the event.
 */
export function viewsJsonOf(rows: SQL, options: { readLastMessage: boolean }): SQL<unknown> {
  const lastMessage = options.readLastMessage
    ? sql`(select to_jsonb(m) - 'search_config' - 'search_vector' from ${messages} m
           where m.id = c.last_message_id)`
    : sql`null`;
  return sql`(select coalesce(jsonb_agg(jsonb_build_object(
      'conversation', to_jsonb(c), 'last_message', ${lastMessage},
      'property_title', p.title, 'property_timezone', p.timezone,
      'guest_name', g.name, 'host_name', h.name, 'reservation', to_jsonb(r))), '[]'::jsonb)
    from ${rows} c
    join ${properties} p on p.id = c.property_id
    join ${users} g on g.id = c.guest_id
    join ${users} h on h.id = c.host_id
    left join ${reservations} r on r.id = c.reservation_id)`;
}

interface ViewJson {
  conversation: Record<string, unknown>;
  last_message: Record<string, unknown> | null;
  property_title: string;
  property_timezone: string;
  guest_name: string;
  host_name: string;
  reservation: Record<string, unknown> | null;
}

/** The views `viewsJsonOf` wrote, as `viewsByIds` reads them. */
export function viewsFromJson(json: unknown): ConversationView[] {
  return (json as ViewJson[]).map((v) => {
    const reservation = v.reservation && rowFromJson(reservations, v.reservation);
    return {
      conversation: rowFromJson(conversations, v.conversation),
      lastMessage: v.last_message && rowFromJson(messages, v.last_message),
      propertyTitle: v.property_title,
      propertyTimezone: v.property_timezone,
      guestName: v.guest_name,
      hostName: v.host_name,
      reservation: reservation && {
        id: reservation.id,
        checkIn: reservation.checkIn,
        checkOut: reservation.checkOut,
        guests: reservation.guests,
        status: reservation.status,
      },
    };
  });
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
