import type { AttachmentKind } from '@flexbnb/contracts';

/** "820 B", "14 KB", "3.2 MB" — a file's size for people. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1000 * 1000) return `${Math.round(bytes / 1000)} KB`;
  const mb = bytes / (1000 * 1000);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** "0:07", "1:05", "12:30" — a voice message's length or position. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * What to call attachments in a quote or a preview: "Photo", "3 photos", "Voice message", a
 * file by its name ("house-manual.pdf"), "2 files", "3 attachments".
 */
export function attachmentSummary(items: { kind: AttachmentKind; name?: string }[]): string {
  const n = items.length;
  if (n === 0) return '';
  const all = (k: AttachmentKind) => items.every((x) => x.kind === k);
  if (all('image')) return n === 1 ? 'Photo' : `${n} photos`;
  if (all('audio')) return n === 1 ? 'Voice message' : `${n} voice messages`;
  if (all('file')) return n === 1 ? (items[0]?.name ?? 'File') : `${n} files`;
  return `${n} attachments`;
}

/** The kind a local file will most likely be stored as (the server decides from the content). */
export function guessKind(type: string): AttachmentKind {
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  return 'file';
}

/** The types the file picker offers: images, PDF and audio (the server checks the content). */
export const ACCEPTED_TYPES = 'image/*,.heic,.heif,application/pdf,audio/*';
