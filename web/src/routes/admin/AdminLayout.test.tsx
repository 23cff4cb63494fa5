import { routes } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { AdminLayout, NotFound } from './AdminLayout.tsx';

function mount(path: string) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AuthProvider>
          <Routes>
            <Route path="/admin" element={<AdminLayout />}>
              <Route index element={<p>dashboard</p>} />
              <Route path="users" element={<p>users</p>} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the admin console frame', () => {
  beforeAll(() => {
    window.happyDOM.setURL(inject('baseUrl'));
  });

  const signIn = async (email: string) =>
    setSession(await api(routes.login, { body: { email, password: 'flexbnb-demo' } }));

  it('shows anyone but an admin "not found", and nothing of the console', async () => {
    await signIn('host@demo.flexbnb.test');
    mount('/admin/users');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Admin' })).not.toBeInTheDocument();
    expect(screen.queryByText('users')).not.toBeInTheDocument();
  });

  it('gives an admin its sections, the current one marked', async () => {
    await signIn('admin@demo.flexbnb.test');
    mount('/admin/users');
    const nav = screen.getByRole('navigation', { name: 'Admin' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Dashboard',
      'Users',
      'Properties',
      'Reservations',
      'Conversations',
      'Screened messages',
      'Quick replies',
      'Automations',
      'Notifications',
      'Deliveries',
      'Reminders',
      'Jobs',
      'API keys',
      'Webhooks',
      'Audit log',
    ]);
    expect(within(nav).getByRole('link', { name: 'Users' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(screen.getByText('users')).toBeVisible();
  });
});
