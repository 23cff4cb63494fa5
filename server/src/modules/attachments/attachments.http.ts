/** The HTTP side of serving a file: ranges (RFC 9110 §14), names (RFC 6266, RFC 8187), ETags. */
import type { ByteRange } from './attachments.storage.ts';

/**
 * What a `Range` header asks of a file of `size` bytes: nothing (no header, another unit,
 * several ranges, or a malformed one — all answered with the whole file, as RFC 9110 allows),
 * one satisfiable range, or a range past the end (416).
 */
export function parseRange(
  header: string | undefined,
  size: number,
): { kind: 'whole' } | { kind: 'range'; range: ByteRange } | { kind: 'unsatisfiable' } {
  const match = header?.trim().match(/^bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i);
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    // The last `last` bytes.
    const suffix = Number(last);
    if (!Number.isSafeInteger(suffix)) return { kind: 'whole' };
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', range: { start: Math.max(0, size - suffix), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === '' ? Infinity : Number(last);
  if (!Number.isSafeInteger(start) || end < start || Number.isNaN(end)) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'range', range: { start, end: Math.min(end, size - 1) } };
}

const RFC8187_SPECIALS = /['()*]/g;

/**
 * `inline; filename="…"; filename*=UTF-8''…`: the name for every client, an ASCII stand-in for
 * those that read only `filename` (quotes, backslashes and anything outside printable ASCII
 * become `_`).
 */
export function contentDisposition(name: string, type: 'inline' | 'attachment' = 'inline') {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    RFC8187_SPECIALS,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Whether `If-None-Match` names `etag` (or is `*`): the client has the file already. Weak
 * comparison, as RFC 9110 §13.1.2 asks for this header.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}
