import { routes, type ConversationDetail, type Message } from '@flexbnb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  Fragment,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { api } from '../../lib/api.ts';
import { useUser } from '../../lib/auth.tsx';
import { keys, useArchive, useConversation, useMarkAllRead } from '../../lib/queries.ts';
import { useRealtime } from '../../lib/realtime.tsx';
import { clockTime, dayAndTime, dayKey, dayLabel, stayDates } from '../../lib/time.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { ArchiveIcon, BackIcon, UnarchiveIcon } from '../../ui/icons.tsx';
import { isWaiting, useConversationScheduledMessages, useSendLater } from '../automations/api.ts';
import { previewQuickReply, useQuickReplies } from '../quick-replies/api.ts';
import { DeliveryStatus } from './DeliveryStatus.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { MessageInput, type QuickReplySource } from './MessageInput.tsx';
import { ScheduledBubbles } from './ScheduledBubbles.tsx';
import { mergeThread } from './outbox.ts';
import { messageText } from './systemLine.ts';
import { useSendMessage } from './useSendMessage.ts';

interface Props {
  conversationId: string;
  mode: 'guest' | 'host';
  backTo: string;
}

/** One conversation: the thread with day separators, receipts and typing, and the composer. */
export function ChatWindow({ conversationId, mode, backTo }: Props) {
  const me = useUser();
  const client = useQueryClient();
  const { connected, typing, setTyping, setOpenConversation } = useRealtime();
  const detail = useConversation(conversationId, !connected);
  const { pending, send, retry, discard } = useSendMessage(conversationId);
  const markAllRead = useMarkAllRead(me.id);
  const archive = useArchive();
  const scheduled = useConversationScheduledMessages(conversationId);
  const { mutateAsync: sendLater } = useSendLater(conversationId);
  const scroller = useRef<HTMLDivElement>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);

  const conversation = detail.data;
  const isHost = conversation?.host_id === me.id;
  const other = conversation ? (isHost ? conversation.guest : conversation.host) : undefined;

  useEffect(() => {
    setOpenConversation(conversationId);
    return () => setOpenConversation(null);
  }, [conversationId, setOpenConversation]);

  // Reading the thread marks what I received as read, whenever something new arrives.
  const unreadForMe = conversation?.messages.some((m) => m.receiver_id === me.id && !m.is_read);
  const { mutate: markRead } = markAllRead;
  useEffect(() => {
    if (!unreadForMe) return;
    const mark = () => {
      if (document.visibilityState === 'visible') markRead(conversationId);
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [unreadForMe, conversationId, markRead]);

  const items = useMemo(
    () => mergeThread(conversation?.messages ?? [], pending),
    [conversation?.messages, pending],
  );
  // My newest message, while it is the newest of the thread: under it, "Seen" or how the other
  // side was told of it, until they answer. A system line is not an answer.
  const lastMine = useMemo(() => {
    const newest = conversation?.messages.findLast((m) => m.kind === 'text');
    return newest?.sender_id === me.id ? newest.id : undefined;
  }, [conversation?.messages, me.id]);

  const waiting = useMemo(() => (scheduled.data ?? []).filter(isWaiting), [scheduled.data]);
  const count = items.length + waiting.length;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count, conversationId]);

  const loadOlder = async () => {
    const first = conversation?.messages[0];
    if (!first) return;
    setLoadingOlder(true);
    const el = scroller.current;
    const fromBottom = el ? el.scrollHeight - el.scrollTop : 0;
    try {
      const page = await api(routes.getConversation, {
        params: { id: conversationId },
        query: { before: first.id },
      });
      client.setQueryData<ConversationDetail>(keys.detail(conversationId), (d) =>
        d
          ? {
              ...d,
              messages: [
                ...page.messages.filter((m) => !d.messages.some((x) => x.id === m.id)),
                ...d.messages,
              ],
              has_more_messages: page.has_more_messages,
            }
          : d,
      );
      requestAnimationFrame(() => {
        if (el) el.scrollTop = el.scrollHeight - fromBottom;
      });
    } finally {
      setLoadingOlder(false);
    }
  };

  // Only a conversation's host has templates for its property.
  const templates = useQuickReplies({ property_id: conversation?.property_id }, isHost);
  const quickReplies: QuickReplySource | undefined = useMemo(
    () =>
      isHost
        ? {
            templates: templates.data ?? [],
            loading: templates.isLoading,
            render: async (t) => (await previewQuickReply(t.id, conversationId)).message,
          }
        : undefined,
    [isHost, templates.data, templates.isLoading, conversationId],
  );
  const onTyping = useCallback(
    (isTyping: boolean) => setTyping(conversationId, isTyping),
    [conversationId, setTyping],
  );
  const onSchedule = useCallback(
    async (text: string, sendAt: string, quickReplyId?: string) => {
      await sendLater({ message: text, sendAt, quickReplyId });
      toast.success(`Scheduled for ${dayAndTime(sendAt)}`);
    },
    [sendLater],
  );

  if (detail.isError) {
    return (
      <section className="chat-window empty-state" aria-label="Conversation">
        <h2>This conversation is not available</h2>
        <p>It may have been removed, or it belongs to someone else.</p>
        <Link className="button secondary" to={backTo}>
          Back to messages
        </Link>
      </section>
    );
  }
  if (!conversation || !other) {
    return (
      <section className="chat-window" aria-label="Conversation" aria-busy="true">
        <div className="skeleton-header" />
      </section>
    );
  }

  const typingNow = typing[conversationId] === other.id;
  const reservation = conversation.reservation;
  const toggleArchive = () =>
    archive.mutate(
      { id: conversationId, archived: !conversation.is_archived },
      {
        onSuccess: (c) =>
          toast.success(c.is_archived ? 'Conversation archived' : 'Moved back to the inbox'),
        onError: (e) => toast.error(e.message),
      },
    );

  return (
    <section className="chat-window" aria-label={`Conversation with ${other.name}`}>
      <header className="chat-header">
        <Link className="icon-button back-button" to={backTo} aria-label="Back to conversations">
          <BackIcon />
        </Link>
        <Avatar name={other.name} size={40} />
        <div className="chat-title">
          <h2>{other.name}</h2>
          <p>
            {conversation.property.title}
            {reservation && mode === 'guest' && (
              <span> · {stayDates(reservation.check_in, reservation.check_out)}</span>
            )}
          </p>
        </div>
        <div className="chat-actions">
          {!connected && (
            <span
              className="offline-pill"
              title="Live updates are reconnecting; checking every 10 seconds"
            >
              Reconnecting…
            </span>
          )}
          <button
            type="button"
            className="icon-button labelled"
            onClick={toggleArchive}
            disabled={archive.isPending}
          >
            {conversation.is_archived ? <UnarchiveIcon /> : <ArchiveIcon />}
            <span>{conversation.is_archived ? 'Unarchive' : 'Archive'}</span>
          </button>
        </div>
      </header>

      <div className="thread" ref={scroller} role="log" aria-live="polite" aria-label="Messages">
        {conversation.has_more_messages && (
          <div className="load-older">
            <button
              type="button"
              className="button secondary small"
              onClick={() => void loadOlder()}
              disabled={loadingOlder}
            >
              {loadingOlder ? 'Loading…' : 'Load earlier messages'}
            </button>
          </div>
        )}
        {items.length === 0 && (
          <div className="thread-empty">
            <Avatar name={other.name} size={64} />
            <p>
              Say hello to {other.name.split(' ')[0]} about{' '}
              <strong>{conversation.property.title}</strong>.
            </p>
          </div>
        )}
        {items.map((item, i) => {
          const at = item.kind === 'stored' ? item.message.created_at : item.pending.created_at;
          const prev = items[i - 1];
          const prevAt =
            prev && (prev.kind === 'stored' ? prev.message.created_at : prev.pending.created_at);
          const separator = !prevAt || dayKey(prevAt) !== dayKey(at);
          return (
            <Fragment key={item.key}>
              {separator && (
                <div className="day-separator" role="separator" aria-label={dayLabel(at)}>
                  <span>{dayLabel(at)}</span>
                </div>
              )}
              {item.kind === 'stored' && item.message.kind === 'system' ? (
                <p className="system-line" role="note">
                  <span>{messageText(item.message)}</span>
                  <time dateTime={item.message.created_at}>
                    {clockTime(item.message.created_at)}
                  </time>
                </p>
              ) : item.kind === 'stored' ? (
                <StoredBubble
                  message={item.message}
                  me={me.id}
                  receipt={item.message.id === lastMine}
                />
              ) : (
                <MessageBubble
                  text={item.pending.message}
                  mine
                  status={item.pending.status}
                  error={item.pending.error}
                  onRetry={() => void retry(item.pending.client_message_id)}
                  onDiscard={() => discard(item.pending.client_message_id)}
                />
              )}
            </Fragment>
          );
        })}
        <ScheduledBubbles messages={waiting} />
        {typingNow && (
          <div className="typing" aria-live="polite">
            <span className="dots" aria-hidden="true">
              <i />
              <i />
              <i />
            </span>
            {other.name.split(' ')[0]} is typing…
          </div>
        )}
      </div>

      <MessageInput
        key={conversationId}
        onSend={(text, quickReplyId) => void send(text, quickReplyId)}
        onTyping={onTyping}
        quickReplies={quickReplies}
        onSchedule={onSchedule}
        placeholder={`Message ${other.name.split(' ')[0]}…`}
      />
    </section>
  );
}

function StoredBubble({
  message,
  me,
  receipt,
}: {
  message: Message;
  me: string;
  receipt: boolean;
}) {
  return (
    <MessageBubble
      text={message.message}
      mine={message.sender_id === me}
      time={message.created_at}
      quickReply={message.is_quick_reply}
      receipt={receipt ? <DeliveryStatus message={message} /> : undefined}
    />
  );
}
