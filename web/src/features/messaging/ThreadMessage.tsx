import {
  EDIT_WINDOW_MS,
  MESSAGE_MAX_LENGTH,
  UNSEND_WINDOW_MS,
  type Language,
  type Message,
  type Reaction,
} from '@flexbnb/contracts';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { AddReactionIcon, MoreIcon, ReplyIcon, TranslateIcon } from '../../ui/icons.tsx';
import { fromAttachment } from '../attachments/shown.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { MessageBubble } from './MessageBubble.tsx';
import { MessageMenu } from './MessageMenu.tsx';
import { ScreeningNote } from './Screening.tsx';
import emojiStyles from './emoji.module.css';
import { quoteText } from './preview.ts';
import styles from './ThreadMessage.module.css';
import { reactionSummary } from './reactions.ts';
import type { useMessageActions } from './useMessageActions.ts';

const LONG_PRESS_MS = 450;
/**
 * How long "Translating…" waits for the translation asked for before offering "Translate"
 * again (the server may have found none was needed, or failed).
 */
const TRANSLATE_WAIT_MS = 60_000;

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
  /** The language the reader reads messages in (their profile's); null when unknown. */
  readerLanguage?: Language | null;
  /**
   * The languages the server translates between; none when it does not translate. A received
   * message in another of them than the reader's, without a translation, offers "Translate".
   */
  translatable?: readonly Language[];
}

const NO_LANGUAGES: readonly Language[] = [];

/**
 * Under a received message: that it shows translated ("Translated from Deutsch") with a toggle
 * to what was written and back, or a "Translate" button to ask for it in the reader's language.
 */
function TranslationNote({
  from,
  original,
  onToggle,
}: {
  /** The language it was written in, when known. */
  from: Language | null;
  /** The original text is shown instead of the translation. */
  original: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation('messaging');
  return (
    <p className={styles.translationNote} role="note">
      <TranslateIcon />
      <span>
        {original
          ? from
            ? t(`translation.originalIn.${from}`)
            : t('translation.original')
          : from
            ? t(`translation.translatedFrom.${from}`)
            : t('translation.translated')}
      </span>
      <span aria-hidden="true">·</span>
      {/* The label says what a tap does; the note beside it says what is shown now. */}
      <button type="button" className={styles.translationButton} onClick={onToggle}>
        {original ? t('translation.showTranslation') : t('translation.showOriginal')}
      </button>
    </p>
  );
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
  const { t } = useTranslation('messaging');
  if (reactions.length === 0) return null;
  return (
    <ul className={styles.reactions} aria-label={t('reactions.label')}>
      {reactions.map((r) => {
        const mine = r.user_ids.includes(me);
        const who = reactionSummary(r.user_ids, me, names, t);
        const label = { emoji: r.emoji, n: r.count, who };
        return (
          <li key={r.emoji}>
            <button
              type="button"
              className={[styles.reactionChip, mine && styles.mine].filter(Boolean).join(' ')}
              aria-pressed={mine}
              title={who}
              aria-label={mine ? t('reactions.chipMine', label) : t('reactions.chip', label)}
              onClick={() => onToggle(r.emoji)}
            >
              <span className={emojiStyles.emoji}>{r.emoji}</span>{' '}
              <span className={styles.reactionCount}>{r.count}</span>
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
  const { t } = useTranslation('messaging');
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
    <div className={styles.editor}>
      <textarea
        className={styles.editorInput}
        aria-label={t('message.editMessage')}
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
      <div className={styles.editorActions}>
        <span className={styles.editorHint}>{t('message.editorHint')}</span>
        <button type="button" className="button secondary small" onClick={onCancel}>
          {t('message.cancel')}
        </button>
        <button
          type="button"
          className="button primary small"
          disabled={!valid || saving}
          onClick={() => void save()}
        >
          {saving ? t('message.saving') : t('message.save')}
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
  readerLanguage = null,
  translatable = NO_LANGUAGES,
}: Props) {
  const { t } = useTranslation('messaging');
  const mine = message.sender_id === me;
  const unsent = Boolean(message.unsent_at);
  // My own messages read as I wrote them. A translation into a language I no longer read (I
  // changed it since) is not mine either.
  const translation =
    !mine &&
    !unsent &&
    message.translation &&
    (!readerLanguage || message.translation.language === readerLanguage)
      ? message.translation
      : null;
  const [showOriginal, setShowOriginal] = useState(false);
  const translated = translation !== null && !showOriginal;
  const shownText = translated ? translation.text : message.message;
  // The text a translation was asked for: "Translating…" until it comes (an edit asks anew).
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const offerTranslation =
    !mine &&
    !unsent &&
    !translation &&
    message.kind === 'text' &&
    Boolean(message.message) &&
    message.language !== null &&
    readerLanguage !== null &&
    message.language !== readerLanguage &&
    translatable.includes(message.language) &&
    translatable.includes(readerLanguage);
  const translating = offerTranslation && askedFor === message.message;
  useEffect(() => {
    if (!translating) return;
    const timer = setTimeout(() => setAskedFor(null), TRANSLATE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [translating]);
  const askTranslation = () => {
    if (translating) return;
    const text = message.message;
    setAskedFor(text);
    void actions.translate(message.id).then((ok) => {
      if (!ok) setAskedFor((asked) => (asked === text ? null : asked));
    });
  };
  const [menu, setMenu] = useState<{
    mode: 'react' | 'menu';
    /** The thread: the menu stays inside it. */
    boundary?: Element;
    now: number;
  } | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [unsending, setUnsending] = useState(false);
  const row = useRef<HTMLDivElement>(null);
  const bubble = useRef<HTMLDivElement>(null);
  // What had the focus when the menu opened (the React or More button).
  const opener = useRef<Element | null>(null);
  const press = useRef<{ timer: ReturnType<typeof setTimeout>; x: number; y: number } | null>(null);
  const touched = useRef(false);
  // A long press ends with a click on what was under the finger (a quote, a photo): not that.
  const pressed = useRef(false);

  const attachments = useMemo(() => message.attachments.map(fromAttachment), [message.attachments]);
  const sent = Date.parse(message.created_at);

  const open = (mode: 'react' | 'menu') => {
    opener.current = document.activeElement;
    setMenu({
      mode,
      boundary: row.current?.closest('[role="log"]') ?? undefined,
      now: Date.now(),
    });
  };
  const close = () => setMenu(null);

  useEffect(() => {
    if (!confirming) return;
    const back = opener.current;
    // The menu item that opened the dialog is gone when it closes: the focus goes back to what
    // opened the menu instead, unless it went somewhere on purpose.
    return () => {
      const active = document.activeElement;
      if ((!active || active === document.body) && back instanceof HTMLElement) {
        back.focus({ preventScroll: true });
      }
    };
  }, [confirming]);

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
            cancelPress();
            press.current = {
              x: e.clientX,
              y: e.clientY,
              timer: setTimeout(() => {
                press.current = null;
                pressed.current = true;
                open('menu');
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

  // Contact screening: a masked text says so to both sides; a flagged one to its sender only.
  const screeningNote =
    unsent || editing ? undefined : message.screened ? (
      <ScreeningNote action="masked" />
    ) : message.screening?.action === 'flagged' && mine ? (
      <ScreeningNote action="flagged" />
    ) : undefined;
  const translationNote = translation ? (
    <TranslationNote
      from={message.language}
      original={showOriginal}
      onToggle={() => setShowOriginal((v) => !v)}
    />
  ) : offerTranslation ? (
    <p className={styles.translationNote}>
      <button
        type="button"
        className={styles.translationButton}
        aria-disabled={translating || undefined}
        onClick={askTranslation}
      >
        <TranslateIcon />
        {translating ? t('translation.translating') : t('translation.translate')}
      </button>
    </p>
  ) : undefined;

  const react = (emoji: string) => void actions.toggleReaction(message, emoji);
  const myReactions = message.reactions.filter((r) => r.user_ids.includes(me)).map((r) => r.emoji);

  const quote = message.reply_to
    ? {
        name:
          message.reply_to.sender_id === me
            ? t('thread.you')
            : (names[message.reply_to.sender_id] ?? t('message.them')),
        text: quoteText(message.reply_to, original, t),
        onOpen: () => onOpenQuote(message.reply_to!.id),
      }
    : undefined;

  const tools =
    unsent || editing ? null : (
      <>
        <button
          type="button"
          className={styles.toolButton}
          aria-label={t('message.react')}
          title={t('message.react')}
          aria-haspopup="menu"
          aria-expanded={menu?.mode === 'react'}
          onClick={() => open('react')}
        >
          <AddReactionIcon />
        </button>
        <button
          type="button"
          className={styles.toolButton}
          aria-label={t('message.reply')}
          title={t('message.reply')}
          onClick={() => onReply(message)}
        >
          <ReplyIcon />
        </button>
        <button
          type="button"
          className={styles.toolButton}
          aria-label={t('message.moreActions')}
          title={t('message.more')}
          aria-haspopup="menu"
          aria-expanded={menu?.mode === 'menu'}
          onClick={() => open('menu')}
        >
          <MoreIcon />
        </button>
      </>
    );

  return (
    <div ref={row} className={styles.threadMessage}>
      <MessageBubble
        messageId={message.id}
        text={shownText}
        lang={(translated ? translation.language : message.language) ?? undefined}
        mine={mine}
        time={message.created_at}
        quickReply={message.is_quick_reply}
        attachments={attachments}
        quote={quote}
        edited={Boolean(message.edited_at)}
        unsent={unsent}
        masked={message.screened}
        note={
          screeningNote || translationNote ? (
            <>
              {screeningNote}
              {translationNote}
            </>
          ) : undefined
        }
        flash={flash}
        receipt={receipt}
        bubbleProps={bubbleProps}
        bubbleRef={bubble}
        tools={tools}
        toolsOpen={menu !== null}
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
          anchor={bubble}
          boundary={menu.boundary}
          mine={mine}
          myReactions={myReactions}
          onReact={react}
          onReply={() => onReply(message)}
          onCopy={
            shownText
              ? () =>
                  void navigator.clipboard
                    ?.writeText(shownText)
                    .then(() => toast.success(t('message.copied')))
                    .catch(() => toast.error(t('message.copyFailed')))
              : undefined
          }
          onEdit={canEdit ? () => setEditing(true) : undefined}
          onUnsend={canUnsend ? () => setConfirming(true) : undefined}
          onClose={close}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('message.unsendTitle')}
          confirmLabel={unsending ? t('message.unsending') : t('message.unsend')}
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
          {t('message.unsendBody')}
        </ConfirmDialog>
      )}
    </div>
  );
}
