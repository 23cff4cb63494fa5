import { ADMIN_PAGE_SIZE, routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import {
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  inject,
  it,
  vi,
  type MockInstance,
} from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { signUp } from '../../test/sign-up.ts';
import { ScreenedMessagesPage } from './ScreenedMessagesPage.tsx';

const LIST_PATH = '/api/admin/screened-messages/';

/** A word of letters only (digits could read as a phone number), no one else's. */
const word = `zw${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) =>
  String.fromCharCode(97 + (b % 26)),
).join('')}`;

// A host and a guest of their own talk about a flat before any stay is confirmed: the real test
// server (policy `mask`) hides the phone numbers and email addresses they send. The rows are
// found by a word no one else writes; the server holds other tests' rows too. The demo admin
// reads; `fetch` is only watched (it calls through), to see what the page asks for.
describe('the screened messages page against the real API', () => {
  let admin: Session;
  let propertyId: string;
  let conversationId: string;

  const register = (name: string) =>
    signUp({
      email: `${name.toLowerCase()}-${word}@example.test`,
      password: 'a long enough password',
      name: `${name} ${word}`,
    });

  /** The guest's first message: the oldest row of this test. */
  const first = `Hello! Call me on +351 912 345 678 (${word})`;
  /** What the guest sends after it, again and again: enough rows for a second page. */
  const again = `Call me on +351 912 345 678 (${word})`;
  /** The host's answer: the newest row of this test. */
  const answer = `Write to hal@mail.pt (${word})`;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    const host = await register('Hal');
    setSession(host);
    propertyId = (
      await api(routes.createProperty, {
        body: { title: `Harbour Flat ${word}`, address: '1 Quay St, Porto' },
      })
    ).id;
    const guest = await register('Greta');
    setSession(guest);
    conversationId = (
      await api(routes.createConversation, { body: { property_id: propertyId, message: first } })
    ).id;
    // With the first and the answer, one more of this test's rows than a page holds.
    for (let i = 0; i < ADMIN_PAGE_SIZE - 1; i++) {
      await api(routes.sendMessage, { body: { conversation_id: conversationId, message: again } });
    }
    setSession(host);
    await api(routes.sendMessage, { body: { conversation_id: conversationId, message: answer } });
    admin = await api(routes.login, {
      body: { email: 'admin@demo.flexbnb.test', password: 'flexbnb-demo' },
    });
  });

  let fetchSpy: MockInstance<typeof fetch>;
  let client: QueryClient | undefined;
  beforeEach(() => {
    fetchSpy = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(async () => {
    await waitFor(() => expect(client?.isFetching() ?? 0).toBe(0));
    vi.restoreAllMocks();
    setSession(null);
  });

  /** The list requests the page made, oldest first. */
  const requests = () =>
    fetchSpy.mock.calls
      .map(([input]) => String(input instanceof Request ? input.url : input))
      .filter((url) => url.includes(LIST_PATH))
      .map((url) => new URL(url, 'http://app.invalid'));

  function mount(search = '') {
    setSession(admin);
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/admin/screened-messages${search}`]}>
          <AuthProvider>
            <Routes>
              <Route path="/admin/screened-messages" element={<ScreenedMessagesPage />} />
            </Routes>
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return userEvent.setup();
  }

  const rowsOf = () =>
    within(screen.getByRole('table', { name: 'Screened messages' }))
      .getAllByRole('row')
      .slice(1);
  /** This test's rows on the page shown, newest first. */
  const ours = () => rowsOf().filter((row) => row.textContent.includes(word));
  /** Waits for the page to show the row of this text (other tests' rows may come between). */
  const showing = (text: string) =>
    waitFor(() => expect(ours().some((row) => row.textContent.includes(text))).toBe(true));

  it('lists each message: when, property, who to whom, as shown, as written, what matched', async () => {
    mount();
    await showing(answer);
    // Newest first: the host's answer, then the guest's messages.
    const [hosts, guests] = ours();
    expect(hosts).toHaveTextContent('Masked');
    expect(within(hosts!).getByRole('link', { name: `Harbour Flat ${word}` })).toHaveAttribute(
      'href',
      `/admin/properties/${propertyId}`,
    );
    expect(hosts).toHaveTextContent(`Hal ${word} → Greta ${word}`);
    expect(hosts).toHaveTextContent(`Write to [email address hidden] (${word})`);
    expect(within(hosts!).getByText('[email address hidden]').tagName).toBe('SPAN');
    expect(hosts).toHaveTextContent(answer);
    expect(within(hosts!).getByRole('list', { name: 'What screening found' })).toHaveTextContent(
      'Email address hal@mail.pt',
    );
    expect(within(hosts!).getByRole('link', { name: 'Open for support' })).toHaveAttribute(
      'href',
      `/admin/conversations/${conversationId}`,
    );

    expect(guests).toHaveTextContent('Masked');
    expect(guests).toHaveTextContent(`Greta ${word} → Hal ${word}`);
    expect(guests).toHaveTextContent(`Call me on [phone number hidden] (${word})`);
    expect(guests).toHaveTextContent(again);
    expect(within(guests!).getByRole('list', { name: 'What screening found' })).toHaveTextContent(
      'Phone number +351 912 345 678',
    );
    expect(requests()[0]?.searchParams.toString()).toBe('');
  });

  it('filters by what screening did, from the URL and from the select', async () => {
    const user = mount('?action=masked');
    const select = screen.getByLabelText('Action');
    expect(select).toHaveValue('masked');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'Masked', 'Flagged', 'Revealed']);
    await showing(answer);
    expect(rowsOf().every((row) => row.textContent.includes('Masked'))).toBe(true);
    expect(requests().at(-1)?.searchParams.get('action')).toBe('masked');

    // The test server masks (its policy is `mask`, and confirming reveals nothing): it has no
    // flagged or revealed message at all.
    await user.selectOptions(select, 'flagged');
    await screen.findByText('No message was screened so.');
    expect(requests().at(-1)?.searchParams.get('action')).toBe('flagged');
    await user.selectOptions(select, 'revealed');
    await waitFor(() => expect(requests().at(-1)?.searchParams.get('action')).toBe('revealed'));
    await screen.findByText('No message was screened so.');
    // No sort is sent: the list has one order, newest first.
    expect(requests().every((r) => !r.searchParams.has('sort'))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await showing(answer);
    expect(select).toHaveValue('');
    expect(requests().at(-1)?.searchParams.has('action')).toBe(false);
  });

  it('pages with the cursor of the Link header', async () => {
    const user = mount();
    await showing(answer);
    expect(rowsOf()).toHaveLength(ADMIN_PAGE_SIZE);
    // The guest's first message is the one of this test's rows that does not fit.
    expect(rowsOf().some((row) => row.textContent.includes(first))).toBe(false);
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await showing(first);
    const oldest = ours().find((row) => row.textContent.includes(first));
    expect(oldest).toHaveTextContent(first);
    expect(oldest).toHaveTextContent(`Greta ${word} → Hal ${word}`);
    expect(requests().at(-1)?.searchParams.get('cursor')).toEqual(expect.any(String));

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await showing(answer);
    expect(ours()[0]).toHaveTextContent(answer);
    expect(requests().at(-1)?.searchParams.has('cursor')).toBe(false);
  });
});
