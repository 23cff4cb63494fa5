export { adminRoutes } from './admin.routes.ts';
export { createAdminService, type AdminService } from './admin.service.ts';
// For the console's views that other modules own (the webhook deliveries): the same role
// check, paging and audit log as the admin module's own.
export { recordAudit } from './admin.audit.ts';
export { adminPage, setPageHeaders } from './admin.paging.ts';
export { requireAdmin } from './admin.policy.ts';
