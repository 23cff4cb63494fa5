import type { HTMLAttributes, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { linkify } from '../../lib/linkify.tsx';
import { clockTime } from '../../lib/time.ts';
import { BoltIcon, RetryIcon } from '../../ui/icons.tsx';
import { AttachmentGallery } from '../attachments/AttachmentGallery.tsx';
import type { ShownAttachment } from '../attachments/shown.ts';
import type { PendingMessage } from './outbox.ts';
import { ScreenedText } from './Screening.tsx';
import styles from './MessageBubble.module.css';

export interface BubbleQuote {
  /** "You" or the other person's name. */
  name: string;
  text: string;
  /** Scrolls to the original; absent when it cannot be shown (admin views). */
  onOpen?: () => void;
}

interface Props {
  text: string;
  mine: boolean;
  time?: string;
  /** Sent with a quick reply: a bolt, shown on the sender's own side only. */
  quickReply?: boolean;
  status?: PendingMessage['status'];
  error?: string;
  /** Under the bubble: how it reached the other side ("Seen", "Emailed 10:42"). */
  receipt?: ReactNode;
  onRetry?: () => void;
  onDiscard?: () => void;
  /** The stored message's id: what a quote or a search result scrolls to. */
  messageId?: string;
  attachments?: ShownAttachment[];
  quote?: BubbleQuote;
  edited?: boolean;
  unsent?: boolean;
  /** Contact screening hid details in the text: its placeholders are shown as such. */
  masked?: boolean;
  /** The language of `text`, when known (a translation's, or the one it was written in). */
  lang?: string;
  /** Under the bubble, before its receipt: what contact screening did to it. */
  note?: ReactNode;
  /** In place of the text while it is being edited. */
  editor?: ReactNode;
  /** Under the bubble: its reactions. */
  reactions?: ReactNode;
  /** Beside the bubble: its actions (react, reply, more). */
  tools?: ReactNode;
  /** The actions stay shown while their menu is open. */
  toolsOpen?: boolean;
  /** Briefly highlighted: the message a quote or a search result led to. */
  flash?: boolean;
  /** While a message uploads its files: how far it is. */
  sendingLabel?: string;
  /** Props for the bubble itself (a long press opens the message menu). */
  bubbleProps?: HTMLAttributes<HTMLDivElement>;
  /** The bubble itself: what the message's menu opens beside. */
  bubbleRef?: Ref<HTMLDivElement>;
}

/**
 * One message: the message it answers, quoted; its photos, voice messages and files; its text
 * (links clickable) or that it was unsent; its time, "edited", and its delivery state when mine;
 * then its reactions. Its actions sit beside it.
 */
export function MessageBubble({
  text,
  mine,
  time,
  quickReply,
  status,
  error,
  receipt,
  onRetry,
  onDiscard,
  messageId,
  attachments,
  quote,
  edited,
  unsent,
  masked,
  lang,
  note,
  editor,
  reactions,
  tools,
  toolsOpen,
  flash,
  sendingLabel,
  bubbleProps,
  bubbleRef,
}: Props) {
  const { t } = useTranslation('messaging');
  const hasMedia = !unsent && !editor && Boolean(attachments?.length);
  return (
    <div
      className={[styles.bubbleRow, mine && styles.mine, flash && styles.flash]
        .filter(Boolean)
        .join(' ')}
      data-status={status ?? 'sent'}
      data-message-id={messageId}
    >
      <div className={styles.bubbleLine}>
        <div
          {...bubbleProps}
          ref={bubbleRef}
          className={[
            styles.bubble,
            status === 'failed' && styles.failed,
            unsent && styles.unsent,
            hasMedia && styles.hasMedia,
            editor && styles.editing,
          ]
            .filter(Boolean)
            .join(' ')}
        >
          {quote && !unsent && <QuoteBlock quote={quote} />}
          {hasMedia && attachments && <AttachmentGallery items={attachments} mine={mine} />}
          {unsent ? (
            <p className={`${styles.bubbleText} ${styles.unsentText}`} data-bubble-text>
              {t('bubble.unsent')}
            </p>
          ) : editor ? (
            editor
          ) : (
            text && (
              <p className={styles.bubbleText} data-bubble-text lang={lang}>
                {masked ? <ScreenedText text={text} /> : linkify(text)}
              </p>
            )
          )}
          {!editor && (
            <span className={styles.bubbleMeta}>
              {/* How a message was written is the sender's business: the bolt is theirs alone. */}
              {quickReply && mine && (
                <span className={styles.quickTag} title={t('bubble.sentWithQuickReply')}>
                  <BoltIcon />
                  <span className="sr-only">{t('bubble.quickReply')}</span>
                </span>
              )}
              {status === 'sending' ? (
                (sendingLabel ?? t('bubble.sending'))
              ) : time ? (
                <time dateTime={time}>{clockTime(time)}</time>
              ) : null}
              {edited && !unsent && <span className={styles.editedTag}>{t('bubble.edited')}</span>}
            </span>
          )}
        </div>
        {tools && (
          <div className={[styles.tools, toolsOpen && styles.open].filter(Boolean).join(' ')}>
            {tools}
          </div>
        )}
      </div>
      {reactions}
      {note}
      {status === 'failed' && (
        <div className={styles.bubbleFailed} role="alert">
          <span>{error ?? t('bubble.notSent')}</span>
          <button type="button" className="link-button" onClick={onRetry}>
            <RetryIcon /> {t('bubble.retry')}
          </button>
          <button type="button" className="link-button subtle" onClick={onDiscard}>
            {t('bubble.discard')}
          </button>
        </div>
      )}
      {receipt}
    </div>
  );
}

function QuoteBlock({ quote }: { quote: BubbleQuote }) {
  const { t } = useTranslation('messaging');
  const content = (
    <>
      <bdi className={styles.replyQuoteName}>{quote.name}</bdi>
      <span className={styles.replyQuoteText}>{quote.text}</span>
    </>
  );
  if (!quote.onOpen) return <span className={styles.replyQuote}>{content}</span>;
  return (
    <button
      type="button"
      className={styles.replyQuote}
      onClick={quote.onOpen}
      aria-label={t('bubble.quoteLabel', { name: quote.name, text: quote.text })}
    >
      {content}
    </button>
  );
}
