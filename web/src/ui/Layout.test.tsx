import { routes } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, getSession, setSession } from '../lib/api.ts';
import { AuthProvider, useAuth } from '../lib/auth.tsx';
import { RealtimeProvider } from '../lib/realtime.tsx';
import { Layout } from './Layout.tsx';
import { navItems } from './navigation.ts';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function SignedIn() {
  const { user } = useAuth();
  return user ? (
    <RealtimeProvider>
      <Routes>
        <Route element={<Layout />}>
          <Route path="*" element={<Where />} />
        </Route>
      </Routes>
    </RealtimeProvider>
  ) : (
    <p>Signed out</p>
  );
}

function Harness() {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/trips']}>
        <AuthProvider>
          <SignedIn />
        </AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>
  );
}

async function signIn(email: string) {
  setSession(await api(routes.login, { body: { email, password: 'flexbnb-demo' } }));
}

const linkNames = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole('link')
    .map((l) => l.textContent);

describe('navItems', () => {
  it('gives hosts their tools, non-hosts a way to list a place, admins the console', () => {
    expect(navItems({ isHost: true, isAdmin: false }).map((i) => i.label)).toEqual([
      'Inbox',
      'Reservations',
      'Listings',
      'Quick replies',
      'Automations',
      'Trips',
      'Explore',
    ]);
    expect(navItems({ isHost: false, isAdmin: true }).map((i) => i.to)).toEqual([
      '/messages',
      '/trips',
      '/properties',
      '/host/properties/new',
      '/admin',
    ]);
  });
});

describe('Layout', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  afterEach(() => setSession(null));

  it("shows a host's navigation and an account menu that opens their settings", async () => {
    await signIn('host@demo.flexbnb.test');
    render(<Harness />);
    const user = userEvent.setup();
    const [main] = screen.getAllByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(within(main!).getByRole('link', { name: /^Inbox/ })).toBeVisible());
    expect(linkNames(main!)).toEqual([
      expect.stringMatching(/^Inbox/),
      'Reservations',
      'Listings',
      'Quick replies',
      'Automations',
      'Trips',
      'Explore',
    ]);
    expect(within(main!).getByRole('link', { name: 'Listings' })).toHaveAttribute(
      'href',
      '/host/properties',
    );

    await user.click(screen.getByRole('button', { name: 'Account menu, Hana Host' }));
    const menu = await screen.findByRole('menu', { name: /^Account menu/ });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['Account settings', 'Notification settings', 'Sign out']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Account settings' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/settings/account'));
  });

  it('signs out from the account menu', async () => {
    await signIn('guest@demo.flexbnb.test');
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Account menu, Gina Guest' }));
    const menu = await screen.findByRole('menu', { name: /^Account menu/ });
    await user.click(within(menu).getByRole('menuitem', { name: 'Sign out' }));
    await screen.findByText('Signed out');
    expect(getSession()).toBeNull();
  });

  it("opens the phone menu: a guest's navigation, their settings and Sign out", async () => {
    await signIn('guest@demo.flexbnb.test');
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Menu/ }));
    const sheet = await screen.findByRole('dialog', { name: 'Menu' });
    const nav = within(sheet).getByRole('navigation', { name: 'Main' });
    await waitFor(() =>
      expect(linkNames(nav)).toEqual([
        expect.stringMatching(/^Messages/),
        'Trips',
        'Explore',
        'List your place',
      ]),
    );
    expect(within(nav).getByRole('link', { name: 'List your place' })).toHaveAttribute(
      'href',
      '/host/properties/new',
    );
    expect(
      within(within(sheet).getByRole('navigation', { name: 'Account' })).getAllByRole('link'),
    ).toHaveLength(2);

    // A link closes the sheet on its way.
    await user.click(within(nav).getByRole('link', { name: 'Explore' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Menu' })).toBeNull());
    expect(screen.getByTestId('where')).toHaveTextContent('/properties');

    await user.click(screen.getByRole('button', { name: /^Menu/ }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Menu' })).getByRole('button', {
        name: 'Sign out',
      }),
    );
    await screen.findByText('Signed out');
  });
});
