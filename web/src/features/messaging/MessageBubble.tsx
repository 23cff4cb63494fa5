import type { HTMLAttributes, ReactNode } from 'react';
import { linkify } from '../../lib/linkify.tsx';
import { clockTime } from '../../lib/time.ts';
import { BoltIcon, RetryIcon } from '../../ui/icons.tsx';
import { AttachmentGallery } from '../attachments/AttachmentGallery.tsx';
import type { ShownAttachment } from '../attachments/shown.ts';
import type { PendingMessage } from './outbox.ts';
import { UNSENT_TEXT } from './preview.ts';

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
  /** In place of the text while it is being edited. */
  editor?: ReactNode;
  /** Under the bubble: its reactions. */
  reactions?: ReactNode;
  /** Beside the bubble: its actions (react, reply, more) and their menu. */
  tools?: ReactNode;
  /** Briefly highlighted: the message a quote or a search result led to. */
  flash?: boolean;
  /** While a message uploads its files: how far it is. */
  sendingLabel?: string;
  /** Props for the bubble itself (a long press opens the message menu). */
  bubbleProps?: HTMLAttributes<HTMLDivElement>;
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
  editor,
  reactions,
  tools,
  flash,
  sendingLabel,
  bubbleProps,
}: Props) {
  const hasMedia = !unsent && !editor && Boolean(attachments?.length);
  return (
    <div
      className={`bubble-row ${mine ? 'mine' : 'theirs'} ${flash ? 'flash' : ''}`}
      data-status={status ?? 'sent'}
      data-message-id={messageId}
    >
      <div className="bubble-line">
        <div
          {...bubbleProps}
          className={[
            'bubble',
            status === 'failed' ? 'failed' : '',
            unsent ? 'unsent' : '',
            hasMedia ? 'has-media' : '',
            editor ? 'editing' : '',
          ].join(' ')}
        >
          {quote && !unsent && <QuoteBlock quote={quote} />}
          {hasMedia && attachments && <AttachmentGallery items={attachments} />}
          {unsent ? (
            <p className="bubble-text unsent-text">{UNSENT_TEXT}</p>
          ) : editor ? (
            editor
          ) : (
            text && <p className="bubble-text">{linkify(text)}</p>
          )}
          {!editor && (
            <span className="bubble-meta">
              {/* How a message was written is the sender's business: the bolt is theirs alone. */}
              {quickReply && mine && (
                <span className="quick-tag" title="Sent with a quick reply">
                  <BoltIcon />
                  <span className="sr-only">Quick reply</span>
                </span>
              )}
              {status === 'sending' ? (
                (sendingLabel ?? 'Sending…')
              ) : time ? (
                <time dateTime={time}>{clockTime(time)}</time>
              ) : null}
              {edited && !unsent && <span className="edited-tag">· edited</span>}
            </span>
          )}
        </div>
        {tools}
      </div>
      {reactions}
      {status === 'failed' && (
        <div className="bubble-failed" role="alert">
          <span>{error ?? 'Not sent'}</span>
          <button type="button" className="link-button" onClick={onRetry}>
            <RetryIcon /> Retry
          </button>
          <button type="button" className="link-button subtle" onClick={onDiscard}>
            Discard
          </button>
        </div>
      )}
      {receipt}
    </div>
  );
}

function QuoteBlock({ quote }: { quote: BubbleQuote }) {
  const content = (
    <>
      <span className="reply-quote-name">{quote.name}</span>
      <span className="reply-quote-text">{quote.text}</span>
    </>
  );
  if (!quote.onOpen) return <span className="reply-quote">{content}</span>;
  return (
    <button
      type="button"
      className="reply-quote"
      onClick={quote.onOpen}
      aria-label={`Replying to ${quote.name}: ${quote.text}. Show the original message`}
    >
      {content}
    </button>
  );
}
