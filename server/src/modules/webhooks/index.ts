export { webhooksHandlers } from './webhooks.handlers.ts';
export { webhooksJobs } from './webhooks.jobs.ts';
export { webhooksRoutes } from './webhooks.routes.ts';
export { createWebhooksService, type WebhooksService } from './webhooks.service.ts';
