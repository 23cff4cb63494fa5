import { sql } from 'drizzle-orm';
import type { HandlerDeps } from '../../platform/context.ts';
import { conversations, messages } from '../../platform/db/schema.ts';
import { on, type Subscription } from '../../platform/events/index.ts';

/**
 * With `SCREENING_REVEAL_ON_CONFIRM`, confirming a stay shows the messages screening masked in
 * its conversations as their senders wrote them (`revealed`), in the statement that records
 * the confirmation; both participants are told of each (`message.updated`). Without it, what
 * was masked stays masked: only what is sent after the confirmation goes through as written.
 */
export function screeningHandlers(deps: Pick<HandlerDeps, 'config'>): Subscription[] {
  if (!deps.config.screening.revealOnConfirm) return [];
  return [
    on('reservation.confirmed', {
      name: 'screening.reveal',
      sql: (source, qb) => {
        // The stay's conversations as `stayConfirmed` counts them: its own thread, and the
        // guest's thread about the property.
        const revealed = qb.$with('screening_revealed', {}).as(sql`
          update ${messages} m set
            message = m.screening->>'original',
            screening = jsonb_set(m.screening - 'original', '{action}', '"revealed"')
          from ${conversations} c, ${source} e
          where c.property_id = e.property_id and c.guest_id = e.guest_id
            and (c.reservation_id is null or c.reservation_id = e.reservation_id)
            and m.conversation_id = c.id and m.screening->>'action' = 'masked'
            and m.unsent_at is null
          returning m.id as message_id, m.conversation_id, c.guest_id, c.host_id`);
        return { ctes: [revealed], outputs: { updatedMessages: sql`screening_revealed` } };
      },
    }),
  ];
}
