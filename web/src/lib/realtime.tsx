import {
  SOCKET_PATH,
  type ClientToServerEvents,
  type Conversation,
  type ConversationDetail,
  type Message,
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
import { api, getSession, refreshSession } from './api.ts';
import { useUser } from './auth.tsx';
import { addMessageToCache, keys, markReadInCache, POLL_MS } from './queries.ts';

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

const TYPING_TTL_MS = 6_000;

function otherName(conversation: Conversation, me: string) {
  return conversation.guest_id === me ? conversation.host.name : conversation.guest.name;
}

function preview(text: string) {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

function applyEvent(client: QueryClient, event: SyncEvent, me: string) {
  if (event.type === 'message.created') addMessageToCache(client, event.message);
  else if (event.type === 'message.read')
    markReadInCache(client, event.conversation_id, event.message_ids, event.read_at, me);
  else
    client.setQueryData<ConversationDetail>(keys.detail(event.conversation.id), (detail) =>
      detail ? { ...detail, ...event.conversation, messages: detail.messages } : detail,
    );
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
  const cursor = useRef<string | null>(null);
  const typingTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const notify = useCallback(
    (conversation: Conversation, message: Message) => {
      if (message.sender_id === me.id || openConversation.current === conversation.id) return;
      const base = conversation.host_id === me.id ? '/host/messages' : '/messages';
      toast(`${otherName(conversation, me.id)} · ${conversation.property.title}`, {
        id: message.id,
        description: preview(message.message),
        action: { label: 'Open', onClick: () => void navigate(`${base}/${conversation.id}`) },
      });
    },
    [me.id, navigate],
  );

  useEffect(() => {
    const socket: ClientSocket = io({
      path: SOCKET_PATH,
      transports: ['websocket'],
      auth: (cb) => cb({ token: getSession()?.access_token }),
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 10_000,
      randomizationFactor: 0.5,
    });
    socketRef.current = socket;
    let everConnected = false;

    const catchUp = async () => {
      let since = cursor.current;
      if (!since) {
        await client.invalidateQueries();
        return;
      }
      try {
        for (;;) {
          const page: SyncResult = await api<SyncResult>(
            `/api/messaging/sync/?since=${encodeURIComponent(since)}`,
          );
          for (const event of page.events) applyEvent(client, event, me.id);
          since = page.cursor;
          cursor.current = since;
          if (!page.has_more) break;
        }
      } finally {
        await client.invalidateQueries({ queryKey: ['conversations', 'list'] });
        await client.invalidateQueries({ queryKey: keys.unread });
      }
    };

    socket.on('connect', () => {
      setConnected(true);
      if (everConnected) void catchUp();
      everConnected = true;
    });
    socket.on('disconnect', () => setConnected(false));
    socket.on('connect_error', (err) => {
      setConnected(false);
      // An expired access token: refresh it and let the next attempt use the new one.
      if (/expired|unauthori[sz]ed|token/i.test(err.message)) void refreshSession();
    });

    socket.on('message.created', (event) => {
      cursor.current = event.cursor;
      addMessageToCache(client, event.message);
      void client.invalidateQueries({ queryKey: ['conversations', 'list'] });
      if (event.message.sender_id !== me.id && openConversation.current !== event.conversation_id) {
        void api<ConversationDetail>(
          `/api/messaging/conversations/${event.conversation_id}/?limit=1`,
        ).then((c) => notify(c, event.message));
      }
      // Whoever typed it has stopped typing.
      setTypingState((t) => ({ ...t, [event.conversation_id]: undefined }));
    });
    socket.on('message.read', (event) => {
      cursor.current = event.cursor;
      markReadInCache(client, event.conversation_id, event.message_ids, event.read_at, me.id);
    });
    socket.on('conversation.updated', (event) => {
      cursor.current = event.cursor;
      applyEvent(client, event, me.id);
      void client.invalidateQueries({ queryKey: ['conversations', 'list'] });
    });
    socket.on('unread.changed', (event) => {
      client.setQueryData(keys.unread, {
        messages: event.messages,
        conversations: event.conversations,
      });
    });
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
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
      for (const timer of timers.values()) clearTimeout(timer);
    };
  }, [client, me.id, notify]);

  // Without the socket: the specification's polling of unread conversations, every 10 s, and a
  // toast for each conversation whose newest message is new since the last look.
  const seen = useRef<Map<string, string> | null>(null);
  const unreadPoll = useQuery({
    queryKey: ['conversations', 'list', { filter: 'unread', poll: true }],
    queryFn: () => api<Conversation[]>('/api/messaging/conversations/?filter=unread'),
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
  }, []);

  const value = useMemo(
    () => ({ connected, typing, setTyping, setOpenConversation }),
    [connected, typing, setTyping, setOpenConversation],
  );
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
