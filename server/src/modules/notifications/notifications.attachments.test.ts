import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webmOpus } from '../../../test/audio-fixtures.ts';
import { buildConversation } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { startMailServer } from '../../../test/mail-server.ts';
import { startPushService } from '../../../test/push-service.ts';
import { ACCOUNT_SID, AUTH_TOKEN, FROM, startTwilio } from '../../../test/twilio-service.ts';
import { pdf, png, upload } from '../../../test/uploads.ts';
import { attachmentsNote, sentAttachmentsText } from './notifications.content.ts';

let t: TestApp;
let dataDir: string;
let mail: Awaited<ReturnType<typeof startMailServer>>;
let twilio: Awaited<ReturnType<typeof startTwilio>>;
let push: Awaited<ReturnType<typeof startPushService>>;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-notify-files-'));
  [mail, twilio, push] = await Promise.all([startMailServer(), startTwilio(), startPushService()]);
  t = await createTestApp(
    {
      DATA_DIR: dataDir,
      SMTP_URL: mail.url,
      PUBLIC_URL: 'https://messenger.flexbnb.test',
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM: FROM,
      TWILIO_BASE_URL: twilio.baseUrl,
    },
    { httpsAgent: push.agent },
  );
});
afterAll(async () => {
  await t?.close();
  await Promise.all([mail?.close(), twilio?.close(), push?.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

const client = () => api(t.app);

async function deliveryOf(user: TestUser, channel: string) {
  const [notification] = (await client().get('/api/messaging/notifications/?unread=true', user))
    .data;
  const deliveries = await client().get(
    `/api/messaging/notifications/${notification.id}/deliveries/`,
    user,
  );
  return { notification, delivery: deliveries.data.find((d: any) => d.channel === channel) };
}

describe('a message with attachments', () => {
  it('is emailed naming its files, with a link to the conversation, and none attached', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Arriving at 6');
    const photo = await upload(t.app, guest, await png(), { filename: 'parking.png' });
    const manual = await upload(t.app, guest, pdf(), { filename: 'manual.pdf' });
    const sent = await client().post(
      '/api/messaging/messages/send/',
      {
        conversation_id: conversation.id,
        message: 'Is this the right spot?',
        attachment_ids: [photo.data.id, manual.data.id],
      },
      guest,
    );
    expect(sent.statusCode).toBe(201);
    const { delivery } = await deliveryOf(host, 'email');
    const before = mail.received.length;
    await t.app.services.notifications.deliver(delivery.id);
    const [received] = (await mail.waitFor(before + 1)).slice(before);
    const parsed = received!.parsed;
    const link = `https://messenger.flexbnb.test/host/messages/${conversation.id}`;
    expect(parsed.text).toContain('Arriving at 6');
    expect(parsed.text).toContain(
      `Is this the right spot?\n📎 2 attachments: parking.png, manual.pdf (${link})`,
    );
    expect(parsed.html).toContain(`href="${link}"`);
    expect(parsed.html).toContain('📎 2 attachments: parking.png, manual.pdf</a>');
    expect(parsed.attachments).toEqual([]);
    expect(received!.raw.toString('latin1')).not.toContain('Content-Disposition: attachment');
  });

  it('of a voice message only says so by SMS and push', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Hi');
    await client().post(`/api/messaging/conversations/${conversation.id}/mark-all-read/`, {}, host);
    const settings = await client().call('PUT', '/api/messaging/notification-settings/', {
      as: host,
      body: { phone: '+351912345678', types: { new_message: { sms: true } } },
    });
    expect(settings.statusCode).toBe(200);
    const key = await client().get('/api/messaging/push/vapid-public-key/', host);
    const browser = push.subscribe({ applicationServerKey: key.data.public_key });
    await client().post(
      '/api/messaging/push-subscriptions/',
      { endpoint: browser.endpoint, expirationTime: null, keys: browser.keys },
      host,
    );
    const voice = await upload(t.app, guest, webmOpus(2000), { filename: 'voice.webm' });
    await client().post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, attachment_ids: [voice.data.id] },
      guest,
    );

    const { notification, delivery: sms } = await deliveryOf(host, 'sms');
    expect(notification.message).toBe('Sent a voice message');
    await t.app.services.notifications.deliver(sms.id);
    expect(twilio.violations).toEqual([]);
    expect(twilio.received.at(-1)!.body).toBe(
      `FlexBNB: New message from Gina Guest: Sent a voice message https://messenger.flexbnb.test/host/messages/${conversation.id}`,
    );

    const { delivery: pushDelivery } = await deliveryOf(host, 'push');
    const before = push.received.length;
    await t.app.services.notifications.deliver(pushDelivery.id);
    const [received] = push.received.slice(before);
    expect(JSON.parse(received!.payload!)).toMatchObject({
      title: 'New message from Gina Guest',
      body: 'Sent a voice message',
    });
  });

  it('is worded by what it carries', () => {
    expect(sentAttachmentsText([{ kind: 'image' }])).toBe('Sent a photo');
    expect(sentAttachmentsText([{ kind: 'image' }, { kind: 'image' }])).toBe('Sent 2 photos');
    expect(sentAttachmentsText([{ kind: 'file' }])).toBe('Sent a file');
    expect(sentAttachmentsText([{ kind: 'audio' }, { kind: 'file' }])).toBe('Sent 2 attachments');
    expect(sentAttachmentsText([])).toBe('');
    expect(attachmentsNote([{ name: 'a.pdf' }])).toBe('📎 1 attachment: a.pdf');
  });
});
