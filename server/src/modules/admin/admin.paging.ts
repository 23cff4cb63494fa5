import { ADMIN_PAGE_SIZE, TOTAL_COUNT_HEADER } from '@flexbnb/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { decodeCursor, encodeCursor, setNextLink } from '../../platform/paging.ts';

/**
 * An admin list's page: rows `offset` to `offset + limit` in the order `sort` names. Admin
 * tables sort by any of their columns, so a page is an offset (in an opaque cursor) rather
 * than a row's key; a row added meanwhile can shift a page by one, which a console accepts.
 */
export interface AdminPage<K extends string> {
  limit: number;
  offset: number;
  sort: { key: K; desc: boolean };
}

const offsetCursor = z.object({ offset: z.number().int().min(0).max(10_000_000) });

/**
 * Reads a list query's `limit`, `cursor` and `sort` (`key` or `-key`, already checked against
 * the list's keys by its schema); `fallback` is the default sort, written the same way.
 * @throws validation_failed for a cursor this API did not give out
 */
export function adminPage<K extends string>(
  query: { limit?: number; cursor?: string; sort?: string },
  fallback: `${K}` | `-${K}`,
): AdminPage<K> {
  const sort = query.sort ?? fallback;
  const desc = sort.startsWith('-');
  return {
    limit: query.limit ?? ADMIN_PAGE_SIZE,
    offset: decodeCursor(query.cursor, offsetCursor)?.offset ?? 0,
    sort: { key: (desc ? sort.slice(1) : sort) as K, desc },
  };
}

/** Sets `X-Total-Count` and, when rows remain after this page, the `Link` to the next one. */
export function setPageHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
  page: AdminPage<string>,
  total: number,
) {
  void reply.header(TOTAL_COUNT_HEADER, String(total));
  const next = page.offset + page.limit;
  setNextLink(request, reply, next < total ? encodeCursor({ offset: next }) : undefined);
}
