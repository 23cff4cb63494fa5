import pg from 'pg';
import { BADGES_FROM_CONVERSATIONS, USERS_WITH_WRONG_BADGES } from '../../server/test/badges.ts';

export interface SeedShape {
  conversations: number;
  /** Exactly this many messages in all; each conversation gets between 2 and 198. */
  messages: number;
  properties: number;
}

export interface SeededThreads {
  /** Every conversation with its guest, so sends can come from either side. */
  conversations: { id: string; guestId: string; guestName: string; guestEmail: string }[];
}

const SENTENCES = [
  'Hi! Is the apartment still available for those dates?',
  'Thanks for booking with us, we look forward to hosting you.',
  'The key box code is 4821, the box is left of the front door.',
  'Could we check in a little earlier, around noon?',
  'Of course, the cleaners should be done by eleven.',
  'Is there parking nearby, and is it free at night?',
  'Wi-Fi is FlexGuest, the password is on the fridge.',
  'We had a wonderful stay, thank you for everything!',
];

/**
 * Gives the existing user `hostId` `shape.conversations` threads (one guest each, spread over
 * `shape.properties` properties) holding `shape.messages` messages, in a few set-based
 * statements. Every column the message service maintains is derived from the seeded
 * messages themselves: seq 1..n without gaps, last_seq, last_message_id/_at,
 * last_activity_at, and both unread counters from the messages' is_read.
 *
 * Unread: a fifth of the threads end in 1–4 guest messages the host has not read, another
 * fifth in 1–3 host messages the guest has not read; everything older is read. A tenth of
 * the threads are archived by the host (none with unread messages: a new one unarchives).
 */
export async function seedHost(
  url: string,
  hostId: string,
  shape: SeedShape,
): Promise<SeededThreads> {
  if (shape.conversations % 2 !== 0 || shape.messages % shape.conversations !== 0) {
    throw new Error('The seed pairs conversations around the mean: use an even count');
  }
  const mean = shape.messages / shape.conversations;
  if (mean < 100) throw new Error('The seed spreads 2..198 messages around a mean of 100+');
  const client = new pg.Client({ connectionString: url });
  // A dropped connection (Ctrl-C drops the database under it) fails the pending query;
  // the client's own 'error' event would otherwise crash the process first.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const {
      rows: [role],
    } = await client.query<{ superuser: boolean }>(
      'select rolsuper as superuser from pg_roles where rolname = current_user',
    );
    await client.query('begin');
    // The rows are consistent by construction, so a superuser's seed skips the per-row
    // foreign-key triggers (a third of the time instead of 50 s); `verify` checks the keys
    // in bulk instead.
    if (role?.superuser) {
      await client.query('set local session_replication_role = replica');
    }
    await client.query(
      `create temp table bench_guests on commit drop as
         select n, gen_random_uuid() as id from generate_series(1, $1::int) n`,
      [shape.conversations],
    );
    await client.query(
      `insert into users (id, email, name)
         select id, 'guest' || n || '@bench.flexbnb.test', 'Guest ' || n from bench_guests`,
    );
    await client.query(
      `create temp table bench_properties on commit drop as
         select n - 1 as k, gen_random_uuid() as id from generate_series(1, $1::int) n`,
      [shape.properties],
    );
    await client.query(
      `insert into properties (id, host_id, title, address, timezone)
         select id, $1, 'Bench flat ' || k, k || ' Bench Street', 'Europe/Paris'
         from bench_properties`,
      [hostId],
    );
    // Message counts come in pairs mean±k (k from 0 to mean-2), so they add up exactly.
    // Thread n was last active n×47 minutes ago; its messages are 9 minutes apart.
    await client.query(
      `create temp table bench_threads on commit drop as
         select g.n, gen_random_uuid() as id, g.id as guest_id, p.id as property_id,
                $2::int + case when g.n % 2 = 0 then 1 else -1 end
                        * ((((g.n + 1) / 2) * 7919) % ($2::int - 1)) as total,
                case when g.n % 5 = 0 then 1 + (g.n / 5) % 4 else 0 end as host_tail,
                case when g.n % 5 = 2 then 1 + (g.n / 5) % 3 else 0 end as guest_tail,
                g.n % 10 = 3 as archived_by_host,
                date_trunc('second', now()) - g.n * interval '47 minutes' as last_at
         from bench_guests g
         join bench_properties p on p.k = g.n % $1::int`,
      [shape.properties, mean],
    );
    await client.query(
      `insert into conversations (id, property_id, guest_id, host_id, is_archived_by_host,
                                  last_seq, last_activity_at, created_at, updated_at)
         select id, property_id, guest_id, $1, archived_by_host, total, last_at,
                last_at - (total - 1) * interval '9 minutes', last_at
         from bench_threads`,
      [hostId],
    );
    await client.query(
      `insert into messages (conversation_id, seq, sender_id, receiver_id, message, is_read,
                             read_at, client_message_id, created_at)
         select t.id, s,
                case when unread then tail_sender else turn_sender end,
                case when (case when unread then tail_sender else turn_sender end) = t.guest_id
                     then $1::uuid else t.guest_id end,
                ($2::text[])[1 + (t.n + s) % array_length($2::text[], 1)],
                not unread,
                case when unread then null else at + interval '2 minutes' end,
                'bench-' || t.n || '-' || s,
                at
         from bench_threads t
         cross join lateral generate_series(1, t.total) s
         cross join lateral (select
             s > t.total - (t.host_tail + t.guest_tail) as unread,
             case when t.host_tail > 0 then t.guest_id else $1::uuid end as tail_sender,
             case when s % 2 = 1 then t.guest_id else $1::uuid end as turn_sender,
             t.last_at - (t.total - s) * interval '9 minutes' as at) m
         order by t.id, s`,
      [hostId, SENTENCES],
    );
    await client.query(
      `update conversations c
         set last_message_id = m.id, last_message_at = m.created_at
         from messages m
         where m.conversation_id = c.id and m.seq = c.last_seq`,
    );
    await client.query(
      `update conversations c
         set host_unread_count = u.host_unread, guest_unread_count = u.guest_unread
         from (select m.conversation_id,
                      count(*) filter (where m.receiver_id = c.host_id) as host_unread,
                      count(*) filter (where m.receiver_id = c.guest_id) as guest_unread
               from messages m join conversations c on c.id = m.conversation_id
               where not m.is_read
               group by m.conversation_id) u
         where u.conversation_id = c.id`,
    );
    // Each user's badge, as the send statement keeps it.
    await client.query(
      `insert into user_counters (user_id, unread_messages, unread_conversations)
         select user_id, messages, conversations from (${BADGES_FROM_CONVERSATIONS}) as b`,
    );
    await client.query('commit');
    // What autovacuum would have done long before a real inbox got this big; it also gives
    // the planner the statistics the checks below need.
    await client.query('vacuum analyze');
    await verify(client, hostId, shape);
    await client.query('checkpoint');
    const { rows } = await client.query<{
      id: string;
      guest_id: string;
      guest_name: string;
      guest_email: string;
    }>(
      `select c.id, c.guest_id, u.name as guest_name, u.email as guest_email
         from conversations c join users u on u.id = c.guest_id
         where c.host_id = $1 order by c.id`,
      [hostId],
    );
    return {
      conversations: rows.map((r) => ({
        id: r.id,
        guestId: r.guest_id,
        guestName: r.guest_name,
        guestEmail: r.guest_email,
      })),
    };
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

/** Fails loudly if any denormalised column disagrees with the seeded messages. */
async function verify(client: pg.Client, hostId: string, shape: SeedShape) {
  const {
    rows: [check],
  } = await client.query<Record<string, string>>(
    `select
       (select count(*) from conversations where host_id = $1) as conversations,
       (select count(*) from messages) as messages,
       (select count(*) from (
          select conversation_id from messages group by conversation_id
          having min(seq) <> 1 or max(seq) <> count(*)) g) as gapped,
       (select count(*) from conversations c
          left join messages m on m.id = c.last_message_id
          left join lateral (select count(*) filter (where receiver_id = c.host_id) as h,
                                    count(*) filter (where receiver_id = c.guest_id) as g
                             from messages u where u.conversation_id = c.id and not u.is_read) u
            on true
          where m.id is null or m.seq <> c.last_seq or m.created_at <> c.last_message_at
             or c.last_activity_at <> m.created_at
             or c.host_unread_count <> u.h or c.guest_unread_count <> u.g) as inconsistent,
       (select count(*) from messages m
          left join conversations c on c.id = m.conversation_id
          left join users s on s.id = m.sender_id
          left join users r on r.id = m.receiver_id
          where c.id is null or s.id is null or r.id is null
             or m.sender_id not in (c.guest_id, c.host_id)
             or m.receiver_id not in (c.guest_id, c.host_id)
             or m.sender_id = m.receiver_id) as dangling,
       (select count(*) from conversations c
          left join properties p on p.id = c.property_id
          left join users g on g.id = c.guest_id
          where p.id is null or g.id is null or p.host_id <> c.host_id) as dangling_threads,
       (select count(*) from (${USERS_WITH_WRONG_BADGES}) as w) as wrong_badges,
       (select count(*) from messages where not is_read) as unread_messages,
       (select count(*) from conversations where host_unread_count > 0) as host_unread_threads`,
    [hostId],
  );
  const problems = [];
  if (Number(check!.conversations) !== shape.conversations) problems.push('conversation count');
  if (Number(check!.messages) !== shape.messages) problems.push('message count');
  if (Number(check!.gapped) !== 0) problems.push(`${check!.gapped} threads with seq gaps`);
  if (Number(check!.dangling) + Number(check!.dangling_threads) !== 0) {
    problems.push('rows whose keys point nowhere or at the wrong participants');
  }
  if (Number(check!.inconsistent) !== 0) {
    problems.push(`${check!.inconsistent} threads whose last_*/unread columns disagree`);
  }
  if (Number(check!.wrong_badges) !== 0) {
    problems.push(`${check!.wrong_badges} users whose unread badge disagrees with their threads`);
  }
  if (problems.length > 0) throw new Error(`Seed inconsistent: ${problems.join(', ')}`);
  console.log(
    `seed verified: ${check!.conversations} conversations, ${check!.messages} messages, ` +
      `${check!.unread_messages} unread (${check!.host_unread_threads} threads unread for the host)`,
  );
}
