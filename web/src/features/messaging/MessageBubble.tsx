import type { ReactNode } from 'react';
import { linkify } from '../../lib/linkify.tsx';
import { clockTime } from '../../lib/time.ts';
import { BoltIcon, RetryIcon } from '../../ui/icons.tsx';
import type { PendingMessage } from './outbox.ts';

interface Props {
  text: string;
  mine: boolean;
  time?: string;
  quickReply?: boolean;
  status?: PendingMessage['status'];
  error?: string;
  /** Under the bubble: how it reached the other side ("Seen", "Emailed 10:42"). */
  receipt?: ReactNode;
  onRetry?: () => void;
  onDiscard?: () => void;
}

/** One message: text as text (links clickable), its time, and its delivery state when mine. */
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
}: Props) {
  return (
    <div className={`bubble-row ${mine ? 'mine' : 'theirs'}`} data-status={status ?? 'sent'}>
      <div className={`bubble ${status === 'failed' ? 'failed' : ''}`}>
        <p className="bubble-text">{linkify(text)}</p>
        <span className="bubble-meta">
          {quickReply && (
            <span className="quick-tag" title="Sent with a quick reply">
              <BoltIcon />
              <span className="sr-only">Quick reply</span>
            </span>
          )}
          {status === 'sending' ? (
            'Sending…'
          ) : time ? (
            <time dateTime={time}>{clockTime(time)}</time>
          ) : null}
        </span>
      </div>
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
