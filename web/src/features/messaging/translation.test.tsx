import { routes, type Session, type TranslationStatus } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, screen, render, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Toaster } from 'sonner';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { keys } from '../../lib/queries.ts';
import { RealtimeProvider } from '../../lib/realtime.tsx';
import { signUp } from '../../test/sign-up.ts';
import { Messenger } from './Messenger.tsx';
import { useMessageActions } from './useMessageActions.ts';

const register = (name: string) =>
  signUp({
    email: `${name.toLowerCase().replace(/\W/g, '-')}-${crypto.randomUUID()}@example.test`,
    password: 'a long enough password',
    name,
  });

// Long enough for the server to tell its language: German.
const GERMAN =
  'Guten Tag, ist die Wohnung in der Nacht ruhig? Wir kommen mit zwei kleinen Kindern.';

describe('translation in the thread, against the real API (which translates nothing)', () => {
  let host: Session;
  let conversationId: string;
  let messageId: string;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    host = await register('Hugo Host');
    setSession(host);
    // The host reads English: a German message is one to translate, where translation is on.
    const user = await api(routes.updateCurrentUser, { body: { language: 'en' } });
    expect(user.language).toBe('en');
    host = { ...host, user };
    const property = await api(routes.createProperty, {
      body: { title: 'Harbour Flat', address: '1 Quay St, Porto' },
    });
    setSession(await register('Greta Guest'));
    const started = await api(routes.createConversation, {
      body: { property_id: property.id, message: GERMAN },
    });
    conversationId = started.id;
    const sent = started.messages.at(-1)!;
    expect(sent.language).toBe('de');
    messageId = sent.id;
  });
  afterEach(() => setSession(null));

  function wrapper(client: QueryClient) {
    return function Wrapper({ children }: { children: ReactNode }) {
      return (
        <QueryClientProvider client={client}>
          {children}
          <Toaster />
        </QueryClientProvider>
      );
    };
  }

  it('shows a received message in another language as written, with no Translate to offer', async () => {
    setSession(host);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const Wrapper = wrapper(client);
    render(
      <Wrapper>
        <MemoryRouter initialEntries={[`/host/messages/${conversationId}`]}>
          <AuthProvider>
            <RealtimeProvider>
              <Routes>
                <Route path="/host/messages/:id?" element={<Messenger mode="host" />} />
              </Routes>
            </RealtimeProvider>
          </AuthProvider>
        </MemoryRouter>
      </Wrapper>,
    );
    const log = await screen.findByRole('log');
    await within(log).findByText(GERMAN);
    // The thread has asked the server, which said it does not translate.
    await waitFor(() =>
      expect(client.getQueryData<TranslationStatus>(keys.translationStatus)).toMatchObject({
        enabled: false,
        provider: null,
      }),
    );
    expect(within(log).queryByRole('button', { name: /^Translat/ })).toBeNull();
    expect(within(log).queryByText(/^Translated/)).toBeNull();
  });

  it('tells in a toast when a translation asked for is refused', async () => {
    setSession(host);
    const client = new QueryClient();
    const { result } = renderHook(() => useMessageActions(conversationId, host.user.id), {
      wrapper: wrapper(client),
    });
    // No translation service: 409, said as the server says it.
    expect(await result.current.translate(messageId)).toBe(false);
    await screen.findByText(/not translated/, { selector: '[data-title]' });
    // A message I did not receive is not mine to ask for: 404.
    expect(await result.current.translate(crypto.randomUUID())).toBe(false);
  });
});
