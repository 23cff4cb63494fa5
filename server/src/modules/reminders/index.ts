export { remindersHandlers } from './reminders.handlers.ts';
export { remindersJobs } from './reminders.jobs.ts';
export { remindersRoutes } from './reminders.routes.ts';
export {
  createRemindersService,
  type DueReminder,
  type RemindersService,
  type SentReminder,
} from './reminders.service.ts';
export { localIso, stayInstants, type Stay } from './reminders.schedule.ts';
