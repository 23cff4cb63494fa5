import { useAttachmentBlob, useLocalObjectUrl } from './blobs.ts';
import type { ShownAttachment } from './shown.ts';

/**
 * The object URL showing an attachment: its local copy while it is on its way, else its
 * thumbnail (`part: 'thumbnail'`, images) or content, fetched with the token.
 */
export function useAttachmentSrc(
  item: ShownAttachment | undefined,
  part: 'thumbnail' | 'content',
  enabled = true,
) {
  const localUrl = useLocalObjectUrl(enabled ? item?.local : undefined);
  const remote = item && !item.local && enabled ? remoteUrl(item, part) : null;
  const { src, failed } = useAttachmentBlob(remote);
  return { src: localUrl ?? src, failed: !localUrl && failed };
}

function remoteUrl(item: ShownAttachment, part: 'thumbnail' | 'content') {
  return part === 'thumbnail' ? (item.thumbnail_url ?? item.url ?? null) : (item.url ?? null);
}
