import { sql } from 'drizzle-orm';
import { quickReplyTemplates } from '../../platform/db/schema.ts';
import { on, type Subscription } from '../../platform/events/index.ts';
import { addStarterQuickReplies } from './quick-replies.service.ts';

export function quickRepliesHandlers(): Subscription[] {
  return [
    // A host's first property brings the starter set, theirs to edit or delete.
    on('property.created', {
      name: 'quick-replies.starter-set',
      inTransaction: async (payloads, uow) => {
        for (const property of payloads) {
          if (property.first_of_host) await addStarterQuickReplies(uow.db, property.host_id);
        }
      },
    }),
    // A message sent from a template counts one use of it, in the statement that sends it
    // (a batch may hold several): a retry writes no message and so counts nothing; a deleted
    // template counts nothing.
    on('message.created', {
      name: 'quick-replies.usage',
      sql: (source, qb) => ({
        ctes: [
          qb.$with('quick_reply_used', {}).as(sql`
            update ${quickReplyTemplates} t set usage_count = t.usage_count + e.uses
            from (select quick_reply_id, count(*)::int as uses from ${source}
                  where quick_reply_id is not null group by quick_reply_id) e
            where t.id = e.quick_reply_id
            returning t.id`),
        ],
      }),
    }),
  ];
}
