import {
  routes,
  SOCKET_PATH,
  TYPING_TTL_MS,
  type Badge,
  type ClientToServerEvents,
  type Conversation,
  type ConversationDetail,
  type Message,
  type Notification,
  type ServerToClientEvents,
  type SyncEvent,
  type SyncResult,
} from '@flexbnb/contracts';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useNavigate } from 'react-router';
import { io, type Socket } from 'socket.io-client';
import { toast } from 'sonner';
import { api, ApiError, getSession, refreshSession } from './api.ts';
import { i18n } from './i18n.ts';
import { useUser } from './auth.tsx';
import { notificationTarget } from './notification-target.ts';
import {
  addMessageToCache,
  addNotificationToCache,
  keys,
  markReadInCache,
  POLL_MS,
  refreshReservation,
  setBadgeInCache,
  setReactionsInCache,
  setTranslationInCache,
  updateMessageInCache,
} from './queries.ts';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface RealtimeValue {
  /** The socket is up; when false every screen polls every 10 s instead. */
  connected: boolean;
  /** Who is typing in which conversation right now. */
  typing: Record<string, string | undefined>;
  setTyping: (conversationId: string, isTyping: boolean) => void;
  /** The conversation on screen: its messages do not raise a toast. */
  setOpenConversation: (id: string | null) => void;
}

const RealtimeContext = createContext<RealtimeValue>({
  connected: false,
  typing: {},
  setTyping: () => undefined,
  setOpenConversation: () => undefined,
});

export function useRealtime() {
  return useContext(RealtimeContext);
}

function otherName(conversation: Conversation, me: string) {
  return conversation.guest_id === me ? conversation.host.name : conversation.guest.name;
}

function preview(text: string) {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

/** A new message's toast: its text, or what it carries when it is only attachments. */
function messagePreview(message: Message) {
  if (message.message) return preview(message.message);
  const kinds = new Set(message.attachments.map((a) => a.kind));
  const n = message.attachments.length;
  const t = i18n.getFixedT(null, 'app', 'toasts');
  if (n === 0) return '';
  if (kinds.size > 1) return t('attachments', { count: n });
  if (kinds.has('image')) return t('sentPhotos', { count: n });
  if (kinds.has('audio')) return t('sentVoice');
  if (n > 1) return t('sentFiles', { count: n });
  const name = message.attachments[0]?.name;
  return name ? t('sentFile', { name }) : t('sentAFile');
}

/** The events after `since`, or null when they were pruned (a cursor older than the feed). */
async function syncPage(since: bigint): Promise<SyncResult | null> {
  try {
    return await api(routes.syncEvents, { query: { since: since.toString() } });
  } catch (err) {
    if (err instanceof ApiError && err.code === 'cursor_expired') return null;
    throw err;
  }
}

/** A conversation's new state: its open thread takes it, the inbox lists load again. */
function applyConversation(client: QueryClient, conversation: Conversation) {
  client.setQueryData<ConversationDetail>(keys.detail(conversation.id), (detail) =>
    detail ? { ...detail, ...conversation, messages: detail.messages } : detail,
  );
  void client.invalidateQueries({ queryKey: ['conversations', 'list'] });
}

/**
 * The badge totals a message event or `unread.changed` carries. When the unread notifications
 * went down, some were read elsewhere (the thread was read, another tab): the list reloads.
 */
function applyBadge(client: QueryClient, badge: Badge) {
  const before = client.getQueryData<Badge>(keys.unread)?.notifications;
  setBadgeInCache(client, badge);
  if (before !== undefined && badge.notifications < before) {
    void client.invalidateQueries({ queryKey: keys.notificationList });
  }
}

/** Applies one event of the user's feed to the cached queries (exported for its tests). */
export function applyEvent(client: QueryClient, event: SyncEvent, me: string) {
  switch (event.type) {
    case 'message.created':
      addMessageToCache(client, event.message);
      applyConversation(client, event.conversation);
      applyBadge(client, event.unread);
      // A system line tells of a change of the stay: trips and reminders follow.
      if (event.message.kind === 'system' && event.conversation.reservation) {
        refreshReservation(client, event.conversation.reservation.id);
      }
      // A message of mine I did not just type may be a scheduled one going out: it leaves the
      // waiting list under the thread, and the stay's timeline shows it sent.
      if (event.message.sender_id === me) {
        void client.invalidateQueries({
          queryKey: keys.conversationScheduledMessages(event.conversation.id),
        });
        if (event.conversation.reservation) {
          void client.invalidateQueries({
            queryKey: keys.stayScheduledMessages(event.conversation.reservation.id),
          });
        }
      }
      break;
    case 'message.read':
      markReadInCache(client, event.conversation_id, event.message_ids, event.read_at, me);
      applyConversation(client, event.conversation);
      applyBadge(client, event.unread);
      break;
    case 'message.updated':
      // Edited or unsent: both sides see it as it now is; the list's preview may be this one.
      updateMessageInCache(client, event.message);
      applyConversation(client, event.conversation);
      break;
    case 'message.reaction':
      setReactionsInCache(client, event.conversation_id, event.message_id, event.reactions);
      break;
    case 'message.translated':
      // A received message in my language: the thread shows it so.
      setTranslationInCache(client, event.conversation_id, event.message_id, event.translation);
      break;
    case 'conversation.updated':
      applyConversation(client, event.conversation);
      break;
    case 'unread.changed':
      applyBadge(client, event);
      break;
    case 'notification.created':
      addNotificationToCache(client, event.notification);
      setBadgeInCache(client, event.unread);
      // Booking news and reminders may concern a stay without a conversation.
      if (event.notification.reservation_id) {
        refreshReservation(client, event.notification.reservation_id);
      }
      break;
  }
}

/** Live updates over Socket.IO; REST polling and a sync catch-up whenever the socket is down. */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const me = useUser();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [connected, setConnected] = useState(false);
  const [typing, setTypingState] = useState<Record<string, string | undefined>>({});
  const socketRef = useRef<ClientSocket | null>(null);
  const openConversation = useRef<string | null>(null);
  const typingTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const notify = useCallback(
    (conversation: Conversation, message: Message) => {
      // A system line's news is told by its notification's toast.
      if (
        message.sender_id === me.id ||
        message.kind === 'system' ||
        openConversation.current === conversation.id
      ) {
        return;
      }
      const base = conversation.host_id === me.id ? '/host/messages' : '/messages';
      toast(`${otherName(conversation, me.id)} · ${conversation.property.title}`, {
        // One toast per conversation: a newer message replaces it, opening the thread dismisses it.
        id: `conversation:${conversation.id}`,
        description: messagePreview(message),
        action: {
          label: i18n.t('app:toasts.open'),
          onClick: () => void navigate(`${base}/${conversation.id}`),
        },
      });
    },
    [me.id, navigate],
  );

  // A message's notification is told by the message's own toast; the others (a booking, a
  // reminder) get theirs here.
  const announce = useCallback(
    (notification: Notification) => {
      if (notification.is_read || notification.notification_type === 'new_message') return;
      toast(notification.title, {
        id: `notification:${notification.id}`,
        description: preview(notification.message),
        action: {
          label: i18n.t('app:toasts.open'),
          onClick: () =>
            void notificationTarget(client, notification, me.id).then((to) => navigate(to)),
        },
      });
    },
    [client, me.id, navigate],
  );

  // useNavigate's function changes with every navigation; the socket must not. The effect below
  // reads the latest callbacks through these refs instead of reconnecting on each page change.
  const notifyRef = useRef(notify);
  const announceRef = useRef(announce);
  useEffect(() => {
    notifyRef.current = notify;
    announceRef.current = announce;
  }, [notify, announce]);

  useEffect(() => {
    const socket: ClientSocket = io({
      path: SOCKET_PATH,
      transports: ['websocket'],
      auth: (cb) => cb({ token: getSession()?.access_token }),
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 30_000,
      randomizationFactor: 0.5,
    });
    socketRef.current = socket;
    // The highest event cursor applied: events are numbered 1, 2, 3… per user, so a jump means
    // something was missed and the sync endpoint fills the gap.
    let last: bigint | null = null;
    let syncing = false;
    let missedWhileSyncing = false;
    let stopped = false;

    const catchUp = async (): Promise<void> => {
      if (syncing) {
        missedWhileSyncing = true;
        return;
      }
      syncing = true;
      try {
        do {
          missedWhileSyncing = false;
          if (last === null) {
            // First contact: take the current cursor, then load state over REST after it.
            const start = await api(routes.syncEvents);
            last = BigInt(start.cursor);
            await client.invalidateQueries();
            continue;
          }
          for (;;) {
            const page = await syncPage(last);
            if (!page) {
              // The events since our cursor are no longer kept: start again from the current
              // cursor and reload what is on screen.
              last = null;
              missedWhileSyncing = true;
              break;
            }
            for (const event of page.events) {
              if (BigInt(event.cursor) <= last) continue;
              applyEvent(client, event, me.id);
              last = BigInt(event.cursor);
            }
            if (!page.has_more || stopped) break;
          }
        } while (missedWhileSyncing && !stopped);
      } catch {
        // Unreachable for now: the next (re)connection or gap tries again; polling covers us.
        await client.invalidateQueries();
      } finally {
        syncing = false;
      }
    };

    const live = (event: SyncEvent, after?: () => void) => {
      const at = BigInt(event.cursor);
      if (syncing || last === null) {
        missedWhileSyncing = true;
        return;
      }
      if (at <= last) return; // already applied
      if (at > last + 1n) {
        void catchUp();
        return;
      }
      last = at;
      applyEvent(client, event, me.id);
      after?.();
    };

    socket.on('connect', () => {
      setConnected(true);
      void catchUp();
    });
    socket.on('disconnect', () => setConnected(false));
    socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      setConnected(false);
      // An expired access token: refresh it, and the next attempt carries the new one.
      if (err.data?.code === 'token_expired') void refreshSession();
    });
    socket.on('session.ended', () => {
      void refreshSession().then((ok) => {
        if (ok && !stopped) socket.connect();
      });
    });

    socket.on('message.created', (event) =>
      live(event, () => {
        const { message } = event;
        setTypingState((t) => ({ ...t, [event.conversation_id]: undefined }));
        notifyRef.current(event.conversation, message);
      }),
    );
    socket.on('message.read', (event) => live(event));
    socket.on('message.updated', (event) => live(event));
    socket.on('message.reaction', (event) => live(event));
    socket.on('message.translated', (event) => live(event));
    socket.on('conversation.updated', (event) => live(event));
    socket.on('notification.created', (event) =>
      live(event, () => announceRef.current(event.notification)),
    );
    socket.on('unread.changed', (event) => live(event));
    socket.on('typing', (event) => {
      if (event.user_id === me.id) return;
      const timers = typingTimers.current;
      clearTimeout(timers.get(event.conversation_id));
      setTypingState((t) => ({
        ...t,
        [event.conversation_id]: event.is_typing ? event.user_id : undefined,
      }));
      if (event.is_typing) {
        timers.set(
          event.conversation_id,
          setTimeout(
            () => setTypingState((t) => ({ ...t, [event.conversation_id]: undefined })),
            TYPING_TTL_MS,
          ),
        );
      }
    });

    const timers = typingTimers.current;
    return () => {
      stopped = true;
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
      for (const timer of timers.values()) clearTimeout(timer);
    };
  }, [client, me.id]);

  // Without the socket: the specification's polling of unread conversations, every 10 s, and a
  // toast for each conversation whose newest message is new since the last look.
  const seen = useRef<Map<string, string> | null>(null);
  const unreadPoll = useQuery({
    queryKey: ['conversations', 'list', { filter: 'unread', poll: true }],
    queryFn: () => api(routes.listConversations, { query: { filter: 'unread' } }),
    enabled: !connected,
    refetchInterval: POLL_MS,
  });
  useEffect(() => {
    if (!unreadPoll.data) return;
    const previous = seen.current;
    const next = new Map<string, string>();
    for (const c of unreadPoll.data) {
      if (!c.last_message) continue;
      next.set(c.id, c.last_message.id);
      if (previous && previous.get(c.id) !== c.last_message.id) notify(c, c.last_message);
    }
    seen.current = next;
  }, [unreadPoll.data, notify]);

  const setTyping = useCallback((conversationId: string, isTyping: boolean) => {
    socketRef.current?.emit(isTyping ? 'typing.start' : 'typing.stop', {
      conversation_id: conversationId,
    });
  }, []);
  const setOpenConversation = useCallback((id: string | null) => {
    openConversation.current = id;
    if (id) toast.dismiss(`conversation:${id}`);
  }, []);

  const value = useMemo(
    () => ({ connected, typing, setTyping, setOpenConversation }),
    [connected, typing, setTyping, setOpenConversation],
  );
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
