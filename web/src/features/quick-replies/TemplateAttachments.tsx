import { MAX_ATTACHMENTS_PER_MESSAGE, type Attachment } from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_TYPES, formatBytes, guessKind } from '../attachments/format.ts';
import type { UploadOptions, Uploader } from '../attachments/http.ts';
import { fromAttachment, type ShownAttachment } from '../attachments/shown.ts';
import { UploadProgress } from '../attachments/UploadTray.tsx';
import { useAttachmentSrc } from '../attachments/useAttachmentSrc.ts';
import { ApiError } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';
import { CloseIcon, FileIcon, MicIcon, PaperclipIcon } from '../../ui/icons.tsx';
import styles from './TemplateAttachments.module.css';

/** A file of the template: stored (an attachment id), on its way, or refused. */
export interface TemplateFile {
  shown: ShownAttachment;
  status: 'stored' | 'uploading' | 'failed';
  /** Once stored: what the template is saved with. */
  id?: string;
  error?: string;
}

/** Why an upload was refused, in words for the host: the server's reason when it gave one. */
export function uploadError(
  err: unknown,
  t: TFunction<'quickReplies'> = i18n.getFixedT(null, 'quickReplies'),
): string {
  if (err instanceof ApiError) {
    if (err.code !== 'http_error') return err.message;
    if (err.status === 413) return t('attachments.tooLarge');
    if (err.status === 415) return t('attachments.wrongType');
    return err.message;
  }
  return err instanceof Error ? err.message : t('attachments.failed');
}

/**
 * The files of a template being edited: the ones it has, and new ones uploaded as they are
 * added (the template is saved with their ids). Uploads still running when the form goes away
 * are cancelled; an upload never saved is removed by the server after a day.
 */
export function useTemplateFiles(initial: Attachment[], uploader: Uploader) {
  const [files, setFiles] = useState<TemplateFile[]>(() =>
    initial.map((a) => ({ shown: fromAttachment(a), status: 'stored', id: a.id })),
  );
  const [refused, setRefused] = useState(0);
  const running = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const uploads = running.current;
    return () => {
      for (const controller of uploads.values()) controller.abort();
    };
  }, []);

  const update = (key: string, change: Partial<TemplateFile>) =>
    setFiles((all) => all.map((f) => (f.shown.key === key ? { ...f, ...change } : f)));
  const progress = (key: string, value: number) =>
    setFiles((all) =>
      all.map((f) => (f.shown.key === key ? { ...f, shown: { ...f.shown, progress: value } } : f)),
    );

  const add = (list: Iterable<File>) => {
    const chosen = [...list];
    const room = Math.max(0, MAX_ATTACHMENTS_PER_MESSAGE - files.length);
    setRefused(Math.max(0, chosen.length - room));
    const added = chosen.slice(0, room).map((file): TemplateFile => ({
      shown: {
        key: crypto.randomUUID(),
        kind: guessKind(file.type),
        name: file.name,
        content_type: file.type,
        size: file.size,
        width: null,
        height: null,
        duration_ms: null,
        local: file,
        progress: 0,
      },
      status: 'uploading',
    }));
    setFiles((all) => [...all, ...added]);
    for (const item of added) {
      const key = item.shown.key;
      const controller = new AbortController();
      running.current.set(key, controller);
      const options: UploadOptions = {
        signal: controller.signal,
        onProgress: (value) => progress(key, value),
      };
      uploader(item.shown.local!, item.shown.name, options)
        .then((stored) =>
          update(key, {
            status: 'stored',
            id: stored.id,
            // The stored size (images are re-encoded); the local copy still shows it.
            shown: { ...fromAttachment(stored), key, local: item.shown.local },
          }),
        )
        .catch((err: unknown) => {
          if (!controller.signal.aborted)
            update(key, { status: 'failed', error: uploadError(err) });
        })
        .finally(() => running.current.delete(key));
    }
  };

  const remove = (key: string) => {
    running.current.get(key)?.abort();
    setFiles((all) => all.filter((f) => f.shown.key !== key));
    setRefused(0);
  };

  return {
    files,
    add,
    remove,
    /** Files over the limit left out of the last batch added. */
    refused,
    ids: files.flatMap((f) => (f.status === 'stored' && f.id ? [f.id] : [])),
    uploading: files.some((f) => f.status === 'uploading'),
  };
}

/** A file's thumbnail (images) or an icon of its kind. */
export function KindIcon({ file }: { file: Pick<TemplateFile, 'shown'> }) {
  const { src } = useAttachmentSrc(file.shown, 'thumbnail', file.shown.kind === 'image');
  if (file.shown.kind === 'image' && src) return <img src={src} alt="" draggable={false} />;
  return file.shown.kind === 'audio' ? <MicIcon /> : <FileIcon />;
}

function FileChip({ file, onRemove }: { file: TemplateFile; onRemove: () => void }) {
  const { t } = useTranslation('quickReplies');
  const percent = Math.round((file.shown.progress ?? 0) * 100);
  return (
    <li className={styles.file} data-status={file.status}>
      <span className={styles.thumb} aria-hidden="true">
        <KindIcon file={file} />
      </span>
      <span className={styles.body}>
        <span className={styles.name} title={file.shown.name}>
          {file.shown.name}
        </span>
        {file.status === 'failed' ? (
          <span className={`${styles.meta} ${styles.error}`} role="alert">
            {file.error}
          </span>
        ) : file.status === 'uploading' ? (
          <span className={styles.meta}>
            {t('attachments.uploading', { percent })}
            <UploadProgress
              className={`${styles.progress}`}
              name={file.shown.name}
              percent={percent}
            />
          </span>
        ) : (
          <span className={styles.meta}>{formatBytes(file.shown.size)}</span>
        )}
      </span>
      <button
        type="button"
        className={`icon-button ${styles.remove}`}
        aria-label={t('attachments.removeFile', { name: file.shown.name })}
        title={t('attachments.remove')}
        onClick={onRemove}
      >
        <CloseIcon />
      </button>
    </li>
  );
}

/**
 * The template's files as chips (a thumbnail or icon, the name, the size or the upload's
 * progress, and a remove button), with a button to add more; files dropped on it are added too.
 */
export function TemplateAttachments({
  files,
  refused,
  onAdd,
  onRemove,
}: {
  files: TemplateFile[];
  refused: number;
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
}) {
  const { t } = useTranslation('quickReplies');
  const picker = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const full = files.length >= MAX_ATTACHMENTS_PER_MESSAGE;

  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');
  return (
    <div
      className={dragging ? `${styles.attachments} ${styles.dragging}` : styles.attachments}
      role="group"
      aria-labelledby={labelId}
      aria-describedby={hintId}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        onAdd([...e.dataTransfer.files]);
      }}
    >
      <div className={styles.head}>
        <span id={labelId} className={styles.label}>
          {t('attachments.title')}
        </span>
        <span id={hintId} className="muted small">
          {t('attachments.hint', { max: MAX_ATTACHMENTS_PER_MESSAGE })}
        </span>
      </div>
      {files.length > 0 && (
        <ul className={styles.fileList} aria-label={t('attachments.list')}>
          {files.map((f) => (
            <FileChip key={f.shown.key} file={f} onRemove={() => onRemove(f.shown.key)} />
          ))}
        </ul>
      )}
      {refused > 0 && (
        <p className="field-warning" role="alert">
          {t('attachments.refused', { count: refused, max: MAX_ATTACHMENTS_PER_MESSAGE })}
        </p>
      )}
      <button
        type="button"
        className={`button secondary small ${styles.attachButton}`}
        disabled={full}
        onClick={() => picker.current?.click()}
      >
        <PaperclipIcon />
        <span>{files.length ? t('attachments.addMore') : t('attachments.add')}</span>
      </button>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        accept={ACCEPTED_TYPES}
        aria-label={t('attachments.toAttach')}
        onChange={(e) => {
          onAdd([...(e.target.files ?? [])]);
          // The same file can be picked again after it was removed.
          e.target.value = '';
        }}
      />
    </div>
  );
}
