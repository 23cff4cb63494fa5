import { routes, type SearchHit } from '@flexbnb/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiPage } from '../../lib/api.ts';

export type { SearchHit } from '@flexbnb/contracts';

/** A piece of a snippet; the words that matched are `highlight`. */
export type SnippetPart = SearchHit['snippet'][number];

/** What the search box asks for: the words, and the optional narrowing to a property or thread. */
export interface SearchParams {
  q: string;
  property_id?: string;
  conversation_id?: string;
}

/** Hits per page; "More results" asks for the next page by the `Link` header's cursor. */
export const SEARCH_PAGE_SIZE = 20;

/**
 * The caller's search hits for `params.q`, page by page (newest first, as the server orders
 * them). Nothing is asked for an empty query. While new words are on their way the previous
 * hits stay, so the list does not flash empty on every key.
 */
export function useMessageSearch(params: SearchParams) {
  const q = params.q.trim();
  return useInfiniteQuery({
    queryKey: ['search', { ...params, q }],
    enabled: q.length > 0,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      apiPage(routes.searchMessages, {
        query: {
          q,
          property_id: params.property_id,
          conversation_id: params.conversation_id,
          limit: SEARCH_PAGE_SIZE,
          cursor: pageParam,
        },
        signal,
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * Where choosing a hit leads: the thread under `base` (`/messages` or `/host/messages`), opened
 * at the message for a message hit (`?message=<id>`; the thread scrolls to it and flashes it).
 */
export function hitHref(hit: SearchHit, base: string): string {
  const thread = `${base}/${encodeURIComponent(hit.conversation_id)}`;
  return hit.type === 'message' && hit.message_id
    ? `${thread}?message=${encodeURIComponent(hit.message_id)}`
    : thread;
}

/** The person on the other side of the hit's conversation, as `me` sees it. */
export function otherPerson(hit: SearchHit, me: string | undefined) {
  return hit.guest.id === me ? hit.host : hit.guest;
}

/** A stable key of a hit among the others: its message, or its conversation. */
export function hitKey(hit: SearchHit): string {
  return hit.type === 'message' && hit.message_id
    ? `m-${hit.message_id}`
    : `c-${hit.conversation_id}`;
}

/**
 * The messenger's base path from the current location: `/host/messages/<id>` → `/host/messages`.
 * The search box sits in both the guest's and the host's messenger.
 */
export function messagesBase(pathname: string, threadId: string | undefined): string {
  let path = pathname.replace(/\/+$/, '');
  if (threadId && path.endsWith(`/${threadId}`)) path = path.slice(0, -threadId.length - 1);
  return path || '/messages';
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` — a conversation hit's other name or property title — split into parts with what
 * matched marked. The server's snippet of a conversation hit is the fields that matched, their
 * matches highlighted, joined by " · "; the field that reads as `text` is taken as it is, and
 * otherwise the highlighted words are marked wherever they occur in `text` (any case).
 */
export function highlightTerms(text: string, snippet: SnippetPart[]): SnippetPart[] {
  const fields: SnippetPart[][] = [[]];
  for (const part of snippet) {
    if (!part.highlight && part.text === ' · ') fields.push([]);
    else fields.at(-1)!.push(part);
  }
  const same = fields.find((f) => f.length > 0 && f.map((p) => p.text).join('') === text);
  if (same) return same;

  const terms = [
    ...new Set(
      snippet
        .filter((p) => p.highlight)
        .flatMap((p) => p.text.toLowerCase().split(/\s+/))
        .filter(Boolean),
    ),
  ].sort((a, b) => b.length - a.length);
  if (terms.length === 0 || !text) return [{ text, highlight: false }];
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'giu');
  const parts: SnippetPart[] = [];
  for (const [i, piece] of text.split(pattern).entries()) {
    // split() with one capture group alternates: outside, match, outside, match…
    if (piece) parts.push({ text: piece, highlight: i % 2 === 1 });
  }
  return parts;
}
