import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connect.ts';

/**
 * Moves a seeded conversation's messages to the times given (the first message to the first
 * time, by `seq`), and everything stamped with them along: when each one was read (when its
 * receiver next wrote, or a few minutes after it arrived), the conversation's creation and
 * last activity, its notifications and its reservation's creation. Only for the demo seed:
 * real data keeps the times it was written at.
 */
export async function moveConversationTo(
  db: DbOrTx,
  conversationId: string,
  times: readonly Date[],
): Promise<void> {
  if (times.length === 0) return;
  const stamps = sql.join(
    times.map((at, i) => sql`(${i + 1}::int, ${at.toISOString()}::timestamptz)`),
    sql`, `,
  );
  await db.execute(sql`
    with planned(n, at) as (values ${stamps}),
    ordered as (
      select id, row_number() over (order by seq) as n
      from messages where conversation_id = ${conversationId}
    )
    update messages m set created_at = planned.at
    from ordered join planned on planned.n = ordered.n
    where m.id = ordered.id`);
  await db.execute(sql`
    update messages m set read_at = coalesce(
      (select min(r.created_at) from messages r
        where r.conversation_id = m.conversation_id and r.sender_id = m.receiver_id
          and r.seq > m.seq),
      m.created_at + interval '4 minutes')
    where m.conversation_id = ${conversationId} and m.read_at is not null`);
  await db.execute(sql`
    update notifications n set
      created_at = m.created_at,
      read_at = case when n.read_at is null then null else greatest(m.read_at, m.created_at) end
    from messages m
    where n.conversation_id = ${conversationId} and n.message_id = m.id`);
  await db.execute(sql`
    update conversations c set
      created_at = first.created_at,
      last_message_at = last.created_at,
      last_activity_at = last.created_at
    from
      (select min(created_at) as created_at from messages where conversation_id = ${conversationId}) first,
      (select max(created_at) as created_at from messages where conversation_id = ${conversationId}) last
    where c.id = ${conversationId}`);
  await db.execute(sql`
    update reservations r set created_at = c.created_at - interval '2 minutes'
    from conversations c
    where c.id = ${conversationId} and r.id = c.reservation_id`);
}
