import {
  WEBHOOK_EVENT_PATTERNS,
  webhookEventsOf,
  type WebhookEvent,
  type WebhookEventPattern,
} from '@flexbnb/contracts';
import type { HandlerDeps } from '../../platform/context.ts';
import type { Db } from '../../platform/db/connect.ts';
import * as repo from './webhooks.repo.ts';

/**
 * How long this process trusts what it read of the subscriptions. Another node's change
 * (a new endpoint, one turned on) is seen within this; until then this process may skip that
 * endpoint's events. This process's own changes, and those another API node announces over
 * the peers' bus (Redis), are seen at once.
 */
export const SUBSCRIPTIONS_TRUSTED_MS = 5_000;

/**
 * Which events have an active endpoint subscribed, as this process last read them: the fan-out
 * of an event nobody subscribes to adds nothing to the statement that records it.
 */
export interface SubscribedEvents {
  /**
   * False only when a fresh read says no active endpoint subscribes to `event`. Unknown or
   * stale, true (the statement then looks at the endpoints itself), and a read is started.
   */
  mayDeliver(event: WebhookEvent): boolean;
  /** Reads the subscriptions again, after this process changed them (a read started after the change). */
  refresh(): Promise<void>;
}

// One per database handle: the event handlers and the service are built from the same one.
const byDatabase = new WeakMap<Db, SubscribedEvents>();

/** The subscriptions of `deps.db`, shared by everything built on that handle. */
export function subscribedEventsOf(deps: Pick<HandlerDeps, 'db' | 'log'>): SubscribedEvents {
  let known = byDatabase.get(deps.db);
  if (!known) {
    known = createSubscribedEvents(deps);
    byDatabase.set(deps.db, known);
  }
  return known;
}

function createSubscribedEvents({ db, log }: Pick<HandlerDeps, 'db' | 'log'>): SubscribedEvents {
  let read: { events: Set<WebhookEvent>; at: number } | undefined;
  // Reads run one after the other, so that the last one started is the last one kept.
  let queue: Promise<void> = Promise.resolve();
  let reading = 0;

  async function load() {
    const at = performance.now();
    try {
      const patterns = (await repo.subscribedPatterns(db)).filter((p): p is WebhookEventPattern =>
        (WEBHOOK_EVENT_PATTERNS as readonly string[]).includes(p),
      );
      read = { events: new Set(patterns.flatMap(webhookEventsOf)), at };
    } catch (err) {
      // Not knowing means delivering: the statements look at the endpoints themselves.
      read = undefined;
      throw err;
    }
  }

  function refresh(): Promise<void> {
    reading += 1;
    const run = queue.then(load).finally(() => {
      reading -= 1;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    mayDeliver(event) {
      const fresh = read !== undefined && performance.now() - read.at < SUBSCRIPTIONS_TRUSTED_MS;
      if (!fresh && reading === 0) {
        refresh().catch((err: unknown) =>
          log.warn({ err }, 'webhooks: could not read the subscriptions'),
        );
      }
      return !fresh || read!.events.has(event);
    },
    refresh,
  };
}
