import type { DemoAccount } from '@flexbnb/contracts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo.accounts.ts';
import type { ServiceDeps } from '../../platform/context.ts';
import { emailIsRegistered } from '../auth/index.ts';
import { moveConversationTo } from './demo.repo.ts';

export type DemoService = ReturnType<typeof createDemoService>;

export function createDemoService({ db, config }: ServiceDeps) {
  return {
    /**
     * The seeded demo accounts that still exist, for the login page's one-click sign-in.
     * Empty unless SEED_DEMO is on: a production node never advertises any account. Only the
     * documented demo password is ever returned, and only beside the demo e-mail addresses.
     */
    async accounts(): Promise<DemoAccount[]> {
      if (!config.seedDemo) return [];
      const found = await Promise.all(
        DEMO_ACCOUNTS.map(async (a) => ((await emailIsRegistered(db, a.email)) ? a : undefined)),
      );
      return found
        .filter((a) => a !== undefined)
        .map((a) => ({ email: a.email, name: a.name, label: a.label, password: DEMO_PASSWORD }));
    },

    /**
     * For the demo seed, whose messages are all written in the same second: spreads a seeded
     * conversation over the times real use would have (see `moveConversationTo`), so the
     * inbox does not read "now" everywhere.
     */
    async spreadConversation(conversationId: string, times: readonly Date[]): Promise<void> {
      await moveConversationTo(db, conversationId, times);
    },
  };
}
