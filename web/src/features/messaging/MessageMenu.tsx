import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { Menu, MenuItem, MenuSection, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CopyIcon, EditIcon, ReplyIcon, TrashIcon } from '../../ui/icons.tsx';
import emojiStyles from './emoji.module.css';
import styles from './MessageMenu.module.css';
import { QUICK_REACTIONS } from './reactions.ts';

const EmojiPanel = lazy(() => import('./EmojiPanel.tsx'));

export interface MessageMenuProps {
  /** `react`: the reaction row only; `menu`: the row and the message's actions. */
  mode: 'react' | 'menu';
  /** What it opens beside: the message's bubble. */
  anchor: RefObject<Element | null>;
  /** What it keeps inside (the thread): above the bubble, below it near the thread's top. */
  boundary?: Element;
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

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/**
 * The reaction row reads left to right: ← and → move along it (and on through the actions) as
 * ↑ and ↓ do.
 */
function moveAcross(e: KeyboardEvent<HTMLDivElement>) {
  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const step = e.key === 'ArrowRight' ? 1 : -1;
  e.preventDefault();
  items[(at + step + items.length) % items.length]?.focus();
}

/**
 * A message's menu: a row of common reactions and "more" for the full emoji picker, then Reply,
 * Copy, and for my own messages Edit and Unsend while allowed. A react-aria menu in a popover:
 * the first item takes the focus, the arrow keys move between items, Escape, Tab or a click
 * elsewhere closes it and the focus goes back to what opened it.
 */
export function MessageMenu({
  mode,
  anchor,
  boundary,
  mine,
  myReactions,
  onReact,
  onReply,
  onCopy,
  onEdit,
  onUnsend,
  onClose,
}: MessageMenuProps) {
  const { t } = useTranslation('messaging');
  const [more, setMore] = useState(false);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (more) return;
    // The first item takes the focus, whether react-aria gave it to the item, the menu or the
    // popover (which it does when the menu's items mount after the popover).
    const frame = requestAnimationFrame(() => {
      const items = list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
      if (items?.length && ![...items].includes(document.activeElement as HTMLElement)) {
        items[0]?.focus();
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [more]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Tab') {
      // Leaving the menu closes it, as a click elsewhere does; the focus goes back to its button.
      e.preventDefault();
      onClose();
      return;
    }
    moveAcross(e);
  };

  const run = (action?: () => void) => () => {
    onClose();
    // Once the popover has gone: while it is open the page behind is inert, and what the action
    // focuses (the editor, the composer, a dialog) could not take the focus.
    if (action) setTimeout(action);
  };

  return (
    <Popover
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      triggerRef={anchor}
      boundaryElement={boundary}
      placement={mine ? 'top end' : 'top start'}
      offset={4}
      aria-label={more ? t('menu.chooseReaction') : t('menu.messageActions')}
      className={classes(styles.menu, more && styles.withPicker)}
    >
      {more ? (
        <Suspense fallback={<p className={styles.loading}>{t('composer.loadingEmoji')}</p>}>
          <EmojiPanel
            onPick={(emoji) => {
              onClose();
              onReact?.(emoji);
            }}
          />
        </Suspense>
      ) : (
        <div onKeyDown={onKeyDown}>
          <Menu
            ref={list}
            aria-label={t('menu.messageActions')}
            autoFocus="first"
            shouldFocusWrap
            className={styles.list}
          >
            {onReact && (
              <MenuSection aria-label={t('menu.react')} className={styles.reactionRow}>
                {QUICK_REACTIONS.map(({ emoji, name: key }) => {
                  const chosen = myReactions.includes(emoji);
                  const name = t(`reactions.names.${key}`);
                  return (
                    <MenuItem
                      key={emoji}
                      id={emoji}
                      textValue={name}
                      className={classes(
                        styles.reactionOption,
                        chosen && styles.chosen,
                        emojiStyles.emoji,
                      )}
                      aria-label={
                        chosen ? t('menu.removeReaction', { name }) : t('menu.reactWith', { name })
                      }
                      onAction={run(() => onReact(emoji))}
                    >
                      <span title={name}>{emoji}</span>
                    </MenuItem>
                  );
                })}
                <MenuItem
                  id="more"
                  textValue={t('menu.moreReactions')}
                  className={classes(styles.reactionOption, styles.more)}
                  aria-label={t('menu.moreReactions')}
                  onAction={() => setMore(true)}
                >
                  <span title={t('menu.moreReactions')}>+</span>
                </MenuItem>
              </MenuSection>
            )}
            {mode === 'menu' && (
              <MenuSection className={styles.menuItems}>
                {onReply && (
                  <MenuItem
                    id="reply"
                    textValue={t('menu.reply')}
                    className={styles.item}
                    onAction={run(onReply)}
                  >
                    <ReplyIcon /> {t('menu.reply')}
                  </MenuItem>
                )}
                {onCopy && (
                  <MenuItem
                    id="copy"
                    textValue={t('menu.copy')}
                    className={styles.item}
                    onAction={run(onCopy)}
                  >
                    <CopyIcon /> {t('menu.copy')}
                  </MenuItem>
                )}
                {onEdit && (
                  <MenuItem
                    id="edit"
                    textValue={t('menu.edit')}
                    className={styles.item}
                    onAction={run(onEdit)}
                  >
                    <EditIcon /> {t('menu.edit')}
                  </MenuItem>
                )}
                {onUnsend && (
                  <MenuItem
                    id="unsend"
                    textValue={t('menu.unsend')}
                    className={classes(styles.item, styles.danger)}
                    onAction={run(onUnsend)}
                  >
                    <TrashIcon /> {t('menu.unsend')}
                  </MenuItem>
                )}
              </MenuSection>
            )}
          </Menu>
        </div>
      )}
    </Popover>
  );
}
