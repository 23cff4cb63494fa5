import type { ServiceDeps } from '../../platform/context.ts';
import type { AuthService } from '../auth/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { RemindersService } from '../reminders/index.ts';
import type { ScheduledMessagesService } from '../scheduled-messages/index.ts';
import { createAccountsAdmin } from './accounts.service.ts';
import { createContentAdmin } from './content.service.ts';
import { createOperationsAdmin } from './operations.service.ts';

/** The other modules' use cases the console operates through. */
export interface AdminModules {
  auth: AuthService;
  notifications: NotificationsService;
  reminders: RemindersService;
  scheduledMessages: ScheduledMessagesService;
}

export type AdminService = ReturnType<typeof createAdminService>;

/** The admin console's use cases: accounts, content across users, and operations. */
export function createAdminService(deps: ServiceDeps, modules: AdminModules) {
  return {
    accounts: createAccountsAdmin(deps, modules),
    content: createContentAdmin(deps, modules),
    operations: createOperationsAdmin(deps, modules),
  };
}
