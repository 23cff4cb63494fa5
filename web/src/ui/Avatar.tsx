import { useAttachmentBlob } from '../features/attachments/blobs.ts';
import styles from './Avatar.module.css';

const PALETTE = [
  '#b4235a',
  '#1d6f8a',
  '#6a4bb5',
  '#2f7d4f',
  '#a35a12',
  '#7a3e8e',
  '#1f5fb8',
  '#8a4b2a',
];

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * A round badge: the person's profile photo when they have one (`photoUrl`, the user's
 * `avatar_url`), else their initials on a colour picked from their name. Decorative: the name
 * is always written beside it. `previewSrc` shows a local image (a photo not uploaded yet).
 */
export function Avatar({
  name,
  size = 40,
  photoUrl,
  previewSrc,
}: {
  name: string;
  size?: number;
  photoUrl?: string | null;
  previewSrc?: string;
}) {
  // The photo's URL wants the bearer token, which an <img src> cannot send.
  const photo = useAttachmentBlob(previewSrc ? null : photoUrl);
  const src = previewSrc ?? (photo.failed ? undefined : photo.src);
  const box = { width: size, height: size };
  if (src) {
    return (
      <img className={`avatar ${styles.photo}`} src={src} alt="" aria-hidden="true" style={box} />
    );
  }
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        ...box,
        fontSize: Math.round(size * 0.38),
        background: PALETTE[hash(name) % PALETTE.length],
      }}
    >
      {initials(name)}
    </span>
  );
}
