import { sql, type SQL } from 'drizzle-orm';
import { reservations } from '../../platform/db/schema.ts';

/**
 * The one rule of "the stay is confirmed" for a conversation, which ends contact screening: a
 * `confirmed` or `completed` reservation of it — its own stay, or for a thread about the
 * property any of the guest's stays there. `conversation` names the conversation row in the
 * SQL around it (an alias such as `c`).
 */
export function stayConfirmed(conversation: string): SQL {
  const c = sql.raw(conversation);
  return sql`exists (
    select from ${reservations} r
    where r.property_id = ${c}.property_id and r.guest_id = ${c}.guest_id
      and (${c}.reservation_id is null or r.id = ${c}.reservation_id)
      and r.status in ('confirmed', 'completed'))`;
}
