import { MAX_ATTACHMENTS_PER_MESSAGE, type Attachment } from '@flexbnb/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';

const t = i18n.getFixedT(null, 'attachments');
import type { Uploader } from './http.ts';

/** A file picked, dropped or pasted into the composer: uploading, uploaded, or refused. */
export interface Upload {
  local_id: string;
  file: File;
  status: 'uploading' | 'done' | 'failed';
  /** Share sent so far (0…1). */
  progress: number;
  attachment?: Attachment;
  /** Why it failed, in the server's words (413 too large, 415 not a type it takes). */
  error?: string;
}

function reason(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return t('errors.connection');
}

/**
 * The composer's uploads: each file goes up as soon as it is added, with its progress; at most
 * `max` per message (the rest are left out, and `note` says so). Removing one cancels its
 * upload; leaving the composer cancels them all.
 */
export function useUploads(upload: Uploader, max = MAX_ATTACHMENTS_PER_MESSAGE) {
  const [items, setItems] = useState<Upload[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const controllers = useRef(new Map<string, AbortController>());
  const count = useRef(0);

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const c of running.values()) c.abort();
      running.clear();
    };
  }, []);

  const patch = useCallback((id: string, change: Partial<Upload>) => {
    setItems((list) => list.map((u) => (u.local_id === id ? { ...u, ...change } : u)));
  }, []);

  const start = useCallback(
    (item: Upload) => {
      const controller = new AbortController();
      controllers.current.set(item.local_id, controller);
      upload(item.file, item.file.name, {
        signal: controller.signal,
        onProgress: (progress) => patch(item.local_id, { progress }),
      })
        .then(
          (attachment) => patch(item.local_id, { status: 'done', progress: 1, attachment }),
          (err: unknown) => {
            if (controller.signal.aborted) return;
            patch(item.local_id, { status: 'failed', error: reason(err) });
          },
        )
        .finally(() => controllers.current.delete(item.local_id));
    },
    [upload, patch],
  );

  const add = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      const room = Math.max(0, max - count.current);
      const taken = files.slice(0, room);
      setNote(
        taken.length < files.length
          ? t('errors.tooMany', { max, count: files.length - taken.length })
          : null,
      );
      const added = taken.map((file): Upload => ({
        local_id: crypto.randomUUID(),
        file,
        status: 'uploading',
        progress: 0,
      }));
      count.current += added.length;
      setItems((list) => [...list, ...added]);
      for (const item of added) start(item);
    },
    [max, start],
  );

  const remove = useCallback((id: string) => {
    controllers.current.get(id)?.abort();
    controllers.current.delete(id);
    count.current = Math.max(0, count.current - 1);
    setItems((list) => list.filter((u) => u.local_id !== id));
    setNote(null);
  }, []);

  /** After sending: the uploads went with the message. */
  const clear = useCallback(() => {
    count.current = 0;
    setItems([]);
    setNote(null);
  }, []);

  return { items, note, add, remove, clear };
}
export type Uploads = ReturnType<typeof useUploads>;
