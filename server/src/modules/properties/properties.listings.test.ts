import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProperty, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { pdf, png, upload } from '../../../test/uploads.ts';
import { queryRows } from '../../platform/db/connect.ts';

// A listing as a host makes it: a nightly rate and its currency, and photos in order.
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-listings-'));
  t = await createTestApp({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const client = () => api(t.app);
const patch = (id: string, body: unknown, as: TestUser) =>
  client().call('PATCH', `/api/properties/${id}/`, { body, as });
const photoUpload = async (as: TestUser, name = 'room.png') =>
  (await upload(t.app, as, await png(80, 60), { filename: name })).data as { id: string };

describe('a nightly rate', () => {
  it('is stored with two decimals in the currency given, USD by default, and null clears it', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const plain = await buildProperty(t.app, host);
    expect(plain).toMatchObject({ nightly_rate: null, currency: 'USD', photos: [] });

    const priced = await buildProperty(t.app, host, { nightly_rate: 89.5, currency: 'eur' });
    expect(priced).toMatchObject({ nightly_rate: '89.50', currency: 'EUR' });
    const asText = await patch(priced.id, { nightly_rate: '120' }, host);
    expect(asText.statusCode).toBe(200);
    expect(asText.data).toMatchObject({ nightly_rate: '120.00', currency: 'EUR' });
    const seen = await client().get(`/api/properties/${priced.id}/`, await buildUser(t.app));
    expect(seen.data).toMatchObject({ nightly_rate: '120.00', currency: 'EUR' });
    const cleared = await patch(priced.id, { nightly_rate: null }, host);
    expect(cleared.data.nightly_rate).toBeNull();
  });

  it('refuses a negative rate, more than two decimals and a code that is no currency', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const property = await buildProperty(t.app, host);
    for (const body of [
      { nightly_rate: -1 },
      { nightly_rate: '-1' },
      { nightly_rate: 10.555 },
      { nightly_rate: '10.555' },
      { nightly_rate: 'ten' },
      { currency: 'XYZ' },
      { currency: 'EURO' },
    ]) {
      const res = await patch(property.id, body, host);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.data.error.code).toBe('validation_failed');
    }
  });
});

describe('photos', () => {
  it('are shown in the order given, to anyone, with their URLs and sizes', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const [a, b] = [await photoUpload(host, 'a.png'), await photoUpload(host, 'b.png')];
    const property = await buildProperty(t.app, host, { photo_ids: [b.id, a.id] });
    expect(property.photos).toEqual([
      {
        id: b.id,
        url: `/api/messaging/attachments/${b.id}/content`,
        thumbnail_url: `/api/messaging/attachments/${b.id}/thumbnail`,
        width: 80,
        height: 60,
      },
      expect.objectContaining({ id: a.id }),
    ]);
    const list = await client().get('/api/properties/?limit=200', await buildUser(t.app));
    const listed = list.data.find((p: any) => p.id === property.id);
    expect(listed.photos.map((p: any) => p.id)).toEqual([b.id, a.id]);
  });

  it('are reordered, added and released by the next list', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const [a, b, c] = [await photoUpload(host), await photoUpload(host), await photoUpload(host)];
    const property = await buildProperty(t.app, host, { photo_ids: [a.id, b.id] });
    const res = await patch(property.id, { photo_ids: [c.id, a.id] }, host);
    expect(res.statusCode).toBe(200);
    expect(res.data.photos.map((p: any) => p.id)).toEqual([c.id, a.id]);
    // The one left out is the host's unclaimed upload again (the sweep deletes it in a day).
    const [released] = await queryRows<{ property_id: string | null; position: number | null }>(
      t.database.db,
      sql`select property_id, position from attachments where id = ${b.id}`,
    );
    expect(released).toEqual({ property_id: null, position: null });
    // Details alone leave the photos as they are; an empty list removes them all.
    const untouched = await patch(property.id, { title: 'Renamed' }, host);
    expect(untouched.data.photos.map((p: any) => p.id)).toEqual([c.id, a.id]);
    const none = await patch(property.id, { photo_ids: [] }, host);
    expect(none.data.photos).toEqual([]);
  });

  it("refuses someone else's upload, a file that is no image, a repeat and more than 20", async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const other = await buildUser(t.app, 'Olga Other');
    const property = await buildProperty(t.app, host);
    const foreign = await photoUpload(other);
    const document = (await upload(t.app, host, pdf(), { filename: 'rules.pdf' })).data;
    const own = await photoUpload(host);
    for (const photoIds of [[foreign.id], [document.id], [own.id, own.id]]) {
      const res = await patch(property.id, { photo_ids: photoIds }, host);
      expect(res.statusCode).toBe(400);
      expect(res.data.error.details).toEqual([
        { field: 'body.photo_ids', message: expect.any(String) },
      ]);
    }
    const create = await client().post(
      '/api/properties/',
      { title: 'Stolen', address: 'Somewhere', photo_ids: [foreign.id] },
      host,
    );
    expect(create.statusCode).toBe(400);
    const tooMany = await patch(
      property.id,
      { photo_ids: Array.from({ length: 21 }, () => crypto.randomUUID()) },
      host,
    );
    expect(tooMany.statusCode).toBe(400);
    // Nothing was taken by the refused requests.
    const [row] = await queryRows<{ property_id: string | null }>(
      t.database.db,
      sql`select property_id from attachments where id = ${foreign.id}`,
    );
    expect(row!.property_id).toBeNull();
  });

  it("of another user's property cannot be changed: 404", async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const stranger = await buildUser(t.app, 'Sam Stranger');
    const property = await buildProperty(t.app, host);
    const res = await patch(
      property.id,
      { photo_ids: [(await photoUpload(stranger)).id] },
      stranger,
    );
    expect(res.statusCode).toBe(404);
    const rate = await patch(property.id, { nightly_rate: 1 }, stranger);
    expect(rate.statusCode).toBe(404);
  });
});

describe("the host's own properties", () => {
  it('are listed with mine=true, and only theirs', async () => {
    const host = await buildUser(t.app, 'Hana Host');
    const other = await buildUser(t.app, 'Olga Other');
    const first = await buildProperty(t.app, host, { title: 'First' });
    const second = await buildProperty(t.app, host, { title: 'Second' });
    await buildProperty(t.app, other, { title: 'Not hers' });
    const mine = await client().get('/api/properties/?mine=true', host);
    expect(mine.statusCode).toBe(200);
    expect(mine.data.map((p: any) => p.id)).toEqual([second.id, first.id]);
  });
});
