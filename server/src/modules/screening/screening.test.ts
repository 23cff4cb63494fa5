import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAdmin,
  buildConversation,
  buildStayConversation,
  buildUser,
} from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { connect, listen } from '../../../test/realtime.ts';

const PHONE = 'Call me on +351 912 345 678 or write to ana.silva@gmail.com';
const MASKED = 'Call me on [phone number hidden] or write to [email address hidden]';

async function send(t: TestApp, as: TestUser, conversationId: string, message: string) {
  const res = await api(t.app).post(
    '/api/messaging/messages/send/',
    { conversation_id: conversationId, message },
    as,
  );
  expect(res.statusCode).toBe(201);
  return res.data;
}

const thread = async (t: TestApp, as: TestUser, conversationId: string) =>
  (await api(t.app).get(`/api/messaging/conversations/${conversationId}/`, as)).data;

/** A guest's stay with a host, its conversation, and whether the host confirmed it. */
async function stay(t: TestApp, options: { confirmed: boolean }) {
  const built = await buildStayConversation(t.app);
  if (options.confirmed) await confirm(t, built.host, built.reservation.id);
  return built;
}

async function confirm(t: TestApp, host: TestUser, reservationId: string) {
  const res = await api(t.app).post(`/api/reservations/${reservationId}/confirm/`, {}, host);
  expect(res.statusCode).toBe(200);
}

describe('contact screening (policy mask, the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('hides contact details from both sides before the stay is confirmed; admins read the original', async () => {
    const { host, guest, conversationId } = await stay(t, { confirmed: false });
    const url = await listen(t.app);
    const hostSocket = await connect(url, host.token);
    try {
      const sent = await send(t, guest, conversationId, PHONE);
      expect(sent).toMatchObject({
        message: MASKED,
        screened: true,
        screening: { action: 'masked', kinds: ['phone', 'email'] },
      });
      // Live, in the thread and in the inbox, the receiver reads the masked text only.
      const live = await hostSocket.next('message.created', (e) => e.message.id === sent.id);
      expect(live.message).toMatchObject({ message: MASKED, screened: true });
      const asHost = await thread(t, host, conversationId);
      expect(asHost.messages.at(-1)).toMatchObject({ id: sent.id, message: MASKED });
      expect(JSON.stringify(asHost)).not.toContain('912 345 678');
      const inbox = (await api(t.app).get('/api/messaging/conversations/', host)).data;
      expect(inbox[0].last_message).toMatchObject({ id: sent.id, message: MASKED });
      const sync = (await api(t.app).get('/api/messaging/sync/', host)).data;
      expect(JSON.stringify(sync)).not.toContain('ana.silva');

      // The admin console keeps what was written and what matched.
      const admin = await buildAdmin(t.app);
      const view = await api(t.app).post(
        `/api/admin/conversations/${conversationId}/view/`,
        { reason: 'Checking a screened message' },
        admin,
      );
      expect(view.statusCode).toBe(200);
      const shown = view.data.messages.find((m: { id: string }) => m.id === sent.id);
      expect(shown).toMatchObject({
        message: MASKED,
        screening: {
          action: 'masked',
          original: PHONE,
          matches: [
            { kind: 'phone', text: '+351 912 345 678' },
            { kind: 'email', text: 'ana.silva@gmail.com' },
          ],
        },
      });
      const listed = await api(t.app).get('/api/admin/screened-messages/?action=masked', admin);
      expect(listed.statusCode).toBe(200);
      expect(listed.data[0]).toMatchObject({
        id: sent.id,
        conversation_id: conversationId,
        sender: { id: guest.id },
        receiver: { id: host.id },
        message: MASKED,
        screening: { action: 'masked', original: PHONE },
      });
      const flagged = await api(t.app).get('/api/admin/screened-messages/?action=flagged', admin);
      expect(flagged.data.map((m: { id: string }) => m.id)).not.toContain(sent.id);
      expect((await api(t.app).get('/api/admin/screened-messages/', host)).statusCode).toBe(403);
    } finally {
      hostSocket.close();
    }
  });

  it('lets ordinary text through untouched and records nothing', async () => {
    const { guest, conversationId } = await stay(t, { confirmed: false });
    const text = 'We land on 12/03/2025 at 15:30, flight TP 1234. Total 1.250,00 € for 2 adults.';
    const sent = await send(t, guest, conversationId, text);
    expect(sent).toMatchObject({ message: text, screened: false, screening: null });
  });

  it('masks nothing once the stay is confirmed, and keeps what it masked before', async () => {
    const { host, guest, reservation, conversationId } = await stay(t, { confirmed: false });
    const before = await send(t, guest, conversationId, PHONE);
    await confirm(t, host, reservation.id);
    const after = await send(t, host, conversationId, 'My number is +351 934 567 890');
    expect(after).toMatchObject({
      message: 'My number is +351 934 567 890',
      screened: false,
      screening: null,
    });
    const messages = (await thread(t, guest, conversationId)).messages;
    expect(messages.find((m: { id: string }) => m.id === before.id)).toMatchObject({
      message: MASKED,
      screened: true,
    });
  });

  it('screens the first message of a new conversation and scheduled messages too', async () => {
    const { host, guest, conversation } = await buildConversation(
      t.app,
      'Can I pay you by bank transfer instead?',
    );
    expect(conversation.messages[0]).toMatchObject({
      message: 'Can I pay you by [payment details hidden] instead?',
      screening: { action: 'masked', kinds: ['payment'] },
    });

    // A message sent later is screened when it goes out.
    const sendAt = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, message: 'Or PayPal, anna@mail.de', send_at: sendAt },
      host,
    );
    expect(scheduled.statusCode).toBe(202);
    t.clock.offsetMs = 3_600_000 + 1_000;
    try {
      expect((await t.app.services.scheduledMessages.sendDue()).sent).toBeGreaterThanOrEqual(1);
    } finally {
      t.clock.offsetMs = 0;
    }
    expect((await thread(t, guest, conversation.id)).messages.at(-1)).toMatchObject({
      sender_id: host.id,
      message: 'Or [payment details hidden], [email address hidden]',
      screened: true,
    });
  });

  it('screens an edit again, and the revision log keeps what was written', async () => {
    const { guest, host, conversationId } = await stay(t, { confirmed: false });
    const sent = await send(t, guest, conversationId, PHONE);
    const edit = (message: string) =>
      api(t.app).call('PATCH', `/api/messaging/messages/${sent.id}/`, {
        as: guest,
        body: { message },
      });
    // The same text again is a retry of the send, not an edit.
    expect((await edit(PHONE)).data).toMatchObject({ message: MASKED, edited_at: null });
    const edited = await edit('Never mind, see you there!');
    expect(edited.data).toMatchObject({
      message: 'Never mind, see you there!',
      screened: false,
      screening: null,
    });
    const admin = await buildAdmin(t.app);
    const view = await api(t.app).post(
      `/api/admin/conversations/${conversationId}/view/`,
      { reason: 'Reviewing an edit' },
      admin,
    );
    const shown = view.data.messages.find((m: { id: string }) => m.id === sent.id);
    expect(shown.revisions).toEqual([
      expect.objectContaining({ action: 'edited', message: PHONE }),
    ]);
    expect((await thread(t, host, conversationId)).messages.at(-1).message).toBe(
      'Never mind, see you there!',
    );
  });

  it('tells a composer what sending would do, for its own conversations only', async () => {
    const { guest, host, reservation, conversationId } = await stay(t, { confirmed: false });
    const check = (as: TestUser, message: string, id = conversationId) =>
      api(t.app).post('/api/messaging/screening/check/', { conversation_id: id, message }, as);
    const answer = await check(guest, 'Text me: 06 12 34 56 78');
    expect(answer.statusCode).toBe(200);
    expect(answer.data).toEqual({
      action: 'mask',
      policy: 'mask',
      kinds: ['phone'],
      matches: [{ kind: 'phone', start: 9, end: 23 }],
      message: 'Text me: [phone number hidden]',
    });
    expect((await check(guest, 'See you at 3pm!')).data).toMatchObject({
      action: 'none',
      kinds: [],
      message: 'See you at 3pm!',
    });
    // Nothing was sent.
    expect((await thread(t, host, conversationId)).messages).toHaveLength(0);
    const stranger = await buildUser(t.app, 'Sam Stranger');
    expect((await check(stranger, 'Hi 06 12 34 56 78')).statusCode).toBe(404);
    expect((await check(guest, '   ')).statusCode).toBe(400);
    await confirm(t, host, reservation.id);
    expect((await check(guest, 'Text me: 06 12 34 56 78')).data.action).toBe('none');
  });
});

describe("contact screening in the receiver's language", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const GERMAN =
    'Call me on [Telefonnummer ausgeblendet] or write to [E-Mail-Adresse ausgeblendet]';

  it('masks in the language the receiver reads, as sent, for both sides and the admins', async () => {
    const { host, guest, conversationId } = await stay(t, { confirmed: false });
    const profile = await api(t.app).call('PATCH', '/api/auth/me/', {
      as: host,
      body: { locale: 'de-DE' },
    });
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.data.language).toBe('de');

    // The composer shows the guest what the host will read.
    const check = await api(t.app).post(
      '/api/messaging/screening/check/',
      { conversation_id: conversationId, message: PHONE },
      guest,
    );
    expect(check.data).toMatchObject({ action: 'mask', message: GERMAN });

    const sent = await send(t, guest, conversationId, PHONE);
    expect(sent).toMatchObject({ message: GERMAN, screened: true });
    expect((await thread(t, host, conversationId)).messages.at(-1)).toMatchObject({
      id: sent.id,
      message: GERMAN,
      screened: true,
      screening: { action: 'masked', kinds: ['phone', 'email'] },
    });
    // An edit is masked for the same reader.
    const edited = await api(t.app).call('PATCH', `/api/messaging/messages/${sent.id}/`, {
      as: guest,
      body: { message: 'Or pay by PayPal' },
    });
    expect(edited.data.message).toBe('Or pay by [Zahlungsdaten ausgeblendet]');

    // The English-reading guest's messages to them stay in English; admins read the original.
    const reply = await send(t, host, conversationId, PHONE);
    expect(reply.message).toBe(MASKED);
    const admin = await buildAdmin(t.app);
    const listed = await api(t.app).get('/api/admin/screened-messages/?action=masked', admin);
    expect(listed.data.find((m: { id: string }) => m.id === reply.id)).toMatchObject({
      screening: { original: PHONE },
    });
  });
});

describe('contact screening policies', () => {
  it('warn: sent as written and flagged; off: nothing', async () => {
    for (const policy of ['warn', 'off'] as const) {
      const t = await createTestApp({ SCREENING_POLICY: policy });
      try {
        const { guest, conversation } = await buildConversation(t.app);
        const sent = await send(t, guest, conversation.id, PHONE);
        expect(sent).toMatchObject({
          message: PHONE,
          screened: false,
          screening: policy === 'warn' ? { action: 'flagged', kinds: ['phone', 'email'] } : null,
        });
        const check = await api(t.app).post(
          '/api/messaging/screening/check/',
          { conversation_id: conversation.id, message: PHONE },
          guest,
        );
        expect(check.data).toMatchObject({
          action: policy === 'warn' ? 'warn' : 'none',
          policy,
          message: PHONE,
        });
        const admin = await buildAdmin(t.app);
        const listed = await api(t.app).get('/api/admin/screened-messages/', admin);
        expect(listed.data.map((m: { id: string }) => m.id)).toEqual(
          policy === 'warn' ? [sent.id] : [],
        );
      } finally {
        await t.close();
      }
    }
  });

  it('SCREENING_REVEAL_ON_CONFIRM shows masked messages as written once the stay is confirmed', async () => {
    const t = await createTestApp({ SCREENING_REVEAL_ON_CONFIRM: 'true' });
    try {
      const { host, guest, reservation, conversationId } = await stay(t, { confirmed: false });
      const sent = await send(t, guest, conversationId, PHONE);
      expect(sent.message).toBe(MASKED);
      const url = await listen(t.app);
      const guestSocket = await connect(url, guest.token);
      try {
        await confirm(t, host, reservation.id);
        const live = await guestSocket.next('message.updated', (e) => e.message.id === sent.id);
        expect(live.message).toMatchObject({
          message: PHONE,
          screened: false,
          screening: { action: 'revealed', kinds: ['phone', 'email'] },
        });
      } finally {
        guestSocket.close();
      }
      const messages = (await thread(t, host, conversationId)).messages;
      expect(messages.find((m: { id: string }) => m.id === sent.id)).toMatchObject({
        message: PHONE,
        screened: false,
      });
    } finally {
      await t.close();
    }
  });
});
