import { MAX_PROPERTY_PHOTOS } from '@flexbnb/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';
import { useLocalObjectUrl } from '../attachments/blobs.ts';
import { upload } from '../attachments/upload.ts';
import type { Photo } from './api.ts';
import styles from './PhotoManager.module.css';
import { PropertyPhoto } from './PropertyPhoto.tsx';

/** A photo of the form: one the property has, or a file going up (or that failed to). */
export interface PhotoItem {
  key: string;
  photo?: Photo;
  file?: File;
  status: 'uploading' | 'done' | 'failed';
  progress: number;
  error?: string;
}

export const photoItemOf = (photo: Photo): PhotoItem => ({
  key: photo.id,
  photo,
  status: 'done',
  progress: 1,
});

/**
 * The photos of a property being edited: files go up as soon as they are picked, with their
 * progress (the attachment store's upload); each can be removed or moved, the first is the
 * cover. `items` is the form's state.
 */
export function usePhotoItems(initial: PhotoItem[]) {
  const [items, setItems] = useState(initial);
  const controllers = useRef(new Map<string, AbortController>());
  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const c of running.values()) c.abort();
    };
  }, []);
  const patch = useCallback((key: string, change: Partial<PhotoItem>) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)));
  }, []);
  const add = useCallback(
    (files: File[], room: number) => {
      const taken = files.slice(0, Math.max(0, room));
      const added = taken.map((file): PhotoItem => ({
        key: crypto.randomUUID(),
        file,
        status: 'uploading',
        progress: 0,
      }));
      setItems((list) => [...list, ...added]);
      for (const item of added) {
        const controller = new AbortController();
        controllers.current.set(item.key, controller);
        upload(item.file!, item.file!.name, {
          signal: controller.signal,
          onProgress: (progress) => patch(item.key, { progress }),
        })
          .then(
            (attachment) => {
              if (attachment.kind !== 'image') {
                patch(item.key, {
                  status: 'failed',
                  error: i18n.t('photos.notImage', { ns: 'listings' }),
                });
                return;
              }
              patch(item.key, {
                status: 'done',
                progress: 1,
                photo: {
                  id: attachment.id,
                  url: attachment.url,
                  thumbnail_url: attachment.thumbnail_url,
                  width: attachment.width,
                  height: attachment.height,
                },
              });
            },
            (err: unknown) => {
              if (controller.signal.aborted) return;
              patch(item.key, {
                status: 'failed',
                error:
                  err instanceof ApiError
                    ? err.message
                    : i18n.t('photos.failed', { ns: 'listings' }),
              });
            },
          )
          .finally(() => controllers.current.delete(item.key));
      }
      return files.length - taken.length;
    },
    [patch],
  );
  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    setItems((list) => list.filter((i) => i.key !== key));
  }, []);
  const move = useCallback((key: string, by: -1 | 1) => {
    setItems((list) => {
      const from = list.findIndex((i) => i.key === key);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return list;
      const next = [...list];
      [next[from], next[to]] = [next[to]!, next[from]!];
      return next;
    });
  }, []);
  return { items, add, remove, move };
}

export type PhotoItems = ReturnType<typeof usePhotoItems>;

function Preview({ item, title }: { item: PhotoItem; title: string }) {
  const local = useLocalObjectUrl(item.photo ? undefined : item.file);
  if (item.photo)
    return <PropertyPhoto photo={item.photo} title={title} className={styles.thumb} />;
  return (
    <span className={styles.thumb}>
      {local && <img src={local} alt="" className={styles.localImage} />}
    </span>
  );
}

export function PhotoManager({ photos, title }: { photos: PhotoItems; title: string }) {
  const { t } = useTranslation('listings');
  const [note, setNote] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { items } = photos;
  const room = MAX_PROPERTY_PHOTOS - items.length;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('photos.title')}</legend>
      <p className="muted small">{t('photos.hint', { max: MAX_PROPERTY_PHOTOS })}</p>
      {items.length > 0 && (
        <ol className={styles.list}>
          {items.map((item, index) => {
            const number = index + 1;
            const label = item.file
              ? t('photos.photoFile', { number, name: item.file.name })
              : t('photos.photo', { number });
            return (
              <li key={item.key} className={styles.item}>
                <Preview item={item} title={title} />
                <div className={styles.meta}>
                  <span className="small">
                    {index === 0 ? t('photos.cover') : t('photos.photo', { number })}
                  </span>
                  {item.status === 'uploading' && (
                    <progress
                      className={styles.progress}
                      max={1}
                      value={item.progress}
                      aria-label={
                        item.file
                          ? t('photos.uploading', { name: item.file.name })
                          : t('photos.uploadingPhoto')
                      }
                    />
                  )}
                  {item.status === 'failed' && (
                    <small className="field-error" role="alert">
                      {item.error}
                    </small>
                  )}
                  <div className={styles.buttons}>
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={index === 0}
                      aria-label={t('photos.moveEarlier', { photo: label })}
                      onClick={() => photos.move(item.key, -1)}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={index === items.length - 1}
                      aria-label={t('photos.moveLater', { photo: label })}
                      onClick={() => photos.move(item.key, 1)}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      aria-label={t('photos.removePhoto', { photo: label })}
                      onClick={() => photos.remove(item.key)}
                    >
                      {t('photos.remove')}
                    </button>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <input
        ref={input}
        type="file"
        accept="image/*"
        multiple
        className={styles.file}
        tabIndex={-1}
        aria-label={t('photos.add')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          const left = photos.add(files, room);
          setNote(left > 0 ? t('photos.leftOut', { count: left, max: MAX_PROPERTY_PHOTOS }) : null);
          e.target.value = '';
        }}
      />
      <button
        type="button"
        className="button secondary"
        disabled={room <= 0}
        onClick={() => input.current?.click()}
      >
        {t('photos.add')}
      </button>
      {note && <p className="muted small">{note}</p>}
    </fieldset>
  );
}
