import type { HandlerDeps } from '../platform/context.ts';
import type { Subscription } from '../platform/events/index.ts';
import { conversationsHandlers } from './conversations/index.ts';
import { messagesHandlers } from './messages/index.ts';
import { notificationsHandlers } from './notifications/index.ts';
import { quickRepliesHandlers } from './quick-replies/index.ts';
import { remindersHandlers } from './reminders/index.ts';
import { scheduledMessagesHandlers } from './scheduled-messages/index.ts';
import { screeningHandlers } from './screening/index.ts';
import { syncHandlers } from './sync/index.ts';
import { translationHandlers } from './translation/index.ts';
import { webhooksHandlers } from './webhooks/index.ts';

/**
 * Every module's reactions to domain events, in the order they run. A module that reacts to
 * another's event adds its handlers here; the module that records the event is not touched.
 */
export function eventSubscriptions(deps: HandlerDeps): Subscription[] {
  // Stay lines and notifications come before the change feed, which tells their users of them.
  return [
    ...conversationsHandlers(),
    ...messagesHandlers(deps),
    ...quickRepliesHandlers(),
    ...remindersHandlers(deps),
    ...scheduledMessagesHandlers(deps),
    ...screeningHandlers(deps),
    ...translationHandlers(deps),
    ...notificationsHandlers(deps),
    ...syncHandlers(deps),
    ...webhooksHandlers(deps),
  ];
}
