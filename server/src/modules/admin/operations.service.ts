import type { ServiceDeps } from '../../platform/context.ts';
import type { AdminModules } from './admin.service.ts';

export type OperationsAdmin = ReturnType<typeof createOperationsAdmin>;

export function createOperationsAdmin(deps: ServiceDeps, modules: AdminModules) {
  void deps;
  void modules;
  return {};
}
