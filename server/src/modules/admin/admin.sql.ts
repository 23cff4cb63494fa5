import { and, ilike, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { AdminPage } from './admin.paging.ts';

// What the console's repos share: search by words, the order of a page, counts.

export const countOf = sql<number>`count(*)::int`.mapWith(Number);

/** A list's rows of one page and how many match over every page. */
export interface Listed<T> {
  rows: T[];
  total: number;
}

/** A `%`-wrapped ILIKE pattern for one word, its own `%`, `_` and `\` taken literally. */
function containing(word: string) {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `q` as a filter: every word of it must be part of at least one of the columns, so
 * "gina alfama" finds Gina's conversation about the Alfama loft. Undefined for no words.
 */
export function matchesWords(q: string | undefined, columns: (AnyColumn | SQL)[]): SQL | undefined {
  const words = q?.split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const pattern = containing(word);
      return or(...columns.map((column) => ilike(column, pattern)));
    }),
  );
}

/**
 * The ORDER BY of a page: its sort key, then the id the same way, so rows that tie keep one
 * order from page to page. Empty values (never seen, no message yet) come last either way.
 */
export function orderOf<K extends string>(
  sort: AdminPage<K>['sort'],
  keys: Record<K, AnyColumn | SQL>,
  id: AnyColumn,
): SQL[] {
  const direction = sql.raw(sort.desc ? 'desc' : 'asc');
  return [sql`${keys[sort.key]} ${direction} nulls last`, sql`${id} ${direction}`];
}
