import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation, buildProperty, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { fetchFile, pdf, png, upload } from '../../../test/uploads.ts';
import { queryRows } from '../../platform/db/connect.ts';

// Uploads held by a property (its photos) or a profile: claimed like a sent one, and shown to
// anyone signed in.
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-attachment-owners-'));
  t = await createTestApp({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  t.clock.offsetMs = 0;
});

const client = () => api(t.app);
const patchProperty = (id: string, body: unknown, as: TestUser) =>
  client().call('PATCH', `/api/properties/${id}/`, { body, as });

/** A host's property showing one photo, and an upload made the host's profile photo. */
async function ownedUploads() {
  const { host, guest, conversation, property } = await buildConversation(t.app);
  const photo = await upload(t.app, host, await png(64, 48), { filename: 'loft.png' });
  const shown = await patchProperty(property.id, { photo_ids: [photo.data.id] }, host);
  expect(shown.statusCode).toBe(200);
  const portrait = await upload(t.app, host, await png(32, 32), { filename: 'me.png' });
  // Profiles are another part of the issue: the column is set as its use case would.
  await queryRows(
    t.database.db,
    sql`update attachments set profile_of = ${host.id} where id = ${portrait.data.id}`,
  );
  return { host, guest, conversation, property, photo: photo.data, portrait: portrait.data };
}

describe('attachments a property or a profile holds', () => {
  it('are readable, content and thumbnail, by anyone signed in; other uploads are not', async () => {
    const { photo, portrait } = await ownedUploads();
    const stranger = await buildUser(t.app, 'Sam Stranger');
    for (const owned of [photo, portrait]) {
      const content = await fetchFile(t.app, owned.url, stranger);
      expect(content.statusCode).toBe(200);
      expect(content.headers['content-type']).toBe('image/png');
      const thumbnail = await fetchFile(t.app, owned.thumbnail_url, stranger);
      expect(thumbnail.statusCode).toBe(200);
      expect(thumbnail.headers['content-type']).toBe('image/jpeg');
    }
    // An upload nobody holds stays its uploader's alone.
    const other = await buildUser(t.app, 'Olga Other');
    const loose = await upload(t.app, other, await png(), { filename: 'loose.png' });
    expect((await fetchFile(t.app, loose.data.url, stranger)).statusCode).toBe(404);
    expect((await fetchFile(t.app, loose.data.thumbnail_url, stranger)).statusCode).toBe(404);
    expect((await fetchFile(t.app, loose.data.url, other)).statusCode).toBe(200);
  });

  it('cannot be sent in a message or kept on a quick reply, as a sent upload cannot', async () => {
    const { host, conversation, photo, portrait } = await ownedUploads();
    for (const owned of [photo, portrait]) {
      const sent = await client().post(
        '/api/messaging/messages/send/',
        { conversation_id: conversation.id, attachment_ids: [owned.id] },
        host,
      );
      expect(sent.statusCode).toBe(400);
      const template = await client().post(
        '/api/messaging/quick-replies/create/',
        { title: 'Photos', message: 'See the loft', attachment_ids: [owned.id] },
        host,
      );
      expect(template.statusCode).toBe(400);
    }
    const owners = await queryRows<{ id: string; property_id: string | null; profile_of: string }>(
      t.database.db,
      sql`select id, property_id, profile_of, message_id, quick_reply_id from attachments
          where id in (${photo.id}, ${portrait.id}) order by name`,
    );
    expect(owners).toEqual([
      expect.objectContaining({ id: photo.id, message_id: null, quick_reply_id: null }),
      expect.objectContaining({ id: portrait.id, message_id: null, quick_reply_id: null }),
    ]);
  });

  it('are not swept after a day, while an upload nobody took is', async () => {
    const { host, photo, portrait } = await ownedUploads();
    const forgotten = await upload(t.app, host, pdf(), { filename: 'forgotten.pdf' });
    t.clock.offsetMs = 25 * 3_600_000;
    await t.app.services.attachments.sweep();
    const left = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from attachments where id in (${photo.id}, ${portrait.id}, ${forgotten.data.id})`,
    );
    expect(left.map((r) => r.id).sort()).toEqual([photo.id, portrait.id].sort());
    t.clock.offsetMs = 0;
    const stranger = await buildUser(t.app, 'Sam Stranger');
    expect((await fetchFile(t.app, photo.url, stranger)).statusCode).toBe(200);
  });

  it('cannot be claimed by another property', async () => {
    const { host, photo } = await ownedUploads();
    const second = await buildProperty(t.app, host, { title: 'Second place' });
    const res = await patchProperty(second.id, { photo_ids: [photo.id] }, host);
    expect(res.statusCode).toBe(400);
    expect(res.data.error.details).toEqual([
      { field: 'body.photo_ids', message: expect.any(String) },
    ]);
  });
});
