import { useTranslation } from 'react-i18next';
import { CloseIcon, FileIcon, MicIcon } from '../../ui/icons.tsx';
import { useLocalObjectUrl } from './blobs.ts';
import { formatBytes, guessKind } from './format.ts';
import styles from './UploadTray.module.css';
import type { Upload } from './useUploads.ts';

const SHOWABLE = /^image\/(jpeg|png|webp|gif|avif|bmp)$/;

function Chip({ item, onRemove }: { item: Upload; onRemove: () => void }) {
  const { t } = useTranslation('attachments');
  const kind = item.attachment?.kind ?? guessKind(item.file.type);
  const preview = useLocalObjectUrl(
    kind === 'image' && SHOWABLE.test(item.file.type) ? item.file : null,
  );
  const percent = Math.round(item.progress * 100);
  const name = item.file.name;
  const label =
    item.status === 'failed'
      ? t('tray.failed', { name })
      : item.status === 'uploading'
        ? t('tray.uploading', { name, percent })
        : t('tray.ready', { name });
  return (
    <li
      className={[styles.chip, item.status === 'failed' && styles.failed].filter(Boolean).join(' ')}
      aria-label={label}
    >
      <span className={styles.thumb} aria-hidden="true">
        {preview ? <img src={preview} alt="" /> : kind === 'audio' ? <MicIcon /> : <FileIcon />}
      </span>
      <span className={styles.info}>
        <span className={styles.name} title={item.file.name}>
          {item.file.name}
        </span>
        {item.status === 'failed' ? (
          <span className={styles.error} role="alert" title={item.error}>
            {item.error}
          </span>
        ) : (
          <span className={styles.size}>{formatBytes(item.file.size)}</span>
        )}
        {item.status === 'uploading' && <UploadProgress name={item.file.name} percent={percent} />}
      </span>
      <button
        type="button"
        className={styles.remove}
        aria-label={t('tray.remove', { name })}
        title={t('tray.removeTitle')}
        onClick={onRemove}
      >
        <CloseIcon />
      </button>
    </li>
  );
}

/**
 * A file's upload progress as a bar (the composer's tray, a bubble's photo, the quick-reply
 * editor); `className` places it, or restyles it.
 */
export function UploadProgress({
  className,
  name,
  percent,
}: {
  className?: string;
  name: string;
  percent: number;
}) {
  const { t } = useTranslation('attachments');
  return (
    <span
      className={className ? `${styles.progress} ${className}` : styles.progress}
      role="progressbar"
      aria-label={t('tray.progress', { name })}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <span style={{ width: `${percent}%` }} />
    </span>
  );
}

/** The files going with the next message: a preview, the upload's progress, × to remove. */
export function UploadTray({
  items,
  onRemove,
}: {
  items: Upload[];
  onRemove: (localId: string) => void;
}) {
  const { t } = useTranslation('attachments');
  if (items.length === 0) return null;
  return (
    <ul className={styles.tray} aria-label={t('tray.label')}>
      {items.map((item) => (
        <Chip key={item.local_id} item={item} onRemove={() => onRemove(item.local_id)} />
      ))}
    </ul>
  );
}
