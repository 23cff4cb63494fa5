import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { ConversationSupportPage } from './ConversationSupportPage.tsx';
import { ConversationsPage } from './ConversationsPage.tsx';
import { signUp } from '../../test/sign-up.ts';

// A guest and a host of their own, found by a word no one else has; the demo admin reads.
describe('opening a conversation for support against the real API', () => {
  const word = `zs${crypto.randomUUID().slice(0, 8)}`;
  let admin: Session;
  let conversationId: string;

  const register = (name: string) =>
    signUp({
      email: `${name.toLowerCase()}-${word}@example.test`,
      password: 'a long enough password',
      name: `${name} ${word}`,
    });

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    setSession(await register('Hal'));
    const property = await api(routes.createProperty, {
      body: { title: `Dune House ${word}`, address: '3 Dune Road' },
    });
    setSession(await register('Gus'));
    const thread = await api(routes.createConversation, {
      body: { property_id: property.id, message: 'Where do I leave the keys?' },
    });
    conversationId = thread.id;
    admin = await api(routes.login, {
      body: { email: 'admin@demo.flexbnb.test', password: 'flexbnb-demo' },
    });
  });

  function mount(path: string) {
    setSession(admin);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <AuthProvider>
            <Routes>
              <Route path="/admin/conversations" element={<ConversationsPage />} />
              <Route path="/admin/conversations/:id" element={<ConversationSupportPage />} />
            </Routes>
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return userEvent.setup();
  }

  it('lists who and when, never what was said', async () => {
    mount(`/admin/conversations?q=${word}`);
    const table = await screen.findByRole('table', { name: 'Conversations' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent(`Gus ${word}`);
    expect(row).toHaveTextContent(`Hal ${word}`);
    expect(row).toHaveTextContent(`Dune House ${word}`);
    expect(screen.queryByText('Where do I leave the keys?')).not.toBeInTheDocument();
  });

  it('asks for a reason, then shows the thread read-only and says the view was logged', async () => {
    const user = mount(`/admin/conversations?q=${word}`);
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'Open for support' })).toHaveLength(1),
    );
    await user.click(screen.getByRole('button', { name: 'Open for support' }));
    const dialog = screen.getByRole('dialog', { name: 'Open this conversation for support?' });
    const reason = within(dialog).getByLabelText('Reason');
    expect(reason).toBeRequired();
    await user.click(within(dialog).getByRole('button', { name: 'Open conversation' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('A reason is required.')).toBeVisible();

    await user.type(reason, 'Guest says the host does not answer');
    await user.click(within(dialog).getByRole('button', { name: 'Open conversation' }));
    expect(await screen.findByText('Where do I leave the keys?')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/this view was logged/i);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    const [entry] = await api(routes.listAuditLog, {
      query: { target_id: conversationId, action: 'conversation.viewed' },
    });
    expect(entry).toMatchObject({
      reason: 'Guest says the host does not answer',
      actor: { id: admin.user.id },
    });
  });

  it('asks again when the page is opened without a view (a reload)', async () => {
    const user = mount(`/admin/conversations/${conversationId}`);
    const form = screen.getByRole('form', { name: 'Open for support' });
    await user.type(within(form).getByLabelText('Reason'), 'Second look');
    await user.click(within(form).getByRole('button', { name: 'Open for support' }));
    expect(await screen.findByText('Where do I leave the keys?')).toBeVisible();
    const views = await api(routes.listAuditLog, {
      query: { target_id: conversationId, action: 'conversation.viewed' },
    });
    expect(views.map((v) => v.reason)).toEqual([
      'Second look',
      'Guest says the host does not answer',
    ]);
  });
});

describe('the support view of an edited and an unsent message', () => {
  const word = `zr${crypto.randomUUID().slice(0, 8)}`;
  let admin: Session;
  let conversationId: string;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    const register = (name: string) =>
      signUp({
        email: `${name.toLowerCase()}-${word}@example.test`,
        password: 'a long enough password',
        name: `${name} ${word}`,
      });
    setSession(await register('Hal'));
    const property = await api(routes.createProperty, {
      body: { title: `Reef House ${word}`, address: '4 Reef Road' },
    });
    setSession(await register('Gus'));
    const thread = await api(routes.createConversation, {
      body: { property_id: property.id, message: 'Can I pay you in cash?' },
    });
    conversationId = thread.id;
    const [first] = thread.messages;
    await api(routes.editMessage, {
      params: { id: first!.id },
      body: { message: 'Can I pay at check-in?' },
    });
    const second = await api(routes.sendMessage, {
      body: { conversation_id: thread.id, message: 'My card number is 4111' },
    });
    await api(routes.unsendMessage, { params: { id: second.id } });
    admin = await api(routes.login, {
      body: { email: 'admin@demo.flexbnb.test', password: 'flexbnb-demo' },
    });
  });

  it('shows what each message says now, that it was edited or unsent, and the earlier texts', async () => {
    setSession(admin);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/admin/conversations/${conversationId}`]}>
          <AuthProvider>
            <Routes>
              <Route path="/admin/conversations/:id" element={<ConversationSupportPage />} />
            </Routes>
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Open for support' });
    await user.type(within(form).getByLabelText('Reason'), 'Payment outside the platform');
    await user.click(within(form).getByRole('button', { name: 'Open for support' }));

    expect(await screen.findByText('Can I pay at check-in?')).toBeVisible();
    expect(screen.getByText(/^Edited /)).toBeVisible();
    expect(screen.getByText('This message was unsent')).toBeVisible();
    expect(screen.getByText(/^Unsent /)).toBeVisible();
    const earlier = screen.getAllByRole('list', { name: 'Earlier versions' });
    expect(earlier).toHaveLength(2);
    expect(earlier[0]).toHaveTextContent(/Before the edit .*Can I pay you in cash\?/);
    expect(earlier[1]).toHaveTextContent(/Before unsending .*My card number is 4111/);
  });
});
