import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Toaster } from 'sonner';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { RealtimeProvider } from '../../lib/realtime.tsx';
import { Messenger } from './Messenger.tsx';
import { signUp } from '../../test/sign-up.ts';

/** A new account on the real server, signed in. */
async function newUser(name: string): Promise<Session> {
  const session = await signUp({
    email: `${name.toLowerCase()}.${crypto.randomUUID().slice(0, 8)}@example.test`,
    password: 'correct horse battery',
    name,
  });
  setSession(session);
  return session;
}

function Harness({ mode, at }: { mode: 'guest' | 'host'; at: string }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        <AuthProvider>
          <RealtimeProvider>
            <Routes>
              <Route path="/messages/:id?" element={<Messenger mode={mode} />} />
              <Route path="/host/messages/:id?" element={<Messenger mode={mode} />} />
              <Route path="*" element={<p>elsewhere</p>} />
            </Routes>
          </RealtimeProvider>
        </AuthProvider>
        <Toaster />
      </MemoryRouter>
    </QueryClientProvider>
  );
}

describe('Messenger', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  afterEach(() => setSession(null));

  it("gives a new user's empty messages one next step: Explore", async () => {
    await newUser('Nora');
    render(<Harness mode="guest" at="/messages" />);
    const list = screen.getByRole('region', { name: 'Conversations' });
    await within(list).findByRole('heading', { name: 'No messages yet' });
    expect(within(list).getByRole('link', { name: 'Explore places' })).toHaveAttribute(
      'href',
      '/properties',
    );
  });

  it('leaves archived threads out of All, lists them under Archived, and undoes an archive', async () => {
    const host = await newUser('Hugo');
    const property = await api(routes.createProperty, {
      body: { title: 'Harbour Flat', address: '1 Quay St, Porto' },
    });
    await newUser('Greta');
    const started = await api(routes.createConversation, {
      body: { property_id: property.id, message: 'Is the flat quiet at night?' },
    });
    setSession(host);
    const id = started.id;
    render(<Harness mode="host" at={`/host/messages/${id}`} />);
    const user = userEvent.setup();
    const list = screen.getByRole('list', { name: 'Conversations' });
    const thread = async () => within(list).findByRole('link', { name: /Greta, Harbour Flat/ });
    await thread();
    expect(screen.getByRole('radio', { name: 'All' })).toHaveAttribute('aria-checked', 'true');

    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    await screen.findByText('Conversation archived');
    // "All" is the inbox without archived threads.
    await screen.findByRole('heading', { name: 'No messages yet' });

    // Undo, from the toast, brings it back.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Moved back to the inbox');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Conversations' })).getByRole('link', {
          name: /Greta, Harbour Flat/,
        }),
      ).toBeInTheDocument(),
    );

    // Archived, then found under its own filter; an empty Archived leads back.
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await screen.findByRole('heading', { name: 'No messages yet' });
    await user.click(screen.getByRole('radio', { name: 'Archived' }));
    await within(await screen.findByRole('list', { name: 'Conversations' })).findByRole('link', {
      name: /Greta, Harbour Flat/,
    });
    await user.click(screen.getByRole('button', { name: 'Unarchive' }));
    await screen.findByRole('heading', { name: 'No archived conversations' });
    await user.click(screen.getByRole('button', { name: 'Show all conversations' }));
    expect(screen.getByRole('radio', { name: 'All' })).toHaveAttribute('aria-checked', 'true');
    await within(await screen.findByRole('list', { name: 'Conversations' })).findByRole('link', {
      name: /Greta, Harbour Flat/,
    });
  });

  it('isolates a name written right to left, so it cannot turn the rest of the line around', async () => {
    const host = await newUser('Hugo');
    const property = await api(routes.createProperty, {
      body: { title: 'Canal House', address: '3 Canal St, Amsterdam' },
    });
    // A right-to-left override in a name: shown unisolated, it would reverse what follows.
    const name = 'Mallory \u202Egnp.exe';
    setSession(
      await signUp({
        email: `mallory.${crypto.randomUUID().slice(0, 8)}@example.test`,
        password: 'correct horse battery',
        name,
      }),
    );
    const started = await api(routes.createConversation, {
      body: { property_id: property.id, message: 'Hello' },
    });
    setSession(host);
    render(<Harness mode="host" at={`/host/messages/${started.id}`} />);
    const list = screen.getByRole('list', { name: 'Conversations' });
    const row = await within(list).findByRole('link', { name: /Canal House/ });
    expect(within(row).getByText(name).tagName).toBe('BDI');
    const header = await screen.findByRole('heading', { level: 2, name });
    expect(within(header).getByText(name).tagName).toBe('BDI');
  });
});
