import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../lib/api.ts';
import { DataTable, type Column, type RowTone } from './DataTable.tsx';
import { Pager } from './Pager.tsx';
import type { FilterSpec, ListParams } from './useListParams.ts';

interface Props<T, F extends FilterSpec, S extends string> {
  caption: string;
  columns: Column<T, S>[];
  list: ListParams<F, S>;
  result: UseQueryResult<Page<T>>;
  rowKey: (row: T) => string;
  empty?: ReactNode;
  rowTone?: (row: T) => RowTone | undefined;
}

/** One server page of an admin list: the table sorted as the URL says, and the pager under it. */
export function ListView<T, F extends FilterSpec, S extends string>({
  caption,
  columns,
  list,
  result,
  rowKey,
  empty,
  rowTone,
}: Props<T, F, S>) {
  const { t } = useTranslation('admin');
  const page = result.data;
  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        rows={page?.items}
        rowKey={rowKey}
        rowTone={rowTone}
        sort={list.sort}
        onSort={list.setSort}
        loading={result.isFetching}
        error={result.error}
        empty={empty ?? (list.filtered ? t('table.emptyFiltered') : t('table.emptyUnfiltered'))}
      />
      <Pager
        count={page?.items.length ?? 0}
        total={page?.total ?? null}
        pageIndex={list.pageIndex}
        nextCursor={page?.nextCursor ?? null}
        onNext={list.nextPage}
        onPrevious={list.previousPage}
        busy={result.isPlaceholderData}
      />
    </>
  );
}
