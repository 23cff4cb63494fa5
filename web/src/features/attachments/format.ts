import type { AttachmentKind } from '@flexbnb/contracts';
import { i18n } from '../../lib/i18n.ts';

const t = i18n.getFixedT(null, 'attachments');

/** "820 B", "14 KB", "3.2 MB" — a file's size for people, in the app's language. */
export function formatBytes(bytes: number): string {
  const number = (n: number, digits = 0) =>
    new Intl.NumberFormat(i18n.language, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    }).format(n);
  if (bytes < 1000) return t('size.bytes', { size: number(bytes) });
  if (bytes < 1000 * 1000) return t('size.kilobytes', { size: number(Math.round(bytes / 1000)) });
  const mb = bytes / (1000 * 1000);
  return t('size.megabytes', { size: mb < 10 ? number(mb, 1) : number(Math.round(mb)) });
}

/** "0:07", "1:05", "12:30" — a voice message's length or position. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * What to call attachments in a quote or a preview, in the app's language: "Photo", "3 photos", "Voice message", a
 * file by its name ("house-manual.pdf"), "2 files", "3 attachments".
 */
export function attachmentSummary(items: { kind: AttachmentKind; name?: string }[]): string {
  const n = items.length;
  if (n === 0) return '';
  const all = (k: AttachmentKind) => items.every((x) => x.kind === k);
  if (all('image')) return t('summary.photos', { count: n });
  if (all('audio')) return t('summary.voiceMessages', { count: n });
  if (all('file')) {
    return n === 1 ? (items[0]?.name ?? t('summary.file')) : t('summary.files', { count: n });
  }
  return t('summary.attachments', { count: n });
}

/** The kind a local file will most likely be stored as (the server decides from the content). */
export function guessKind(type: string): AttachmentKind {
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  return 'file';
}

/** The types the file picker offers: images, PDF and audio (the server checks the content). */
export const ACCEPTED_TYPES = 'image/*,.heic,.heif,application/pdf,audio/*';
