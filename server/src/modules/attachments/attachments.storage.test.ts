import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp } from '../../../test/harness.ts';
import { startS3 } from '../../../test/s3-service.ts';
import { fetchFile, filesUnder, pdf, png, upload } from '../../../test/uploads.ts';
import { AppError } from '../../platform/errors.ts';
import {
  createDiskStore,
  createS3Store,
  storageKeyFor,
  type ObjectStore,
} from './attachments.storage.ts';

async function bytesOf(stream: Readable | undefined): Promise<Buffer | undefined> {
  if (!stream) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const id = () => crypto.randomUUID();

/** What every store does, the same way. */
async function exercise(store: ObjectStore) {
  const key = storageKeyFor(id(), 'content');
  const data = Buffer.from('0123456789abcdef'.repeat(64));
  expect(await store.size(key)).toBeUndefined();
  expect(await store.read(key)).toBeUndefined();
  await store.put(key, data, 'application/pdf');
  expect(await store.size(key)).toBe(data.length);
  expect((await bytesOf(await store.read(key)))!.equals(data)).toBe(true);
  expect(await bytesOf(await store.read(key, { start: 5, end: 20 }))).toEqual(data.subarray(5, 21));
  await store.delete([key, storageKeyFor(id(), 'thumbnail')]);
  expect(await store.size(key)).toBeUndefined();
  expect(await store.read(key)).toBeUndefined();
  // Keys come from the service only; anything else never reaches a path or a bucket.
  await expect(store.put('../../etc/passwd', data, 'text/plain')).rejects.toThrow(
    /not an attachment storage key/,
  );
  return key;
}

describe('the disk store', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-disk-store-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps, reads (in part), measures and deletes files under its folder', async () => {
    const store = createDiskStore(dir);
    const key = await exercise(store);
    const kept = storageKeyFor(id(), 'thumbnail');
    await store.put(kept, Buffer.from('thumb'), 'image/jpeg');
    expect(await readFile(path.join(dir, kept), 'utf8')).toBe('thumb');
    // No temporary file is left behind, and the deleted one is gone.
    expect((await filesUnder(dir)).filter((f) => f !== 'blocker')).toEqual([kept]);
    expect(key.slice(0, 2)).toBe(key.slice(3, 5));
  });

  it('answers unavailable when the disk refuses, not a 500', async () => {
    // A file where its folder should be: no folder can be made there.
    const blocker = path.join(dir, 'blocker');
    writeFileSync(blocker, 'not a folder');
    const store = createDiskStore(path.join(blocker, 'attachments'));
    const failure = await store.put(storageKeyFor(id(), 'content'), Buffer.from('x'), 'x/y').then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('unavailable');
  });
});

describe('the S3 store', () => {
  let s3: Awaited<ReturnType<typeof startS3>>;
  beforeAll(async () => {
    s3 = await startS3();
  });
  afterAll(() => s3.close());

  const storeWith = (secretAccessKey = s3.secretAccessKey) =>
    createS3Store({
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      region: s3.region,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey },
      forcePathStyle: true,
    });

  it('keeps, reads (in part), measures and deletes objects with signed requests', async () => {
    const store = storeWith();
    try {
      const key = await exercise(store);
      expect(s3.violations).toEqual([]);
      const methods = s3.requests.filter((r) => r.key === `attachments/${key}`);
      expect(methods.map((r) => r.method)).toEqual([
        'HEAD',
        'GET',
        'PUT',
        'HEAD',
        'GET',
        'GET',
        'DELETE',
        'HEAD',
        'GET',
      ]);
      expect(methods[5]!.range).toBe('bytes=5-20');
      expect(s3.objects.size).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('is refused with the wrong secret, or while the store fails, as unavailable', async () => {
    const wrong = storeWith('not-the-secret');
    try {
      const failure = await wrong
        .put(storageKeyFor(id(), 'content'), Buffer.from('x'), 'application/pdf')
        .then(
          () => undefined,
          (err: unknown) => err,
        );
      expect(failure).toBeInstanceOf(AppError);
      expect((failure as AppError).code).toBe('unavailable');
      expect(s3.violations.at(-1)).toMatch(/^SignatureDoesNotMatch/);
    } finally {
      await wrong.close();
    }
    s3.violations.length = 0;

    const store = storeWith();
    try {
      // The SDK tries three times; the store answers 503 each time.
      s3.failNext(503, 503, 503);
      const outage = await store.size(storageKeyFor(id(), 'content')).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect((outage as AppError).code).toBe('unavailable');
      expect(s3.violations).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('attachments kept in S3', () => {
  let s3: Awaited<ReturnType<typeof startS3>>;
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    s3 = await startS3();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-s3-app-'));
    t = await createTestApp({
      DATA_DIR: dataDir,
      S3_BUCKET: s3.bucket,
      S3_ENDPOINT: s3.endpoint,
      S3_REGION: s3.region,
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    });
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('are uploaded, served in ranges and swept there, none on disk', async () => {
    const { host, guest, conversation } = await buildConversation(t.app);
    const photo = await upload(t.app, guest, await png(400, 300), { filename: 'view.png' });
    expect(photo.statusCode).toBe(201);
    const manual = await upload(t.app, guest, pdf(), { filename: 'manual.pdf' });
    const sent = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversation.id, attachment_ids: [photo.data.id] },
      guest,
    );
    expect(sent.statusCode).toBe(201);
    // The image, its thumbnail and the PDF.
    expect(s3.objects.size).toBe(3);
    expect([...s3.objects.keys()].every((k) => k.startsWith('attachments/'))).toBe(true);

    const part = await fetchFile(t.app, photo.data.url, host, { range: 'bytes=0-7' });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const thumbnail = await fetchFile(t.app, photo.data.thumbnail_url, host);
    expect(thumbnail.statusCode).toBe(200);
    expect(thumbnail.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    t.clock.offsetMs = 25 * 3_600_000;
    try {
      expect(await t.app.services.attachments.sweep()).toBe(1);
    } finally {
      t.clock.offsetMs = 0;
    }
    expect(s3.objects.size).toBe(2);
    expect(s3.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect((await fetchFile(t.app, manual.data.url, guest)).statusCode).toBe(404);
    expect(s3.violations).toEqual([]);
    expect(await filesUnder(path.join(dataDir, 'attachments'))).toEqual([]);
  });
});
