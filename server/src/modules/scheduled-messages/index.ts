export { scheduledMessagesHandlers } from './scheduled-messages.handlers.ts';
export { scheduledMessagesJobs } from './scheduled-messages.jobs.ts';
export { scheduledMessagesRoutes } from './scheduled-messages.routes.ts';
export {
  createScheduledMessagesService,
  type ScheduledMessagesService,
} from './scheduled-messages.service.ts';
