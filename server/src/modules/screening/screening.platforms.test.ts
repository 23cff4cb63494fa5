import type { ScreeningPolicy } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdmin, buildConversation, buildUser } from '../../../test/factories.ts';
import {
  api,
  createTestApp,
  uniqueEmail,
  type TestApp,
  type TestUser,
} from '../../../test/harness.ts';
import { importRecords, platformApi } from '../../../test/platform.ts';
import { queryRows } from '../../platform/db/connect.ts';

const PHONE = 'Call me on +351 912 345 678 or write to ana.silva@gmail.com';
const MASKED = 'Call me on [phone number hidden] or write to [email address hidden]';

let t: TestApp;
let admin: TestUser;

// The installation masks (the default); each platform below may say otherwise.
beforeAll(async () => {
  t = await createTestApp();
  admin = await buildAdmin(t.app);
});
afterAll(() => t?.close());

let sequence = 0;
const externalId = (kind: string) => `${kind}_${Date.now().toString(36)}_${(sequence += 1)}`;

/** A platform: an API key (with its own screening policy, or none) made by an admin. */
async function buildPlatform(screeningPolicy?: ScreeningPolicy | null) {
  const res = await api(t.app).post(
    '/api/admin/api-keys/',
    {
      name: `Platform ${(sequence += 1)}`,
      scopes: ['users:write', 'properties:write', 'reservations:write'],
      ...(screeningPolicy !== undefined && { screening_policy: screeningPolicy }),
    },
    admin,
  );
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.data.id as string, key: res.data.key as string };
}

/** A host and a property the platform syncs: the property's id in the messenger. */
async function syncProperty(key: string, propertyExternalId = externalId('listing')) {
  const platform = platformApi(t.app, key);
  const hostId = externalId('host');
  const host = await platform.put(`/api/platform/users/${hostId}`, {
    email: uniqueEmail('hana'),
    name: 'Hana Host',
  });
  expect(host.statusCode, host.body).toBe(201);
  const property = await platform.put(`/api/platform/properties/${propertyExternalId}`, {
    host_external_id: hostId,
    title: 'Alfama Loft',
    address: 'Rua da Saudade 5, Lisbon',
    timezone: 'Europe/Lisbon',
  });
  expect(property.statusCode, property.body).toBe(201);
  return { propertyId: property.data.id as string, hostId, propertyExternalId };
}

/** A guest's conversation about the property, opened with `first` when given. */
async function openConversation(propertyId: string, first?: string) {
  const guest = await buildUser(t.app, 'Gina Guest');
  const res = await api(t.app).post(
    '/api/messaging/conversations/create/',
    { property_id: propertyId, ...(first !== undefined && { message: first }) },
    guest,
  );
  expect(res.statusCode, res.body).toBe(201);
  return { guest, conversation: res.data as { id: string; messages: { message: string }[] } };
}

async function send(as: TestUser, conversationId: string, message: string) {
  const res = await api(t.app).post(
    '/api/messaging/messages/send/',
    { conversation_id: conversationId, message },
    as,
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

const check = async (as: TestUser, conversationId: string, message: string) =>
  (
    await api(t.app).post(
      '/api/messaging/screening/check/',
      { conversation_id: conversationId, message },
      as,
    )
  ).data;

const setPolicy = async (keyId: string, policy: ScreeningPolicy | null) => {
  const res = await api(t.app).call('PATCH', `/api/admin/api-keys/${keyId}/`, {
    as: admin,
    body: { screening_policy: policy },
  });
  expect(res.statusCode, res.body).toBe(200);
};

describe("a platform's own contact screening (its API key's screening_policy)", () => {
  it("off: its platform's conversations go through as written while the installation masks the others", async () => {
    const relaxed = await buildPlatform('off');
    const strict = await buildPlatform();
    const mine = await syncProperty(relaxed.key);
    const theirs = await syncProperty(strict.key);

    // The first message of a conversation, and the ones after it.
    const { guest, conversation } = await openConversation(mine.propertyId, PHONE);
    expect(conversation.messages[0]).toMatchObject({ message: PHONE, screening: null });
    expect(await send(guest, conversation.id, PHONE)).toMatchObject({
      message: PHONE,
      screened: false,
      screening: null,
    });
    expect(await check(guest, conversation.id, PHONE)).toMatchObject({
      action: 'none',
      policy: 'off',
      message: PHONE,
    });

    // Another key's property, and one a host listed in the messenger itself: masked.
    const other = await openConversation(theirs.propertyId);
    expect(await send(other.guest, other.conversation.id, PHONE)).toMatchObject({
      message: MASKED,
      screened: true,
      screening: { action: 'masked', kinds: ['phone', 'email'] },
    });
    expect(await check(other.guest, other.conversation.id, PHONE)).toMatchObject({
      action: 'mask',
      policy: 'mask',
    });
    const own = await buildConversation(t.app, PHONE);
    expect(own.conversation.messages[0]).toMatchObject({ message: MASKED });

    // Nothing of the relaxed platform's reaches the admins' list of screened messages.
    const listed = await api(t.app).get('/api/admin/screened-messages/', admin);
    const conversations = listed.data.map((m: { conversation_id: string }) => m.conversation_id);
    expect(conversations).not.toContain(conversation.id);
    expect(conversations).toContain(other.conversation.id);
  });

  it("warn: its platform's messages are sent as written and flagged", async () => {
    const platform = await buildPlatform('warn');
    const { propertyId } = await syncProperty(platform.key);
    const { guest, conversation } = await openConversation(propertyId);
    const sent = await send(guest, conversation.id, PHONE);
    expect(sent).toMatchObject({
      message: PHONE,
      screened: false,
      screening: { action: 'flagged', kinds: ['phone', 'email'] },
    });
    expect(await check(guest, conversation.id, PHONE)).toMatchObject({
      action: 'warn',
      policy: 'warn',
      message: PHONE,
    });
    const flagged = await api(t.app).get('/api/admin/screened-messages/?action=flagged', admin);
    expect(flagged.data.find((m: { id: string }) => m.id === sent.id)).toMatchObject({
      message: PHONE,
      screening: {
        action: 'flagged',
        original: PHONE,
        matches: [
          { kind: 'phone', text: '+351 912 345 678' },
          { kind: 'email', text: 'ana.silva@gmail.com' },
        ],
      },
    });
  });

  it('holds from the next message once changed; what was masked stays masked; edits follow it', async () => {
    const platform = await buildPlatform();
    const { propertyId } = await syncProperty(platform.key);
    const { guest, conversation } = await openConversation(propertyId);
    const before = await send(guest, conversation.id, PHONE);
    expect(before.message).toBe(MASKED);

    await setPolicy(platform.id, 'off');
    const after = await send(guest, conversation.id, 'Or +44 20 7946 0958');
    expect(after).toMatchObject({ message: 'Or +44 20 7946 0958', screening: null });
    const thread = await api(t.app).get(`/api/messaging/conversations/${conversation.id}/`, guest);
    expect(thread.data.messages.find((m: { id: string }) => m.id === before.id)).toMatchObject({
      message: MASKED,
      screened: true,
    });
    const edited = await api(t.app).call('PATCH', `/api/messaging/messages/${before.id}/`, {
      as: guest,
      body: { message: 'Actually: +351 934 567 890' },
    });
    expect(edited.data).toMatchObject({ message: 'Actually: +351 934 567 890', screening: null });

    await setPolicy(platform.id, 'warn');
    const editedAgain = await api(t.app).call('PATCH', `/api/messaging/messages/${after.id}/`, {
      as: guest,
      body: { message: 'Or +44 20 7946 0959' },
    });
    expect(editedAgain.data).toMatchObject({
      message: 'Or +44 20 7946 0959',
      screening: { action: 'flagged', kinds: ['phone'] },
    });

    await setPolicy(platform.id, null);
    expect((await send(guest, conversation.id, PHONE)).message).toBe(MASKED);
  });

  it('belongs to the key that synced the property last, by PUT or by import', async () => {
    const relaxed = await buildPlatform('off');
    const strict = await buildPlatform('mask');
    const { propertyId, propertyExternalId, hostId } = await syncProperty(relaxed.key);
    const { guest, conversation } = await openConversation(propertyId);
    expect((await send(guest, conversation.id, PHONE)).message).toBe(PHONE);

    const keyOf = async () =>
      (
        await queryRows<{ api_key_id: string | null }>(
          t.database.db,
          sql`select api_key_id from properties where id = ${propertyId}`,
        )
      )[0]!.api_key_id;
    expect(await keyOf()).toBe(relaxed.id);

    // The strict platform syncs the same property (the same request twice changes nothing).
    for (let i = 0; i < 2; i += 1) {
      const res = await platformApi(t.app, strict.key).put(
        `/api/platform/properties/${propertyExternalId}`,
        {
          host_external_id: hostId,
          title: 'Alfama Loft',
          address: 'Rua da Saudade 5, Lisbon',
          timezone: 'Europe/Lisbon',
        },
      );
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(await keyOf()).toBe(strict.id);
    expect((await send(guest, conversation.id, PHONE)).message).toBe(MASKED);

    const imported = await importRecords(t.app, relaxed.key, [
      {
        type: 'property',
        external_id: propertyExternalId,
        host_external_id: hostId,
        title: 'Alfama Loft',
        address: 'Rua da Saudade 5, Lisbon',
        timezone: 'Europe/Lisbon',
      },
    ]);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.lines[0]).toMatchObject({ result: 'updated' });
    expect(await keyOf()).toBe(relaxed.id);
    expect((await send(guest, conversation.id, PHONE)).message).toBe(PHONE);
  });
});
