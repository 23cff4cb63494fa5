import { WEBHOOK_EVENTS, type WebhookEvent } from '@flexbnb/contracts';
import type { HandlerDeps } from '../../platform/context.ts';
import { on, type Subscription } from '../../platform/events/index.ts';
import { fanOut, fanOutCtes } from './webhooks.fan-out.ts';
import { subscribedEventsOf } from './webhooks.subscriptions.ts';

/**
 * The domain events a platform's webhooks hear of, each under its own name. Every one is
 * fanned out in the statement (or transaction) that records it: its deliveries and their jobs
 * commit with it, or not at all.
 *
 * - `message.created` is recorded by the send's one prepared statement, built once per node:
 *   its fan-out is part of that statement whether or not anyone subscribes. It adds no
 *   statement and no round trip; with no endpoint subscribed it inserts nothing, and costs
 *   the scan of an empty `webhook_endpoints` in the statement.
 * - The others are recorded from TypeScript: their fan-out is added to the recording
 *   statement only while an active endpoint may subscribe to them (as this process last read
 *   the endpoints, see `SubscribedEvents`); otherwise the handler adds nothing at all.
 * - `notification.failed` has no other handler writing in SQL, so it would cost a statement
 *   of its own: it fans out from TypeScript, and returns at once when nobody subscribes.
 */
export function webhooksHandlers(deps: Pick<HandlerDeps, 'db' | 'log'>): Subscription[] {
  const subscriptions = subscribedEventsOf(deps);
  const name = (event: WebhookEvent) => `webhooks.fan-out.${event}`;
  return WEBHOOK_EVENTS.map((event) => {
    if (event === 'notification.failed') {
      return on(event, {
        name: name(event),
        inTransaction: async (payloads, uow) => {
          if (!subscriptions.mayDeliver(event)) return;
          await fanOut(uow.db, event, payloads);
        },
      });
    }
    return on(event, {
      name: name(event),
      sql: (source, qb) => {
        if (event !== 'message.created' && !subscriptions.mayDeliver(event)) return { ctes: [] };
        const { ctes, wake } = fanOutCtes(qb, event, source);
        return { ctes, result: wake };
      },
    });
  });
}
