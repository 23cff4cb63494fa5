import { MESSAGE_MAX_LENGTH } from '@flexbnb/contracts';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { Dialog, Popover } from 'react-aria-components';
import { Trans, useTranslation } from 'react-i18next';
import {
  BoltIcon,
  ClockIcon,
  CloseIcon,
  MicIcon,
  PaperclipIcon,
  ReplyIcon,
  SendIcon,
  SmileIcon,
  StopIcon,
  TrashIcon,
} from '../../ui/icons.tsx';
import { ACCEPTED_TYPES, formatDuration } from '../attachments/format.ts';
import type { Uploader } from '../attachments/http.ts';
import { UploadTray } from '../attachments/UploadTray.tsx';
import { upload as defaultUpload } from '../attachments/upload.ts';
import { useUploads, type Upload } from '../attachments/useUploads.ts';
import { canRecord, useVoiceRecorder, type Recording } from '../attachments/useVoiceRecorder.ts';
import { QuickReplyPicker } from '../quick-replies/QuickReplyPicker.tsx';
import type { QuickReply } from '../quick-replies/api.ts';
import type { PendingAttachment } from './outbox.ts';
import { SchedulePopover } from './SchedulePopover.tsx';
import { ScreeningNotice } from './Screening.tsx';
import styles from './MessageInput.module.css';

const EmojiPanel = lazy(() => import('./EmojiPanel.tsx'));

export interface QuickReplySource {
  templates: QuickReply[];
  loading: boolean;
  /** The template filled in for this conversation, for editing before it is sent. */
  render: (template: QuickReply) => Promise<string>;
}

/** What the thread around the composer may do to it: drop files in, put the focus there. */
export interface ComposerHandle {
  addFiles: (files: File[]) => void;
  focus: () => void;
}

/** Where the composer asks what contact screening would do to its text, and who would read it. */
export interface ScreeningTarget {
  conversationId: string;
  /** The other participant, as the notice names them ("Ana will see: …"). */
  recipient: string;
}

/** The message a reply answers, as the bar above the box names it. */
export interface ReplyTarget {
  name: string;
  excerpt: string;
}

interface Props {
  /**
   * Sends the trimmed text (empty when only attachments go) with the template it came from and
   * the attachments: uploaded already, or a voice message still to upload.
   */
  onSend: (text: string, quickReplyId?: string, attachments?: PendingAttachment[]) => void;
  onTyping?: (isTyping: boolean) => void;
  quickReplies?: QuickReplySource;
  /**
   * Send later: offered when given. Resolves once the message is scheduled (the box is then
   * cleared); rejects with the server's reason, which the popover shows.
   */
  onSchedule?: (text: string, sendAt: string, quickReplyId?: string) => Promise<void>;
  placeholder?: string;
  /** Attach files (button, paste, `addFiles`) and record voice messages. */
  attachments?: boolean;
  /** How files go up; the real upload unless a test gives another. */
  upload?: Uploader;
  /** Replying: the bar above the box, with × to stop replying. */
  replyTo?: ReplyTarget | null;
  onCancelReply?: () => void;
  /**
   * Contact screening: once the typing pauses, a notice over the box says what sending the text
   * would do (hide contact details, or flag them). Information only: it never stops a send.
   */
  screening?: ScreeningTarget;
  ref?: Ref<ComposerHandle>;
}

function asPending(u: Upload): PendingAttachment[] {
  const a = u.attachment;
  if (u.status !== 'done' || !a) return [];
  return [
    {
      local_id: u.local_id,
      kind: a.kind,
      name: a.name,
      content_type: a.content_type,
      size: a.size,
      duration_ms: a.duration_ms,
      file: u.file,
      attachment: a,
    },
  ];
}

const MAX_HEIGHT = 180;
const TYPING_REFRESH_MS = 3_000;

/**
 * The composer's popovers (emoji, quick replies, send later) open over its top edge, 4 px down,
 * 20 px in from the side of the button that opens them; react-aria keeps them 10 px off the
 * screen's edges (which is where they sit on a phone).
 */
function overComposer(side: 'start' | 'end') {
  return {
    placement: `top ${side}`,
    offset: -4,
    crossOffset: side === 'start' ? 20 : -20,
    containerPadding: 10,
  } as const;
}

/**
 * The composer: grows with the text, Enter sends, Shift+Enter starts a new line; an emoji picker,
 * and for hosts quick replies (type `/` in an empty box, or the bolt button) whose rendered text
 * lands in the box for editing first; and, when `onSchedule` is given, a clock button to send
 * the text later. With `attachments`: files by the paperclip, paste or drop (each uploads at
 * once, with its progress; Send waits for them), and a voice message from the microphone. When
 * replying, a bar above names the message answered. With `screening`, a notice above the box
 * tells what contact screening would do to the text.
 */
export function MessageInput({
  onSend,
  onTyping,
  quickReplies,
  onSchedule,
  placeholder,
  attachments = false,
  upload = defaultUpload,
  replyTo,
  onCancelReply,
  screening,
  ref,
}: Props) {
  const { t } = useTranslation('messaging');
  const [text, setText] = useState('');
  const [quickReplyId, setQuickReplyId] = useState<string | undefined>();
  const [picker, setPicker] = useState(false);
  const [emoji, setEmoji] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [inserting, setInserting] = useState(false);
  const composer = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  /** The box takes the focus (with the caret there, if given) once nothing covers it. */
  const refocus = useRef<{ caret?: number } | null>(null);
  const filePicker = useRef<HTMLInputElement>(null);
  const lastTyping = useRef(0);
  const uploads = useUploads(upload);
  const { add: addFiles } = uploads;

  useImperativeHandle(
    ref,
    () => ({
      addFiles: (files: File[]) => {
        if (attachments) addFiles(files);
      },
      focus: () => box.current?.focus(),
    }),
    [attachments, addFiles],
  );

  const sendRecording = useCallback(
    (recording: Recording) =>
      onSend('', undefined, [
        {
          local_id: crypto.randomUUID(),
          kind: 'audio',
          name: recording.name,
          content_type: recording.blob.type,
          size: recording.blob.size,
          duration_ms: recording.duration_ms,
          file: recording.blob,
        },
      ]),
    [onSend],
  );
  const voice = useVoiceRecorder(sendRecording);
  const recording = voice.state.status === 'recording' || voice.state.status === 'starting';

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT)}px`;
    el.style.overflowY = el.scrollHeight > MAX_HEIGHT ? 'auto' : 'hidden';
  }, [text]);

  useEffect(() => () => onTyping?.(false), [onTyping]);

  // While a popover is open the page behind it is inert, and while a template is filled in the
  // box is disabled: it can take the focus only once they have gone.
  const covered = emoji || picker || scheduling || inserting;
  useEffect(() => {
    const el = box.current;
    const request = refocus.current;
    if (covered || !el || !request) return;
    refocus.current = null;
    el.focus();
    if (request.caret !== undefined) el.setSelectionRange(request.caret, request.caret);
  }, [covered]);

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
  };

  const ready = uploads.items.flatMap(asPending);
  const uploading = uploads.items.some((u) => u.status === 'uploading');

  const send = () => {
    const message = text.trim();
    if (message.length > MESSAGE_MAX_LENGTH || uploading) return;
    if (!message && ready.length === 0) return;
    if (ready.length > 0) onSend(message, quickReplyId, ready);
    else onSend(message, quickReplyId);
    uploads.clear();
    clear();
    box.current?.focus();
  };

  const scheduleAt = async (sendAt: string) => {
    const message = text.trim();
    if (!onSchedule || !message || message.length > MESSAGE_MAX_LENGTH) return;
    if (uploads.items.length > 0) return;
    await onSchedule(message, sendAt, quickReplyId);
    refocus.current = {};
    setScheduling(false);
    clear();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    } else if (event.key === 'Escape' && replyTo && onCancelReply) {
      event.preventDefault();
      onCancelReply();
    } else if (event.key === '/' && quickReplies && text === '') {
      event.preventDefault();
      setPicker(true);
    }
  };

  const pick = async (template: QuickReply) => {
    if (!quickReplies) return;
    refocus.current = {};
    setPicker(false);
    setInserting(true);
    try {
      const rendered = await quickReplies.render(template);
      setText(rendered);
      setQuickReplyId(template.id);
    } finally {
      setInserting(false);
    }
  };

  const insertEmoji = (value: string) => {
    const el = box.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    change(text.slice(0, start) + value + text.slice(end));
    refocus.current = { caret: start + value.length };
    setEmoji(false);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (!attachments) return;
    const files = [...event.clipboardData.files].filter((f) => f.type.startsWith('image/'));
    if (files.length === 0) return;
    // A copied image may come with its text too (its address); the image is what was meant.
    if (!event.clipboardData.getData('text/plain')) event.preventDefault();
    uploads.add(files);
  };

  const tooLong = text.length > MESSAGE_MAX_LENGTH;
  const hasText = Boolean(text.trim());
  const sendable = !tooLong && !uploading && (hasText || ready.length > 0);
  const schedulable = hasText && !tooLong && uploads.items.length === 0;
  const offerVoice = attachments && canRecord() && !hasText && uploads.items.length === 0;
  return (
    <div ref={composer} className={styles.composer}>
      <Popover
        isOpen={emoji}
        onOpenChange={setEmoji}
        triggerRef={composer}
        {...overComposer('start')}
      >
        <Dialog className={styles.emojiDialog} aria-label={t('composer.emoji')}>
          <Suspense fallback={<p className={styles.loading}>{t('composer.loadingEmoji')}</p>}>
            <EmojiPanel onPick={insertEmoji} />
          </Suspense>
        </Dialog>
      </Popover>
      {quickReplies && (
        <Popover
          isOpen={picker}
          onOpenChange={setPicker}
          triggerRef={composer}
          {...overComposer('start')}
        >
          <QuickReplyPicker
            templates={quickReplies.templates.filter((t) => t.is_active)}
            loading={quickReplies.loading}
            onPick={(t) => void pick(t)}
          />
        </Popover>
      )}
      {onSchedule && (
        <Popover
          isOpen={scheduling}
          onOpenChange={setScheduling}
          triggerRef={composer}
          {...overComposer('end')}
        >
          <SchedulePopover
            canSchedule={schedulable}
            onSchedule={scheduleAt}
            onClose={() => setScheduling(false)}
          />
        </Popover>
      )}
      {replyTo && (
        <div className={styles.replyBar} role="note" aria-label={t('composer.replying')}>
          <ReplyIcon />
          <p>
            <span>
              <Trans
                t={t}
                i18nKey="composer.replyingTo"
                values={{ name: replyTo.name }}
                components={{ strong: <strong />, bdi: <bdi /> }}
              />
            </span>
            <span className={styles.replyBarExcerpt}>{replyTo.excerpt}</span>
          </p>
          <button
            type="button"
            className={`icon-button small ${styles.cancelReply}`}
            aria-label={t('composer.cancelReply')}
            title={t('composer.cancelReplyHint')}
            onClick={() => {
              onCancelReply?.();
              box.current?.focus();
            }}
          >
            <CloseIcon />
          </button>
        </div>
      )}
      {quickReplyId && (
        <p className={styles.composerNote}>
          <BoltIcon /> {t('composer.fromQuickReply')}
        </p>
      )}
      {attachments && <UploadTray items={uploads.items} onRemove={uploads.remove} />}
      {uploads.note && (
        <p className={styles.composerError} role="alert">
          {uploads.note}
        </p>
      )}
      {voice.state.status === 'error' && (
        <p className={styles.composerError} role="alert">
          {voice.state.message}{' '}
          <button type="button" className="link-button subtle" onClick={voice.dismissError}>
            {t('composer.ok')}
          </button>
        </p>
      )}
      {screening && !recording && (
        <ScreeningNotice
          conversationId={screening.conversationId}
          text={text}
          recipient={screening.recipient}
        />
      )}
      {recording ? (
        <div
          className={`${styles.composerRow} ${styles.recording}`}
          role="group"
          aria-label={t('composer.recordingVoice')}
        >
          <button
            type="button"
            className="icon-button"
            aria-label={t('composer.cancelRecording')}
            title={t('composer.cancel')}
            onClick={voice.cancel}
          >
            <TrashIcon />
          </button>
          <p className={styles.recordingStatus} role="timer" aria-live="off">
            <span className={styles.recordingDot} aria-hidden="true" />
            {voice.state.status === 'recording' ? (
              <>
                <span className={styles.recordingTime}>{formatDuration(voice.state.elapsed)}</span>
                <span className={styles.recordingLabel}>{t('composer.recording')}</span>
              </>
            ) : (
              <span className={styles.recordingLabel}>{t('composer.startingMicrophone')}</span>
            )}
          </p>
          <button
            type="button"
            className={`${styles.sendButton} ${styles.stop}`}
            aria-label={t('composer.stopAndSendVoice')}
            title={t('composer.stopAndSend')}
            disabled={voice.state.status !== 'recording'}
            onClick={voice.stop}
          >
            <StopIcon />
          </button>
        </div>
      ) : (
        <div className={styles.composerRow}>
          <button
            type="button"
            className="icon-button"
            aria-label={t('composer.insertEmoji')}
            aria-expanded={emoji}
            aria-haspopup="dialog"
            onClick={() => setEmoji(true)}
          >
            <SmileIcon />
          </button>
          {quickReplies && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('composer.quickReplies')}
              aria-expanded={picker}
              aria-haspopup="dialog"
              onClick={() => setPicker(true)}
            >
              <BoltIcon />
            </button>
          )}
          {attachments && (
            <>
              <button
                type="button"
                className="icon-button"
                aria-label={t('composer.attachFiles')}
                title={t('composer.attachFilesHint')}
                onClick={() => filePicker.current?.click()}
              >
                <PaperclipIcon />
              </button>
              <input
                ref={filePicker}
                type="file"
                multiple
                accept={ACCEPTED_TYPES}
                hidden
                aria-hidden="true"
                tabIndex={-1}
                data-testid="attach-input"
                onChange={(e) => {
                  uploads.add([...(e.target.files ?? [])]);
                  e.target.value = '';
                  box.current?.focus();
                }}
              />
            </>
          )}
          <textarea
            ref={box}
            className={styles.composerInput}
            rows={1}
            aria-label={t('composer.message')}
            placeholder={
              inserting ? t('composer.fillingTemplate') : (placeholder ?? t('composer.placeholder'))
            }
            value={text}
            disabled={inserting}
            aria-invalid={tooLong || undefined}
            onChange={(e) => change(e.target.value)}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onBlur={() => {
              if (text) onTyping?.(false);
              lastTyping.current = 0;
            }}
          />
          {onSchedule && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('composer.scheduleMessage')}
              title={t('composer.sendLater')}
              aria-expanded={scheduling}
              aria-haspopup="dialog"
              disabled={!schedulable}
              onClick={() => setScheduling(true)}
            >
              <ClockIcon />
            </button>
          )}
          {offerVoice && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('composer.recordVoice')}
              title={t('composer.recordVoiceHint')}
              onClick={() => void voice.start()}
            >
              <MicIcon />
            </button>
          )}
          <button
            type="button"
            className={styles.sendButton}
            aria-label={t('composer.send')}
            title={uploading ? t('composer.waitingForUploads') : undefined}
            disabled={!sendable}
            onClick={send}
          >
            <SendIcon />
          </button>
        </div>
      )}
      {tooLong && (
        <p className={styles.composerError} role="alert">
          {t('composer.tooLong', {
            count: text.length - MESSAGE_MAX_LENGTH,
            max: MESSAGE_MAX_LENGTH,
          })}
        </p>
      )}
      <p className={styles.composerHint}>
        {quickReplies ? t('composer.hintWithQuickReplies') : t('composer.hint')}
      </p>
    </div>
  );
}
