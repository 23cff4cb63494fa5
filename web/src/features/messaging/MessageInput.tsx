import { MESSAGE_MAX_LENGTH } from '@flexbnb/contracts';
import {
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { BoltIcon, ClockIcon, SendIcon, SmileIcon } from '../../ui/icons.tsx';
import { QuickReplyPicker } from '../quick-replies/QuickReplyPicker.tsx';
import type { QuickReply } from '../quick-replies/api.ts';
import { SchedulePopover } from './SchedulePopover.tsx';

const EmojiPanel = lazy(() => import('./EmojiPanel.tsx'));

export interface QuickReplySource {
  templates: QuickReply[];
  loading: boolean;
  /** The template filled in for this conversation, for editing before it is sent. */
  render: (template: QuickReply) => Promise<string>;
}

interface Props {
  onSend: (text: string, quickReplyId?: string) => void;
  onTyping?: (isTyping: boolean) => void;
  quickReplies?: QuickReplySource;
  /**
   * Send later: offered when given. Resolves once the message is scheduled (the box is then
   * cleared); rejects with the server's reason, which the popover shows.
   */
  onSchedule?: (text: string, sendAt: string, quickReplyId?: string) => Promise<void>;
  placeholder?: string;
}

const MAX_HEIGHT = 180;
const TYPING_REFRESH_MS = 3_000;

/**
 * The composer: grows with the text, Enter sends, Shift+Enter starts a new line; an emoji picker,
 * and for hosts quick replies (type `/` in an empty box, or the bolt button) whose rendered text
 * lands in the box for editing first; and, when `onSchedule` is given, a clock button to send
 * the text later.
 */
export function MessageInput({
  onSend,
  onTyping,
  quickReplies,
  onSchedule,
  placeholder = 'Write a message…',
}: Props) {
  const [text, setText] = useState('');
  const [quickReplyId, setQuickReplyId] = useState<string | undefined>();
  const [picker, setPicker] = useState(false);
  const [emoji, setEmoji] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [inserting, setInserting] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT)}px`;
    el.style.overflowY = el.scrollHeight > MAX_HEIGHT ? 'auto' : 'hidden';
  }, [text]);

  useEffect(() => () => onTyping?.(false), [onTyping]);

  const change = (value: string) => {
    setText(value);
    if (!value.trim()) setQuickReplyId(undefined);
    if (!onTyping) return;
    const now = Date.now();
    if (value && now - lastTyping.current > TYPING_REFRESH_MS) {
      lastTyping.current = now;
      onTyping(true);
    } else if (!value) {
      lastTyping.current = 0;
      onTyping(false);
    }
  };

  const clear = () => {
    setText('');
    setQuickReplyId(undefined);
    lastTyping.current = 0;
    onTyping?.(false);
    box.current?.focus();
  };

  const send = () => {
    const message = text.trim();
    if (!message || message.length > MESSAGE_MAX_LENGTH) return;
    onSend(message, quickReplyId);
    clear();
  };

  const scheduleAt = async (sendAt: string) => {
    const message = text.trim();
    if (!onSchedule || !message || message.length > MESSAGE_MAX_LENGTH) return;
    await onSchedule(message, sendAt, quickReplyId);
    setScheduling(false);
    clear();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    } else if (event.key === '/' && quickReplies && text === '') {
      event.preventDefault();
      setPicker(true);
    }
  };

  const pick = async (template: QuickReply) => {
    if (!quickReplies) return;
    setPicker(false);
    setInserting(true);
    try {
      const rendered = await quickReplies.render(template);
      setText(rendered);
      setQuickReplyId(template.id);
    } finally {
      setInserting(false);
      box.current?.focus();
    }
  };

  const insertEmoji = (value: string) => {
    const el = box.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    change(text.slice(0, start) + value + text.slice(end));
    setEmoji(false);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + value.length, start + value.length);
    });
  };

  const tooLong = text.length > MESSAGE_MAX_LENGTH;
  const sendable = Boolean(text.trim()) && !tooLong;
  return (
    <div className="composer">
      {picker && quickReplies && (
        <QuickReplyPicker
          templates={quickReplies.templates.filter((t) => t.is_active)}
          loading={quickReplies.loading}
          onPick={(t) => void pick(t)}
          onClose={() => {
            setPicker(false);
            box.current?.focus();
          }}
        />
      )}
      {emoji && (
        <div className="popover emoji-popover">
          <Suspense fallback={<p className="picker-empty">Loading emoji…</p>}>
            <EmojiPanel
              onPick={insertEmoji}
              onClose={() => {
                setEmoji(false);
                box.current?.focus();
              }}
            />
          </Suspense>
        </div>
      )}
      {scheduling && onSchedule && (
        <SchedulePopover
          canSchedule={sendable}
          onSchedule={scheduleAt}
          onClose={() => {
            setScheduling(false);
            box.current?.focus();
          }}
        />
      )}
      {quickReplyId && (
        <p className="composer-note">
          <BoltIcon /> From a quick reply — edit it before sending if you like.
        </p>
      )}
      <div className="composer-row">
        <button
          type="button"
          className="icon-button"
          aria-label="Insert emoji"
          aria-expanded={emoji}
          onClick={() => {
            setEmoji((v) => !v);
            setPicker(false);
            setScheduling(false);
          }}
        >
          <SmileIcon />
        </button>
        {quickReplies && (
          <button
            type="button"
            className="icon-button"
            aria-label="Quick replies"
            aria-expanded={picker}
            onClick={() => {
              setPicker((v) => !v);
              setEmoji(false);
              setScheduling(false);
            }}
          >
            <BoltIcon />
          </button>
        )}
        <textarea
          ref={box}
          className="composer-input"
          rows={1}
          aria-label="Message"
          placeholder={inserting ? 'Filling in the template…' : placeholder}
          value={text}
          disabled={inserting}
          aria-invalid={tooLong || undefined}
          onChange={(e) => change(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text) onTyping?.(false);
            lastTyping.current = 0;
          }}
        />
        {onSchedule && (
          <button
            type="button"
            className="icon-button"
            aria-label="Schedule message"
            title="Send later"
            aria-expanded={scheduling}
            aria-haspopup="dialog"
            disabled={!sendable}
            onClick={() => {
              setScheduling((v) => !v);
              setEmoji(false);
              setPicker(false);
            }}
          >
            <ClockIcon />
          </button>
        )}
        <button
          type="button"
          className="send-button"
          aria-label="Send"
          disabled={!sendable}
          onClick={send}
        >
          <SendIcon />
        </button>
      </div>
      {tooLong && (
        <p className="composer-error" role="alert">
          {text.length - MESSAGE_MAX_LENGTH} characters over the limit of {MESSAGE_MAX_LENGTH}.
        </p>
      )}
      <p className="composer-hint">
        Enter to send · Shift+Enter for a new line{quickReplies ? ' · / for quick replies' : ''}
      </p>
    </div>
  );
}
