import {
  routes,
  type DeliveryChannel,
  type DeliveryStatus as Status,
  type Message,
  type MessageDeliveries,
} from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { deliveryLine, DeliveryStatus } from './DeliveryStatus.tsx';

type Delivery = MessageDeliveries['deliveries'][number];

function delivery(
  channel: DeliveryChannel,
  status: Status,
  extra: Partial<Delivery> = {},
): Delivery {
  return {
    channel,
    status,
    attempts: status === 'sent' || status === 'failed' ? 1 : 0,
    next_attempt_at: null,
    sent_at: null,
    updated_at: '2026-12-04T10:42:00.000Z',
    ...extra,
  };
}

/** The times as the test writes them, whatever the machine's locale. */
const hhmm = (iso: string) => iso.slice(11, 16);
const line = (deliveries: Delivery[], read_at: string | null = null) =>
  deliveryLine({ read_at, deliveries }, hhmm);

describe('the delivery line under my last message', () => {
  it('says nothing when the receiver was not told by any channel (yet)', () => {
    expect(line([])).toBeNull();
    expect(line([delivery('push', 'pending'), delivery('email', 'pending')])).toBeNull();
    expect(line([delivery('email', 'skipped'), delivery('sms', 'cancelled')])).toBeNull();
  });

  it('says "Seen" once it was read, whatever went out', () => {
    const sent = delivery('email', 'sent', { sent_at: '2026-12-04T10:42:00.000Z' });
    expect(line([sent], '2026-12-04T10:50:00.000Z')).toBe('Seen');
    expect(line([], '2026-12-04T10:50:00.000Z')).toBe('Seen');
  });

  it('names the channel that reached them, and when; the latest of several', () => {
    expect(line([delivery('email', 'sent', { sent_at: '2026-12-04T10:42:00.000Z' })])).toBe(
      'Emailed 10:42',
    );
    expect(line([delivery('push', 'sent', { sent_at: '2026-12-04T10:42:30.000Z' })])).toBe(
      'Push sent 10:42',
    );
    expect(line([delivery('sms', 'sent', { sent_at: '2026-12-04T09:05:00.000Z' })])).toBe(
      'SMS sent 09:05',
    );
    expect(
      line([
        delivery('push', 'sent', { sent_at: '2026-12-04T10:42:00.000Z' }),
        delivery('email', 'sent', { sent_at: '2026-12-04T10:57:00.000Z' }),
        delivery('sms', 'deferred'),
      ]),
    ).toBe('Emailed 10:57');
  });

  it('says a channel is being retried, or held for quiet hours, when none got through', () => {
    expect(line([delivery('push', 'pending', { attempts: 2 })])).toBe('Push failed, retrying');
    expect(line([delivery('email', 'deferred')])).toBe('Email waiting for quiet hours to end');
    // A retry says more than a wait, and a wait more than a channel given up on.
    expect(
      line([
        delivery('email', 'deferred'),
        delivery('sms', 'failed'),
        delivery('push', 'pending', { attempts: 1 }),
      ]),
    ).toBe('Push failed, retrying');
    expect(line([delivery('sms', 'failed'), delivery('email', 'deferred')])).toBe(
      'Email waiting for quiet hours to end',
    );
    expect(line([delivery('sms', 'failed')])).toBe('SMS could not be delivered');
  });
});

describe('DeliveryStatus', () => {
  const message = (overrides: Partial<Message>): Message => ({
    id: crypto.randomUUID(),
    conversation_id: crypto.randomUUID(),
    seq: 1,
    sender_id: crypto.randomUUID(),
    receiver_id: crypto.randomUUID(),
    message: 'Hello',
    screened: false,
    screening: null,
    is_read: false,
    read_at: null,
    is_quick_reply: false,
    client_message_id: null,
    kind: 'text',
    system: null,
    attachments: [],
    reply_to: null,
    reactions: [],
    edited_at: null,
    unsent_at: null,
    language: null,
    translation: null,
    created_at: new Date().toISOString(),
    ...overrides,
  });

  const mount = (m: Message) => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <DeliveryStatus message={m} />
      </QueryClientProvider>,
    );
    return client;
  };

  it('shows "Seen" for a read message without asking the server', () => {
    const client = mount(message({ is_read: true, read_at: '2026-12-04T10:50:00.000Z' }));
    expect(screen.getByText('Seen')).toBeInTheDocument();
    expect(client.getQueryCache().getAll()[0]?.state.fetchStatus).toBe('idle');
  });

  it("asks the real API for the deliveries of the sender's message", async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    setSession(
      await api(routes.login, {
        body: { email: 'guest2@demo.flexbnb.test', password: 'flexbnb-demo' },
      }),
    );
    const [conversation] = await api(routes.listConversations);
    // Sent now, not later: the answer is the stored message.
    const sent = (await api(routes.sendMessage, {
      body: { conversation_id: conversation!.id, message: 'Any towels?' },
    })) as Message;
    const client = mount(sent);
    await expect
      .poll(() => client.getQueryData(['message-deliveries', sent.id]))
      .toMatchObject({ message_id: sent.id, read_at: null });
    const answer = client.getQueryData<MessageDeliveries>(['message-deliveries', sent.id])!;
    const text = deliveryLine(answer);
    // The answer is in the cache a moment before the line it makes is on the screen.
    if (text) expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
