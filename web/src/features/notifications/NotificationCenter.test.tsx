import { routes, type Notification, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { keys } from '../../lib/queries.ts';
import { NotificationCenter } from './NotificationCenter.tsx';
import { signUp } from '../../test/sign-up.ts';

const register = (name: string) =>
  signUp({
    email: `${name.toLowerCase().replace(/\W/g, '-')}-${crypto.randomUUID()}@example.test`,
    password: 'a long enough password',
    name,
  });

function Where() {
  const location = useLocation();
  return <output aria-label="location">{location.pathname}</output>;
}

// A host of their own, so that the only notifications are the ones these tests raise.
describe('the notification centre against the real API', () => {
  let host: Session;
  let conversationId: string;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    host = await register('Nora Host');
    setSession(host);
    const property = await api(routes.createProperty, {
      body: { title: 'Cliff House', address: '1 Cliff Road' },
    });
    setSession(await register('Olga Guest'));
    const thread = await api(routes.createConversation, {
      body: { property_id: property.id, message: 'Is there parking?' },
    });
    conversationId = thread.id;
    setSession(await register('Pia Guest'));
    await api(routes.createConversation, {
      body: { property_id: property.id, message: 'Do you allow dogs?' },
    });
  });

  function mount() {
    setSession(host);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={['/trips']}>
          <AuthProvider>
            <NotificationCenter count={2} />
            <Routes>
              <Route path="*" element={<Where />} />
            </Routes>
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return { client, user: userEvent.setup() };
  }

  it('opens as a dialog with the focus in it, and Escape closes it back to the bell', async () => {
    const { user } = mount();
    const bell = screen.getByRole('button', { name: 'Notifications, 2 unread' });
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await user.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const dialog = screen.getByRole('dialog', { name: 'Notifications' });
    expect(bell).toHaveAttribute('aria-controls', dialog.id);
    expect(dialog).toHaveFocus();
    await within(dialog).findByText('Is there parking?');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    expect(bell).toHaveFocus();
  });

  it('lists the notification unread; a click marks it read and opens the host inbox thread', async () => {
    const { client, user } = mount();
    await user.click(screen.getByRole('button', { name: /^Notifications/ }));
    const dialog = screen.getByRole('dialog', { name: 'Notifications' });
    const item = await within(dialog).findByRole('button', {
      name: /^Unread: New message from Olga Guest/,
    });
    expect(item).toHaveTextContent('Is there parking?');
    await user.click(item);
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'location' })).toHaveTextContent(
        `/host/messages/${conversationId}`,
      ),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const mine = async () =>
      (await api(routes.listNotifications)).find((n) => n.conversation_id === conversationId);
    await expect.poll(async () => (await mine())?.is_read).toBe(true);
    const cached = client.getQueryData<Notification[]>(keys.notificationList);
    expect(cached?.map((n) => [n.title, n.is_read])).toEqual([
      ['New message from Pia Guest', false],
      ['New message from Olga Guest', true],
    ]);
  });

  it('marks everything read', async () => {
    const { user } = mount();
    await user.click(screen.getByRole('button', { name: /^Notifications/ }));
    const dialog = screen.getByRole('dialog', { name: 'Notifications' });
    await within(dialog).findByRole('button', { name: /^Unread: New message from Pia Guest/ });
    await user.click(within(dialog).getByRole('button', { name: 'Mark all read' }));
    expect(within(dialog).queryByText(/^Unread:/)).not.toBeInTheDocument();
    expect((await api(routes.getUnreadCount)).notifications).toBe(0);
  });
});
