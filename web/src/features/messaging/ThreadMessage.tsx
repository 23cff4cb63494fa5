import {
  EDIT_WINDOW_MS,
  MESSAGE_MAX_LENGTH,
  UNSEND_WINDOW_MS,
  type Message,
  type Reaction,
} from '@flexbnb/contracts';
import {
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { toast } from 'sonner';
import { AddReactionIcon, MoreIcon, ReplyIcon } from '../../ui/icons.tsx';
import { fromAttachment } from '../attachments/shown.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { MessageMenu } from './MessageMenu.tsx';
import emojiStyles from './emoji.module.css';
import { quoteText } from './preview.ts';
import { reactionSummary } from './reactions.ts';
import type { useMessageActions } from './useMessageActions.ts';

const LONG_PRESS_MS = 450;
/** Closer to the top of the thread than this, the menu opens below the message. */
const MENU_ROOM_PX = 230;

interface Props {
  message: Message;
  me: string;
  /** The participants' names by id (the reader is "You"). */
  names: Record<string, string>;
  /** The message it answers, when it is loaded: names what it carried ("Photo"). */
  original?: Message;
  /** Under it: "Seen", or how the other side was told. */
  receipt?: ReactNode;
  flash?: boolean;
  actions: ReturnType<typeof useMessageActions>;
  onReply: (message: Message) => void;
  onOpenQuote: (messageId: string) => void;
}

/** A message's reactions as chips "👍 2": who reacted in the tooltip; a click toggles mine. */
export function ReactionChips({
  reactions,
  me,
  names,
  onToggle,
}: {
  reactions: Reaction[];
  me: string;
  names: Record<string, string>;
  onToggle: (emoji: string) => void;
}) {
  if (reactions.length === 0) return null;
  return (
    <ul className="reactions" aria-label="Reactions">
      {reactions.map((r) => {
        const mine = r.user_ids.includes(me);
        const who = reactionSummary(r.user_ids, me, names);
        return (
          <li key={r.emoji}>
            <button
              type="button"
              className={`reaction-chip ${mine ? 'mine' : ''}`}
              aria-pressed={mine}
              title={who}
              aria-label={`${r.emoji} ${r.count}, from ${who}. ${mine ? 'Remove your reaction' : `React with ${r.emoji}`}`}
              onClick={() => onToggle(r.emoji)}
            >
              <span className={`reaction-emoji ${emojiStyles.emoji ?? ''}`}>{r.emoji}</span>{' '}
              <span className="reaction-count">{r.count}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function Editor({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  const [saving, setSaving] = useState(false);
  const trimmed = text.trim();
  const valid = Boolean(trimmed) && trimmed.length <= MESSAGE_MAX_LENGTH;
  const save = async () => {
    if (!valid || saving) return;
    if (trimmed === initial) {
      onCancel();
      return;
    }
    setSaving(true);
    try {
      await onSave(trimmed);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="bubble-editor">
      <textarea
        className="bubble-editor-input"
        aria-label="Edit message"
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        maxLength={MESSAGE_MAX_LENGTH}
        value={text}
        // Editing is what was just asked for.
        autoFocus
        onFocus={(e) => e.currentTarget.setSelectionRange(text.length, text.length)}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div className="bubble-editor-actions">
        <span className="bubble-editor-hint">Enter to save · Esc to cancel</span>
        <button type="button" className="button secondary small" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary small"
          disabled={!valid || saving}
          onClick={() => void save()}
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </div>
  );
}

/**
 * A stored message in the thread, with what can be done to it: react (hover toolbar, long
 * press, or the menu), reply, copy, and for my own messages edit (15 minutes) and unsend
 * (24 hours, after a confirmation).
 */
export function ThreadMessage({
  message,
  me,
  names,
  original,
  receipt,
  flash,
  actions,
  onReply,
  onOpenQuote,
}: Props) {
  const mine = message.sender_id === me;
  const unsent = Boolean(message.unsent_at);
  const [menu, setMenu] = useState<{
    mode: 'react' | 'menu';
    placement: 'above' | 'below';
    /** From the row's top (below) or bottom (above), in pixels. */
    offset: number;
    now: number;
  } | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [unsending, setUnsending] = useState(false);
  const row = useRef<HTMLDivElement>(null);
  const press = useRef<{ timer: ReturnType<typeof setTimeout>; x: number; y: number } | null>(null);
  const touched = useRef(false);
  // A long press ends with a click on what was under the finger (a quote, a photo): not that.
  const pressed = useRef(false);

  const attachments = useMemo(() => message.attachments.map(fromAttachment), [message.attachments]);
  const sent = Date.parse(message.created_at);

  const open = (mode: 'react' | 'menu', anchor?: Element | null) => {
    const el = anchor ?? row.current;
    const box = row.current?.getBoundingClientRect();
    const at = el?.getBoundingClientRect();
    const thread = row.current?.closest('.thread')?.getBoundingClientRect();
    if (!box || !at) return;
    // Beside what opened it: above, unless that is too near the top of the thread.
    const below = thread ? at.top - thread.top < MENU_ROOM_PX : false;
    setMenu({
      mode,
      placement: below ? 'below' : 'above',
      offset: below ? at.bottom - box.top + 4 : box.bottom - at.top + 4,
      now: Date.now(),
    });
  };
  const close = () => setMenu(null);

  const cancelPress = () => {
    if (press.current) clearTimeout(press.current.timer);
    press.current = null;
  };
  const bubbleProps =
    unsent || editing
      ? undefined
      : {
          onPointerDown: (e: PointerEvent<HTMLDivElement>) => {
            touched.current = e.pointerType !== 'mouse';
            pressed.current = false;
            if (e.pointerType === 'mouse') return;
            const target = e.currentTarget;
            cancelPress();
            press.current = {
              x: e.clientX,
              y: e.clientY,
              timer: setTimeout(() => {
                press.current = null;
                pressed.current = true;
                open('menu', target);
              }, LONG_PRESS_MS),
            };
          },
          onPointerMove: (e: PointerEvent<HTMLDivElement>) => {
            const p = press.current;
            if (p && Math.hypot(e.clientX - p.x, e.clientY - p.y) > 10) cancelPress();
          },
          onPointerUp: cancelPress,
          onPointerCancel: cancelPress,
          onClickCapture: (e: MouseEvent<HTMLDivElement>) => {
            if (!pressed.current) return;
            pressed.current = false;
            e.preventDefault();
            e.stopPropagation();
          },
          onContextMenu: (e: MouseEvent<HTMLDivElement>) => {
            // A long press on a phone: our menu instead of the browser's.
            if (touched.current) e.preventDefault();
          },
        };

  const canEdit =
    menu !== null &&
    mine &&
    !unsent &&
    message.kind === 'text' &&
    Boolean(message.message) &&
    menu.now - sent < EDIT_WINDOW_MS;
  const canUnsend =
    menu !== null &&
    mine &&
    !unsent &&
    message.kind === 'text' &&
    menu.now - sent < UNSEND_WINDOW_MS;

  const react = (emoji: string) => void actions.toggleReaction(message, emoji);
  const myReactions = message.reactions.filter((r) => r.user_ids.includes(me)).map((r) => r.emoji);

  const quote = message.reply_to
    ? {
        name:
          message.reply_to.sender_id === me ? 'You' : (names[message.reply_to.sender_id] ?? 'Them'),
        text: quoteText(message.reply_to, original),
        onOpen: () => onOpenQuote(message.reply_to!.id),
      }
    : undefined;

  const tools =
    unsent || editing ? null : (
      <div className={`bubble-tools ${menu ? 'open' : ''}`}>
        <button
          type="button"
          className="tool-button"
          aria-label="React"
          title="React"
          aria-haspopup="menu"
          aria-expanded={menu?.mode === 'react'}
          onClick={(e) => (menu ? close() : open('react', e.currentTarget))}
        >
          <AddReactionIcon />
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label="Reply"
          title="Reply"
          onClick={() => onReply(message)}
        >
          <ReplyIcon />
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label="More actions"
          title="More"
          aria-haspopup="menu"
          aria-expanded={menu?.mode === 'menu'}
          onClick={(e) => (menu ? close() : open('menu', e.currentTarget))}
        >
          <MoreIcon />
        </button>
      </div>
    );

  return (
    <div ref={row} className="thread-message">
      <MessageBubble
        messageId={message.id}
        text={message.message}
        mine={mine}
        time={message.created_at}
        quickReply={message.is_quick_reply}
        attachments={attachments}
        quote={quote}
        edited={Boolean(message.edited_at)}
        unsent={unsent}
        flash={flash}
        receipt={receipt}
        bubbleProps={bubbleProps}
        tools={tools}
        editor={
          editing ? (
            <Editor
              initial={message.message}
              onCancel={() => setEditing(false)}
              onSave={async (text) => {
                if (await actions.edit(message.id, text)) setEditing(false);
              }}
            />
          ) : undefined
        }
        reactions={
          unsent ? null : (
            <ReactionChips reactions={message.reactions} me={me} names={names} onToggle={react} />
          )
        }
      />
      {menu && (
        <MessageMenu
          mode={menu.mode}
          placement={menu.placement}
          offset={menu.offset}
          mine={mine}
          myReactions={myReactions}
          onReact={react}
          onReply={() => onReply(message)}
          onCopy={
            message.message
              ? () =>
                  void navigator.clipboard
                    ?.writeText(message.message)
                    .then(() => toast.success('Copied'))
                    .catch(() => toast.error('Could not copy the text'))
              : undefined
          }
          onEdit={canEdit ? () => setEditing(true) : undefined}
          onUnsend={canUnsend ? () => setConfirming(true) : undefined}
          onClose={close}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title="Unsend this message?"
          confirmLabel={unsending ? 'Unsending…' : 'Unsend'}
          busy={unsending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setUnsending(true);
            void actions.unsend(message.id).finally(() => {
              setUnsending(false);
              setConfirming(false);
            });
          }}
        >
          It is removed for both of you: its text and attachments are gone, and the thread shows
          “This message was unsent” in its place.
        </ConfirmDialog>
      )}
    </div>
  );
}
