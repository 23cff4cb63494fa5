import type { Attachment, AttachmentKind } from '@flexbnb/contracts';

/**
 * An attachment as a bubble shows it: a stored one (its content fetched with the token) or one
 * still on its way (shown from the local copy, with its upload's progress).
 */
export interface ShownAttachment {
  key: string;
  kind: AttachmentKind;
  name: string;
  content_type: string;
  size: number;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  /** Stored: the content's URL. */
  url?: string;
  /** Stored images: the small preview's URL. */
  thumbnail_url?: string | null;
  /** On its way: the local file. */
  local?: Blob;
  /** Uploading: the share sent so far (0…1). */
  progress?: number;
}

export function fromAttachment(a: Attachment): ShownAttachment {
  return {
    key: a.id,
    kind: a.kind,
    name: a.name,
    content_type: a.content_type,
    size: a.size,
    width: a.width,
    height: a.height,
    duration_ms: a.duration_ms,
    url: a.url,
    thumbnail_url: a.thumbnail_url,
  };
}

// What every browser shows from the local copy; anything else shows as the server stored it.
const SHOWN_LOCALLY = /^(image\/(jpeg|png|webp|gif)|audio\/|application\/pdf)/;

/**
 * A file going out with a pending message, shown from its local copy (or, for a photo the
 * browser cannot show itself, like HEIC, from the upload once the server made it a JPEG).
 */
export function fromPendingFile(p: {
  local_id: string;
  kind: AttachmentKind;
  name: string;
  content_type: string;
  size: number;
  duration_ms: number | null;
  file: Blob;
  attachment?: Attachment;
  progress?: number;
}): ShownAttachment {
  if (p.attachment && !SHOWN_LOCALLY.test(p.file.type)) {
    return { ...fromAttachment(p.attachment), key: p.local_id };
  }
  return {
    key: p.local_id,
    kind: p.kind,
    name: p.name,
    content_type: p.content_type,
    size: p.size,
    width: p.attachment?.width ?? null,
    height: p.attachment?.height ?? null,
    duration_ms: p.duration_ms ?? p.attachment?.duration_ms ?? null,
    local: p.file,
    progress: p.progress,
  };
}
