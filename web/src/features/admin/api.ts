import {
  routes,
  type AdminConversationView,
  type RouteBody,
  type RouteQuery,
} from '@flexbnb/contracts';
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, apiPage } from '../../lib/api.ts';

export type {
  AdminAutomation,
  AdminConversation,
  AdminConversationView,
  AdminDelivery,
  AdminDeliveryDetail,
  AdminJob,
  AdminNotification,
  AdminProperty,
  AdminQuickReply,
  AdminReminder,
  AdminReservation,
  AdminScreenedMessage,
  AdminScreening,
  AdminUser,
  AdminWebhookDelivery,
  AdminWebhookDeliveryDetail,
  ApiKey,
  AuditEntry,
  Dashboard,
  DeliveryQueue,
} from '@flexbnb/contracts';

/** Every admin query starts so: an admin action refreshes what it may have changed. */
const ADMIN = ['admin'] as const;

export const adminKeys = {
  all: ADMIN,
  list: (name: string, query: object) => [...ADMIN, 'list', name, query] as const,
  lists: (name: string) => [...ADMIN, 'list', name] as const,
  dashboard: [...ADMIN, 'dashboard'] as const,
  queue: [...ADMIN, 'delivery-queue'] as const,
  property: (id: string) => [...ADMIN, 'property', id] as const,
  reservation: (id: string) => [...ADMIN, 'reservation', id] as const,
  delivery: (id: string) => [...ADMIN, 'delivery', id] as const,
  /** A support view already opened (and audited) in this tab; not fetched again by itself. */
  supportView: (id: string) => [...ADMIN, 'support-view', id] as const,
};

/**
 * A page of an admin list as the URL asks for it. The page on screen stays while the next one
 * loads, so the table does not jump.
 */
function useAdminPage<T>(
  name: string,
  query: object,
  fetch: (
    signal: AbortSignal,
  ) => Promise<{ items: T[]; total: number | null; nextCursor: string | null }>,
) {
  return useQuery({
    queryKey: adminKeys.list(name, query),
    queryFn: ({ signal }) => fetch(signal),
    placeholderData: keepPreviousData,
  });
}

type Q<R extends Parameters<typeof api>[0]> = NonNullable<RouteQuery<R>>;

export const useAdminUsers = (query: Q<typeof routes.listAdminUsers>) =>
  useAdminPage('users', query, (signal) => apiPage(routes.listAdminUsers, { query, signal }));

export const useAdminProperties = (query: Q<typeof routes.listAdminProperties>) =>
  useAdminPage('properties', query, (signal) =>
    apiPage(routes.listAdminProperties, { query, signal }),
  );

export const useAdminReservations = (query: Q<typeof routes.listAdminReservations>) =>
  useAdminPage('reservations', query, (signal) =>
    apiPage(routes.listAdminReservations, { query, signal }),
  );

export const useAdminConversations = (query: Q<typeof routes.listAdminConversations>) =>
  useAdminPage('conversations', query, (signal) =>
    apiPage(routes.listAdminConversations, { query, signal }),
  );

/** Messages contact screening masked or flagged; sorted newest first by the server alone. */
export const useAdminScreenedMessages = (query: Q<typeof routes.listScreenedMessages>) =>
  useAdminPage('screened-messages', query, (signal) =>
    apiPage(routes.listScreenedMessages, { query, signal }),
  );

export const useAdminQuickReplies = (query: Q<typeof routes.listAdminQuickReplies>) =>
  useAdminPage('quick-replies', query, (signal) =>
    apiPage(routes.listAdminQuickReplies, { query, signal }),
  );

export const useAdminAutomations = (query: Q<typeof routes.listAdminAutomations>) =>
  useAdminPage('automations', query, (signal) =>
    apiPage(routes.listAdminAutomations, { query, signal }),
  );

export const useAdminNotifications = (query: Q<typeof routes.listAdminNotifications>) =>
  useAdminPage('notifications', query, (signal) =>
    apiPage(routes.listAdminNotifications, { query, signal }),
  );

export const useAdminDeliveries = (query: Q<typeof routes.listAdminDeliveries>) =>
  useAdminPage('deliveries', query, (signal) =>
    apiPage(routes.listAdminDeliveries, { query, signal }),
  );

export const useAdminReminders = (query: Q<typeof routes.listAdminReminders>) =>
  useAdminPage('reminders', query, (signal) =>
    apiPage(routes.listAdminReminders, { query, signal }),
  );

export const useAdminJobs = (query: Q<typeof routes.listAdminJobs>) =>
  useAdminPage('jobs', query, (signal) => apiPage(routes.listAdminJobs, { query, signal }));

export const useAuditLog = (query: Q<typeof routes.listAuditLog>) =>
  useAdminPage('audit-log', query, (signal) => apiPage(routes.listAuditLog, { query, signal }));

/** The dashboard: refreshed every half minute while it is open. */
export function useDashboard() {
  return useQuery({
    queryKey: adminKeys.dashboard,
    queryFn: ({ signal }) => api(routes.getAdminDashboard, { signal }),
    refetchInterval: 30_000,
  });
}

export function useDeliveryQueue() {
  return useQuery({
    queryKey: adminKeys.queue,
    queryFn: ({ signal }) => api(routes.getDeliveryQueue, { signal }),
    refetchInterval: 15_000,
  });
}

export function useAdminProperty(id: string) {
  return useQuery({
    queryKey: adminKeys.property(id),
    queryFn: ({ signal }) => api(routes.getAdminProperty, { params: { id }, signal }),
  });
}

export function useAdminReservation(id: string) {
  return useQuery({
    queryKey: adminKeys.reservation(id),
    queryFn: ({ signal }) => api(routes.getAdminReservation, { params: { id }, signal }),
  });
}

export function useAdminDelivery(id: string) {
  return useQuery({
    queryKey: adminKeys.delivery(id),
    queryFn: ({ signal }) => api(routes.getAdminDelivery, { params: { id }, signal }),
  });
}

/** After an admin action: every admin list and figure may have changed (the audit log too). */
function refreshAdmin(client: QueryClient) {
  void client.invalidateQueries({
    queryKey: ADMIN,
    predicate: (query) => query.queryKey[1] !== 'support-view',
  });
}

export type UserAction =
  | { kind: 'disable'; reason?: string }
  | { kind: 'enable'; reason?: string }
  | { kind: 'role'; role: 'user' | 'admin'; reason?: string };

/** Disables, enables, makes or unmakes an admin. 409s (yourself, the last admin) reject. */
export function useUserAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: UserAction }) => {
      const body = { reason: action.reason };
      if (action.kind === 'disable') return api(routes.disableUser, { params: { id }, body });
      if (action.kind === 'enable') return api(routes.enableUser, { params: { id }, body });
      return api(routes.setUserRole, { params: { id }, body: { ...body, role: action.role } });
    },
    onSettled: () => refreshAdmin(client),
  });
}

export function useRetryDelivery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      api(routes.retryDelivery, { params: { id }, body: { reason } }),
    onSuccess: (detail) => client.setQueryData(adminKeys.delivery(detail.id), detail),
    onSettled: () => refreshAdmin(client),
  });
}

export function useRetryFailed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RouteBody<typeof routes.retryFailedDeliveries>) =>
      api(routes.retryFailedDeliveries, { body }),
    onSettled: () => refreshAdmin(client),
  });
}

export function useRunDueReminders() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason?: string) => api(routes.runDueReminders, { body: { reason } }),
    onSettled: () => refreshAdmin(client),
  });
}

/**
 * Opens a conversation for support: each call is a view written to the audit log, so the
 * answer is kept for this tab instead of being fetched again.
 */
export function useOpenForSupport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api(routes.viewAdminConversation, { params: { id }, body: { reason } }),
    onSuccess: (view) => {
      client.setQueryData<AdminConversationView>(adminKeys.supportView(view.conversation.id), view);
      void client.invalidateQueries({ queryKey: adminKeys.lists('audit-log') });
    },
  });
}

export function useApiKeys() {
  return useQuery({
    queryKey: [...ADMIN, 'api-keys'],
    queryFn: ({ signal }) => api(routes.listApiKeys, { signal }),
  });
}

/** Makes a key: the answer is the only time the key itself is known. */
export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RouteBody<typeof routes.createApiKey>) => api(routes.createApiKey, { body }),
    onSettled: () => refreshAdmin(client),
  });
}

export function useUpdateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & RouteBody<typeof routes.updateApiKey>) =>
      api(routes.updateApiKey, { params: { id }, body }),
    onSettled: () => refreshAdmin(client),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      api(routes.revokeApiKey, { params: { id }, body: { reason } }),
    onSettled: () => refreshAdmin(client),
  });
}

export const useAdminWebhookDeliveries = (query: Q<typeof routes.listAdminWebhookDeliveries>) =>
  useAdminPage('webhook-deliveries', query, (signal) =>
    apiPage(routes.listAdminWebhookDeliveries, { query, signal }),
  );

/** A webhook delivery; read again every second while an attempt of it is on its way. */
export function useAdminWebhookDelivery(id: string) {
  return useQuery({
    queryKey: [...ADMIN, 'webhook-delivery', id],
    queryFn: ({ signal }) => api(routes.getAdminWebhookDelivery, { params: { id }, signal }),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 1000 : false),
  });
}

/** Queues one more attempt of a webhook delivery, now, with the same `webhook-id`. */
export function useRedeliverWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      api(routes.redeliverWebhookDelivery, { params: { id }, body: { reason } }),
    onSuccess: (detail) => client.setQueryData([...ADMIN, 'webhook-delivery', detail.id], detail),
    onSettled: () => refreshAdmin(client),
  });
}
