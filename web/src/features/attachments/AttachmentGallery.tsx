import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { i18n } from '../../lib/i18n.ts';
import { DownloadIcon, ExternalIcon, FileIcon } from '../../ui/icons.tsx';
import styles from './AttachmentGallery.module.css';
import { AudioPlayer } from './AudioPlayer.tsx';
import { blobUrl, touchBlob } from './blobs.ts';
import { formatBytes } from './format.ts';
import { Lightbox } from './Lightbox.tsx';
import type { ShownAttachment } from './shown.ts';
import { UploadProgress } from './UploadTray.tsx';
import { useAttachmentSrc } from './useAttachmentSrc.ts';

/** How many photos the grid shows; the last one says how many more there are. */
const GRID_MAX = 4;

function Progress({ item, progress }: { item: ShownAttachment; progress: number }) {
  return (
    <UploadProgress
      className={styles.progress}
      name={item.name}
      percent={Math.round(progress * 100)}
    />
  );
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** Clamped so a panorama or a tall screenshot still makes a usable tile. */
function ratio(item: ShownAttachment): number {
  if (!item.width || !item.height) return 4 / 3;
  return Math.min(2, Math.max(0.6, item.width / item.height));
}

function Thumb({
  item,
  label,
  more,
  single,
  onOpen,
}: {
  item: ShownAttachment;
  label: string;
  more: number;
  single: boolean;
  onOpen?: () => void;
}) {
  const { t } = useTranslation('attachments');
  const { src, failed } = useAttachmentSrc(item, 'thumbnail');
  const style = single ? { aspectRatio: String(ratio(item)) } : undefined;
  const content = (
    <>
      {src ? (
        <img src={src} alt="" draggable={false} />
      ) : failed ? (
        <span className={styles.thumbMissing}>{t('gallery.notAvailable')}</span>
      ) : null}
      {more > 0 && (
        <span className={styles.thumbMore} aria-hidden="true">
          +{more}
        </span>
      )}
      {item.progress !== undefined && <Progress item={item} progress={item.progress} />}
    </>
  );
  const className = classes(styles.thumb, !src && styles.loading);
  if (!onOpen) {
    return (
      <span className={className} style={style} role="img" aria-label={label}>
        {content}
      </span>
    );
  }
  return (
    <button type="button" className={className} style={style} aria-label={label} onClick={onOpen}>
      {content}
    </button>
  );
}

function ImageGrid({ images }: { images: ShownAttachment[] }) {
  const { t } = useTranslation('attachments');
  const [open, setOpen] = useState<number | null>(null);
  const shown = images.slice(0, GRID_MAX);
  const hidden = images.length - shown.length;
  const stored = images.every((i) => i.url);
  return (
    <>
      <div
        className={classes(styles.thumbGrid, styles[`count${Math.min(images.length, GRID_MAX)}`])}
      >
        {shown.map((item, i) => {
          const more = i === shown.length - 1 ? hidden : 0;
          const where = { index: i + 1, total: images.length, name: item.name };
          const label =
            images.length === 1
              ? t('gallery.openPhoto', { name: item.name })
              : more
                ? t('gallery.openPhotoOfMore', { ...where, more })
                : t('gallery.openPhotoOf', where);
          return (
            <Thumb
              key={item.key}
              item={item}
              label={stored ? label : t('gallery.sending', { name: item.name })}
              more={more}
              single={images.length === 1}
              onOpen={stored ? () => setOpen(i) : undefined}
            />
          );
        })}
      </div>
      {open !== null && <Lightbox images={images} start={open} onClose={() => setOpen(null)} />}
    </>
  );
}

function extension(item: ShownAttachment, noExtension: string): string {
  if (item.content_type === 'application/pdf') return 'PDF';
  const dot = item.name.lastIndexOf('.');
  return dot > 0 ? item.name.slice(dot + 1, dot + 5).toUpperCase() : noExtension;
}

/** Saves or opens a stored attachment from its blob (its URL wants the token). */
async function openBlob(item: ShownAttachment, how: 'open' | 'download') {
  if (!item.url) return;
  // Opened before the download, while the click still counts as the user's: a window opened
  // after an await is often blocked.
  const win = how === 'open' ? window.open('', '_blank') : null;
  try {
    const href = await blobUrl(item.url);
    touchBlob(item.url);
    if (win) {
      win.location.href = href;
      return;
    }
    const a = document.createElement('a');
    a.href = href;
    a.download = item.name;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } catch (err) {
    win?.close();
    toast.error(
      err instanceof Error ? err.message : i18n.t('errors.notLoaded', { ns: 'attachments' }),
    );
  }
}

function FileCard({ item }: { item: ShownAttachment }) {
  const { t } = useTranslation('attachments');
  const ext = extension(item, t('file.noExtension'));
  return (
    <div className={styles.fileCard}>
      <span className={styles.fileIcon} aria-hidden="true">
        <FileIcon />
        <span>{ext}</span>
      </span>
      <span className={styles.fileInfo}>
        <span className={styles.fileName} title={item.name}>
          {item.name}
        </span>
        <span className={styles.fileSize}>
          {ext} · {formatBytes(item.size)}
        </span>
        {item.progress !== undefined && <Progress item={item} progress={item.progress} />}
      </span>
      {item.url && (
        <span className={styles.fileActions}>
          <button
            type="button"
            className="icon-button small"
            aria-label={t('file.open', { name: item.name })}
            title={t('file.openTitle')}
            onClick={() => void openBlob(item, 'open')}
          >
            <ExternalIcon />
          </button>
          <button
            type="button"
            className="icon-button small"
            aria-label={t('file.download', { name: item.name })}
            title={t('file.downloadTitle')}
            onClick={() => void openBlob(item, 'download')}
          >
            <DownloadIcon />
          </button>
        </span>
      )}
    </div>
  );
}

/**
 * A message's attachments: photos as thumbnails (a grid for several) that open a lightbox,
 * voice messages and other audio as a player, PDFs and other files as a card to open or save.
 */
export function AttachmentGallery({
  items,
  mine = false,
}: {
  items: ShownAttachment[];
  /** In my own (dark) bubble. */
  mine?: boolean;
}) {
  const images = items.filter((i) => i.kind === 'image');
  const others = items.filter((i) => i.kind !== 'image');
  return (
    <div className={classes(styles.attachments, mine && styles.mine)}>
      {images.length > 0 && <ImageGrid images={images} />}
      {others.map((item) =>
        item.kind === 'audio' ? (
          <AudioPlayer key={item.key} item={item} mine={mine} />
        ) : (
          <FileCard key={item.key} item={item} />
        ),
      )}
    </div>
  );
}
