import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { listSpec, useListParams } from './useListParams.ts';

const SPEC = listSpec({
  filters: { q: 'text', role: ['user', 'admin'], host_id: 'uuid' },
  sorts: ['created_at', 'name'],
  defaultSort: '-created_at',
});

const HOST = '0b7c6f1e-4d7a-4b8e-9c1a-2f3e4d5c6b7a';

function Probe() {
  const list = useListParams(SPEC);
  const location = useLocation();
  return (
    <>
      <output aria-label="url">{location.search}</output>
      <output aria-label="query">{JSON.stringify(list.query)}</output>
      <output aria-label="page">{String(list.pageIndex)}</output>
      <button onClick={() => list.setFilter('q', 'ann')}>search</button>
      <button onClick={() => list.setFilter('role', undefined)}>any role</button>
      <button onClick={() => list.setSort('name')}>by name</button>
      <button onClick={() => list.setSort('-created_at')}>newest</button>
      <button onClick={() => list.nextPage(`c${(list.pageIndex ?? 0) + 1}`)}>next</button>
      <button onClick={list.previousPage}>previous</button>
      <button onClick={list.clearFilters}>clear</button>
    </>
  );
}

function mount(url: string) {
  render(
    <MemoryRouter initialEntries={[url]}>
      <Probe />
    </MemoryRouter>,
  );
  const read = (name: string) => screen.getByRole('status', { name }).textContent;
  return { user: userEvent.setup(), read, query: () => JSON.parse(read('query') ?? '{}') };
}

describe('useListParams', () => {
  it('reads filters, sort and cursor from the URL, dropping what the list does not know', () => {
    const { query } = mount(`/x?q=+bob+&role=owner&host_id=${HOST}&sort=-name&cursor=abc&x=1`);
    expect(query()).toEqual({ q: 'bob', host_id: HOST, sort: '-name', cursor: 'abc' });
  });

  it('falls back to the default sort, and drops a malformed id', () => {
    const { query } = mount('/x?sort=-password&host_id=not-a-uuid&role=admin');
    expect(query()).toEqual({ role: 'admin', sort: '-created_at' });
  });

  it('writes a filter to the URL and goes back to the first page', async () => {
    const { user, read, query } = mount('/x?role=admin&cursor=abc');
    await user.click(screen.getByRole('button', { name: 'search' }));
    expect(read('url')).toBe('?role=admin&q=ann');
    expect(query()).toEqual({ role: 'admin', q: 'ann', sort: '-created_at' });
    await user.click(screen.getByRole('button', { name: 'any role' }));
    expect(read('url')).toBe('?q=ann');
  });

  it('keeps the default sort out of the URL', async () => {
    const { user, read } = mount('/x?q=ann');
    await user.click(screen.getByRole('button', { name: 'by name' }));
    expect(read('url')).toBe('?q=ann&sort=name');
    await user.click(screen.getByRole('button', { name: 'newest' }));
    expect(read('url')).toBe('?q=ann');
  });

  it('pages forward and back through opaque cursors', async () => {
    const { user, read } = mount('/x?q=ann');
    expect(read('page')).toBe('0');
    await user.click(screen.getByRole('button', { name: 'next' }));
    expect(read('url')).toBe('?q=ann&cursor=c1');
    await user.click(screen.getByRole('button', { name: 'next' }));
    expect(read('url')).toBe('?q=ann&cursor=c2');
    expect(read('page')).toBe('2');
    await user.click(screen.getByRole('button', { name: 'previous' }));
    expect(read('url')).toBe('?q=ann&cursor=c1');
    expect(read('page')).toBe('1');
    await user.click(screen.getByRole('button', { name: 'previous' }));
    expect(read('url')).toBe('?q=ann');
    expect(read('page')).toBe('0');
  });

  it('goes to the first page from a page opened by its link', async () => {
    const { user, read } = mount('/x?q=ann&cursor=c7');
    expect(read('page')).toBe('null');
    await user.click(screen.getByRole('button', { name: 'previous' }));
    expect(read('url')).toBe('?q=ann');
  });

  it('clears every filter but keeps the sort', async () => {
    const { user, read } = mount(`/x?q=ann&role=user&host_id=${HOST}&sort=name&cursor=c3`);
    await user.click(screen.getByRole('button', { name: 'clear' }));
    expect(read('url')).toBe('?sort=name');
  });
});
