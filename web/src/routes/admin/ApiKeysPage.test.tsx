import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Toaster } from 'sonner';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { ApiKeysPage } from './ApiKeysPage.tsx';

// The demo admin makes a key against the real API, sees it once, and revokes it.
describe('the admin API keys page against the real API', () => {
  const name = `Booking site ${crypto.randomUUID().slice(0, 8)}`;
  let admin: Session;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    admin = await api(routes.login, {
      body: { email: 'admin@demo.flexbnb.test', password: 'flexbnb-demo' },
    });
  });

  let client: QueryClient | undefined;
  afterEach(async () => {
    await waitFor(() => expect(client?.isFetching() ?? 0).toBe(0));
  });

  function mount() {
    setSession(admin);
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <AuthProvider>
            <ApiKeysPage />
          </AuthProvider>
        </MemoryRouter>
        <Toaster />
      </QueryClientProvider>,
    );
    return userEvent.setup();
  }

  it('makes a key with the scopes chosen, shows it once, and revokes it with a reason', async () => {
    const user = mount();
    await user.type(screen.getByLabelText('Name'), name);
    await user.click(screen.getByRole('button', { name: 'Make key' }));
    expect(await screen.findByText('Choose at least one scope')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: /Webhooks/ }));
    await user.click(screen.getByRole('checkbox', { name: /Users/ }));
    await user.selectOptions(screen.getByLabelText('Contact screening'), 'Warn and flag');
    await user.click(screen.getByRole('button', { name: 'Make key' }));

    const shown = await screen.findByLabelText('The new API key');
    const key = shown.textContent;
    expect(key).toMatch(/^fbk_[A-Za-z0-9_-]{43}$/);
    expect(screen.getByText(`${name} is ready`)).toBeTruthy();

    // The key works on the platform API, with the scopes in the order the API lists them.
    const listed = await api(routes.listApiKeys, {});
    const made = listed.find((k) => k.name === name)!;
    expect(made.scopes).toEqual(['users:write', 'webhooks:manage']);
    expect(made.screening_policy).toBe('warn');
    expect(key.startsWith(made.prefix)).toBe(true);

    const row = await screen.findByRole('row', { name: new RegExp(name) });
    expect(within(row).getByText(`${made.prefix}…`)).toBeTruthy();
    expect(within(row).getByText('Never')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();

    // Its platform's contact screening, changed in its row.
    const screening = within(row).getByRole('combobox', { name: `Contact screening of ${name}` });
    expect(screening).toHaveValue('warn');
    await user.selectOptions(screening, 'Off');
    expect(await screen.findByText(`${name}: contact screening changed`)).toBeTruthy();
    expect(
      (await api(routes.listApiKeys, {})).find((k) => k.id === made.id)!.screening_policy,
    ).toBe('off');
    await user.selectOptions(screening, 'As the installation');
    await waitFor(async () =>
      expect(
        (await api(routes.listApiKeys, {})).find((k) => k.id === made.id)!.screening_policy,
      ).toBeNull(),
    );

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByLabelText('The new API key')).toBeNull();
    expect(document.body.textContent).not.toContain(key);

    await user.click(within(row).getByRole('button', { name: `Revoke ${name}` }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Reason/), 'Rotated');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    expect(await screen.findByText(`${name} is revoked`)).toBeTruthy();
    await waitFor(() =>
      expect(
        within(screen.getByRole('row', { name: new RegExp(name) })).getByText(/^Revoked /),
      ).toBeTruthy(),
    );
    const revoked = (await api(routes.listApiKeys, {})).find((k) => k.id === made.id)!;
    expect(revoked.revoked_at).toEqual(expect.any(String));
  });
});
