import type { SyncEventType } from '@flexbnb/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { EventName, EventPayload, StatementOutputs } from '../../platform/events/index.ts';

/**
 * The kinds of change event the feed writes. Feeds written before messages and read receipts
 * carried the badge also hold `unread.changed` rows, which sync still reads (sync.service.ts).
 */
export type FeedType = Extract<
  SyncEventType,
  | 'message.created'
  | 'message.read'
  | 'message.updated'
  | 'message.reaction'
  | 'message.translated'
  | 'conversation.updated'
  | 'notification.created'
  | 'unread.changed'
>;

/** How an entry moves its user's badge (SQL over the event row `e`); absent parts are 0. */
interface BadgeChange {
  messages?: SQL;
  conversations?: SQL;
  notifications?: SQL;
}

/** One change event a domain event writes to one user's feed. */
interface FeedEntry<K extends EventName> {
  /** The payload column that names the user. */
  to: keyof EventPayload<K> & string;
  type: FeedType;
  /** How the entry moves the user's unread badge. */
  badge?: BadgeChange;
  /** Only when this holds for the event row `e`. */
  when?: SQL;
  /**
   * The rows to write from when they are not the event's own: a query over the event's CTE
   * `source` or what earlier parts of the statement changed. They have the columns `to` and
   * the entry's type name.
   */
  rows?: (source: SQL, earlier: StatementOutputs) => SQL;
}

const noMessageFollows = sql`not e.with_message`;

/**
 * A reservation's change shows in the conversations about its stay as a system line, which
 * their guest and host get as a new message, with the conversation in its new state.
 */
function stayLines<K extends EventName>(): FeedEntry<K>[] {
  const to = (column: 'guest_id' | 'host_id') => column as keyof EventPayload<K> & string;
  const rows = (_source: SQL, earlier: StatementOutputs) => {
    if (!earlier.stayLines) throw new Error('The stay lines are written before the feed');
    return sql`select * from ${earlier.stayLines} l`;
  };
  return [
    { to: to('guest_id'), type: 'message.created', rows },
    { to: to('host_id'), type: 'message.created', rows },
  ];
}

/** A read receipt moves the badge of the reader only; `user` is the entry's user. */
function readerBadge(user: SQL) {
  const isReader = sql`(${user} = e.reader_id)::int`;
  return {
    messages: sql`${isReader} * (e.unread_after - e.unread_before)`,
    conversations: sql`${isReader} * ((e.unread_after > 0)::int - (e.unread_before > 0)::int)`,
  };
}

/**
 * What each domain event writes to whose change feed, in each user's order. The only place
 * this is declared: the recording statement is built from it, and both the live push and
 * sync read the rows it wrote (see `materialise`).
 */
export const FEED: { [K in EventName]?: FeedEntry<K>[] } = {
  // One event per participant, which carries the conversation and the badge with it; the
  // sender's other devices show the message too.
  'message.created': [
    { to: 'sender_id', type: 'message.created' },
    {
      to: 'receiver_id',
      type: 'message.created',
      badge: { messages: sql`1`, conversations: sql`(e.receiver_unread_before = 0)::int` },
    },
  ],
  'message.read': [
    { to: 'guest_id', type: 'message.read', badge: readerBadge(sql`e.guest_id`) },
    { to: 'host_id', type: 'message.read', badge: readerBadge(sql`e.host_id`) },
  ],
  // Both participants see a message change; badges do not move (an unsend that drops an unread
  // message records its read receipt, which carries the badge).
  'message.updated': [
    { to: 'guest_id', type: 'message.updated' },
    { to: 'host_id', type: 'message.updated' },
  ],
  'message.reacted': [
    { to: 'guest_id', type: 'message.reaction' },
    { to: 'host_id', type: 'message.reaction' },
  ],
  // A translation is for the one who reads it.
  'message.translated': [{ to: 'reader_id', type: 'message.translated' }],
  // A message recorded with the change brings the conversation's new state with it.
  'conversation.created': [
    { to: 'guest_id', type: 'conversation.updated', when: noMessageFollows },
    { to: 'host_id', type: 'conversation.updated', when: noMessageFollows },
  ],
  'conversation.archived': [
    { to: 'guest_id', type: 'conversation.updated', when: noMessageFollows },
    { to: 'host_id', type: 'conversation.updated', when: noMessageFollows },
  ],
  // Notifications raised in the statement come as `StatementOutputs.notifications`.
  'reservation.created': [],
  'reservation.confirmed': stayLines(),
  'reservation.declined': stayLines(),
  'reservation.cancelled': stayLines(),
  'reservation.changed': stayLines(),
  'reservation.completed': stayLines(),
  // A platform's system line is told like a stay line (messages.handlers.ts writes both).
  'platform_note.posted': stayLines(),
  'reminder.sent': [],
  // The admins' notifications of it, like a reminder's.
  'webhook.disabled': [],
  'notification.read': [
    {
      to: 'user_id',
      type: 'unread.changed',
      badge: { notifications: sql`-e.count` },
      when: sql`e.count > 0`,
    },
  ],
};

const isoTime = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * What `change_events` keeps of an event, over the event row `e`: the conversation and message
 * it names, and in `payload` only what those do not say. A message or conversation is named,
 * not copied: sync reads its current state, so the record stays small and a catching-up client
 * gets the latest version of each.
 */
const STORED: Record<FeedType, { conversationId: SQL; messageId: SQL; payload: SQL }> = {
  'message.created': {
    conversationId: sql`e.conversation_id`,
    messageId: sql`e.message_id`,
    payload: sql`null::jsonb`,
  },
  'message.read': {
    conversationId: sql`e.conversation_id`,
    messageId: sql`null::uuid`,
    payload: sql`jsonb_build_object('reader_id', e.reader_id,
      'message_ids', to_jsonb(e.message_ids), 'seqs', to_jsonb(e.seqs),
      'read_at', ${isoTime(sql`e.read_at`)})`,
  },
  'message.updated': {
    conversationId: sql`e.conversation_id`,
    messageId: sql`e.message_id`,
    payload: sql`null::jsonb`,
  },
  // Who did what is the event's own; the reactions are read as they are now.
  'message.reaction': {
    conversationId: sql`e.conversation_id`,
    messageId: sql`e.message_id`,
    payload: sql`jsonb_build_object('user_id', e.user_id, 'emoji', e.emoji, 'added', e.added)`,
  },
  // Which translation: the message's in the reader's language then.
  'message.translated': {
    conversationId: sql`e.conversation_id`,
    messageId: sql`e.message_id`,
    payload: sql`jsonb_build_object('language', e.language)`,
  },
  'conversation.updated': {
    conversationId: sql`e.conversation_id`,
    messageId: sql`null::uuid`,
    payload: sql`null::jsonb`,
  },
  // Named, and read in its current state (read since, perhaps), like a message.
  'notification.created': {
    conversationId: sql`null::uuid`,
    messageId: sql`null::uuid`,
    payload: sql`jsonb_build_object('notification_id', e.notification_id)`,
  },
  // The badge itself is read when the event is delivered.
  'unread.changed': {
    conversationId: sql`null::uuid`,
    messageId: sql`null::uuid`,
    payload: sql`'{}'::jsonb`,
  },
};

function draft(
  ord: number,
  user: SQL,
  type: FeedType,
  badge: BadgeChange | undefined,
  from: SQL,
): SQL {
  const stored = STORED[type];
  // `pos`: the event row's place in the statement (a batch's order), which orders a user's
  // entries of the same kind.
  return sql`select ${sql.raw(String(ord))} as ord, row_number() over () as pos,
      ${user} as user_id,
      ${sql.raw(`'${type}'`)}::text as type, ${stored.conversationId} as conversation_id,
      ${stored.messageId} as message_id, ${stored.payload} as payload,
      ${badge?.messages ?? sql`0`} as unread_messages,
      ${badge?.conversations ?? sql`0`} as unread_conversations,
      ${badge?.notifications ?? sql`0`} as unread_notifications
    from ${from}`;
}

/**
 * The feed entries of an event as a query over its rows in `source`, with the columns the
 * recording CTEs read: (ord, pos, user_id, type, conversation_id, message_id, payload,
 * unread_messages, unread_conversations, unread_notifications). `notifications`: the rows an
 * earlier part of the statement raised or read (see `StatementOutputs`), which follow the
 * event's own entries in each user's feed.
 */
export function feedDrafts<K extends EventName>(
  entries: FeedEntry<K>[],
  source: SQL,
  earlier: StatementOutputs,
): SQL {
  const { notifications, updatedMessages } = earlier;
  const selects = entries.map((entry, ord) =>
    draft(
      ord,
      sql`e.${sql.identifier(entry.to)}`,
      entry.type,
      entry.badge,
      sql`${entry.rows ? sql`(${entry.rows(source, earlier)})` : source} e${
        entry.when ? sql` where ${entry.when}` : sql``
      }`,
    ),
  );
  if (notifications) {
    const after = entries.length;
    selects.push(
      draft(
        after,
        sql`e.user_id`,
        'notification.created',
        { notifications: sql`1` },
        sql`(select id as notification_id, user_id from ${notifications}
              where change = 'created') e`,
      ),
      // One badge change per reader, however many of their notifications a read cleared.
      draft(
        after + 1,
        sql`e.user_id`,
        'unread.changed',
        { notifications: sql`-e.count` },
        sql`(select user_id, count(*)::int as count from ${notifications}
              where change = 'read' group by user_id) e`,
      ),
    );
  }
  if (updatedMessages) {
    const after = selects.length;
    for (const [i, participant] of (['guest_id', 'host_id'] as const).entries()) {
      selects.push(
        draft(
          after + i,
          sql`e.${sql.identifier(participant)}`,
          'message.updated',
          undefined,
          sql`(select * from ${updatedMessages}) e`,
        ),
      );
    }
  }
  if (selects.length === 0) {
    return sql`${draft(0, sql`null::uuid`, 'unread.changed', undefined, sql`(select) e`)} where false`;
  }
  return sql.join(selects, sql` union all `);
}
