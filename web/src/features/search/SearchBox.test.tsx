import { routes } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { SearchBox } from './SearchBox.tsx';

function Where() {
  const { pathname, search } = useLocation();
  return <output aria-label="location">{pathname + search}</output>;
}

function mount(start = '/messages') {
  const seen: string[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <AuthProvider>
        <MemoryRouter initialEntries={[start]}>
          <Routes>
            <Route
              path="/messages/:id?"
              element={
                <>
                  <SearchBox value="" onSearch={(q) => seen.push(q)} delayMs={200} />
                  <Where />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </AuthProvider>
    </QueryClientProvider>,
  );
  return {
    seen,
    user: userEvent.setup(),
    box: screen.getByRole('combobox', { name: 'Search conversations' }),
    location: () => screen.getByRole('status', { name: 'location' }).textContent,
  };
}

// The demo guest's thread with the loft's host, as the seed wrote it.
describe('SearchBox against the real server', () => {
  let conversationId: string;
  let parkingId: string;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    setSession(
      await api(routes.login, {
        body: { email: 'guest@demo.flexbnb.test', password: 'flexbnb-demo' },
      }),
    );
    for (const c of await api(routes.listConversations)) {
      const detail = await api(routes.getConversation, { params: { id: c.id } });
      const parking = detail.messages.find((m) => m.message.includes('parking nearby'));
      if (parking) {
        conversationId = c.id;
        parkingId = parking.id;
      }
    }
    expect(parkingId).toBeDefined();
  });

  it('finds a message by a word of it, marks the word, and opens the thread at it', async () => {
    const { box, user, seen, location } = mount();
    await user.type(box, 'parking');
    const hit = await screen.findByRole('option', { name: /Is there parking nearby/ });
    expect(hit).toHaveTextContent('Hana Host');
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase())).toContain(
      'parking',
    );
    // The list narrows to the same words.
    expect(seen).toEqual(['parking']);
    await user.keyboard('{ArrowDown}');
    while (!hit.getAttribute('aria-selected')?.includes('true')) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    expect(location()).toBe(`/messages/${conversationId}?message=${parkingId}`);
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the thread of a conversation found by its property, typos and all', async () => {
    const { box, user, location } = mount();
    await user.type(box, 'Seasde Loft');
    const found = await screen.findByRole('group', { name: 'Conversations' }, { timeout: 5_000 });
    const [option] = within(found).getAllByRole('option');
    expect(option).toHaveTextContent('Seaside Loft');
    expect(option!.querySelector('mark')).not.toBeNull();
    await user.click(option!);
    expect(location()).toBe(`/messages/${conversationId}`);
  });

  it('says when nothing matches', async () => {
    const { box, user } = mount();
    await user.type(box, 'xylophone');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
        'No results for xylophone',
      ),
    );
    expect(screen.getByText(/^No results for “/)).toHaveTextContent('No results for “xylophone”');
    expect(screen.queryAllByRole('option')).toEqual([]);
  });
});
