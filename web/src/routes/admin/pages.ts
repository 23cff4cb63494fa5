// The admin console's pages, one chunk loaded when an admin first opens it: no one else
// downloads them.
export { ApiKeysPage } from './ApiKeysPage.tsx';
export { AuditLogPage } from './AuditLogPage.tsx';
export { AutomationsAdminPage } from './AutomationsPage.tsx';
export { ConversationSupportPage } from './ConversationSupportPage.tsx';
export { ConversationsPage } from './ConversationsPage.tsx';
export { DashboardPage } from './DashboardPage.tsx';
export { DeliveriesPage } from './DeliveriesPage.tsx';
export { DeliveryDetailPage } from './DeliveryDetailPage.tsx';
export { JobsPage } from './JobsPage.tsx';
export { NotificationsPage } from './NotificationsPage.tsx';
export { PropertiesPage } from './PropertiesPage.tsx';
export { PropertyDetailPage } from './PropertyDetailPage.tsx';
export { QuickRepliesAdminPage } from './QuickRepliesPage.tsx';
export { RemindersPage } from './RemindersPage.tsx';
export { ReservationDetailPage } from './ReservationDetailPage.tsx';
export { ReservationsPage } from './ReservationsPage.tsx';
export { ScreenedMessagesPage } from './ScreenedMessagesPage.tsx';
export { UsersPage } from './UsersPage.tsx';
export { WebhookDeliveriesPage } from './WebhookDeliveriesPage.tsx';
export { WebhookDeliveryPage } from './WebhookDeliveryPage.tsx';
