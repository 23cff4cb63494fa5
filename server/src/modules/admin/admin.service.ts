import type { ServiceDeps } from '../../platform/context.ts';
import { createAccountsAdmin } from './accounts.service.ts';
import { createApiKeysAdmin } from './api-keys.service.ts';
import type { AdminModules } from './admin.modules.ts';
import { createContentAdmin } from './content.service.ts';
import { createOperationsAdmin } from './operations.service.ts';

export type AdminService = ReturnType<typeof createAdminService>;

/**
 * The admin console's use cases: accounts, content across users, operations, and the API keys
 * of the platforms the messenger is embedded in.
 */
export function createAdminService(deps: ServiceDeps, modules: AdminModules) {
  return {
    accounts: createAccountsAdmin(deps, modules),
    content: createContentAdmin(deps, modules),
    operations: createOperationsAdmin(deps, modules),
    apiKeys: createApiKeysAdmin(deps),
  };
}
