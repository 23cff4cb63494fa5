import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import { conversations } from '../../platform/db/schema.ts';
import { stayConfirmed as confirmedSql } from './screening.policy.ts';

/**
 * Whether a stay of the conversation is confirmed (see `stayConfirmed` in screening.policy.ts).
 * Undefined when the conversation is not `userId`'s.
 */
export async function stayConfirmed(
  db: DbOrTx,
  conversationId: string,
  userId: string,
): Promise<boolean | undefined> {
  const [row] = await queryRows<{ confirmed: boolean }>(
    db,
    sql`select ${confirmedSql('c')} as confirmed
        from ${conversations} c
        where c.id = ${conversationId} and ${userId} in (c.guest_id, c.host_id)`,
  );
  return row?.confirmed;
}
