import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CopyIcon, EditIcon, ReplyIcon, TrashIcon } from '../../ui/icons.tsx';
import emojiStyles from './emoji.module.css';
import { QUICK_REACTIONS } from './reactions.ts';

const EmojiPanel = lazy(() => import('./EmojiPanel.tsx'));

export interface MessageMenuProps {
  /** `react`: the reaction row only; `menu`: the row and the message's actions. */
  mode: 'react' | 'menu';
  /** Opens above the bubble, or below it near the top of the thread. */
  placement: 'above' | 'below';
  /** How far from the row's bottom (above) or top (below) it opens: beside what opened it. */
  offset?: number;
  mine: boolean;
  /** The emojis I reacted with already: picking one again takes it back. */
  myReactions: string[];
  onReact?: (emoji: string) => void;
  onReply?: () => void;
  onCopy?: () => void;
  onEdit?: () => void;
  onUnsend?: () => void;
  onClose: () => void;
}

/**
 * A message's menu: a row of common reactions and "more" for the full emoji picker, then Reply,
 * Copy, and for my own messages Edit and Unsend while allowed. A menu for the keyboard too:
 * the first item takes the focus, the arrow keys move between items, Escape (or a click
 * elsewhere) closes it and the focus goes back to what opened it.
 */
export function MessageMenu({
  mode,
  placement,
  offset,
  mine,
  myReactions,
  onReact,
  onReply,
  onCopy,
  onEdit,
  onUnsend,
  onClose,
}: MessageMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  // The latest onClose, so a re-render (a reaction arriving) does not reset the focus.
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const menu = ref.current;
    menu?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    // The buttons that open it toggle it themselves.
    const tools = menu?.parentElement?.querySelector('.bubble-tools');
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (menu?.contains(target) || tools?.contains(target)) return;
      closeRef.current();
    };
    document.addEventListener('pointerdown', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      // Back to the opener, unless the focus went somewhere on purpose (the editor, a dialog).
      const active = document.activeElement;
      if (!active || active === document.body || menu?.contains(active)) {
        opener?.focus?.({ preventScroll: true });
      }
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key === 'Tab') {
      onClose();
      return;
    }
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(e.key) || more) return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    let next = at;
    if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (at + 1) % items.length;
    else next = (at - 1 + items.length) % items.length;
    e.preventDefault();
    items[next]?.focus();
  };

  const run = (action?: () => void) => () => {
    onClose();
    action?.();
  };

  return (
    <div
      ref={ref}
      className={`message-menu ${placement} ${mine ? 'mine' : 'theirs'} ${more ? 'with-picker' : ''}`}
      style={
        offset === undefined
          ? undefined
          : placement === 'above'
            ? { bottom: offset }
            : { top: offset }
      }
      role="menu"
      aria-label="Message actions"
      onKeyDown={onKeyDown}
    >
      {more ? (
        <Suspense fallback={<p className="picker-empty">Loading emoji…</p>}>
          <EmojiPanel
            onPick={(emoji) => {
              onClose();
              onReact?.(emoji);
            }}
            onClose={onClose}
          />
        </Suspense>
      ) : (
        <>
          {onReact && (
            <div className="reaction-row" role="group" aria-label="React">
              {QUICK_REACTIONS.map(({ emoji, name }) => {
                const chosen = myReactions.includes(emoji);
                return (
                  <button
                    key={emoji}
                    type="button"
                    role="menuitem"
                    className={`reaction-option ${chosen ? 'chosen' : ''} ${emojiStyles.emoji ?? ''}`}
                    aria-label={chosen ? `Remove your ${name} reaction` : `React with ${name}`}
                    title={name}
                    onClick={run(() => onReact(emoji))}
                  >
                    {emoji}
                  </button>
                );
              })}
              <button
                type="button"
                role="menuitem"
                className="reaction-option more"
                aria-label="More reactions"
                title="More reactions"
                onClick={() => setMore(true)}
              >
                +
              </button>
            </div>
          )}
          {mode === 'menu' && (
            <div className="menu-items">
              {onReply && (
                <button type="button" role="menuitem" onClick={run(onReply)}>
                  <ReplyIcon /> Reply
                </button>
              )}
              {onCopy && (
                <button type="button" role="menuitem" onClick={run(onCopy)}>
                  <CopyIcon /> Copy text
                </button>
              )}
              {onEdit && (
                <button type="button" role="menuitem" onClick={run(onEdit)}>
                  <EditIcon /> Edit
                </button>
              )}
              {onUnsend && (
                <button type="button" role="menuitem" className="danger" onClick={run(onUnsend)}>
                  <TrashIcon /> Unsend
                </button>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
