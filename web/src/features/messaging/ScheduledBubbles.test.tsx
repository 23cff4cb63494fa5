import { routes } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { useConversationScheduledMessages } from '../automations/api.ts';
import { ScheduledBubbles } from './ScheduledBubbles.tsx';
import { signUp } from '../../test/sign-up.ts';

const register = (name: string) =>
  signUp({
    email: `${name.toLowerCase().replace(/\W/g, '-')}-${crypto.randomUUID()}@example.test`,
    password: 'a long enough password',
    name,
  });

/** The thread's waiting list as ChatWindow feeds it. */
function Waiting({ conversationId }: { conversationId: string }) {
  const waiting = useConversationScheduledMessages(conversationId);
  return <ScheduledBubbles messages={waiting.data ?? []} />;
}

describe("a guest's messages sent later, under the thread, against the real API", () => {
  let conversationId: string;
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
  const later = new Date(Date.now() + 2 * 86_400_000).toISOString();

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    setSession(await register('Ivo Host'));
    const property = await api(routes.createProperty, {
      body: { title: 'Lake House', address: '4 Lake Road' },
    });
    const guest = await register('Jo Guest');
    setSession(guest);
    const thread = await api(routes.createConversation, {
      body: { property_id: property.id, message: 'Hello!' },
    });
    conversationId = thread.id;
    for (const [message, send_at] of [
      ['Landing at noon', later],
      ['Any towels?', tomorrow],
    ]) {
      await api(routes.sendMessage, {
        body: { conversation_id: conversationId, message, send_at },
      });
    }
    // The session stays the guest's for the tests.
  });

  function mount() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <Waiting conversationId={conversationId} />
      </QueryClientProvider>,
    );
    return userEvent.setup();
  }

  it('shows each, in time order, with when it goes out', async () => {
    mount();
    const list = await screen.findByRole('list', { name: 'Your scheduled messages' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Any towels?'),
      expect.stringContaining('Landing at noon'),
    ]);
    expect(within(items[0]!).getByText(/^Scheduled ·/)).toBeVisible();
    expect(items[0]!.querySelector('time')).toHaveAttribute('datetime', tomorrow);
  });

  it('edits the text, and cancels one, which leaves the list', async () => {
    const user = mount();
    const list = await screen.findByRole('list', { name: 'Your scheduled messages' });
    const first = within(list).getAllByRole('listitem')[0]!;
    await user.click(within(first).getByRole('button', { name: 'Edit scheduled message' }));
    const box = within(first).getByRole('textbox', { name: 'Scheduled message text' });
    await user.clear(box);
    await user.type(box, 'Any towels, please?');
    await user.click(within(first).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(list).queryByRole('textbox')).not.toBeInTheDocument());
    expect(await within(list).findByText('Any towels, please?')).toBeVisible();

    const second = within(list).getAllByRole('listitem')[1]!;
    await user.click(within(second).getByRole('button', { name: 'Cancel scheduled message' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    const waiting = await api(routes.listConversationScheduledMessages, {
      params: { id: conversationId },
    });
    expect(waiting.map((m) => m.message)).toEqual(['Any towels, please?']);
  });
});
