export { syncRoutes } from './sync.routes.ts';
export { installSocketHandlers, type SocketHandlerDeps } from './sync.socket.ts';
export {
  createSyncService,
  recordEvents,
  type Delivery,
  type EventDraft,
  type SyncService,
} from './sync.service.ts';
