import {
  REPLY_EXCERPT_LENGTH,
  routes,
  type ConversationDetail,
  type Message,
  type ReplyQuote,
} from '@flexbnb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  Fragment,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type ReactNode,
} from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { toast } from 'sonner';
import { api } from '../../lib/api.ts';
import { useUser } from '../../lib/auth.tsx';
import { i18n } from '../../lib/i18n.ts';
import {
  keys,
  useArchive,
  useConversation,
  useMarkAllRead,
  useTranslationStatus,
} from '../../lib/queries.ts';
import { useRealtime } from '../../lib/realtime.tsx';
import { clockTime, dayAndTime, dayKey, dayLabel, stayDates } from '../../lib/time.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { ArchiveIcon, BackIcon, ChatIcon, PaperclipIcon, UnarchiveIcon } from '../../ui/icons.tsx';
import { fromPendingFile } from '../attachments/shown.ts';
import { isWaiting, useConversationScheduledMessages, useSendLater } from '../automations/api.ts';
import { previewQuickReply, useQuickReplies } from '../quick-replies/api.ts';
import { DeliveryStatus } from './DeliveryStatus.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import {
  MessageInput,
  type ComposerHandle,
  type QuickReplySource,
  type ReplyTarget,
} from './MessageInput.tsx';
import { ScheduledBubbles } from './ScheduledBubbles.tsx';
import { ReservationDrawer } from './ReservationDrawer.tsx';
import { ThreadMessage } from './ThreadMessage.tsx';
import { mergeThread, type PendingAttachment, type PendingMessage } from './outbox.ts';
import { previewText, quoteText } from './preview.ts';
import { messageText } from './systemLine.ts';
import { DaySeparator, SystemLine } from './ThreadLines.tsx';
import { useMessageActions } from './useMessageActions.ts';
import { usePropertyLocale } from './usePropertyLocale.ts';
import { useSendMessage } from './useSendMessage.ts';
import styles from './ChatWindow.module.css';

/** How long the message a quote or a search result led to stays highlighted. */
const FLASH_MS = 2_200;
/** Older pages asked for while looking for a message (the API's largest page is 200). */
const REVEAL_PAGE = 100;

function uploadLabel(p: PendingMessage, t: TFunction<'messaging'>): string | undefined {
  const going = p.attachments?.filter((a) => a.progress !== undefined) ?? [];
  if (going.length === 0) return undefined;
  const share = going.reduce((sum, a) => sum + (a.progress ?? 0), 0) / going.length;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(
    Math.round(share * 100) / 100,
  );
  return t('thread.uploading', { percent });
}

function hasFiles(e: DragEvent) {
  return [...e.dataTransfer.types].includes('Files');
}

/** Where the thread goes while none is open. */
export function NoConversation() {
  const { t } = useTranslation('messaging');
  return (
    <section
      className={`${styles.chatWindow} ${styles.emptyState} ${styles.nothingOpen}`}
      aria-label={t('noConversation.label')}
    >
      <span className={styles.emptyIcon}>
        <ChatIcon />
      </span>
      <h2>{t('noConversation.title')}</h2>
      <p>{t('noConversation.text')}</p>
    </section>
  );
}

interface Props {
  conversationId: string;
  mode: 'guest' | 'host';
  /** Where "back" goes on a phone; none in the chat widget, which has only this thread. */
  backTo?: string;
  /** The reservation beside the thread, also opened from the header where it has no room. */
  details?: ReactNode;
}

/**
 * One conversation: the thread with day separators, receipts and typing, and the composer.
 * Messages carry their attachments, quotes and reactions, with a menu to react, reply, edit and
 * unsend; files dropped anywhere on it are attached. `?message=<id>` opens the thread at that
 * message (older pages load until it is there), as a quote's click does.
 */
export function ChatWindow({ conversationId, mode, backTo, details }: Props) {
  const { t } = useTranslation('messaging');
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
  const composer = useRef<ComposerHandle>(null);
  const [replyTo, setReplyTo] = useState<Message | null>(null);
  const [flash, setFlash] = useState<{ id: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  // Set before older messages are put above: where the view was, from the bottom.
  const keepFromBottom = useRef<number | null>(null);
  const atBottom = useRef(true);
  const actions = useMessageActions(conversationId, me.id);
  // Received messages in another language than mine can be asked for in mine, when the server
  // translates (a session stored before users had a language has none: no offer then).
  const translationStatus = useTranslationStatus().data;
  const translatable = translationStatus?.enabled ? translationStatus.languages : undefined;
  const [searchParams, setSearchParams] = useSearchParams();
  const target = searchParams.get('message');

  const conversation = detail.data;
  const isHost = conversation?.host_id === me.id;
  const propertyLocale = usePropertyLocale(conversation?.property_id);
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

  const byId = useMemo(
    () => new Map((conversation?.messages ?? []).map((m) => [m.id, m])),
    [conversation?.messages],
  );

  const waiting = useMemo(() => (scheduled.data ?? []).filter(isWaiting), [scheduled.data]);
  const count = items.length + waiting.length;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (keepFromBottom.current !== null) {
      // Older messages came in above: the view stays on what was being read.
      el.scrollTop = el.scrollHeight - keepFromBottom.current;
      keepFromBottom.current = null;
    } else {
      el.scrollTop = el.scrollHeight;
    }
  }, [count, conversationId]);

  // The reader at the bottom stays there when the thread's box shrinks (a reply bar, the
  // upload tray, the keyboard on a phone).
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [conversation?.id]);

  /** One page of older messages above those loaded; false once there are no more. */
  const fetchOlder = useCallback(
    async (limit?: number): Promise<boolean> => {
      const first = client.getQueryData<ConversationDetail>(keys.detail(conversationId))
        ?.messages[0];
      if (!first) return false;
      const page = await api(routes.getConversation, {
        params: { id: conversationId },
        query: { before: first.id, ...(limit && { limit }) },
      });
      const el = scroller.current;
      keepFromBottom.current = el ? el.scrollHeight - el.scrollTop : null;
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
      return page.has_more_messages;
    },
    [client, conversationId],
  );

  const loadOlder = async () => {
    setLoadingOlder(true);
    try {
      await fetchOlder();
    } catch {
      toast.error(t('thread.loadEarlierFailed'));
    } finally {
      setLoadingOlder(false);
    }
  };

  /**
   * Scrolls to a message and flashes it, loading older pages until it is there; says so when
   * it is not in this conversation (any more).
   */
  const reveal = useCallback(
    async (id: string) => {
      try {
        for (;;) {
          const d = client.getQueryData<ConversationDetail>(keys.detail(conversationId));
          if (!d) return;
          if (d.messages.some((m) => m.id === id)) {
            setFlash({ id });
            return;
          }
          if (!d.has_more_messages) break;
          setLoadingOlder(true);
          await fetchOlder(REVEAL_PAGE);
        }
        toast.error(t('thread.notInConversation'));
      } catch {
        toast.error(t('thread.loadEarlierFailed'));
      } finally {
        setLoadingOlder(false);
      }
    },
    [client, conversationId, fetchOlder, t],
  );

  // The flashed message comes into view once it is on screen (its page may render later).
  const scrolledFor = useRef<{ id: string } | null>(null);
  useEffect(() => {
    if (!flash || scrolledFor.current === flash) return;
    const el = scroller.current?.querySelector(`[data-message-id="${flash.id}"]`);
    if (!el) return;
    scrolledFor.current = flash;
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView?.({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }, [flash, items]);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  // `?message=<id>` (a search result): once the thread is loaded, go there; the parameter is
  // then dropped, so coming back to the thread opens it at the bottom as usual.
  const loaded = Boolean(conversation);
  const handledTarget = useRef<string | null>(null);
  useEffect(() => {
    if (!target) {
      handledTarget.current = null;
      return;
    }
    if (!loaded || handledTarget.current === target) return;
    handledTarget.current = target;
    void reveal(target).finally(() =>
      setSearchParams(
        (params) => {
          params.delete('message');
          return params;
        },
        { replace: true },
      ),
    );
  }, [target, loaded, reveal, setSearchParams]);

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
      toast.success(t('thread.scheduledFor', { when: dayAndTime(sendAt) }));
    },
    [sendLater, t],
  );

  const onSend = useCallback(
    (text: string, quickReplyId?: string, attachments?: PendingAttachment[]) => {
      const quote: ReplyQuote | undefined = replyTo
        ? {
            id: replyTo.id,
            sender_id: replyTo.sender_id,
            excerpt: replyTo.message.slice(0, REPLY_EXCERPT_LENGTH),
            attachments: replyTo.attachments.length,
            unsent: false,
          }
        : undefined;
      void send(text, quickReplyId, { attachments, replyTo: quote });
      setReplyTo(null);
    },
    [replyTo, send],
  );
  const onReply = useCallback((message: Message) => {
    setReplyTo(message);
    composer.current?.focus();
  }, []);
  const onOpenQuote = useCallback((id: string) => void reveal(id), [reveal]);
  const cancelReply = useCallback(() => setReplyTo(null), []);

  if (detail.isError) {
    return (
      <section
        className={`${styles.chatWindow} ${styles.emptyState}`}
        aria-label={t('thread.conversation')}
      >
        <h2>{t('thread.unavailableTitle')}</h2>
        <p>{t('thread.unavailableText')}</p>
        {backTo && (
          <Link className="button secondary" to={backTo}>
            {t('thread.backToMessages')}
          </Link>
        )}
      </section>
    );
  }
  if (!conversation || !other) {
    return (
      <section className={styles.chatWindow} aria-label={t('thread.conversation')} aria-busy="true">
        <div className={styles.skeletonHeader} />
      </section>
    );
  }

  const typingNow = typing[conversationId] === other.id;
  const names: Record<string, string> = { [me.id]: t('thread.you'), [other.id]: other.name };
  const firstName = other.name.split(' ')[0] ?? other.name;
  const replyTarget: ReplyTarget | null = replyTo
    ? {
        name: replyTo.sender_id === me.id ? t('thread.yourself') : other.name,
        excerpt: previewText(replyTo, t),
      }
    : null;
  const dropHandlers = {
    onDragEnter: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      dragDepth.current += 1;
      setDragging(true);
    },
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      dragDepth.current = Math.max(0, dragDepth.current - 1);
      if (dragDepth.current === 0) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      dragDepth.current = 0;
      setDragging(false);
      composer.current?.addFiles([...e.dataTransfer.files]);
    },
  };
  const reservation = conversation.reservation;
  const setArchived = (archived: boolean) =>
    archive.mutate(
      { id: conversationId, archived },
      {
        onSuccess: (c) =>
          c.is_archived
            ? toast.success(t('thread.archived'), {
                // Archiving is one click away from a slip: the toast takes it back.
                action: { label: t('thread.undo'), onClick: () => setArchived(false) },
              })
            : toast.success(t('thread.unarchived')),
        onError: (e) => toast.error(e.message),
      },
    );
  const toggleArchive = () => setArchived(!conversation.is_archived);

  return (
    <section
      className={styles.chatWindow}
      aria-label={t('thread.conversationWith', { name: other.name })}
      {...dropHandlers}
    >
      {dragging && (
        <div className={styles.dropZone} aria-hidden="true">
          <PaperclipIcon />
          <p>{t('thread.dropFiles')}</p>
          <small>{t('thread.dropFilesHint')}</small>
        </div>
      )}
      <header className={styles.chatHeader}>
        {backTo && (
          <Link
            className={`icon-button ${styles.backButton}`}
            to={backTo}
            aria-label={t('thread.backToConversations')}
          >
            <BackIcon />
          </Link>
        )}
        <Avatar name={other.name} size={40} />
        <div className={styles.chatTitle}>
          <h2>
            <bdi>{other.name}</bdi>
          </h2>
          <p>
            {conversation.property.title}
            {reservation && mode === 'guest' && (
              <span>
                {' '}
                · {stayDates(reservation.check_in, reservation.check_out, propertyLocale)}
              </span>
            )}
          </p>
        </div>
        <div className={styles.chatActions}>
          {!connected && (
            <span className={styles.offlinePill} title={t('thread.reconnectingHint')}>
              {t('thread.reconnecting')}
            </span>
          )}
          {details && <ReservationDrawer>{details}</ReservationDrawer>}
          <button
            type="button"
            className="icon-button labelled"
            onClick={toggleArchive}
            disabled={archive.isPending}
          >
            {conversation.is_archived ? <UnarchiveIcon /> : <ArchiveIcon />}
            <span>{conversation.is_archived ? t('thread.unarchive') : t('thread.archive')}</span>
          </button>
        </div>
      </header>

      <div
        className={styles.thread}
        ref={scroller}
        role="log"
        aria-live="polite"
        aria-label={t('thread.messages')}
        aria-busy={loadingOlder || undefined}
        onScroll={(e) => {
          const el = e.currentTarget;
          atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
        }}
      >
        {conversation.has_more_messages && (
          <div className={styles.loadOlder}>
            <button
              type="button"
              className="button secondary small"
              onClick={() => void loadOlder()}
              disabled={loadingOlder}
            >
              {loadingOlder ? t('thread.loading') : t('thread.loadEarlier')}
            </button>
          </div>
        )}
        {items.length === 0 && (
          <div className={styles.threadEmpty}>
            <Avatar name={other.name} size={64} />
            <p>
              <Trans
                t={t}
                i18nKey="thread.sayHello"
                values={{ name: firstName, property: conversation.property.title }}
                components={{ strong: <strong /> }}
              />
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
              {separator && <DaySeparator label={dayLabel(at)} />}
              {item.kind === 'stored' && item.message.kind === 'system' ? (
                <SystemLine
                  text={messageText(item.message, propertyLocale, t)}
                  at={item.message.created_at}
                  time={clockTime(item.message.created_at)}
                />
              ) : item.kind === 'stored' ? (
                <ThreadMessage
                  message={item.message}
                  me={me.id}
                  names={names}
                  original={item.message.reply_to ? byId.get(item.message.reply_to.id) : undefined}
                  receipt={
                    item.message.id === lastMine ? (
                      <DeliveryStatus message={item.message} />
                    ) : undefined
                  }
                  flash={flash?.id === item.message.id}
                  actions={actions}
                  onReply={onReply}
                  onOpenQuote={onOpenQuote}
                  readerLanguage={me.language ?? null}
                  translatable={translatable}
                />
              ) : (
                <MessageBubble
                  text={item.pending.message}
                  mine
                  status={item.pending.status}
                  error={item.pending.error}
                  sendingLabel={uploadLabel(item.pending, t)}
                  attachments={item.pending.attachments?.map(fromPendingFile)}
                  quote={
                    item.pending.reply_to
                      ? {
                          name: names[item.pending.reply_to.sender_id] ?? other.name,
                          text: quoteText(
                            item.pending.reply_to,
                            byId.get(item.pending.reply_to.id),
                            t,
                          ),
                        }
                      : undefined
                  }
                  onRetry={() => void retry(item.pending.client_message_id)}
                  onDiscard={() => discard(item.pending.client_message_id)}
                />
              )}
            </Fragment>
          );
        })}
        <ScheduledBubbles messages={waiting} />
        {typingNow && (
          <div className={styles.typing} aria-live="polite">
            <span className={styles.dots} aria-hidden="true">
              <i />
              <i />
              <i />
            </span>
            {t('thread.typing', { name: firstName })}
          </div>
        )}
      </div>

      <MessageInput
        key={conversationId}
        ref={composer}
        attachments
        replyTo={replyTarget}
        onCancelReply={cancelReply}
        onSend={onSend}
        onTyping={onTyping}
        quickReplies={quickReplies}
        onSchedule={onSchedule}
        screening={{ conversationId, recipient: firstName }}
        placeholder={t('thread.placeholder', { name: firstName })}
      />
    </section>
  );
}
