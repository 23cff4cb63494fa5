export { platformSyncRoutes } from './platform-sync.routes.ts';
export {
  createPlatformSyncService,
  type PlatformSyncParts,
  type PlatformSyncService,
} from './platform-sync.service.ts';
export { createPlatformImport, type PlatformImport } from './platform-sync.import.ts';
