import type { ServiceDeps } from '../../platform/context.ts';
import type { AdminModules } from './admin.service.ts';

export type AccountsAdmin = ReturnType<typeof createAccountsAdmin>;

export function createAccountsAdmin(deps: ServiceDeps, modules: AdminModules) {
  void deps;
  void modules;
  return {};
}
