import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from './DataTable.tsx';
import type { SortValue } from './useListParams.ts';

interface Row {
  id: string;
  name: string;
  created: string;
}

const COLUMNS: Column<Row, 'name' | 'created_at'>[] = [
  { header: 'Name', sortKey: 'name', cell: (r) => r.name },
  { header: 'Created', sortKey: 'created_at', firstDirection: 'desc', cell: (r) => r.created },
  { header: 'Note', cell: () => 'plain' },
  { header: 'Actions', actions: true, cell: (r) => <button>Open {r.name}</button> },
];

const ROWS: Row[] = [
  { id: '1', name: 'Ada', created: 'Mon' },
  { id: '2', name: 'Bo', created: 'Tue' },
];

function Harness({ rows = ROWS }: { rows?: Row[] }) {
  const [sort, setSort] = useState<SortValue<'name' | 'created_at'>>('-created_at');
  return (
    <>
      <output aria-label="sort">{sort}</output>
      <DataTable
        caption="People"
        columns={COLUMNS}
        rows={rows}
        rowKey={(r) => r.id}
        sort={sort}
        onSort={setSort}
        empty="Nobody."
      />
    </>
  );
}

describe('DataTable', () => {
  it('names the table, labels every cell for the stacked layout, and marks the sorted column', () => {
    render(<Harness />);
    const table = screen.getByRole('table', { name: 'People' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('aria-sort'))).toEqual([
      null,
      'descending',
      null,
      null,
    ]);
    expect(within(headers[2]!).queryByRole('button')).toBeNull();
    const [, first] = within(table).getAllByRole('row');
    const cells = within(first!).getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual([
      'Name',
      'Created',
      'Note',
      null,
    ]);
    expect(within(first!).getByRole('button', { name: 'Open Ada' })).toBeVisible();
  });

  it('sorts by a header, turns the order round on a second click, and starts dates newest first', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const read = () => screen.getByRole('status', { name: 'sort' }).textContent;
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(read()).toBe('name');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(read()).toBe('-name');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await user.click(screen.getByRole('button', { name: 'Created' }));
    expect(read()).toBe('-created_at');
    await user.click(screen.getByRole('button', { name: 'Created' }));
    expect(read()).toBe('created_at');
  });

  it('offers the same orders in a select for phones, where the header row is hidden', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const select = screen.getByRole('combobox', { name: 'Sort by' });
    expect(select).toHaveValue('-created_at');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Name (A–Z)', 'Name (Z–A)', 'Created (newest first)', 'Created (oldest first)']);
    await user.selectOptions(select, 'Name (Z–A)');
    expect(screen.getByRole('status', { name: 'sort' })).toHaveTextContent('-name');
  });

  it('says so when there are no rows', () => {
    render(<Harness rows={[]} />);
    expect(screen.getByText('Nobody.')).toBeVisible();
  });
});
