import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * What a list's URL may carry for one filter: free text, a UUID (anything else is dropped,
 * rather than sent to be refused), or one value of a fixed set.
 */
export type FilterKind = 'text' | 'uuid' | readonly string[];

export type FilterSpec = Record<string, FilterKind>;

export type FilterValues<F extends FilterSpec> = {
  [K in keyof F]?: F[K] extends readonly (infer V)[] ? V : string;
};

/** `key` ascending or `-key` descending, as the admin API writes `sort`. */
export type SortValue<S extends string> = S | `-${S}`;

export interface ListSpec<F extends FilterSpec, S extends string> {
  filters: F;
  sorts: readonly S[];
  defaultSort: SortValue<S>;
}

/** A list's spec, its filters' value sets kept as literal types. Declare it once, at module level. */
export function listSpec<const F extends FilterSpec, const S extends string>(
  spec: ListSpec<F, S>,
): ListSpec<F, S> {
  return spec;
}

/** The cursors of the pages before this one, oldest first ('' for the first page). */
interface PagingState {
  pages?: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readFilter(kind: FilterKind, raw: string | null): string | undefined {
  if (raw === null) return undefined;
  const value = raw.trim();
  if (!value) return undefined;
  if (kind === 'text') return value;
  if (kind === 'uuid') return UUID.test(value) ? value : undefined;
  return kind.includes(value) ? value : undefined;
}

export interface ListParams<F extends FilterSpec, S extends string> {
  filters: FilterValues<F>;
  sort: SortValue<S>;
  cursor: string | undefined;
  /** What to send: the filters that are set, the sort and the cursor. */
  query: FilterValues<F> & { sort: SortValue<S>; cursor?: string };
  /** How many pages come before this one; null when unknown (a link opened mid-list). */
  pageIndex: number | null;
  /** Any filter set (the sort and page aside). */
  filtered: boolean;
  setFilter: (key: keyof F & string, value: string | undefined, replace?: boolean) => void;
  setSort: (sort: SortValue<S>) => void;
  clearFilters: () => void;
  nextPage: (cursor: string) => void;
  previousPage: () => void;
}

/**
 * A list's filters, sort and page as the URL's search parameters, so that a reload, a shared
 * link or the back button keeps them. Values the list does not know are ignored. Changing a
 * filter or the sort goes back to the first page; the cursors of earlier pages live in the
 * history entry's state (the cursor is opaque: a previous page cannot be computed from it).
 */
export function useListParams<F extends FilterSpec, S extends string>(
  spec: ListSpec<F, S>,
): ListParams<F, S> {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const pages = (location.state as PagingState | null)?.pages;

  const filters = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [key, kind] of Object.entries(spec.filters)) {
      const value = readFilter(kind, params.get(key));
      if (value !== undefined) out[key] = value;
    }
    return out as FilterValues<F>;
  }, [params, spec.filters]);

  const rawSort = params.get('sort') ?? '';
  const sort = (
    spec.sorts.includes(rawSort.replace(/^-/, '') as S) ? rawSort : spec.defaultSort
  ) as SortValue<S>;
  const cursor = params.get('cursor') || undefined;

  const go = useCallback(
    (change: (next: URLSearchParams) => void, state?: PagingState, replace = false) => {
      const next = new URLSearchParams(location.search);
      change(next);
      const search = next.toString();
      void navigate(
        { pathname: location.pathname, search: search ? `?${search}` : '' },
        { replace, state: state ?? null },
      );
    },
    [location.pathname, location.search, navigate],
  );

  const setFilter = useCallback(
    (key: keyof F & string, value: string | undefined, replace = false) =>
      go(
        (next) => {
          if (value?.trim()) next.set(key, value.trim());
          else next.delete(key);
          next.delete('cursor');
        },
        undefined,
        replace,
      ),
    [go],
  );

  const setSort = useCallback(
    (value: SortValue<S>) =>
      go((next) => {
        if (value === spec.defaultSort) next.delete('sort');
        else next.set('sort', value);
        next.delete('cursor');
      }),
    [go, spec.defaultSort],
  );

  const clearFilters = useCallback(
    () =>
      go((next) => {
        for (const key of Object.keys(spec.filters)) next.delete(key);
        next.delete('cursor');
      }),
    [go, spec.filters],
  );

  const nextPage = useCallback(
    (nextCursor: string) =>
      go((next) => next.set('cursor', nextCursor), { pages: [...(pages ?? []), cursor ?? ''] }),
    [go, pages, cursor],
  );

  const previousPage = useCallback(() => {
    // Opened mid-list without the earlier cursors: the first page is the one page known before.
    const earlier = pages ?? [''];
    const previous = earlier.at(-1) ?? '';
    go(
      (next) => {
        if (previous) next.set('cursor', previous);
        else next.delete('cursor');
      },
      { pages: earlier.slice(0, -1) },
    );
  }, [go, pages]);

  const query = useMemo(
    () => ({ ...filters, sort, ...(cursor ? { cursor } : {}) }),
    [filters, sort, cursor],
  );

  return {
    filters,
    sort,
    cursor,
    query,
    pageIndex: cursor ? (pages?.length ?? null) : 0,
    filtered: Object.keys(filters).length > 0,
    setFilter,
    setSort,
    clearFilters,
    nextPage,
    previousPage,
  };
}
