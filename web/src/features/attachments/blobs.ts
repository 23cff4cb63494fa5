import { useEffect, useState } from 'react';
import { fetchAttachmentBlob } from './http.ts';

/**
 * Attachments come as blob object URLs (their URLs want the bearer token), shared by every
 * element that shows the same one and revoked a while after the last of them is gone — long
 * enough that scrolling back, or opening the lightbox again, does not fetch it twice.
 */
const RELEASE_AFTER_MS = 60_000;

interface Entry {
  refs: number;
  objectUrl?: string;
  loading?: Promise<string>;
  timer?: ReturnType<typeof setTimeout>;
}

const entries = new Map<string, Entry>();

function entry(url: string): Entry {
  let e = entries.get(url);
  if (!e) {
    e = { refs: 0 };
    entries.set(url, e);
  }
  return e;
}

function scheduleRelease(url: string, e: Entry) {
  clearTimeout(e.timer);
  e.timer = setTimeout(() => {
    if (e.refs > 0 || entries.get(url) !== e) return;
    entries.delete(url);
    if (e.objectUrl) URL.revokeObjectURL(e.objectUrl);
  }, RELEASE_AFTER_MS);
}

/**
 * The object URL of an attachment's `url` or `thumbnail_url`, fetched once.
 * @throws ApiError as `fetchAttachmentBlob` does (a failure is not kept: the next call tries again)
 */
export function blobUrl(url: string): Promise<string> {
  const e = entry(url);
  if (e.objectUrl) return Promise.resolve(e.objectUrl);
  e.loading ??= fetchAttachmentBlob(url)
    .then((blob) => {
      e.objectUrl = URL.createObjectURL(blob);
      if (e.refs === 0) scheduleRelease(url, e);
      return e.objectUrl;
    })
    .catch((err: unknown) => {
      if (entries.get(url) === e && !e.objectUrl) entries.delete(url);
      throw err;
    })
    .finally(() => {
      e.loading = undefined;
    });
  return e.loading;
}

/**
 * Keeps the object URL of `url` alive for a while with no one showing it (a file opened in a
 * new tab still reads it).
 */
export function touchBlob(url: string) {
  const e = entries.get(url);
  if (e && e.refs === 0) scheduleRelease(url, e);
}

/**
 * Seeds the cache with content this browser already has (the file just uploaded), so the sent
 * message shows it at once instead of downloading it again.
 */
export function primeBlob(url: string, blob: Blob) {
  const e = entry(url);
  if (e.objectUrl) return;
  e.objectUrl = URL.createObjectURL(blob);
  if (e.refs === 0) scheduleRelease(url, e);
}

function acquire(url: string) {
  const e = entry(url);
  e.refs += 1;
  clearTimeout(e.timer);
  return () => {
    e.refs -= 1;
    if (e.refs === 0) scheduleRelease(url, e);
  };
}

/** The cached object URL of `url`, if it is loaded already. */
function peek(url: string | null | undefined): string | undefined {
  return url ? entries.get(url)?.objectUrl : undefined;
}

export interface BlobState {
  /** The object URL to show; undefined while loading or after a failure. */
  src: string | undefined;
  failed: boolean;
}

/**
 * An attachment's content as an object URL for `<img>`/`<audio>`, fetched with the bearer
 * token and cached; null or undefined loads nothing. The URL is released on unmount.
 */
export function useAttachmentBlob(url: string | null | undefined): BlobState {
  const [state, setState] = useState<{
    url: string | null | undefined;
    src?: string;
    failed: boolean;
  }>(() => ({ url, src: peek(url), failed: false }));
  useEffect(() => {
    if (!url) return;
    const release = acquire(url);
    let live = true;
    blobUrl(url).then(
      (src) => {
        if (live) setState({ url, src, failed: false });
      },
      () => {
        if (live) setState({ url, failed: true });
      },
    );
    return () => {
      live = false;
      release();
    };
  }, [url]);
  // The state may still be the previous URL's for one render: answer what is known of this one.
  if (state.url !== url) return { src: peek(url), failed: false };
  return { src: state.src ?? peek(url), failed: state.failed };
}

const local = new Map<Blob, Entry>();

function localUrl(blob: Blob): string {
  let e = local.get(blob);
  if (!e) {
    e = { refs: 0, objectUrl: URL.createObjectURL(blob) };
    local.set(blob, e);
    // Made while rendering: released unless something mounts with it.
    releaseLocalLater(blob, e);
  }
  return e.objectUrl!;
}

function releaseLocalLater(blob: Blob, e: Entry) {
  clearTimeout(e.timer);
  e.timer = setTimeout(() => {
    if (e.refs > 0 || local.get(blob) !== e) return;
    local.delete(blob);
    if (e.objectUrl) URL.revokeObjectURL(e.objectUrl);
  }, 5_000);
}

/**
 * An object URL for a local file or blob (a pending upload's preview), released a moment
 * after the last element showing it unmounts.
 */
export function useLocalObjectUrl(blob: Blob | null | undefined): string | undefined {
  useEffect(() => {
    if (!blob) return;
    localUrl(blob);
    const e = local.get(blob)!;
    e.refs += 1;
    clearTimeout(e.timer);
    return () => {
      e.refs -= 1;
      if (e.refs === 0) releaseLocalLater(blob, e);
    };
  }, [blob]);
  return blob ? localUrl(blob) : undefined;
}
