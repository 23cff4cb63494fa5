import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ChevronLeftIcon, ChevronRightIcon, CloseIcon, DownloadIcon } from '../../ui/icons.tsx';
import { blobUrl, touchBlob } from './blobs.ts';
import styles from './Lightbox.module.css';
import type { ShownAttachment } from './shown.ts';
import { useAttachmentSrc } from './useAttachmentSrc.ts';

/**
 * A message's photos full size, one at a time: a react-aria modal dialog (the page behind is
 * hidden from assistive technology and the focus stays inside, then goes back to the photo),
 * Escape or the close button to leave, ← and → (or the arrows) to go through them. The
 * thumbnail shows until the full image has loaded.
 */
export function Lightbox({
  images,
  start,
  onClose,
}: {
  images: ShownAttachment[];
  start: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('attachments');
  const ref = useRef<HTMLElement>(null);
  const [index, setIndex] = useState(start);
  const item = images[index];
  const full = useAttachmentSrc(item, 'content');
  const thumb = useAttachmentSrc(item, 'thumbnail');
  const many = images.length > 1;

  useEffect(() => {
    if (!many) return;
    // On the document: the arrows work wherever the focus is in the dialog, itself included.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      e.preventDefault();
      const step = e.key === 'ArrowRight' ? 1 : -1;
      setIndex((i) => (i + step + images.length) % images.length);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [many, images.length]);

  const go = (step: number) => setIndex((i) => (i + step + images.length) % images.length);

  const download = async () => {
    if (!item?.url) return;
    const href = await blobUrl(item.url);
    touchBlob(item.url);
    const a = document.createElement('a');
    a.href = href;
    a.download = item.name;
    ref.current?.append(a);
    a.click();
    a.remove();
  };

  if (!item) return null;
  const src = full.src ?? thumb.src;
  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      className={styles.overlay}
    >
      <Modal className={styles.lightbox}>
        <Dialog
          ref={ref}
          className={styles.dialog}
          onClick={(e) => {
            // A click on the dark backdrop (the dialog itself, not its content) closes it.
            if (e.target === e.currentTarget) onClose();
          }}
        >
          <div className={styles.bar}>
            <Heading slot="title" level={2} className={styles.title}>
              <span>{item.name}</span>
              {many && (
                <span className={styles.count}>
                  {t('lightbox.count', { index: index + 1, total: images.length })}
                </span>
              )}
            </Heading>
            <button
              type="button"
              className="icon-button"
              aria-label={t('lightbox.download', { name: item.name })}
              title={t('lightbox.downloadTitle')}
              onClick={() => void download()}
            >
              <DownloadIcon />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('lightbox.close')}
              title={t('lightbox.closeTitle')}
              // The way out first, as the dialog opens.
              autoFocus
              onClick={onClose}
            >
              <CloseIcon />
            </button>
          </div>
          <div
            className={styles.stage}
            onClick={(e) => {
              if (e.target === e.currentTarget) onClose();
            }}
          >
            {many && (
              <button
                type="button"
                className={`${styles.nav} ${styles.prev}`}
                aria-label={t('lightbox.previous')}
                onClick={() => go(-1)}
              >
                <ChevronLeftIcon />
              </button>
            )}
            {src ? (
              <img
                className={full.src ? undefined : styles.blurry}
                src={src}
                alt={item.name}
                width={item.width ?? undefined}
                height={item.height ?? undefined}
              />
            ) : full.failed ? (
              <p className={styles.missing}>{t('lightbox.missing')}</p>
            ) : (
              <p className={styles.missing} role="status">
                {t('lightbox.loading')}
              </p>
            )}
            {many && (
              <button
                type="button"
                className={`${styles.nav} ${styles.next}`}
                aria-label={t('lightbox.next')}
                onClick={() => go(1)}
              >
                <ChevronRightIcon />
              </button>
            )}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
