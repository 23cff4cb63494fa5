import { routes, type Conversation, type Message } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createServer } from 'node:net';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { useConversation } from '../../lib/queries.ts';
import {
  createOutbox,
  mergeThread,
  type Outbox,
  type PendingAttachment,
  type PendingMessage,
} from './outbox.ts';
import { useSendMessage, type SendExtras } from './useSendMessage.ts';

const stored = (seq: number, clientMessageId: string | null): Message => ({
  id: crypto.randomUUID(),
  conversation_id: 'c',
  seq,
  sender_id: 's',
  receiver_id: 'r',
  message: `m${seq}`,
  screened: false,
  screening: null,
  is_read: false,
  read_at: null,
  is_quick_reply: false,
  client_message_id: clientMessageId,
  kind: 'text',
  system: null,
  attachments: [],
  reply_to: null,
  reactions: [],
  edited_at: null,
  unsent_at: null,
  language: null,
  translation: null,
  created_at: '2026-11-25T10:00:00.000Z',
});
const pending = (id: string, status: PendingMessage['status'] = 'sending'): PendingMessage => ({
  client_message_id: id,
  conversation_id: 'c',
  message: `p-${id}`,
  status,
  created_at: '2026-11-25T10:00:01.000Z',
});

describe('mergeThread', () => {
  it('shows the stored messages, then what is still on its way', () => {
    const items = mergeThread(
      [stored(1, null), stored(2, 'a')],
      [pending('b'), pending('c', 'failed')],
    );
    expect(items.map((i) => i.kind + ':' + i.key.slice(0, 1))).toEqual([
      `stored:${items[0]!.key[0]}`,
      `stored:${items[1]!.key[0]}`,
      'pending:b',
      'pending:c',
    ]);
  });

  it('never shows a message twice once the server has it', () => {
    const items = mergeThread([stored(1, 'a')], [pending('a'), pending('b')]);
    expect(items.filter((i) => i.kind === 'pending').map((i) => i.key)).toEqual(['b']);
  });
});

/** A port nothing listens on: a real refused connection. */
function deadPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function Thread({ id, box }: { id: string; box: Outbox }) {
  const detail = useConversation(id, false);
  const { pending: waiting, send, retry } = useSendMessage(id, box);
  const items = mergeThread(detail.data?.messages ?? [], waiting);
  return (
    <div>
      <button type="button" onClick={() => void send('Is the pool heated?')}>
        send
      </button>
      <ul aria-label="thread">
        {items.map((item) =>
          item.kind === 'stored' ? (
            <li key={item.key} data-status="sent">
              {item.message.message}
            </li>
          ) : (
            <li key={item.key} data-status={item.pending.status}>
              {item.pending.message}
              {item.pending.status === 'failed' && (
                <button type="button" onClick={() => void retry(item.pending.client_message_id)}>
                  retry
                </button>
              )}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

describe('optimistic sending against the real API', () => {
  const baseUrl = inject('baseUrl');
  let conversation: Conversation;

  beforeAll(async () => {
    window.happyDOM.setURL(baseUrl);
    const session = await api(routes.login, {
      body: { email: 'guest2@demo.flexbnb.test', password: 'flexbnb-demo' },
    });
    setSession(session);
    [conversation] = (await api(routes.listConversations)) as [Conversation];
  });
  afterEach(() => window.happyDOM.setURL(baseUrl));

  const count = async (text: string) =>
    (await api(routes.getConversation, { params: { id: conversation.id } })).messages.filter(
      (m) => m.message === text,
    ).length;

  function mount() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const box = createOutbox();
    render(
      <QueryClientProvider client={client}>
        <Thread id={conversation.id} box={box} />
      </QueryClientProvider>,
    );
    return { box, thread: () => within(screen.getByRole('list', { name: 'thread' })) };
  }

  it('shows the message at once as sending, then as the stored message', async () => {
    const { box, thread } = mount();
    await screen.findByText(conversation.last_message!.message);
    const before = await count('Is the pool heated?');
    await userEvent.setup().click(screen.getByRole('button', { name: 'send' }));
    expect(thread().getByText('Is the pool heated?')).toHaveAttribute('data-status', 'sending');
    await waitFor(() =>
      expect(thread().getAllByText('Is the pool heated?').at(-1)).toHaveAttribute(
        'data-status',
        'sent',
      ),
    );
    expect(box.all()).toEqual([]);
    expect(await count('Is the pool heated?')).toBe(before + 1);
  });

  it('marks a send the network dropped as failed; retrying stores it exactly once', async () => {
    const { box, thread } = mount();
    await screen.findByText(conversation.last_message!.message);
    const before = await count('Is the pool heated?');
    window.happyDOM.setURL(`http://127.0.0.1:${await deadPort()}`);
    await userEvent.setup().click(screen.getByRole('button', { name: 'send' }));
    const failed = await waitFor(() => {
      const li = thread().getAllByText('Is the pool heated?').at(-1)!;
      expect(li).toHaveAttribute('data-status', 'failed');
      return li;
    });
    const [item] = box.all();
    expect(item?.status).toBe('failed');

    window.happyDOM.setURL(baseUrl);
    await userEvent.setup().click(within(failed).getByRole('button', { name: 'retry' }));
    await waitFor(() => expect(box.all()).toEqual([]));
    expect(await count('Is the pool heated?')).toBe(before + 1);
    const detail = await api(routes.getConversation, { params: { id: conversation.id } });
    expect(
      detail.messages.filter((m) => m.client_message_id === item!.client_message_id),
    ).toHaveLength(1);
  });
});

function RichThread({ id, box, extras }: { id: string; box: Outbox; extras: () => SendExtras }) {
  const detail = useConversation(id, false);
  const { pending: waiting, send } = useSendMessage(id, box);
  const items = mergeThread(detail.data?.messages ?? [], waiting);
  return (
    <div>
      <button type="button" onClick={() => void send('Here it is', undefined, extras())}>
        send
      </button>
      <ul aria-label="thread">
        {items.map((item) =>
          item.kind === 'stored' ? (
            <li key={item.key} data-status="sent">
              {item.message.message} · {item.message.attachments.map((a) => a.name).join(',')}
            </li>
          ) : (
            <li key={item.key} data-status={item.pending.status}>
              {item.pending.message} · {item.pending.attachments?.map((a) => a.name).join(',')}
              {item.pending.error && <span role="alert">{item.pending.error}</span>}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

describe('sending attachments through the outbox, against the real API', () => {
  const baseUrl = inject('baseUrl');
  let conversation: Conversation;
  const PNG_1X1 =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  const file = (name: string, type: string, bytes: BlobPart): PendingAttachment => {
    const blob = new Blob([bytes], { type });
    return {
      local_id: crypto.randomUUID(),
      kind: type.startsWith('image/') ? 'image' : 'file',
      name,
      content_type: type,
      size: blob.size,
      duration_ms: null,
      file: blob,
    };
  };
  const photo = () =>
    file(
      'door.png',
      'image/png',
      Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0)),
    );

  beforeAll(async () => {
    window.happyDOM.setURL(baseUrl);
    setSession(
      await api(routes.login, {
        body: { email: 'guest2@demo.flexbnb.test', password: 'flexbnb-demo' },
      }),
    );
    [conversation] = (await api(routes.listConversations)) as [Conversation];
  });

  const loaded = () =>
    waitFor(() =>
      expect(screen.getByRole('list', { name: 'thread' }).children.length).toBeGreaterThan(0),
    );

  function mount(extras: () => SendExtras) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const box = createOutbox();
    render(
      <QueryClientProvider client={client}>
        <RichThread id={conversation.id} box={box} extras={extras} />
      </QueryClientProvider>,
    );
    return { box, thread: () => within(screen.getByRole('list', { name: 'thread' })) };
  }

  it('shows the message with its file at once, uploads it, then sends it with the quote', async () => {
    const detail = await api(routes.getConversation, { params: { id: conversation.id } });
    const answered = detail.messages.at(-1)!;
    const { box, thread } = mount(() => ({
      attachments: [photo()],
      replyTo: {
        id: answered.id,
        sender_id: answered.sender_id,
        excerpt: answered.message,
        attachments: 0,
        unsent: false,
      },
    }));
    await loaded();
    await userEvent.setup().click(screen.getByRole('button', { name: 'send' }));
    expect(thread().getByText('Here it is · door.png')).toHaveAttribute('data-status', 'sending');
    expect(box.all()[0]?.attachments?.[0]?.file.type).toBe('image/png');
    await waitFor(() => expect(box.all()).toEqual([]), { timeout: 10_000 });
    expect(thread().getByText('Here it is · door.png')).toHaveAttribute('data-status', 'sent');

    const stored = (
      await api(routes.getConversation, { params: { id: conversation.id } })
    ).messages.at(-1)!;
    expect(stored.message).toBe('Here it is');
    expect(stored.attachments).toHaveLength(1);
    expect(stored.attachments[0]).toMatchObject({ kind: 'image', name: 'door.png' });
    expect(stored.reply_to).toMatchObject({ id: answered.id, unsent: false });
  });

  it("fails the message with the server's reason when a file is refused, and sends nothing", async () => {
    const before = (await api(routes.getConversation, { params: { id: conversation.id } })).messages
      .length;
    const { box, thread } = mount(() => ({
      attachments: [file('notes.txt', 'text/plain', 'not a photo')],
    }));
    await loaded();
    await userEvent.setup().click(screen.getByRole('button', { name: 'send' }));
    const failed = await waitFor(
      () => {
        const li = thread()
          .getByText(/notes\.txt/)
          .closest('li')!;
        expect(li).toHaveAttribute('data-status', 'failed');
        return li;
      },
      { timeout: 10_000 },
    );
    expect(within(failed).getByRole('alert').textContent).toBe(box.all()[0]?.error);
    expect(box.all()[0]?.error).not.toMatch(/connection/);
    expect(
      (await api(routes.getConversation, { params: { id: conversation.id } })).messages,
    ).toHaveLength(before);
  });
});
