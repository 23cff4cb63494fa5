import { STAY_LINE_EVENTS, type StayLineEvent } from '@flexbnb/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { HandlerDeps } from '../../platform/context.ts';
import { conversations, messages } from '../../platform/db/schema.ts';
import { on, type EventPayload, type Subscription } from '../../platform/events/index.ts';

/** Who made each change of a stay: the system line's sender. */
const ACTOR: { [K in StayLineEvent]: keyof EventPayload<K> & string } = {
  'reservation.confirmed': 'host_id',
  'reservation.declined': 'host_id',
  'reservation.cancelled': 'cancelled_by',
  'reservation.changed': 'changed_by',
  'reservation.completed': 'host_id',
};

/** What the line says before the dates, in the words a client without its own uses. */
const HEADLINE: Record<StayLineEvent, string> = {
  'reservation.confirmed': 'Reservation confirmed',
  'reservation.declined': 'Reservation declined',
  'reservation.cancelled': 'Reservation cancelled',
  'reservation.changed': 'Reservation changed',
  'reservation.completed': 'Stay completed',
};

/**
 * A stay's dates as people write them, from two SQL dates: "12–15 Mar", "28 Mar – 2 Apr",
 * "30 Dec 2026 – 2 Jan 2027". `to_char`'s month names are English whatever the server's locale.
 */
export function stayDatesSql(checkIn: SQL, checkOut: SQL): SQL {
  return sql`case
      when date_trunc('month', ${checkIn}) = date_trunc('month', ${checkOut})
        then to_char(${checkIn}, 'FMDD') || '–' || to_char(${checkOut}, 'FMDD Mon')
      when extract(year from ${checkIn}) = extract(year from ${checkOut})
        then to_char(${checkIn}, 'FMDD Mon') || ' – ' || to_char(${checkOut}, 'FMDD Mon')
      else to_char(${checkIn}, 'FMDD Mon YYYY') || ' – ' || to_char(${checkOut}, 'FMDD Mon YYYY')
    end`;
}

/**
 * The conversations of a stay tell its changes as system lines ("Reservation confirmed ·
 * 12–15 Mar"), written by the statement that records the change: each conversation about the
 * reservation gets the line as its next message, from whoever made the change, read from the
 * start (a change is told by its notification, not by an unread badge), and comes back into
 * the inbox of the other side if they had archived it. The change feed tells both sides
 * (`outputs.stayLines`).
 *
 * With `metrics`, every message committed is counted: after the commit, from the payloads the
 * send's statement returns anyway, so the send does no more work for it.
 */
export function messagesHandlers(deps: Pick<HandlerDeps, 'metrics'> = {}): Subscription[] {
  const { metrics } = deps;
  const counting = metrics
    ? [
        on('message.created', {
          name: 'messages.count-sent',
          afterCommit: (payloads) => metrics.messagesSent.inc(payloads.length),
        }),
      ]
    : [];
  const stayLines = STAY_LINE_EVENTS.map((event) =>
    on(event, {
      name: `messages.stay-line.${event}`,
      sql: (source, qb) => {
        const actor = sql`e.${sql.identifier(ACTOR[event])}`;
        // Updating the conversation first takes its row lock and its next seq in one step,
        // as the send does, so a message sent meanwhile never takes the same seq.
        const threads = qb.$with('stay_line_threads', {}).as(sql`
          update ${conversations} c set
            last_seq = c.last_seq + 1,
            last_message_id = gen_random_uuid(),
            last_message_at = now(),
            last_activity_at = now(),
            updated_at = now(),
            is_archived_by_host = c.is_archived_by_host and ${actor} = c.host_id,
            is_archived_by_guest = c.is_archived_by_guest and ${actor} = c.guest_id
          from ${source} e
          where c.reservation_id = e.reservation_id
            -- The stay's own, which its thread index finds.
            and c.property_id = e.property_id and c.guest_id = e.guest_id
          returning c.id, c.guest_id, c.host_id, c.last_seq, c.last_message_id, c.last_message_at,
                    ${actor} as sender_id, e.reservation_id, e.check_in, e.check_out`);
        const lines = qb.$with('stay_lines', {}).as(sql`
          insert into ${messages} (id, conversation_id, seq, sender_id, receiver_id, message,
                                   is_read, read_at, system_event, created_at)
          select t.last_message_id, t.id, t.last_seq, t.sender_id,
                 case when t.sender_id = t.host_id then t.guest_id else t.host_id end,
                 ${HEADLINE[event]}::text || ' · ' || ${stayDatesSql(sql`t.check_in`, sql`t.check_out`)},
                 true, t.last_message_at,
                 jsonb_build_object('type', ${event}::text, 'reservation_id', t.reservation_id,
                                    'check_in', t.check_in, 'check_out', t.check_out),
                 t.last_message_at
          from stay_line_threads t
          returning id, conversation_id`);
        return {
          ctes: [threads, lines],
          outputs: {
            stayLines: sql`(select l.id as message_id, l.conversation_id, t.guest_id, t.host_id
              from stay_lines l join stay_line_threads t on t.id = l.conversation_id)`,
          },
        };
      },
    }),
  );
  return [...counting, ...stayLines, platformNotes()];
}

/**
 * A rental platform's system line ("Payment received") goes into the stay's conversation the
 * way a stay line does — its next message, from the host, read from the start, the thread
 * back in the guest's inbox — with the platform's words and its idempotency key as the
 * message's `client_message_id` (the poster checked, under the same key, that it is new).
 */
function platformNotes(): Subscription {
  return on('platform_note.posted', {
    name: 'messages.platform-note',
    sql: (source, qb) => {
      // The conversation first, as for stay lines: its row lock and its next seq in one step.
      const threads = qb.$with('platform_note_threads', {}).as(sql`
        update ${conversations} c set
          last_seq = c.last_seq + 1,
          last_message_id = gen_random_uuid(),
          last_message_at = now(),
          last_activity_at = now(),
          updated_at = now(),
          is_archived_by_guest = false
        from ${source} e
        where c.id = e.conversation_id
        returning c.id, c.guest_id, c.host_id, c.last_seq, c.last_message_id, c.last_message_at,
                  e.reservation_id, e.check_in, e.check_out, e.text, e.client_message_id`);
      const notes = qb.$with('platform_notes', {}).as(sql`
        insert into ${messages} (id, conversation_id, seq, sender_id, receiver_id, message,
                                 is_read, read_at, client_message_id, system_event, created_at)
        select t.last_message_id, t.id, t.last_seq, t.host_id, t.guest_id, t.text,
               true, t.last_message_at, t.client_message_id,
               jsonb_build_object('type', 'platform_note.posted'::text,
                                  'reservation_id', t.reservation_id,
                                  'check_in', t.check_in, 'check_out', t.check_out),
               t.last_message_at
        from platform_note_threads t
        returning id, conversation_id`);
      return {
        ctes: [threads, notes],
        outputs: {
          stayLines: sql`(select n.id as message_id, n.conversation_id, t.guest_id, t.host_id
            from platform_notes n join platform_note_threads t on t.id = n.conversation_id)`,
        },
      };
    },
  });
}
