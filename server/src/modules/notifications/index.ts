export { notificationsHandlers } from './notifications.handlers.ts';
export { notificationsJobs } from './notifications.jobs.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export {
  createNotificationsService,
  findNotifications,
  type NotificationsService,
} from './notifications.service.ts';
export { createMailSender, messageIdHeader, type MailSender } from './channels/email.ts';
export { wordHeld } from './notifications.texts.ts';
