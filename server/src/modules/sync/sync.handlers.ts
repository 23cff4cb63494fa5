import type { UnreadCount } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import type { HandlerDeps } from '../../platform/context.ts';
import {
  on,
  type EventName,
  type EventPayload,
  type Origin,
  type Subscription,
  type UserEvent,
} from '../../platform/events/index.ts';
import {
  conversationsFromJson,
  conversationViewsSql,
  type ConversationSnapshot,
} from '../conversations/index.ts';
import { presentCreatedMessage } from '../messages/index.ts';
import { FEED, feedDrafts } from './sync.feed.ts';
import { recordingCtes, type RecordedEvent } from './sync.repo.ts';
import { materialise, type Known } from './sync.service.ts';

/** What the recording statement answers: its events, and the conversations it changed. */
interface Recorded {
  events: RecordedEvent[];
  /** `conversationViewsSql` of the conversations an earlier part changed, if one did. */
  conversations: unknown;
}

/**
 * The change feed and the badges: every domain event of `FEED` writes its users' change
 * events and badge changes in the statement that records it, and once committed they are
 * pushed to the users' sockets. The statement also answers the conversations it changed, and
 * a new message's event carries the message, so a push reads nothing.
 */
export function syncHandlers(deps: HandlerDeps): Subscription[] {
  // Pushes go out in the order their changes committed: each waits for the one before it,
  // while the reads that build it run at once.
  let pushed: Promise<void> = Promise.resolve();

  function push(recorded: RecordedEvent[], known: Known, origins: readonly Origin[]) {
    const { publish } = deps;
    if (!publish || recorded.length === 0) return;
    const badges = new Map<string, UnreadCount>(
      recorded.map((r) => [
        r.userId,
        {
          messages: r.unreadMessages,
          conversations: r.unreadConversations,
          notifications: r.unreadNotifications,
        },
      ]),
    );
    // Caught at once: a read that fails while an earlier push is still pending must not be
    // an unhandled rejection. Clients catch up through sync.
    const ready = materialise(deps.db, recorded, badges, known).catch((err: unknown) => {
      deps.log.warn({ err }, 'could not push change events');
      return [];
    });
    pushed = pushed
      .then(async () => {
        const deliveries = await ready;
        if (origins.length === 0) return publish(deliveries);
        // A command's own events go to its acknowledgement, not to its socket; the events
        // keep their order on every socket, so consecutive ones with the same origin go out
        // together.
        const answers = new Map<Origin, UserEvent[]>();
        let run: UserEvent[] = [];
        let runOrigin: Origin | undefined;
        const flush = () => {
          if (run.length > 0) {
            publish(run, runOrigin && { exceptSocket: runOrigin.socketId });
          }
          run = [];
        };
        for (const delivery of deliveries) {
          const origin = origins.find(
            (o) => o.userId === delivery.userId && (o.owns?.(delivery.event) ?? true),
          );
          if (origin !== runOrigin) flush();
          runOrigin = origin;
          run.push(delivery);
          if (!origin) continue;
          const answer = answers.get(origin);
          if (answer) answer.push(delivery);
          else answers.set(origin, [delivery]);
        }
        flush();
        for (const [origin, events] of answers) origin.answer(events);
      })
      .catch((err: unknown) => deps.log.warn({ err }, 'could not push change events'));
    // The use case answers once its push went out, so an acknowledgement never overtakes it.
    return pushed;
  }

  return (Object.entries(FEED) as [EventName, Parameters<typeof feedDrafts>[0]][]).map(
    ([event, entries]) =>
      on(event, {
        name: `sync.feed.${event}`,
        sql: (source, qb, earlier) => {
          const { ctes, recordedEvents } = recordingCtes(qb, feedDrafts(entries, source, earlier));
          // Only a node with sockets pushes, and so needs the views (not the CLI, nor a worker).
          const conversations =
            earlier.conversations && deps.publish
              ? conversationViewsSql(earlier.conversations, {
                  // A new message is the conversation's last: the event carries it.
                  readLastMessage: event !== 'message.created',
                })
              : sql`null`;
          return {
            ctes,
            result: sql`jsonb_build_object('events', ${recordedEvents},
              'conversations', ${conversations})`,
          };
        },
        afterCommit: (payloads, recorded: Recorded, { origins }) => {
          const messages =
            event === 'message.created'
              ? (payloads as EventPayload<'message.created'>[]).map(presentCreatedMessage)
              : [];
          const conversations: Map<string, ConversationSnapshot> | undefined =
            recorded.conversations === null
              ? undefined
              : conversationsFromJson(recorded.conversations, messages);
          return push(recorded.events, { conversations, messages }, origins);
        },
      }),
  );
}
