import type { Language, ScreeningPolicy } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import { conversations } from '../../platform/db/schema.ts';
import { platformPolicy, readerLanguage, stayConfirmed } from './screening.policy.ts';

/** What screening a text written now in a conversation depends on. */
export type ScreeningContext = {
  /** A stay of the conversation is confirmed (see `stayConfirmed` in screening.policy.ts). */
  confirmed: boolean;
  /** The policy its platform set (see `platformPolicy`); null: the installation's holds. */
  platformPolicy: ScreeningPolicy | null;
  /** The language the other participant, who receives what `userId` writes, reads. */
  receiverLanguage: Language;
};

/**
 * What screening a text `userId` writes in the conversation now depends on, in one read.
 * Undefined when the conversation is not `userId`'s.
 */
export async function screeningContext(
  db: DbOrTx,
  conversationId: string,
  userId: string,
): Promise<ScreeningContext | undefined> {
  const receiver = sql`case when c.host_id = ${userId} then c.guest_id else c.host_id end`;
  const [row] = await queryRows<ScreeningContext>(
    db,
    sql`select ${stayConfirmed('c')} as confirmed,
               ${platformPolicy('c')} as "platformPolicy",
               ${readerLanguage(receiver)} as "receiverLanguage"
        from ${conversations} c
        where c.id = ${conversationId} and ${userId} in (c.guest_id, c.host_id)`,
  );
  return row;
}
