import type { AuthService } from '../auth/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { RemindersService } from '../reminders/index.ts';
import type { ScheduledMessagesService } from '../scheduled-messages/index.ts';

/** The other modules' use cases the console operates through. */
export interface AdminModules {
  auth: AuthService;
  notifications: NotificationsService;
  reminders: RemindersService;
  scheduledMessages: ScheduledMessagesService;
}
