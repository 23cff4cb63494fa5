import type { ServiceDeps } from '../../platform/context.ts';
import type { AdminModules } from './admin.service.ts';

export type ContentAdmin = ReturnType<typeof createContentAdmin>;

export function createContentAdmin(deps: ServiceDeps, modules: AdminModules) {
  void deps;
  void modules;
  return {};
}
