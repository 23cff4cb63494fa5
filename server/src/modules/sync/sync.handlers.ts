import type { UnreadCount } from '@flexbnb/contracts';
import type { HandlerDeps } from '../../platform/context.ts';
import { on, type EventName, type Subscription } from '../../platform/events/index.ts';
import { FEED, feedDrafts } from './sync.feed.ts';
import { recordingCtes, type RecordedEvent } from './sync.repo.ts';
import { materialise } from './sync.service.ts';

/**
 * The change feed and the badges: every domain event of `FEED` writes its users' change
 * events and badge changes in the statement that records it, and once committed they are
 * pushed to the users' sockets.
 */
export function syncHandlers(deps: HandlerDeps): Subscription[] {
  // Pushes go out in the order their changes committed: each waits for the one before it,
  // while the reads that build it run at once.
  let pushed: Promise<void> = Promise.resolve();

  function push(recorded: RecordedEvent[]) {
    const { publish } = deps;
    if (!publish || recorded.length === 0) return;
    const badges = new Map<string, UnreadCount>(
      recorded.map((r) => [
        r.userId,
        { messages: r.unreadMessages, conversations: r.unreadConversations },
      ]),
    );
    // Caught at once: a read that fails while an earlier push is still pending must not be
    // an unhandled rejection. Clients catch up through sync.
    const ready = materialise(deps.db, recorded, badges).catch((err: unknown) => {
      deps.log.warn({ err }, 'could not push change events');
      return [];
    });
    pushed = pushed
      .then(async () => publish(await ready))
      .catch((err: unknown) => deps.log.warn({ err }, 'could not push change events'));
  }

  return (Object.entries(FEED) as [EventName, Parameters<typeof feedDrafts>[0]][]).map(
    ([event, entries]) =>
      on(event, {
        name: `sync.feed.${event}`,
        sql: (source, qb) => {
          const { ctes, recordedEvents } = recordingCtes(qb, feedDrafts(entries, source));
          return { ctes, result: recordedEvents };
        },
        afterCommit: (_payloads, recorded: RecordedEvent[]) => push(recorded),
      }),
  );
}
