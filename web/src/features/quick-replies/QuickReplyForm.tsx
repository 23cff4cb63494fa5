import type { Attachment } from '@flexbnb/contracts';
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { Uploader } from '../attachments/http.ts';
import { upload } from '../attachments/upload.ts';
import {
  CATEGORY_LABELS,
  QUICK_REPLY_CATEGORIES,
  QUICK_REPLY_PLACEHOLDERS,
  type QuickReplyDraft,
} from './api.ts';
import styles from './QuickReplyForm.module.css';
import { TemplateAttachments, useTemplateFiles } from './TemplateAttachments.tsx';

const PLACEHOLDERS = Object.keys(
  QUICK_REPLY_PLACEHOLDERS,
) as (keyof typeof QUICK_REPLY_PLACEHOLDERS)[];

// What the server reads as a placeholder — one pair of braces; a doubled `{{name}}` is the
// host's way of writing braces — but with any name, so that `{Guest_Name}` or `{wifi}` show up.
const TOKEN = /(?<!\{)\{([^{}\s]+)\}(?!\})/g;

/** The `{…}` tokens of a template that are no placeholder, each once, in order of use. */
export function unknownPlaceholders(message: string): string[] {
  const unknown = new Set<string>();
  for (const [token, name] of message.matchAll(TOKEN)) {
    if (!Object.hasOwn(QUICK_REPLY_PLACEHOLDERS, name!)) unknown.add(token);
  }
  return [...unknown];
}

/**
 * Creates or edits a template; the placeholder buttons insert at the cursor. Files added are
 * uploaded at once and the template is saved with their ids (`attachment_ids`, in order).
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
  const [input, setInput] = useState(initial);
  const files = useTemplateFiles(attachments, uploader);
  const message = useRef<HTMLTextAreaElement>(null);
  // Whether the host has been in the message yet: until they have, buttons append; after, they
  // insert where the textarea's selection is (kept by the textarea while a chip has the focus).
  const touched = useRef(false);
  const caret = useRef<number | null>(null);
  const warningId = useId();
  const unknown = unknownPlaceholders(input.message);

  // The caret goes after an inserted placeholder once React has written the new text.
  useLayoutEffect(() => {
    const box = message.current;
    if (box && caret.current !== null) {
      box.focus();
      box.setSelectionRange(caret.current, caret.current);
      touched.current = true;
      caret.current = null;
    }
  });

  const insert = (placeholder: string) => {
    const token = `{${placeholder}}`;
    const box = message.current;
    const length = input.message.length;
    const [start, end] =
      box && touched.current ? [box.selectionStart, box.selectionEnd] : [length, length];
    caret.current = start + token.length;
    setInput({
      ...input,
      message: input.message.slice(0, start) + token + input.message.slice(end),
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (files.uploading) return;
    onSave({ ...input, attachment_ids: files.ids });
  };
  return (
    <form
      className={`card ${styles.form}`}
      onSubmit={submit}
      aria-label={isNew ? 'New quick reply' : 'Edit quick reply'}
    >
      <div className="form-grid">
        <label className="field">
          <span>Title</span>
          <input
            className="input"
            required
            maxLength={100}
            value={input.title}
            onChange={(e) => setInput({ ...input, title: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Category</span>
          <select
            className="select"
            value={input.category}
            onChange={(e) =>
              setInput({ ...input, category: e.target.value as QuickReplyDraft['category'] })
            }
          >
            {QUICK_REPLY_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Property</span>
          <select
            className="select"
            value={input.property_id ?? ''}
            onChange={(e) => setInput({ ...input, property_id: e.target.value || null })}
          >
            <option value="">All properties</option>
            {properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>Message</span>
        <textarea
          ref={message}
          className="input"
          rows={4}
          required
          value={input.message}
          aria-describedby={unknown.length > 0 ? warningId : undefined}
          onFocus={() => {
            touched.current = true;
          }}
          onChange={(e) => setInput({ ...input, message: e.target.value })}
        />
      </label>
      {unknown.length > 0 && (
        // A warning, not an error: the template saves, and the token is sent as written.
        <p id={warningId} className="field-warning" role="alert">
          {unknown.length === 1 ? 'Unknown placeholder: ' : 'Unknown placeholders: '}
          {unknown.map((token, i) => (
            <span key={token}>
              {i > 0 && ', '}
              <mark>{token}</mark>
            </span>
          ))}{' '}
          — {unknown.length === 1 ? 'it is' : 'they are'} sent as written. Pick from the list below.
        </p>
      )}
      <p className="muted small">
        Placeholders:{' '}
        {PLACEHOLDERS.map((p) => (
          <button
            key={p}
            type="button"
            className="chip button-chip"
            title={QUICK_REPLY_PLACEHOLDERS[p]}
            // A click leaves the focus (and the caret) in the message; the keyboard's Enter or
            // Space moves it back there after the insert, so the next key types text.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert(p)}
          >
            {`{${p}}`}
          </button>
        ))}
      </p>
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
          <span>Active</span>
        </label>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy || files.uploading}>
          {files.uploading ? 'Uploading…' : isNew ? 'Create' : 'Save'}
        </button>
      </div>
    </form>
  );
}
