import { sql } from 'drizzle-orm';
import { conversations } from '../../platform/db/schema.ts';
import { on, type Subscription } from '../../platform/events/index.ts';

/**
 * What a conversation keeps of its messages, in the statement that records them: the inbox
 * and the badges never count messages. Each hands the rows it changed to the parts after it
 * (`outputs.conversations`): the change feed pushes them without reading them again.
 */
export function conversationsHandlers(): Subscription[] {
  return [
    // A new message moves the thread up, counts unread for the receiver, and brings the
    // thread back into the receiver's inbox if they had archived it.
    on('message.created', {
      name: 'conversations.activity',
      sql: (source, qb) => ({
        ctes: [
          qb.$with('conversation_bumped', {}).as(sql`
            update ${conversations} c set
              last_seq = e.seq,
              last_message_id = e.message_id,
              last_message_at = e.created_at,
              last_activity_at = e.created_at,
              updated_at = e.created_at,
              host_unread_count = c.host_unread_count + (e.receiver_id = c.host_id)::int,
              guest_unread_count = c.guest_unread_count + (e.receiver_id = c.guest_id)::int,
              is_archived_by_host = c.is_archived_by_host and e.receiver_id <> c.host_id,
              is_archived_by_guest = c.is_archived_by_guest and e.receiver_id <> c.guest_id
            from ${source} e
            where c.id = e.conversation_id
            returning c.*`),
        ],
        outputs: { conversations: sql`conversation_bumped` },
      }),
    }),
    on('message.read', {
      name: 'conversations.unread',
      sql: (source, qb) => ({
        ctes: [
          qb.$with('conversation_read', {}).as(sql`
            update ${conversations} c set
              host_unread_count = case when e.reader_id = c.host_id
                then e.unread_after else c.host_unread_count end,
              guest_unread_count = case when e.reader_id = c.guest_id
                then e.unread_after else c.guest_unread_count end
            from ${source} e
            where c.id = e.conversation_id
            returning c.*`),
        ],
        outputs: { conversations: sql`conversation_read` },
      }),
    }),
  ];
}
