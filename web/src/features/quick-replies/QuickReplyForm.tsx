import { MESSAGE_MAX_LENGTH, type Attachment, type Language } from '@flexbnb/contracts';
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui/forms.tsx';
import type { Uploader } from '../attachments/http.ts';
import { upload } from '../attachments/upload.ts';
import { QUICK_REPLY_CATEGORIES, QUICK_REPLY_PLACEHOLDERS, type QuickReplyDraft } from './api.ts';
import { firstInvalid, OtherLanguages, textError, translationErrors } from './OtherLanguages.tsx';
import { UnknownPlaceholders, unknownPlaceholders } from './placeholders.tsx';
import styles from './QuickReplyForm.module.css';
import { TemplateAttachments, useTemplateFiles } from './TemplateAttachments.tsx';

export { unknownPlaceholders } from './placeholders.tsx';

const PLACEHOLDERS = Object.keys(
  QUICK_REPLY_PLACEHOLDERS,
) as (keyof typeof QUICK_REPLY_PLACEHOLDERS)[];

/** A text box of the form: the message, or its text in another language. */
type TextBox = 'message' | Language;

/**
 * Creates or edits a template; the placeholder buttons insert at the cursor of the text box
 * last in use (the message, or one of its other languages). Files added are uploaded at once
 * and the template is saved with their ids (`attachment_ids`, in order); its other languages
 * are saved whole (`translations`: one removed is left out, so the server drops it).
 */
export function QuickReplyForm({
  initial,
  attachments = [],
  isNew,
  properties,
  busy,
  onSave,
  onCancel,
  uploader = upload,
}: {
  initial: QuickReplyDraft;
  /** The files the template has (when editing one). */
  attachments?: Attachment[];
  isNew: boolean;
  properties: { id: string; title: string }[];
  busy: boolean;
  onSave: (input: QuickReplyDraft) => void;
  onCancel: () => void;
  /** How a file is uploaded (the app's upload, with progress). */
  uploader?: Uploader;
}) {
  const { t } = useTranslation('quickReplies');
  const [input, setInput] = useState(initial);
  // Errors show once a save was refused, and follow the text from then on.
  const [checked, setChecked] = useState(false);
  const files = useTemplateFiles(attachments, uploader);
  const message = useRef<HTMLTextAreaElement>(null);
  const translationBoxes = useRef(new Map<Language, HTMLTextAreaElement>());
  // The text box the placeholder buttons write to: the last one the host was in.
  const active = useRef<TextBox>('message');
  // The boxes the host has been in: until then, buttons append; after, they insert where the
  // box's selection is (kept by the textarea while a chip has the focus).
  const touched = useRef(new Set<TextBox>());
  const caret = useRef<{ box: TextBox; at: number } | null>(null);
  const warningId = useId();
  const errorId = useId();
  const messageId = useId();
  const unknown = unknownPlaceholders(input.message);
  const messageError = checked ? textError(input.message, t) : undefined;
  const errors = checked ? translationErrors(input.translations, t) : {};

  const boxOf = (box: TextBox) =>
    box === 'message' ? message.current : (translationBoxes.current.get(box) ?? null);
  const textOf = (box: TextBox) =>
    box === 'message' ? input.message : (input.translations[box] ?? '');
  const withText = (box: TextBox, text: string): QuickReplyDraft =>
    box === 'message'
      ? { ...input, message: text }
      : { ...input, translations: { ...input.translations, [box]: text } };

  // The caret goes after an inserted placeholder once React has written the new text.
  useLayoutEffect(() => {
    if (caret.current === null) return;
    const { box, at } = caret.current;
    const element = boxOf(box);
    if (element) {
      element.focus();
      element.setSelectionRange(at, at);
      touched.current.add(box);
    }
    caret.current = null;
  });

  const insert = (placeholder: string) => {
    const token = `{${placeholder}}`;
    // A language removed since: back to the message.
    const target =
      active.current !== 'message' && input.translations[active.current] === undefined
        ? 'message'
        : active.current;
    const text = textOf(target);
    const box = boxOf(target);
    const [start, end] =
      box && touched.current.has(target)
        ? [box.selectionStart, box.selectionEnd]
        : [text.length, text.length];
    caret.current = { box: target, at: start + token.length };
    setInput(withText(target, text.slice(0, start) + token + text.slice(end)));
  };

  const focusText = (box: TextBox) => {
    active.current = box;
    touched.current.add(box);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (files.uploading) return;
    const invalid = textError(input.message, t)
      ? 'message'
      : firstInvalid(input.translations, translationErrors(input.translations, t));
    if (invalid) {
      setChecked(true);
      boxOf(invalid)?.focus();
      return;
    }
    onSave({ ...input, attachment_ids: files.ids });
  };
  return (
    <form
      className={`card ${styles.form}`}
      onSubmit={submit}
      aria-label={isNew ? t('form.new') : t('form.edit')}
    >
      <div className="form-grid">
        <label className="field">
          <span>{t('form.title')}</span>
          <input
            className="input"
            required
            maxLength={100}
            value={input.title}
            onChange={(e) => setInput({ ...input, title: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('form.category')}</span>
          <select
            className="select"
            value={input.category}
            onChange={(e) =>
              setInput({ ...input, category: e.target.value as QuickReplyDraft['category'] })
            }
          >
            {QUICK_REPLY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('form.property')}</span>
          <select
            className="select"
            value={input.property_id ?? ''}
            onChange={(e) => setInput({ ...input, property_id: e.target.value || null })}
          >
            <option value="">{t('form.allProperties')}</option>
            {properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field">
        <label htmlFor={messageId}>{t('form.message')}</label>
        <textarea
          ref={message}
          id={messageId}
          className="input"
          rows={4}
          required
          maxLength={MESSAGE_MAX_LENGTH}
          value={input.message}
          aria-invalid={messageError ? true : undefined}
          aria-describedby={
            [messageError && errorId, unknown.length > 0 && warningId].filter(Boolean).join(' ') ||
            undefined
          }
          onFocus={() => focusText('message')}
          onChange={(e) => setInput({ ...input, message: e.target.value })}
        />
        <FieldError id={errorId} error={messageError} />
      </div>
      <UnknownPlaceholders id={warningId} tokens={unknown} />
      <p className="muted small">
        {t('form.placeholders')}{' '}
        {PLACEHOLDERS.map((p) => (
          <button
            key={p}
            type="button"
            className="chip button-chip"
            title={t(`placeholders.${p}`)}
            // A click leaves the focus (and the caret) in the text box; the keyboard's Enter or
            // Space moves it back there after the insert, so the next key types text.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert(p)}
          >
            {`{${p}}`}
          </button>
        ))}
      </p>
      <OtherLanguages
        translations={input.translations}
        onChange={(translations) => setInput({ ...input, translations })}
        errors={errors}
        warnUnknown
        textRef={(language, box) => {
          if (box) translationBoxes.current.set(language, box);
          else translationBoxes.current.delete(language);
        }}
        onTextFocus={focusText}
      />
      <TemplateAttachments
        files={files.files}
        refused={files.refused}
        onAdd={files.add}
        onRemove={files.remove}
      />
      <div className="form-actions">
        <label className="switch">
          <input
            type="checkbox"
            checked={input.is_active}
            onChange={(e) => setInput({ ...input, is_active: e.target.checked })}
          />
          <span>{t('form.active')}</span>
        </label>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy || files.uploading}>
          {files.uploading ? t('form.uploading') : isNew ? t('form.create') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
