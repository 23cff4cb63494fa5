import type { SearchHit } from '@flexbnb/contracts';
import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { takePage } from '../../platform/paging.ts';
import { presentHit } from './search.presenter.ts';
import * as repo from './search.repo.ts';
import { parseSearchTerms } from './search.terms.ts';

export type SearchService = ReturnType<typeof createSearchService>;
export type { MessageColumns, TextSearch } from './search.repo.ts';

/**
 * For another module's query (the conversation list's `q`): SQL of whether a message of the
 * `messages` table (or of the columns given) matches the search's text (see
 * `messageTextMatches` in search.repo.ts).
 */
export const messageMatchesSql = (search: repo.TextSearch, columns?: repo.MessageColumns): SQL =>
  repo.messageTextMatches(search, columns);

/**
 * For another module's query: SQL of whether a conversation of this title and other person's
 * name matches the search's words (see `nameOrTitleMatches` in search.repo.ts).
 */
export const nameOrTitleMatchesSql = (
  search: repo.TextSearch,
  title: SQL | PgColumn,
  name: SQL | PgColumn,
): SQL => repo.nameOrTitleMatches(search, title, name);

export interface SearchQuery {
  /** Trimmed, not empty (the contract's `searchQuery` sees to both). */
  q: string;
  property_id?: string;
  conversation_id?: string;
  limit: number;
  after?: { at: string; id: string };
}

/**
 * What `q` asks for in the scope's conversations, ready for the SQL of `messageTextMatches` and
 * `nameOrTitleMatches`: its terms, the text search configurations of the user's messages, so
 * that a word is stemmed in each language their conversations are written in, and whether
 * their messages are few enough to read them all (one small query, see `searchScopeOf`).
 */
export async function textSearchFor(
  db: DbOrTx,
  scope: repo.SearchScope,
  q: string,
): Promise<repo.TextSearch> {
  const { configs, fewMessages } = await repo.searchScopeOf(db, scope);
  return { terms: parseSearchTerms(q), configs, useIndex: !fewMessages };
}

export function createSearchService(deps: ServiceDeps) {
  const { db } = deps;
  return {
    /**
     * The actor's conversations searched: messages by their text, conversations by title and
     * the other person's name, newest first, a page at a time. `property_id` and
     * `conversation_id` narrow the conversations searched; someone else's (or one that does not
     * exist) leaves none, as the conversation list does with a property of someone else's:
     * an empty page, never an error that would tell that it exists.
     */
    async search(
      actor: Actor,
      query: SearchQuery,
    ): Promise<{ items: SearchHit[]; next?: { at: string; id: string } }> {
      const scope = {
        userId: actor.id,
        propertyId: query.property_id,
        conversationId: query.conversation_id,
      };
      const search = await textSearchFor(db, scope, query.q);
      const rows = await repo.findHits(db, search, scope, {
        limit: query.limit + 1,
        after: query.after,
      });
      const page = takePage(rows, query.limit, (row) => ({
        at: new Date(row.at).toISOString(),
        id: row.key,
      }));
      const words = search.terms.nameGroups.flat();
      return { items: page.rows.map((row) => presentHit(row, actor.id, words)), next: page.next };
    },
  };
}
