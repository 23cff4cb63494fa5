export { syncRoutes } from './sync.routes.ts';
export { installSocketHandlers, type SocketHandlerDeps } from './sync.socket.ts';
export {
  createSyncService,
  deliveriesOf,
  recordEvents,
  unreadChanged,
  unreadDelta,
  unreadTotals,
  type Delivery,
  type EventDraft,
  type SyncService,
  type SyncSources,
  type UnreadDelta,
} from './sync.service.ts';
