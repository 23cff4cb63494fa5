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

/** A round badge with the person's initials on a colour picked from their name. */
export function Avatar({ name, size = 40 }: { name: string; size?: number }) {
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.38),
        background: PALETTE[hash(name) % PALETTE.length],
      }}
    >
      {initials(name)}
    </span>
  );
}
