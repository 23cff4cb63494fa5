import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Toaster } from 'sonner';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, apiPage, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { UsersPage } from './UsersPage.tsx';
import { signUp } from '../../test/sign-up.ts';

function Where() {
  const location = useLocation();
  return <output aria-label="location">{location.search}</output>;
}

// Two accounts of their own, found by a word no other account has; the demo admin acts.
describe('the admin users page against the real API', () => {
  const word = `zq${crypto.randomUUID().slice(0, 8)}`;
  let admin: Session;
  let ann: Session;
  let bob: Session;

  const register = (name: string) =>
    signUp({
      email: `${name.toLowerCase()}-${word}@example.test`,
      password: 'a long enough password',
      name: `${name} ${word}`,
    });

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    ann = await register('Ann');
    bob = await register('Bob');
    admin = await api(routes.login, {
      body: { email: 'admin@demo.flexbnb.test', password: 'flexbnb-demo' },
    });
  });

  let client: QueryClient | undefined;
  // An action refreshes every admin list: let those requests end before the page goes.
  afterEach(async () => {
    await waitFor(() => expect(client?.isFetching() ?? 0).toBe(0));
  });

  function mount(search: string) {
    setSession(admin);
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/admin/users${search}`]}>
          <AuthProvider>
            <Routes>
              <Route path="/admin/users" element={<UsersPage />} />
            </Routes>
            <Where />
          </AuthProvider>
        </MemoryRouter>
        <Toaster />
      </QueryClientProvider>,
    );
    return userEvent.setup();
  }

  const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(`${name} ${word}`) });
  const names = () =>
    within(screen.getByRole('table', { name: 'Users' }))
      .getAllByRole('row')
      .slice(1)
      // The name cell holds the name, in bold, over the email.
      .map((row) => within(row).getAllByRole('cell')[0]!.querySelector('strong')!.textContent);

  it('reads the server-side paging headers', async () => {
    setSession(admin);
    const page = await apiPage(routes.listAdminUsers, { query: { q: word, limit: 1 } });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(2);
    expect(page.nextCursor).toEqual(expect.any(String));
    const next = await apiPage(routes.listAdminUsers, {
      query: { q: word, limit: 1, cursor: page.nextCursor! },
    });
    expect(next.items[0]!.id).not.toBe(page.items[0]!.id);
    expect(next.nextCursor).toBeNull();
  });

  it('lists the users the URL searches for, sorted on the server by the header clicked', async () => {
    const user = mount(`?q=${word}`);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue(word);
    await waitFor(() => expect(names()).toEqual([`Bob ${word}`, `Ann ${word}`]));
    expect(screen.getByText('1–2 of 2')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(screen.getByRole('status', { name: 'location' })).toHaveTextContent(
      `?q=${word}&sort=name`,
    );
    await waitFor(() => expect(names()).toEqual([`Ann ${word}`, `Bob ${word}`]));
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('searches as the admin types, and filters by status from the URL', async () => {
    const user = mount('?status=active');
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, `ann ${word}`);
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'location' }).textContent).toContain('q=ann'),
    );
    await waitFor(() => expect(names()).toEqual([`Ann ${word}`]));
    expect(screen.getByLabelText('Status')).toHaveValue('active');
  });

  it('disables an account after asking for a reason, and enables it again', async () => {
    const user = mount(`?q=${word}`);
    await waitFor(() => expect(names()).toHaveLength(2));
    await user.click(within(rowOf('Ann')).getByRole('button', { name: 'Disable' }));
    const dialog = screen.getByRole('dialog', { name: `Disable Ann ${word}?` });
    await user.type(within(dialog).getByLabelText('Reason'), 'Spam reports');
    await user.click(within(dialog).getByRole('button', { name: 'Disable account' }));

    await waitFor(() => expect(within(rowOf('Ann')).getByText('Disabled')).toBeVisible());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(within(rowOf('Ann')).getByRole('button', { name: 'Enable' })).toBeVisible();
    expect(await screen.findByText(`Ann ${word} is disabled`)).toBeInTheDocument();
    const saved = await api(routes.getAdminUser, { params: { id: ann.user.id } });
    expect(saved.status).toBe('disabled');
    const [entry] = await api(routes.listAuditLog, {
      query: { target_id: ann.user.id, action: 'user.disabled' },
    });
    expect(entry).toMatchObject({ reason: 'Spam reports', actor: { id: admin.user.id } });

    await user.click(within(rowOf('Ann')).getByRole('button', { name: 'Enable' }));
    const enable = screen.getByRole('dialog', { name: `Enable Ann ${word}?` });
    await user.click(within(enable).getByRole('button', { name: 'Enable account' }));
    await waitFor(() => expect(within(rowOf('Ann')).getByText('Active')).toBeVisible());
    expect((await api(routes.getAdminUser, { params: { id: ann.user.id } })).status).toBe('active');
  });

  it('makes an admin and removes them again', async () => {
    const user = mount(`?q=bob+${word}`);
    await waitFor(() => expect(names()).toEqual([`Bob ${word}`]));
    await user.click(within(rowOf('Bob')).getByRole('button', { name: 'Make admin' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Make admin' }),
    );
    await waitFor(() =>
      expect(within(rowOf('Bob')).getByRole('button', { name: 'Remove admin' })).toBeVisible(),
    );
    expect((await api(routes.getAdminUser, { params: { id: bob.user.id } })).role).toBe('admin');

    await user.click(within(rowOf('Bob')).getByRole('button', { name: 'Remove admin' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove admin' }),
    );
    await waitFor(() =>
      expect(within(rowOf('Bob')).getByRole('button', { name: 'Make admin' })).toBeVisible(),
    );
  });

  it("shows the server's refusal (409) in a toast", async () => {
    const user = mount(`?q=${encodeURIComponent(admin.user.email)}`);
    const row = await screen.findByRole('row', { name: /\(you\)/ });
    await user.click(within(row).getByRole('button', { name: 'Disable' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Disable account' }),
    );
    expect(await screen.findByText('You cannot disable your own account')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeVisible();
  });
});
