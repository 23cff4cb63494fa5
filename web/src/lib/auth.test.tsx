import { routes } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from './api.ts';
import { AuthProvider, useAuth } from './auth.tsx';

const signInAs = (email: string) =>
  api(routes.login, { body: { email, password: 'flexbnb-demo' } });

function Who() {
  const { user } = useAuth();
  return <p>{user?.email ?? 'Signed out'}</p>;
}

describe('AuthProvider', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  afterEach(() => setSession(null));

  it('keeps the cache through a refresh, and drops it when another account signs in', async () => {
    const host = await signInAs('host@demo.flexbnb.test');
    const guest = await signInAs('guest@demo.flexbnb.test');
    setSession(host);
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <AuthProvider>
          <Who />
        </AuthProvider>
      </QueryClientProvider>,
    );
    client.setQueryData(['conversations'], ["the host's threads"]);

    // A refreshed session of the same account (another tab's refresh, say).
    act(() => setSession({ ...host, access_token: `${host.access_token}.` }));
    expect(client.getQueryData(['conversations'])).toEqual(["the host's threads"]);

    // Another tab signs in as the guest without signing out first.
    act(() => setSession(guest));
    expect(await screen.findByText('guest@demo.flexbnb.test')).toBeVisible();
    expect(client.getQueryData(['conversations'])).toBeUndefined();

    client.setQueryData(['conversations'], ["the guest's threads"]);
    act(() => setSession(null));
    expect(await screen.findByText('Signed out')).toBeVisible();
    expect(client.getQueryData(['conversations'])).toBeUndefined();

    // Signing in from signed out keeps what the signed-out pages are running (the emailed
    // sign-up link is confirmed by a query, which must not run again with its spent token).
    client.setQueryData(['confirm-registration'], 'confirming');
    act(() => setSession(host));
    expect(await screen.findByText('host@demo.flexbnb.test')).toBeVisible();
    expect(client.getQueryData(['confirm-registration'])).toBe('confirming');
  });
});
