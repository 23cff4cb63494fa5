export { syncRoutes } from './sync.routes.ts';
export { installSocketHandlers, type SocketHandlerDeps } from './sync.socket.ts';
export { createSyncService, type SyncService } from './sync.service.ts';
export { syncHandlers } from './sync.handlers.ts';
export { syncJobs } from './sync.jobs.ts';
