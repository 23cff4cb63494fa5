import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createServer } from 'node:net';
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
import { signUp } from '../../test/sign-up.ts';
import { MessageInput } from './MessageInput.tsx';

// The real test server screens (its policy is the default, `mask`): a guest's conversation about
// a property has no confirmed stay, so what the guest types there is checked for real. `fetch`
// is only watched (it calls through), to see which checks the composer asks for.
const CHECK_PATH = '/api/messaging/screening/check/';

/** A new account on the test server. */
function newUser(name: string): Promise<Session> {
  return signUp({
    email: `${name.toLowerCase()}.${crypto.randomUUID().slice(0, 8)}@example.test`,
    password: 'correct horse battery',
    name,
  });
}

/** A port nothing listens on: taken from the system, then let go. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('MessageInput: contact screening against the real API', () => {
  let guest: Session;
  /** The guest's own conversation with Ana about her flat: nothing confirmed yet. */
  let conversationId: string;
  /** Another guest's conversation about the same flat: not the guest's. */
  let othersConversationId: string;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    setSession(await newUser('Ana'));
    const property = await api(routes.createProperty, {
      body: { title: 'Harbour Flat', address: '1 Quay St, Porto' },
    });
    setSession(await newUser('Otto'));
    othersConversationId = (
      await api(routes.createConversation, { body: { property_id: property.id } })
    ).id;
    guest = await newUser('Greta');
    setSession(guest);
    conversationId = (await api(routes.createConversation, { body: { property_id: property.id } }))
      .id;
  });

  let fetchSpy: MockInstance<typeof fetch>;
  beforeEach(() => {
    setSession(guest);
    fetchSpy = vi.spyOn(globalThis, 'fetch');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    window.happyDOM.setURL(inject('baseUrl'));
    setSession(null);
  });

  /** The checks the composer asked for: what it sent, and the answer's promise. */
  const checks = () =>
    fetchSpy.mock.calls.flatMap(([input, init], i) =>
      String(input instanceof Request ? input.url : input).includes(CHECK_PATH)
        ? [
            {
              body: JSON.parse(init?.body as string) as {
                conversation_id: string;
                message: string;
              },
              answer: fetchSpy.mock.results[i]!.value as Promise<Response>,
            },
          ]
        : [],
    );

  function setup(conversation = conversationId) {
    const sent: string[] = [];
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MessageInput
          onSend={(text) => sent.push(text)}
          screening={{ conversationId: conversation, recipient: 'Ana' }}
        />
      </QueryClientProvider>,
    );
    return {
      sent,
      box: screen.getByRole('textbox', { name: 'Message' }),
      notice: screen.getByRole('status', { name: 'Contact screening' }),
      user: userEvent.setup(),
    };
  }

  it('says, once the typing pauses, what a mask would hide and what the other side would read', async () => {
    const text = 'Call me on +351 912 345 678 or ana@mail.pt';
    const { sent, box, notice, user } = setup();
    await user.type(box, text);
    await within(notice).findByText(
      'Phone numbers and email addresses are hidden until the booking is confirmed.',
    );
    const preview = 'Call me on [phone number hidden] or [email address hidden]';
    expect(notice).toHaveTextContent(`Ana will see: ${preview}`);
    expect(within(notice).getByText('[phone number hidden]').tagName).toBe('SPAN');
    // Asked once, after the last keystroke, for the conversation and the text as it would go.
    expect(checks().map((c) => c.body)).toEqual([
      { conversation_id: conversationId, message: text },
    ]);

    // Information only: the text is sent as it is, and the notice goes with it.
    await user.keyboard('{Enter}');
    expect(sent).toEqual([text]);
    expect(notice).toBeEmptyDOMElement();

    // Sent for real, the conversation shows it as the preview said.
    const stored = await api(routes.sendMessage, {
      body: { conversation_id: conversationId, message: text },
    });
    expect(stored.message).toBe(preview);
  });

  it('says nothing when there is nothing to screen', async () => {
    const { box, notice, user } = setup();
    await user.type(box, 'See you at 3pm.');
    await waitFor(() => expect(checks()).toHaveLength(1));
    expect((await checks()[0]!.answer).status).toBe(200);
    // What the composer was told: nothing found.
    expect(await api(routes.checkScreening, { body: checks()[0]!.body })).toMatchObject({
      action: 'none',
      kinds: [],
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(notice).toBeEmptyDOMElement();
  });

  it('does not ask about short chat without digits, "@" or "."', async () => {
    const { box, user } = setup();
    await user.type(box, 'Thanks a lot!');
    await new Promise((r) => setTimeout(r, 600));
    expect(checks()).toEqual([]);
  });

  it("shows no notice when the check fails (another guest's conversation: 404), and sends as usual", async () => {
    const { sent, box, notice, user } = setup(othersConversationId);
    await user.type(box, 'Call me on +351 912 345 678');
    await waitFor(() => expect(checks()).toHaveLength(1));
    expect((await checks()[0]!.answer).status).toBe(404);
    await new Promise((r) => setTimeout(r, 100));
    expect(notice).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual(['Call me on +351 912 345 678']);
    expect(box).toHaveValue('');
  });

  it('shows no notice when the server cannot be reached, and sends as usual', async () => {
    // The page's origin is where the API is: here, a port nothing listens on.
    window.happyDOM.setURL(`http://127.0.0.1:${await closedPort()}`);
    const { sent, box, notice, user } = setup();
    await user.type(box, 'Call me on +351 912 345 678');
    await waitFor(() => expect(checks()).toHaveLength(1));
    await expect(checks()[0]!.answer).rejects.toBeDefined();
    await new Promise((r) => setTimeout(r, 100));
    expect(notice).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual(['Call me on +351 912 345 678']);
    expect(box).toHaveValue('');
  });
});
