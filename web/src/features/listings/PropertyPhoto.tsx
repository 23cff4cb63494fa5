import { useAttachmentBlob } from '../attachments/blobs.ts';
import type { Photo } from './api.ts';
import styles from './PropertyPhoto.module.css';

/**
 * A property's photo (its thumbnail unless `full`), fetched with the token; a tile with the
 * title's first letter while there is none, or while it loads.
 */
export function PropertyPhoto({
  photo,
  title,
  full = false,
  className,
}: {
  photo: Photo | undefined;
  title: string;
  full?: boolean;
  className?: string;
}) {
  const url = photo ? (full ? photo.url : (photo.thumbnail_url ?? photo.url)) : null;
  const { src } = useAttachmentBlob(url);
  return (
    <span className={`${styles.frame} ${className ?? ''}`}>
      {src ? (
        <img className={styles.image} src={src} alt="" />
      ) : (
        <span className={styles.tile} aria-hidden="true">
          {title.slice(0, 1)}
        </span>
      )}
    </span>
  );
}
