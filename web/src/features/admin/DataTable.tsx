import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './DataTable.module.css';
import type { SortValue } from './useListParams.ts';

/** A count, right-aligned in tabular figures; or long text, which wraps (the rest keep to one line). */
export type ColumnKind = 'num' | 'text';

/** A row that needs attention: one out of use (greyed) or one that failed (a red edge). */
export type RowTone = 'muted' | 'failed';

const KIND_CLASS: Record<ColumnKind, string | undefined> = {
  num: styles.num,
  text: styles.cellText,
};

const TONE_CLASS: Record<RowTone, string | undefined> = {
  muted: styles.rowMuted,
  failed: styles.rowFailed,
};

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

export interface Column<T, S extends string = string> {
  /** Names the column in code, whatever the language (its header when not given). */
  id?: string;
  /** Its header, and the label each cell carries when rows stack as cards on a phone. */
  header: string;
  cell: (row: T) => ReactNode;
  /** The API's sort key for this column; the header becomes a button that sorts by it. */
  sortKey?: S;
  /** The first direction a click on the header asks for (dates and counts: newest/largest). */
  firstDirection?: 'asc' | 'desc';
  /** How the phone's sort select names the two orders: ascending, then descending. */
  sortLabels?: [string, string];
  kind?: ColumnKind;
  /** A column of row actions: no label in the stacked layout. */
  actions?: boolean;
}

interface Props<T, S extends string> {
  /** Names the table for assistive technology (visually hidden). */
  caption: string;
  columns: Column<T, S>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  sort?: SortValue<S>;
  onSort?: (sort: SortValue<S>) => void;
  loading?: boolean;
  error?: Error | null;
  /** What an empty list says. */
  empty?: ReactNode;
  /** Rows that need attention (a failed delivery, a disabled account). */
  rowTone?: (row: T) => RowTone | undefined;
}

function parseSort<S extends string>(sort: SortValue<S> | undefined) {
  if (!sort) return { key: undefined, desc: false };
  const desc = sort.startsWith('-');
  return { key: (desc ? sort.slice(1) : sort) as S, desc };
}

/**
 * A table of one page of rows. Sortable columns have a button in their header: a click sorts by
 * that column, another click turns the order round, and `aria-sort` tells which column orders
 * the rows. On a narrow screen each row stacks into a card, every cell labelled by its header.
 */
export function DataTable<T, S extends string>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  loading,
  error,
  empty,
  rowTone,
}: Props<T, S>) {
  const { t } = useTranslation('admin');
  const current = parseSort(sort);

  const headerCell = (column: Column<T, S>) => {
    const { sortKey } = column;
    if (!sortKey || !onSort) return column.header;
    const active = current.key === sortKey;
    const nextDesc = active ? !current.desc : column.firstDirection === 'desc';
    return (
      <button
        type="button"
        className={classes(styles.sortButton, active && styles.active)}
        onClick={() => onSort(nextDesc ? `-${sortKey}` : sortKey)}
      >
        {column.header}
        <span className={styles.sortArrow} aria-hidden="true">
          {active ? (current.desc ? '↓' : '↑') : '↕'}
        </span>
      </button>
    );
  };

  const ariaSort = (column: Column<T, S>) => {
    if (!column.sortKey || current.key !== column.sortKey) return undefined;
    return current.desc ? 'descending' : 'ascending';
  };

  const tone = (row: T) => {
    const value = rowTone?.(row);
    return value && TONE_CLASS[value];
  };

  const sortable = onSort ? columns.filter((c) => c.sortKey) : [];
  return (
    <div className={styles.wrap} aria-busy={loading || undefined}>
      {sortable.length > 0 && onSort && (
        // The stacked cards of a phone have no header row to click: the same choice as a select.
        <label className={styles.narrowSort}>
          <span>{t('table.sortBy')}</span>
          <select
            className="select"
            value={sort}
            onChange={(e) => onSort(e.target.value as SortValue<S>)}
          >
            {sortable.flatMap((c) => {
              const [ascLabel, descLabel] =
                c.sortLabels ??
                (c.firstDirection === 'desc'
                  ? [t('table.order.oldestFirst'), t('table.order.newestFirst')]
                  : [t('table.order.aToZ'), t('table.order.zToA')]);
              const options = [
                <option key={c.sortKey} value={c.sortKey}>
                  {t('table.sortOption', { column: c.header, order: ascLabel })}
                </option>,
                <option key={`-${c.sortKey}`} value={`-${c.sortKey}`}>
                  {t('table.sortOption', { column: c.header, order: descLabel })}
                </option>,
              ];
              return c.firstDirection === 'desc' ? options.reverse() : options;
            })}
          </select>
        </label>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error.message || t('table.loadError')}
        </p>
      )}
      <table className={styles.table} role="table">
        <caption className="sr-only">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th
                key={column.id ?? column.header}
                scope="col"
                role="columnheader"
                aria-sort={ariaSort(column)}
                className={column.kind && KIND_CLASS[column.kind]}
              >
                {column.actions ? (
                  <span className="sr-only">{column.header}</span>
                ) : (
                  headerCell(column)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows?.map((row) => (
            <tr key={rowKey(row)} role="row" className={tone(row)}>
              {columns.map((column) => (
                <td
                  key={column.id ?? column.header}
                  role="cell"
                  data-label={column.actions ? undefined : column.header}
                  className={
                    classes(
                      column.kind && KIND_CLASS[column.kind],
                      column.actions && styles.cellActions,
                    ) || undefined
                  }
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && !error && rows?.length === 0 && (
        <p className={styles.empty}>{empty ?? t('table.empty')}</p>
      )}
      {loading && !rows && <p className={`${styles.empty} muted`}>{t('loading')}</p>}
    </div>
  );
}
