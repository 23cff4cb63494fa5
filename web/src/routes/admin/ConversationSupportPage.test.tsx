import type { AdminConversationView } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { adminKeys } from '../../features/admin/api.ts';
import { ConversationSupportPage } from './ConversationSupportPage.tsx';

const person = (name: string) => ({
  id: crypto.randomUUID(),
  name,
  email: `${name.toLowerCase()}@example.test`,
});
const guest = person('Greta');
const host = person('Hugo');

type SupportMessage = AdminConversationView['messages'][number];

const message = (seq: number, overrides: Partial<SupportMessage>): SupportMessage => ({
  id: crypto.randomUUID(),
  seq,
  sender: { id: guest.id, name: guest.name },
  kind: 'text',
  system: null,
  message: 'Hello',
  attachments: [],
  is_read: true,
  screening: null,
  edited_at: null,
  unsent_at: null,
  revisions: [],
  created_at: '2026-11-25T10:00:00.000Z',
  ...overrides,
});

/** A support view already opened (and audited): the page shows it without asking again. */
function mount(messages: SupportMessage[]) {
  const id = crypto.randomUUID();
  const view: AdminConversationView = {
    conversation: {
      id,
      property: { id: crypto.randomUUID(), title: 'Harbour Flat' },
      guest,
      host,
      reservation_id: null,
      messages: messages.length,
      last_message_at: '2026-11-25T10:00:00.000Z',
      created_at: '2026-11-25T09:00:00.000Z',
    },
    messages,
    truncated: false,
    audit_id: crypto.randomUUID(),
  };
  const client = new QueryClient();
  client.setQueryData(adminKeys.supportView(id), view);
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/admin/conversations/${id}`]}>
        <Routes>
          <Route path="/admin/conversations/:id" element={<ConversationSupportPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the support view: contact screening', () => {
  it('shows what screening did to a message, the text as written, and what matched', () => {
    mount([
      message(1, { message: 'Is the flat quiet?' }),
      message(2, {
        message: 'Call me on [phone number hidden] or [email address hidden]',
        screening: {
          action: 'masked',
          original: 'Call me on +351 912 345 678 or greta@mail.pt',
          matches: [
            { kind: 'phone', text: '+351 912 345 678' },
            { kind: 'email', text: 'greta@mail.pt' },
          ],
        },
      }),
      message(3, {
        sender: { id: host.id, name: host.name },
        message: 'Sure, mine is +351 934 000 111',
        screening: {
          action: 'flagged',
          original: 'Sure, mine is +351 934 000 111',
          matches: [{ kind: 'phone', text: '+351 934 000 111' }],
        },
      }),
    ]);
    const records = screen.getAllByRole('group', { name: 'Contact screening' });
    expect(records).toHaveLength(2);
    const [maskedRecord, flaggedRecord] = records as [HTMLElement, HTMLElement];

    expect(maskedRecord).toHaveTextContent('Masked');
    expect(maskedRecord).toHaveTextContent('hidden from both sides until the booking is confirmed');
    expect(maskedRecord).toHaveTextContent(
      'As written: Call me on +351 912 345 678 or greta@mail.pt',
    );
    const found = within(maskedRecord).getByRole('list', { name: 'What screening found' });
    expect(
      within(found)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Phone number +351 912 345 678', 'Email address greta@mail.pt']);
    // The bubble shows the text as the participants read it, the placeholders apart.
    expect(screen.getByText('[phone number hidden]').tagName).toBe('SPAN');

    expect(flaggedRecord).toHaveTextContent('Flagged');
    expect(flaggedRecord).toHaveTextContent('As written: Sure, mine is +351 934 000 111');
    expect(flaggedRecord).toHaveTextContent('Phone number +351 934 000 111');
  });
});
