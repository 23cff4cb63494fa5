export { platformSyncRoutes } from './platform-sync.routes.ts';
export {
  createPlatformSyncService,
  type PlatformSyncParts,
  type PlatformSyncService,
} from './platform-sync.service.ts';
