import { useEffect, useId, useRef, useState } from 'react';
import { ChevronLeftIcon, ChevronRightIcon, CloseIcon, DownloadIcon } from '../../ui/icons.tsx';
import { blobUrl, touchBlob } from './blobs.ts';
import type { ShownAttachment } from './shown.ts';
import { useAttachmentSrc } from './useAttachmentSrc.ts';

/**
 * A message's photos full size, one at a time: a modal dialog (the page behind is inert and the
 * focus stays inside), Escape or the close button to leave, ← and → (or the arrows) to go
 * through them. The thumbnail shows until the full image has loaded.
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
  const ref = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [index, setIndex] = useState(start);
  const titleId = useId();
  const item = images[index];
  const full = useAttachmentSrc(item, 'content');
  const thumb = useAttachmentSrc(item, 'thumbnail');
  const many = images.length > 1;

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    closeButton.current?.focus();
    return () => {
      dialog?.close();
      opener?.focus?.();
    };
  }, []);

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
    <dialog
      ref={ref}
      className="lightbox"
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (!many) return;
        if (e.key === 'ArrowRight') {
          e.preventDefault();
          go(1);
        } else if (e.key === 'ArrowLeft') {
          e.preventDefault();
          go(-1);
        }
      }}
      onClick={(e) => {
        // A click on the dark backdrop (the dialog itself, not its content) closes it.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="lightbox-bar">
        <h2 id={titleId} className="lightbox-title">
          <span>{item.name}</span>
          {many && (
            <span className="lightbox-count">
              {index + 1} of {images.length}
            </span>
          )}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={`Download ${item.name}`}
          title="Download"
          onClick={() => void download()}
        >
          <DownloadIcon />
        </button>
        <button
          ref={closeButton}
          type="button"
          className="icon-button"
          aria-label="Close"
          title="Close (Esc)"
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </div>
      <div
        className="lightbox-stage"
        onClick={(e) => {
          if (e.target === e.currentTarget) onClose();
        }}
      >
        {many && (
          <button
            type="button"
            className="lightbox-nav prev"
            aria-label="Previous photo"
            onClick={() => go(-1)}
          >
            <ChevronLeftIcon />
          </button>
        )}
        {src ? (
          <img
            className={full.src ? '' : 'blurry'}
            src={src}
            alt={item.name}
            width={item.width ?? undefined}
            height={item.height ?? undefined}
          />
        ) : full.failed ? (
          <p className="lightbox-missing">This photo is not available.</p>
        ) : (
          <p className="lightbox-missing" role="status">
            Loading…
          </p>
        )}
        {many && (
          <button
            type="button"
            className="lightbox-nav next"
            aria-label="Next photo"
            onClick={() => go(1)}
          >
            <ChevronRightIcon />
          </button>
        )}
      </div>
    </dialog>
  );
}
