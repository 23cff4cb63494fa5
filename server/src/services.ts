import type { HandlerDeps, ServiceDeps } from './platform/context.ts';
import { createEventBus } from './platform/events/index.ts';
import { createAdminService } from './modules/admin/index.ts';
import { attachmentsJobs, createAttachmentsService } from './modules/attachments/index.ts';
import { createAuthService } from './modules/auth/index.ts';
import { createConversationsService } from './modules/conversations/index.ts';
import { createDemoService } from './modules/demo/index.ts';
import { createMessagesService } from './modules/messages/index.ts';
import { createNotificationsService, notificationsJobs } from './modules/notifications/index.ts';
import { createPlatformImport, createPlatformSyncService } from './modules/platform-sync/index.ts';
import { createPropertiesService } from './modules/properties/index.ts';
import { createQuickRepliesService } from './modules/quick-replies/index.ts';
import { createScreeningService } from './modules/screening/index.ts';
import { eventSubscriptions } from './modules/registry.ts';
import { createRemindersService, remindersJobs } from './modules/reminders/index.ts';
import { createReservationsService, reservationsJobs } from './modules/reservations/index.ts';
import {
  createScheduledMessagesService,
  scheduledMessagesJobs,
} from './modules/scheduled-messages/index.ts';
import { createSearchService } from './modules/search/index.ts';
import { createSyncService, syncJobs } from './modules/sync/index.ts';
import { createTranslationService, translationJobs } from './modules/translation/index.ts';
import { createWebhooksService, webhooksJobs } from './modules/webhooks/index.ts';

/**
 * Every service of the messenger, built once per process from the same dependencies, with
 * one event bus that every module's handlers subscribe to, and the background jobs the
 * modules own (which a node with the worker role runs).
 */
export function createServices(base: HandlerDeps) {
  const events = createEventBus({ subscriptions: eventSubscriptions(base), log: base.log });
  const deps: ServiceDeps = { ...base, events };
  const sync = createSyncService(deps);
  const notifications = createNotificationsService(deps);
  const reservations = createReservationsService(deps);
  const reminders = createRemindersService(deps);
  const scheduledMessages = createScheduledMessagesService(deps);
  const auth = createAuthService(deps);
  const attachments = createAttachmentsService(deps);
  const webhooks = createWebhooksService(deps);
  const properties = createPropertiesService(deps);
  const translation = createTranslationService(deps);
  const platformSync = createPlatformSyncService(deps, { auth, properties, reservations });
  return {
    events,
    auth,
    admin: createAdminService(deps, { auth, notifications, reminders, scheduledMessages }),
    properties,
    reservations,
    reminders,
    conversations: createConversationsService(deps),
    messages: createMessagesService(deps),
    attachments,
    quickReplies: createQuickRepliesService(deps),
    search: createSearchService(deps),
    screening: createScreeningService(deps),
    translation,
    scheduledMessages,
    sync,
    notifications,
    demo: createDemoService(deps),
    webhooks,
    platformSync,
    platformImport: createPlatformImport(deps, { sync: platformSync, reservations }),
    jobs: [
      ...syncJobs(sync, deps),
      ...notificationsJobs(notifications),
      ...reservationsJobs(reservations),
      ...remindersJobs(reminders),
      ...scheduledMessagesJobs(scheduledMessages),
      ...attachmentsJobs(attachments, deps),
      ...webhooksJobs(webhooks),
      ...translationJobs(translation),
    ],
  };
}
export type Services = ReturnType<typeof createServices>;
