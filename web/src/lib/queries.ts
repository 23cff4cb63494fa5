import {
  routes,
  type Badge,
  type ConversationDetail,
  type ConversationFilter,
  type Message,
  type MessageTranslation,
  type Notification,
} from '@flexbnb/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from './api.ts';

export interface ListParams {
  filter: ConversationFilter;
  q?: string;
  property_id?: string;
}

export const keys = {
  conversations: ['conversations'] as const,
  list: (p: ListParams) => ['conversations', 'list', p] as const,
  detail: (id: string) => ['conversations', 'detail', id] as const,
  unread: ['unread-count'] as const,
  properties: (mine: boolean) => ['properties', mine] as const,
  property: (id: string) => ['property', id] as const,
  reservations: ['reservations'] as const,
  reminders: (reservationId: string) => ['reminders', reservationId] as const,
  automations: ['automations'] as const,
  /** A stay's scheduled messages as its host sees them: sent, upcoming, held. */
  stayScheduledMessages: (reservationId: string) =>
    ['scheduled-messages', 'stay', reservationId] as const,
  /** The caller's own messages waiting to be sent in a conversation. */
  conversationScheduledMessages: (conversationId: string) =>
    ['scheduled-messages', 'conversation', conversationId] as const,
  notifications: ['notifications'] as const,
  /** The first page of the notification centre (newest first). */
  notificationList: ['notifications', 'list'] as const,
  notificationSettings: ['notification-settings'] as const,
  messageDeliveries: (messageId: string) => ['message-deliveries', messageId] as const,
  /** What contact screening would do to a text sent now in a conversation. */
  screeningCheck: (conversationId: string, text: string) =>
    ['screening-check', conversationId, text] as const,
  /** Whether the server translates messages (its configuration: it changes with a restart). */
  translationStatus: ['translation-status'] as const,
};

/** When the socket is down the app falls back to polling, as the specification describes. */
export const POLL_MS = 10_000;

export function useConversations(params: ListParams, poll: boolean) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: ({ signal }) => api(routes.listConversations, { query: params, signal }),
    refetchInterval: poll ? POLL_MS : false,
  });
}

/**
 * A reload brings the newest page only: the older messages already loaded above it (paged in,
 * or to show a quoted message or a search hit) stay, as long as they reach down to it without
 * a gap (`seq` has none).
 */
export function keepOlderPages(
  fresh: ConversationDetail,
  cached: ConversationDetail | undefined,
): ConversationDetail {
  const oldest = fresh.messages[0];
  const newestCached = cached?.messages.at(-1);
  if (!cached || !oldest || !newestCached || newestCached.seq < oldest.seq - 1) return fresh;
  const older = cached.messages.filter((m) => m.seq < oldest.seq);
  if (older.length === 0) return fresh;
  return {
    ...fresh,
    messages: [...older, ...fresh.messages],
    has_more_messages: cached.has_more_messages,
  };
}

export function useConversation(id: string | undefined, poll: boolean) {
  const client = useQueryClient();
  return useQuery({
    queryKey: keys.detail(id ?? ''),
    queryFn: async ({ signal }) =>
      keepOlderPages(
        await api(routes.getConversation, { params: { id: id ?? '' }, signal }),
        client.getQueryData<ConversationDetail>(keys.detail(id ?? '')),
      ),
    enabled: Boolean(id),
    refetchInterval: poll ? POLL_MS : false,
  });
}

export function useUnreadCount(poll: boolean) {
  return useQuery({
    queryKey: keys.unread,
    queryFn: ({ signal }) => api(routes.getUnreadCount, { signal }),
    refetchInterval: poll ? POLL_MS : false,
  });
}

export function useProperties(mine = false) {
  return useQuery({
    queryKey: keys.properties(mine),
    queryFn: ({ signal }) =>
      api(routes.listProperties, { query: { mine: mine ? 'true' : undefined }, signal }),
  });
}

export function useProperty(id: string) {
  return useQuery({
    queryKey: keys.property(id),
    queryFn: ({ signal }) => api(routes.getProperty, { params: { id }, signal }),
  });
}

/**
 * Whether messages are translated, and between which languages. Asked once: it is the server's
 * configuration, which changes only with a restart.
 */
export function useTranslationStatus() {
  return useQuery({
    queryKey: keys.translationStatus,
    queryFn: ({ signal }) => api(routes.getTranslationStatus, { signal }),
    staleTime: 60 * 60_000,
    gcTime: Infinity,
  });
}

export function useReservations() {
  return useQuery({
    queryKey: keys.reservations,
    queryFn: ({ signal }) => api(routes.listReservations, { signal }),
  });
}

/** Puts a stored message into the cached thread once, in `seq` order. */
export function addMessageToCache(client: QueryClient, message: Message) {
  client.setQueryData<ConversationDetail>(keys.detail(message.conversation_id), (detail) => {
    if (!detail || detail.messages.some((m) => m.id === message.id)) return detail;
    const messages = [...detail.messages, message].sort((a, b) => a.seq - b.seq);
    return { ...detail, messages, last_message: messages.at(-1) ?? null };
  });
}

/**
 * A message as it now is (edited, unsent, reacted to) in its cached thread, where it is loaded.
 * Replies quoting a message that was unsent quote nothing any more, as the server tells them.
 */
export function updateMessageInCache(client: QueryClient, message: Message) {
  client.setQueryData<ConversationDetail>(keys.detail(message.conversation_id), (detail) => {
    if (!detail) return detail;
    const cached = detail.messages.find((m) => m.id === message.id);
    const updated = cached ? keepTranslation(cached, message) : message;
    const messages = detail.messages.map((m) => {
      if (m.id === message.id) return updated;
      if (message.unsent_at && m.reply_to?.id === message.id && !m.reply_to.unsent) {
        return { ...m, reply_to: { ...m.reply_to, excerpt: '', attachments: 0, unsent: true } };
      }
      return m;
    });
    return {
      ...detail,
      messages,
      last_message:
        detail.last_message?.id === message.id
          ? keepTranslation(detail.last_message, message)
          : detail.last_message,
    };
  });
}

/**
 * A message as an update tells it, with the translation already cached when the update carries
 * none (updates never do: translations come by `message.translated`) and the text is the same:
 * a reaction or a quote's change keeps it, an edit or an unsend does not.
 */
function keepTranslation(cached: Message, message: Message): Message {
  if (message.translation || !cached.translation || cached.message !== message.message) {
    return message;
  }
  return { ...message, translation: cached.translation };
}

/**
 * A message's translation into the reader's language (`message.translated`), where the message
 * is loaded.
 */
export function setTranslationInCache(
  client: QueryClient,
  conversationId: string,
  messageId: string,
  translation: MessageTranslation,
) {
  client.setQueryData<ConversationDetail>(keys.detail(conversationId), (detail) =>
    detail && detail.messages.some((m) => m.id === messageId)
      ? {
          ...detail,
          messages: detail.messages.map((m) => (m.id === messageId ? { ...m, translation } : m)),
          last_message:
            detail.last_message?.id === messageId
              ? { ...detail.last_message, translation }
              : detail.last_message,
        }
      : detail,
  );
}

/** A message's reactions as the server last told them. */
export function setReactionsInCache(
  client: QueryClient,
  conversationId: string,
  messageId: string,
  reactions: Message['reactions'],
) {
  client.setQueryData<ConversationDetail>(keys.detail(conversationId), (detail) =>
    detail && detail.messages.some((m) => m.id === messageId)
      ? {
          ...detail,
          messages: detail.messages.map((m) => (m.id === messageId ? { ...m, reactions } : m)),
        }
      : detail,
  );
}

/** Marks cached messages read (a read receipt from the other side, or our own mark-all-read). */
export function markReadInCache(
  client: QueryClient,
  conversationId: string,
  messageIds: string[] | 'received-by-me',
  readAt: string,
  me: string,
) {
  client.setQueryData<ConversationDetail>(keys.detail(conversationId), (detail) => {
    if (!detail) return detail;
    const hit = (m: Message) =>
      messageIds === 'received-by-me' ? m.receiver_id === me : messageIds.includes(m.id);
    return {
      ...detail,
      messages: detail.messages.map((m) =>
        hit(m) && !m.is_read ? { ...m, is_read: true, read_at: readAt } : m,
      ),
    };
  });
}

/** The badge totals as the server last told them (a message event, `unread.changed`). */
export function setBadgeInCache(client: QueryClient, badge: Badge) {
  client.setQueryData<Badge>(keys.unread, {
    messages: badge.messages,
    conversations: badge.conversations,
    notifications: badge.notifications,
  });
}

/** Moves the cached unread-notifications count by `delta`, never below zero. */
export function bumpNotificationCount(client: QueryClient, delta: number) {
  client.setQueryData<Badge>(keys.unread, (badge) =>
    badge ? { ...badge, notifications: Math.max(0, badge.notifications + delta) } : badge,
  );
}

/**
 * Puts a new notification at the top of the cached list, once. Without a cached list nothing
 * is stored: the centre loads it when opened.
 */
export function addNotificationToCache(client: QueryClient, notification: Notification) {
  client.setQueryData<Notification[]>(keys.notificationList, (list) =>
    !list || list.some((n) => n.id === notification.id) ? list : [notification, ...list],
  );
}

/** Marks cached notifications read: those `which` picks, or all of them. */
export function markNotificationsReadInCache(
  client: QueryClient,
  which: (n: Notification) => boolean,
  readAt: string,
) {
  client.setQueryData<Notification[]>(keys.notificationList, (list) =>
    list?.map((n) => (!n.is_read && which(n) ? { ...n, is_read: true, read_at: readAt } : n)),
  );
}

export function useArchive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      api(archived ? routes.archiveConversation : routes.unarchiveConversation, {
        params: { id },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.conversations }),
  });
}

export function useMarkAllRead(me: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(routes.markConversationRead, { params: { id } }),
    onSuccess: (result, id) => {
      markReadInCache(client, id, 'received-by-me', result.read_at, me);
      if (result.marked > 0) {
        void client.invalidateQueries({ queryKey: ['conversations', 'list'] });
        void client.invalidateQueries({ queryKey: keys.unread });
      }
    },
  });
}

/**
 * After a reservation changed: its lists, its reminders, its scheduled messages (their times
 * and placeholders follow the stay) and the conversations that show it.
 */
export function refreshReservation(client: QueryClient, reservationId: string) {
  void client.invalidateQueries({ queryKey: keys.reservations });
  void client.invalidateQueries({ queryKey: keys.reminders(reservationId) });
  void client.invalidateQueries({ queryKey: keys.stayScheduledMessages(reservationId) });
  void client.invalidateQueries({ queryKey: keys.conversations });
}
