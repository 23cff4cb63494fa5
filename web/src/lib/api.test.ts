import { routes } from '@flexbnb/contracts';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  api,
  ApiError,
  getSession,
  nextCursorOf,
  refreshSession,
  setSession,
  signOut,
} from './api.ts';

// The typed client against the real server: each call names a route of the contract table,
// and its path, params, query and answer come from there.
describe('the typed API client', () => {
  beforeAll(() => {
    window.happyDOM.setURL(inject('baseUrl'));
  });

  const signIn = async (email: string) =>
    setSession(await api(routes.login, { body: { email, password: 'flexbnb-demo' } }));

  it('calls a public route without a session, and signs in', async () => {
    const accounts = await api(routes.listDemoAccounts);
    expect(accounts.map((a) => a.label)).toContain('guest');
    await signIn('guest@demo.flexbnb.test');
    expect(getSession()?.user.email).toBe('guest@demo.flexbnb.test');
    expect((await api(routes.getCurrentUser)).email).toBe('guest@demo.flexbnb.test');
  });

  it('fills in path params and the query, leaving out unset values', async () => {
    await signIn('guest@demo.flexbnb.test');
    const [first] = await api(routes.listConversations, {
      query: { filter: 'all', q: undefined, limit: 1 },
    });
    expect(first).toBeDefined();
    const detail = await api(routes.getConversation, {
      params: { id: first!.id },
      query: { limit: 1 },
    });
    expect(detail.id).toBe(first!.id);
    expect(detail.messages).toHaveLength(1);
  });

  it('answers 204 with null, and an error answer with ApiError', async () => {
    await signIn('host@demo.flexbnb.test');
    const template = await api(routes.createQuickReply, {
      body: { title: 'Client test', message: 'Hello {guest_first_name}' },
    });
    expect(template.category).toBe('custom');
    expect(await api(routes.deleteQuickReply, { params: { id: template.id } })).toBeNull();
    const missing = await api(routes.getQuickReply, { params: { id: template.id } }).catch(
      (err: unknown) => err,
    );
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('keeps the refresh token in the cookie, refreshes with it, and signs out with it', async () => {
    setSession(
      await api(routes.login, {
        body: { email: 'guest@demo.flexbnb.test', password: 'flexbnb-demo', refresh_cookie: true },
      }),
    );
    const first = getSession()!;
    expect(first.refresh_token).toBeUndefined();
    expect(localStorage.getItem('flexbnb.session')).not.toContain('refresh');

    // A token issued in the same second as another of its sign-in is the same text.
    await new Promise((r) => setTimeout(r, 1100));
    expect(await refreshSession()).toBe(true);
    const second = getSession()!;
    expect(second.access_token).not.toBe(first.access_token);
    expect((await api(routes.getCurrentUser)).email).toBe('guest@demo.flexbnb.test');

    await signOut();
    expect(getSession()).toBeNull();
    // The cookie's sign-in is over on the server: its access token is refused from now on.
    const res = await fetch('/api/auth/me/', {
      headers: { authorization: `Bearer ${second.access_token}` },
    });
    expect(res.status).toBe(401);
  });

  it('follows a session another tab signed in or out', () => {
    const other = { ...getSession(), access_token: 'from-another-tab' };
    localStorage.setItem('flexbnb.session', JSON.stringify(other));
    window.dispatchEvent(new StorageEvent('storage', { key: 'flexbnb.session' }));
    expect(getSession()?.access_token).toBe('from-another-tab');
    localStorage.removeItem('flexbnb.session');
    window.dispatchEvent(new StorageEvent('storage', { key: 'flexbnb.session' }));
    expect(getSession()).toBeNull();
  });
});

describe('nextCursorOf', () => {
  it('takes the cursor of the rel="next" URL, whatever else the Link header lists', () => {
    expect(nextCursorOf('</api/admin/users/?q=a&cursor=eyJvIjoyNX0>; rel="next"')).toBe(
      'eyJvIjoyNX0',
    );
    expect(
      nextCursorOf('</x/?cursor=p>; rel="prev", </x/?sort=-name&cursor=n%3D%3D>; rel="next"'),
    ).toBe('n==');
    expect(nextCursorOf('</x/?cursor=p>; rel="prev"')).toBeNull();
    expect(nextCursorOf(null)).toBeNull();
  });
});
