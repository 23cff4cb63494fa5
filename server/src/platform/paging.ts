import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { badRequest } from './errors.ts';
import { findUnstorableText } from './text.ts';

/** An opaque cursor: the sort key of the last row of a page, as base64url JSON. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** @throws validation_failed when the cursor was not made by `encodeCursor` with this shape */
export function decodeCursor<T extends z.ZodType>(
  cursor: string | undefined,
  shape: T,
): z.infer<T> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('query.cursor: is not a cursor this API gave out');
  }
  const result = shape.safeParse(parsed);
  if (!result.success || findUnstorableText(result.data, 'cursor')) {
    throw badRequest('query.cursor: is not a cursor this API gave out');
  }
  return result.data;
}

/** Sets `Link: <…>; rel="next"` to this URL with `param` replaced, when there is a next page. */
export function setNextLink(
  request: FastifyRequest,
  reply: FastifyReply,
  next: string | undefined,
  param = 'cursor',
) {
  if (next === undefined) return;
  const url = new URL(request.url, 'http://placeholder');
  url.searchParams.set(param, next);
  void reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
}

/**
 * Cuts a page from rows fetched with `limit + 1`: the extra row only tells that a next
 * page exists, and the key of the page's last row is where that page starts.
 */
export function takePage<T, K>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => K,
): { rows: T[]; next?: K } {
  if (rows.length <= limit) return { rows };
  const page = rows.slice(0, limit);
  return { rows: page, next: keyOf(page[page.length - 1]!) };
}
