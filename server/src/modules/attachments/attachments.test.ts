import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { m4aAac, oggOpus, webmOpus } from '../../../test/audio-fixtures.ts';
import { buildConversation, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import {
  exifHasGps,
  fetchFile,
  filesUnder,
  jpegWithGps,
  multipartBody,
  pdf,
  png,
  upload,
} from '../../../test/uploads.ts';
import { queryRows } from '../../platform/db/connect.ts';

const MAX_BYTES = 1024 * 1024;
let t: TestApp;
let dataDir: string;
const store = () => path.join(dataDir, 'attachments');

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-attachments-'));
  t = await createTestApp({ DATA_DIR: dataDir, ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
});
afterAll(async () => {
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const client = () => api(t.app);
const countRows = async () =>
  (
    await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from attachments`)
  )[0]!.n;

async function send(user: TestUser, body: Record<string, unknown>) {
  return client().post('/api/messaging/messages/send/', body, user);
}

describe('an upload', () => {
  it('is what its content is, whatever its name or declared type says', async () => {
    const { guest } = await buildConversation(t.app);
    const image = await png(40, 30);
    const asPdf = await upload(t.app, guest, image, {
      filename: 'lease.pdf',
      contentType: 'application/pdf',
    });
    expect(asPdf.statusCode).toBe(201);
    expect(asPdf.data).toEqual({
      id: expect.any(String),
      kind: 'image',
      content_type: 'image/png',
      size: expect.any(Number),
      name: 'lease.png',
      width: 40,
      height: 30,
      duration_ms: null,
      url: `/api/messaging/attachments/${asPdf.data.id}/content`,
      thumbnail_url: `/api/messaging/attachments/${asPdf.data.id}/thumbnail`,
    });

    const text = await upload(t.app, guest, 'just some words, not a picture', {
      filename: 'photo.png',
      contentType: 'image/png',
    });
    expect(text.statusCode).toBe(415);
    expect(text.data.error.code).toBe('unsupported_media_type');
    expect(text.data.error.message).toMatch(/cannot be told from its content.*photo.*PDF/);

    const html = await upload(t.app, guest, '<html><script>alert(1)</script></html>', {
      filename: 'x.jpg',
      contentType: 'image/jpeg',
    });
    expect(html.statusCode).toBe(415);

    const document = await upload(t.app, guest, pdf(), {
      filename: 'C:\\fakepath\\House\u202emanual',
      contentType: 'application/octet-stream',
    });
    expect(document.statusCode).toBe(201);
    expect(document.data).toMatchObject({
      kind: 'file',
      content_type: 'application/pdf',
      name: 'Housemanual.pdf',
      size: pdf().length,
      width: null,
      thumbnail_url: null,
    });

    // A zip is recognised, and refused.
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(60)]);
    const refused = await upload(t.app, guest, zip, { filename: 'x.zip' });
    expect(refused.statusCode).toBe(415);
    expect(refused.data.error.message).toContain('application/zip');
  });

  it('over ATTACHMENT_MAX_BYTES is 413, and nothing is kept', async () => {
    const { guest } = await buildConversation(t.app);
    const before = { rows: await countRows(), files: await filesUnder(store()) };
    const big = Buffer.concat([await png(10, 10), Buffer.alloc(MAX_BYTES)]);
    const res = await upload(t.app, guest, big, { filename: 'big.png', contentType: 'image/png' });
    expect(res.statusCode).toBe(413);
    expect(res.data.error).toEqual({
      code: 'payload_too_large',
      message: 'The file is larger than 1 MB, the most one may be',
    });
    expect({ rows: await countRows(), files: await filesUnder(store()) }).toEqual(before);

    // Exactly the limit is fine (the content is still refused: it is nothing we take).
    const atLimit = await upload(t.app, guest, Buffer.alloc(MAX_BYTES, 7));
    expect(atLimit.statusCode).toBe(415);
    expect({ rows: await countRows(), files: await filesUnder(store()) }).toEqual(before);
  });

  it('must be one non-empty file in the field "file" of a multipart body', async () => {
    const { guest } = await buildConversation(t.app);
    const empty = await upload(t.app, guest, Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.data.error.message).toBe('file: is empty');

    const wrongField = await upload(t.app, guest, await png(), { field: 'photo' });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.data.error.message).toContain('"photo"');

    const json = await client().post('/api/messaging/attachments/', { file: 'abc' }, guest);
    expect(json.statusCode).toBe(415);
    expect(json.data.error.code).toBe('unsupported_media_type');

    const noFile = multipartBody([{ name: 'caption', data: 'hello' }]);
    const fieldsOnly = await t.app.inject({
      method: 'POST',
      url: '/api/messaging/attachments/',
      headers: { authorization: `Bearer ${guest.token}`, 'content-type': noFile.contentType },
      payload: noFile.payload,
    });
    expect(fieldsOnly.statusCode).toBe(400);

    const two = multipartBody([
      { name: 'file', data: await png(), filename: 'a.png' },
      { name: 'file', data: await png(), filename: 'b.png' },
    ]);
    const twoFiles = await t.app.inject({
      method: 'POST',
      url: '/api/messaging/attachments/',
      headers: { authorization: `Bearer ${guest.token}`, 'content-type': two.contentType },
      payload: two.payload,
    });
    expect(twoFiles.statusCode).toBe(201);

    for (const [contentType, payload] of [
      ['multipart/form-data', 'no boundary'],
      ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-da'],
      ['multipart/form-data; boundary=xyz', '--xyz\r\nGarbage\r\n\r\n--xyz--'],
      ['multipart/form-data; boundary=xyz', ''],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/messaging/attachments/',
        headers: { authorization: `Bearer ${guest.token}`, 'content-type': contentType },
        payload,
      });
      expect({ payload, status: res.statusCode, code: res.json().error.code }).toEqual({
        payload,
        status: 400,
        code: 'validation_failed',
      });
    }

    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/messaging/attachments/',
      headers: { 'content-type': noFile.contentType },
      payload: noFile.payload,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('of a photo loses its EXIF and GPS, is turned upright and gets a thumbnail', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const original = await jpegWithGps(64, 48);
    const before = await sharp(original).metadata();
    // The photo as the phone wrote it: where it was taken, and turned.
    expect(exifHasGps(before.exif)).toBe(true);
    expect(before.orientation).toBe(6);

    const res = await upload(t.app, guest, original, {
      filename: 'IMG_0042.JPG',
      contentType: 'image/jpeg',
    });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      kind: 'image',
      content_type: 'image/jpeg',
      name: 'IMG_0042.JPG',
      width: 48,
      height: 64,
    });
    const sent = await send(guest, {
      conversation_id: conversation.id,
      attachment_ids: [res.data.id],
    });
    expect(sent.statusCode).toBe(201);

    const served = await fetchFile(t.app, res.data.url, host);
    expect(served.statusCode).toBe(200);
    const kept = await sharp(served.rawPayload).metadata();
    expect(kept).toMatchObject({ format: 'jpeg', width: 48, height: 64 });
    expect(kept.exif).toBeUndefined();
    expect(kept.xmp).toBeUndefined();
    expect(kept.iptc).toBeUndefined();
    expect(exifHasGps(served.rawPayload)).toBe(false);
    expect(served.rawPayload.includes(Buffer.from('FlexCam'))).toBe(false);
    expect(served.rawPayload.length).toBe(res.data.size);

    const big = await upload(t.app, guest, await png(1000, 600), { filename: 'map.png' });
    const thumbnail = await fetchFile(t.app, big.data.thumbnail_url, guest);
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/jpeg');
    expect(thumbnail.headers['content-disposition']).toBe(
      `inline; filename="map-thumbnail.jpg"; filename*=UTF-8''map-thumbnail.jpg`,
    );
    expect(await sharp(thumbnail.rawPayload).metadata()).toMatchObject({
      format: 'jpeg',
      width: 320,
      height: 192,
    });
  });

  it('keeps a short GIF animation, and scales a large image down to 4096 pixels', async () => {
    const { guest } = await buildConversation(t.app);
    const frames = await Promise.all(['#f00', '#0f0', '#00f'].map((c) => png(20, 10, c)));
    const gif = await sharp(frames, { join: { animated: true } })
      .gif()
      .toBuffer();
    const res = await upload(t.app, guest, gif, { filename: 'wave.gif' });
    expect(res.data).toMatchObject({
      kind: 'image',
      content_type: 'image/gif',
      width: 20,
      height: 10,
    });
    const served = await fetchFile(t.app, res.data.url, guest);
    expect((await sharp(served.rawPayload, { animated: true }).metadata()).pages).toBe(3);

    const wide = await sharp({
      create: { width: 5000, height: 100, channels: 3, background: '#fff' },
    })
      .png()
      .toBuffer();
    const scaled = await upload(t.app, guest, wide, { filename: 'panorama.png' });
    expect(scaled.data).toMatchObject({ width: 4096, height: 82 });
  });

  it('of audio keeps it as sent, with its length', async () => {
    const { guest } = await buildConversation(t.app);
    const cases = [
      [oggOpus(2000), 'audio/ogg', 'voice.ogg', 2000],
      [webmOpus(1500), 'audio/webm', 'voice.webm', 1500],
      // As MediaRecorder writes it: no Duration; the length comes from the last block.
      [webmOpus(1240, { duration: false }), 'audio/webm', 'voice.webm', 1240],
      [m4aAac(3000), 'audio/mp4', 'voice.m4a', 3000],
    ] as const;
    for (const [bytes, type, name, durationMs] of cases) {
      const res = await upload(t.app, guest, bytes, { filename: '', contentType: 'audio/wav' });
      expect(res.statusCode).toBe(201);
      expect(res.data).toMatchObject({
        kind: 'audio',
        content_type: type,
        name: name.replace('voice', 'voice-message'),
        size: bytes.length,
        duration_ms: durationMs,
        width: null,
        thumbnail_url: null,
      });
      const served = await fetchFile(t.app, res.data.url, guest);
      expect(served.rawPayload.equals(bytes)).toBe(true);
    }
  });
});

describe('serving an attachment', () => {
  it('answers its participants with the headers a browser needs, and 404 to anyone else', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const outsider = await buildUser(t.app, 'Olly Outsider');
    const res = await upload(t.app, guest, await png(), { filename: 'Café “menu”.png' });
    const { url, thumbnail_url: thumbnailUrl } = res.data;

    // Not sent yet: its uploader only.
    expect((await fetchFile(t.app, url, guest)).statusCode).toBe(200);
    expect((await fetchFile(t.app, url, host)).statusCode).toBe(404);

    const sent = await send(guest, {
      conversation_id: conversation.id,
      attachment_ids: [res.data.id],
    });
    expect(sent.statusCode).toBe(201);
    const served = await fetchFile(t.app, url, host);
    expect(served.statusCode).toBe(200);
    expect(served.headers).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(res.data.size),
      'content-disposition': `inline; filename="Caf_ _menu_.png"; filename*=UTF-8''Caf%C3%A9%20%E2%80%9Cmenu%E2%80%9D.png`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-cache',
      'accept-ranges': 'bytes',
      etag: expect.stringMatching(/^"[A-Za-z0-9_-]{27}"$/),
    });
    const again = await fetchFile(t.app, url, host, {
      'if-none-match': served.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    for (const [who, as] of [
      ['outsider', outsider],
      ['nobody', undefined],
    ] as const) {
      for (const part of [url, thumbnailUrl]) {
        const refused = await fetchFile(t.app, part, as);
        expect({ who, part, status: refused.statusCode }).toEqual({
          who,
          part,
          status: as ? 404 : 401,
        });
      }
    }
    const unknown = await fetchFile(
      t.app,
      '/api/messaging/attachments/00000000-0000-4000-8000-000000000000/content',
      outsider,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.data.error.code).toBe('not_found');
    const notImage = await upload(t.app, guest, pdf(), { filename: 'a.pdf' });
    expect(
      (await fetchFile(t.app, `/api/messaging/attachments/${notImage.data.id}/thumbnail`, guest))
        .statusCode,
    ).toBe(404);
  });

  it('answers a range with 206 and that part, and a range past the end with 416', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const voice = oggOpus(3000);
    const res = await upload(t.app, guest, voice, { filename: 'note.ogg' });
    await send(guest, { conversation_id: conversation.id, attachment_ids: [res.data.id] });
    const size = voice.length;

    const part = await fetchFile(t.app, res.data.url, host, { range: 'bytes=10-99' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-99/${size}`);
    expect(part.headers['content-length']).toBe('90');
    expect(part.headers['content-type']).toBe('audio/ogg');
    expect(part.rawPayload.equals(voice.subarray(10, 100))).toBe(true);

    const tail = await fetchFile(t.app, res.data.url, host, { range: 'bytes=-20' });
    expect(tail.statusCode).toBe(206);
    expect(tail.rawPayload.equals(voice.subarray(size - 20))).toBe(true);
    const open = await fetchFile(t.app, res.data.url, host, { range: `bytes=${size - 5}-` });
    expect(open.headers['content-range']).toBe(`bytes ${size - 5}-${size - 1}/${size}`);
    const clipped = await fetchFile(t.app, res.data.url, host, { range: 'bytes=0-999999' });
    expect(clipped.statusCode).toBe(206);
    expect(clipped.rawPayload.equals(voice)).toBe(true);

    const past = await fetchFile(t.app, res.data.url, host, { range: `bytes=${size}-` });
    expect(past.statusCode).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${size}`);
    expect(past.data.error.code).toBe('range_not_satisfiable');

    // Several ranges, another unit, nonsense, or an If-Range of another version: the whole file.
    for (const headers of [
      { range: 'bytes=0-1,5-6' } as Record<string, string>,
      { range: 'items=0-1' },
      { range: 'bytes=9-2' },
      { range: 'bytes=0-1', 'if-range': '"another"' },
    ]) {
      const whole = await fetchFile(t.app, res.data.url, host, headers);
      expect({ headers, status: whole.statusCode }).toEqual({ headers, status: 200 });
      expect(whole.rawPayload.equals(voice)).toBe(true);
    }
    const head = await t.app.inject({
      method: 'HEAD',
      url: res.data.url,
      headers: { authorization: `Bearer ${host.token}` },
    });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(String(size));
  });
});

describe('sending attachments', () => {
  it('carries them in the message, once, and only the sender’s own', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const photo = await upload(t.app, guest, await png(), { filename: 'door.png' });
    const manual = await upload(t.app, guest, pdf(), { filename: 'manual.pdf' });

    // Attachments only, no text.
    const sent = await send(guest, {
      conversation_id: conversation.id,
      attachment_ids: [manual.data.id, photo.data.id],
      client_message_id: 'files-1',
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.data).toMatchObject({ message: '', sender_id: guest.id });
    expect(sent.data.attachments).toEqual([manual.data, photo.data]);
    const thread = await client().get(`/api/messaging/conversations/${conversation.id}/`, host);
    expect(thread.data.messages.at(-1).attachments).toEqual([manual.data, photo.data]);
    // The receiver is told what came.
    const [note] = (await client().get('/api/messaging/notifications/', host)).data;
    expect(note.message).toBe('Hello!');

    // A retry answers the first message; a new send of a sent upload is refused.
    const retry = await send(guest, {
      conversation_id: conversation.id,
      attachment_ids: [manual.data.id, photo.data.id],
      client_message_id: 'files-1',
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.data.id).toBe(sent.data.id);
    const twice = await send(guest, {
      conversation_id: conversation.id,
      message: 'again',
      attachment_ids: [photo.data.id],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.data.error.message).toContain('attachment_ids');

    const hostsUpload = await upload(t.app, host, await png(), { filename: 'host.png' });
    const foreign = await send(guest, {
      conversation_id: conversation.id,
      attachment_ids: [hostsUpload.data.id],
    });
    expect(foreign.statusCode).toBe(400);

    const eleven = await Promise.all(
      Array.from({ length: 11 }, () => upload(t.app, guest, pdf(), { filename: 'x.pdf' })),
    );
    const tooMany = await send(guest, {
      conversation_id: conversation.id,
      attachment_ids: eleven.map((u) => u.data.id),
    });
    expect(tooMany.statusCode).toBe(400);
    const ten = await send(guest, {
      conversation_id: conversation.id,
      message: 'ten files',
      attachment_ids: eleven.slice(0, 10).map((u) => u.data.id),
    });
    expect(ten.statusCode).toBe(201);
    expect(ten.data.attachments).toHaveLength(10);

    // Nothing at all is still refused.
    const nothing = await send(guest, { conversation_id: conversation.id });
    expect(nothing.statusCode).toBe(400);
  });

  it('tells the receiver of a message of attachments only what it sent', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    // Reading the first message lets the next one raise its own notification.
    await client().post(`/api/messaging/conversations/${conversation.id}/mark-all-read/`, {}, host);
    const voice = await upload(t.app, guest, webmOpus(800), { filename: 'rec.webm' });
    await send(guest, { conversation_id: conversation.id, attachment_ids: [voice.data.id] });
    const [note] = (await client().get('/api/messaging/notifications/?unread=true', host)).data;
    expect(note.message).toBe('Sent a voice message');
  });
});

describe('a quick reply with attachments', () => {
  it('keeps them, and sends copies with every message made from it', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const manual = await upload(t.app, host, pdf(), { filename: 'house-manual.pdf' });
    const map = await upload(t.app, host, await png(200, 100), { filename: 'parking.png' });
    const created = await client().post(
      '/api/messaging/quick-replies/create/',
      {
        title: 'Arrival',
        message: 'Welcome {guest_first_name}! The manual and the parking map are attached.',
        attachment_ids: [manual.data.id, map.data.id],
      },
      host,
    );
    expect(created.statusCode).toBe(201);
    expect(created.data.attachments).toEqual([manual.data, map.data]);
    const listed = (await client().get('/api/messaging/quick-replies/', host)).data.find(
      (q: any) => q.id === created.data.id,
    );
    expect(listed.attachments).toEqual([manual.data, map.data]);
    // The host still reads them; the guest does not, until they are sent.
    expect((await fetchFile(t.app, map.data.url, host)).statusCode).toBe(200);
    expect((await fetchFile(t.app, map.data.url, guest)).statusCode).toBe(404);
    // Kept on the template, they are no longer uploads to send on their own.
    const direct = await send(host, {
      conversation_id: conversation.id,
      attachment_ids: [map.data.id],
    });
    expect(direct.statusCode).toBe(400);

    const rows = await countRows();
    const body = {
      conversation_id: conversation.id,
      quick_reply_id: created.data.id,
      client_message_id: 'arrival-1',
    };
    const sent = await send(host, body);
    expect(sent.statusCode).toBe(201);
    expect(sent.data.message).toBe('Welcome Gina! The manual and the parking map are attached.');
    const copies = sent.data.attachments;
    expect(copies.map((a: any) => a.name)).toEqual(['house-manual.pdf', 'parking.png']);
    expect(copies.map((a: any) => a.id)).not.toContain(manual.data.id);
    expect(await countRows()).toBe(rows + 2);
    const guestSees = await fetchFile(t.app, copies[1].thumbnail_url, guest);
    expect(guestSees.statusCode).toBe(200);
    expect((await fetchFile(t.app, copies[0].url, guest)).rawPayload.equals(pdf())).toBe(true);

    // A retry answers the first message and copies nothing.
    const retry = await send(host, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.data).toEqual(sent.data);
    expect(await countRows()).toBe(rows + 2);

    // With uploads of the sender's own, the template's come first.
    const extra = await upload(t.app, host, pdf('Extra'), { filename: 'extra.pdf' });
    const both = await send(host, {
      conversation_id: conversation.id,
      quick_reply_id: created.data.id,
      attachment_ids: [extra.data.id],
    });
    expect(both.data.attachments.map((a: any) => a.name)).toEqual([
      'house-manual.pdf',
      'parking.png',
      'extra.pdf',
    ]);

    // A template's attachments change with PATCH; an upload of someone else's is refused.
    const foreign = await upload(t.app, guest, pdf(), { filename: 'guest.pdf' });
    const refused = await client().call(
      'PATCH',
      `/api/messaging/quick-replies/${created.data.id}/`,
      {
        as: host,
        body: { attachment_ids: [foreign.data.id] },
      },
    );
    expect(refused.statusCode).toBe(400);
    const sentOne = await client().call(
      'PATCH',
      `/api/messaging/quick-replies/${created.data.id}/`,
      {
        as: host,
        body: { attachment_ids: [copies[0].id] },
      },
    );
    expect(sentOne.statusCode).toBe(400);
    const unchanged = await client().call(
      'PATCH',
      `/api/messaging/quick-replies/${created.data.id}/`,
      {
        as: host,
        body: { title: 'Arrival day' },
      },
    );
    expect(unchanged.data.attachments).toHaveLength(2);
    const fewer = await client().call('PATCH', `/api/messaging/quick-replies/${created.data.id}/`, {
      as: host,
      body: { attachment_ids: [map.data.id] },
    });
    expect(fewer.statusCode).toBe(200);
    expect(fewer.data.attachments).toEqual([map.data]);
    // The one let go is the host's upload again, to send or to lose in a day.
    const again = await send(host, {
      conversation_id: conversation.id,
      attachment_ids: [manual.data.id],
    });
    expect(again.statusCode).toBe(201);

    // Sent later, the template's attachments go when it is sent.
    const later = await client().post(
      '/api/messaging/messages/send/',
      {
        conversation_id: conversation.id,
        quick_reply_id: created.data.id,
        send_at: new Date(Date.now() + 3_600_000).toISOString(),
      },
      host,
    );
    expect(later.statusCode).toBe(202);
    const now = await client().post(
      `/api/messaging/scheduled-messages/${later.data.id}/send-now/`,
      {},
      host,
    );
    expect(now.statusCode).toBe(200);
    const last = (
      await client().get(`/api/messaging/conversations/${conversation.id}/`, guest)
    ).data.messages.at(-1);
    expect(last).toMatchObject({ is_quick_reply: true });
    expect(last.attachments.map((a: any) => a.name)).toEqual(['parking.png']);

    const withUploads = await send(host, {
      conversation_id: conversation.id,
      message: 'later',
      attachment_ids: [extra.data.id],
      send_at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(withUploads.statusCode).toBe(400);
  });
});

describe('the sweep', () => {
  it('deletes uploads nobody sent within a day, and files no attachment names any more', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const forgotten = await upload(t.app, guest, await png(), { filename: 'forgotten.png' });
    const sent = await upload(t.app, guest, await png(), { filename: 'sent.png' });
    await send(guest, { conversation_id: conversation.id, attachment_ids: [sent.data.id] });
    const onTemplate = await upload(t.app, host, pdf(), { filename: 'rules.pdf' });
    const template = await client().post(
      '/api/messaging/quick-replies/create/',
      { title: 'Rules', message: 'House rules attached', attachment_ids: [onTemplate.data.id] },
      host,
    );
    // A copy made for a send that never happened shares the template's file.
    const copies = await t.app.services.attachments.store.size(
      (
        await queryRows<{ storage_key: string }>(
          t.database.db,
          sql`select storage_key from attachments where id = ${onTemplate.data.id}`,
        )
      )[0]!.storage_key,
    );
    expect(copies).toBe(pdf().length);
    await queryRows(
      t.database.db,
      sql`insert into attachments (uploader_id, kind, content_type, size, name, storage_key, thumbnail_key)
          select uploader_id, kind, content_type, size, name, storage_key, thumbnail_key
          from attachments where id = ${onTemplate.data.id}`,
    );
    const keysOf = async () =>
      queryRows<{ id: string; storage_key: string; thumbnail_key: string | null }>(
        t.database.db,
        sql`select id, storage_key, thumbnail_key from attachments`,
      );
    const before = await keysOf();
    const key = (id: string) => before.find((r) => r.id === id)!;

    // Within the day, nothing goes.
    t.clock.offsetMs = 23 * 3_600_000;
    await t.app.services.attachments.sweep();
    expect((await keysOf()).length).toBe(before.length);

    t.clock.offsetMs = 25 * 3_600_000;
    try {
      const removed = await t.app.services.attachments.sweep();
      expect(removed).toBeGreaterThanOrEqual(2);
    } finally {
      t.clock.offsetMs = 0;
    }
    const after = await keysOf();
    const ids = after.map((r) => r.id);
    expect(ids).not.toContain(forgotten.data.id);
    expect(ids).toContain(sent.data.id);
    expect(ids).toContain(onTemplate.data.id);
    const files = await filesUnder(store());
    expect(files).not.toContain(key(forgotten.data.id).storage_key);
    expect(files).not.toContain(key(forgotten.data.id).thumbnail_key);
    expect(files).toContain(key(sent.data.id).storage_key);
    expect(files).toContain(key(sent.data.id).thumbnail_key);
    // The copy is gone, the template's file it shared stays.
    expect(after.filter((r) => r.storage_key === key(onTemplate.data.id).storage_key)).toHaveLength(
      1,
    );
    expect(files).toContain(key(onTemplate.data.id).storage_key);
    expect((await fetchFile(t.app, onTemplate.data.url, host)).statusCode).toBe(200);
    expect(template.data.attachments).toHaveLength(1);
    // Every file left is named by a row.
    const named = new Set(after.flatMap((r) => [r.storage_key, r.thumbnail_key]));
    expect(files.filter((f) => !named.has(f))).toEqual([]);
  });

  it('runs as a recurring job of the workers', () => {
    const job = t.app.services.jobs.find((j) => j.kind === 'attachments.sweep-unsent');
    expect(job?.every?.ms).toBe(3_600_000);
  });
});
