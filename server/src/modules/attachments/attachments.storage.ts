/**
 * Where attachment files live: a folder on disk (`DATA_DIR/attachments`) or an S3-compatible
 * bucket. Both store immutable objects under keys the service makes; the database says which
 * key each attachment reads, so copies (a template's, sent) share one object.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type * as S3 from '@aws-sdk/client-s3';
import type { S3Config } from '../../config.ts';
import { AppError } from '../../platform/errors.ts';

/** Bytes `start` to `end` of an object, both included. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface ObjectStore {
  readonly kind: 'disk' | 's3';
  /** Stores `data` under `key`, replacing nothing (keys are new). @throws unavailable */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The object's size in bytes; undefined when there is none. @throws unavailable */
  size(key: string): Promise<number | undefined>;
  /** The object's bytes, all or `range`; undefined when there is none. @throws unavailable */
  read(key: string, range?: ByteRange): Promise<Readable | undefined>;
  /** Removes the objects; one that is not there is fine. @throws unavailable */
  delete(keys: readonly string[]): Promise<void>;
  /** Lets go of connections; the store is not used after. */
  close(): Promise<void>;
}

// The service makes every key (`ab/<uuid>`, `ab/<uuid>.thumb`); anything else is a bug, and
// must never name a file outside the folder.
const KEY = /^[a-z0-9]{2}\/[a-z0-9-]{36}(\.thumb)?$/;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`not an attachment storage key: ${JSON.stringify(key)}`);
  return key;
}

/** A new key for an object of the attachment `id`. */
export function storageKeyFor(id: string, part: 'content' | 'thumbnail'): string {
  return checkKey(`${id.slice(0, 2)}/${id}${part === 'thumbnail' ? '.thumb' : ''}`);
}

const isMissing = (err: unknown) => (err as { code?: unknown }).code === 'ENOENT';

const storeUnavailable = () =>
  new AppError('unavailable', 'The file store is unavailable; try again', undefined, {
    'retry-after': '5',
  });

/** A failure of the disk (full, not writable) is `unavailable` for the request, not a 500. */
async function onDisk<T, M = never>(work: () => Promise<T>, ...missing: [M] | []): Promise<T | M> {
  try {
    return await work();
  } catch (err) {
    if (missing.length > 0 && isMissing(err)) return missing[0] as M;
    throw Object.assign(storeUnavailable(), { cause: err });
  }
}

/** Files under `root`, written aside and renamed into place, so a reader never sees half of one. */
export function createDiskStore(root: string): ObjectStore {
  const fileOf = (key: string) => path.join(root, checkKey(key));
  return {
    kind: 'disk',
    async put(key, data) {
      const file = fileOf(key);
      const temporary = `${file}.${randomUUID()}.tmp`;
      await onDisk(async () => {
        await mkdir(path.dirname(file), { recursive: true });
        try {
          await writeFile(temporary, data, { flag: 'wx' });
          await rename(temporary, file);
        } catch (err) {
          await rm(temporary, { force: true });
          throw err;
        }
      });
    },
    async size(key) {
      const file = fileOf(key);
      return onDisk(async () => (await stat(file)).size, undefined);
    },
    async read(key, range) {
      const file = fileOf(key);
      // Opened here, so that a missing file is an answer rather than a stream error later.
      const handle = await onDisk(() => open(file, 'r'), undefined);
      return (
        handle &&
        createReadStream('', { fd: handle, ...(range && { start: range.start, end: range.end }) })
      );
    },
    async delete(keys) {
      const files = keys.map(fileOf);
      await onDisk(() => Promise.all(files.map((file) => rm(file, { force: true }))));
    },
    async close() {},
  };
}

const notThere = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
};

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2…), under `attachments/`. The AWS
 * SDK is loaded on first use: a node that never touches a file does not pay for it.
 */
export function createS3Store(config: S3Config): ObjectStore {
  const objectKey = (key: string) => `attachments/${checkKey(key)}`;
  let client: Promise<{ s3: S3.S3Client; sdk: typeof S3 }> | undefined;
  const connect = () =>
    (client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        endpoint: config.endpoint,
        region: config.region,
        forcePathStyle: config.forcePathStyle,
        ...(config.credentials && { credentials: config.credentials }),
        // The newer default checksums (CRC32 headers and trailers) are not understood by every
        // S3-compatible server; the signature's payload hash already covers each body.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 3,
      }),
    })));

  /**
   * Runs a request; a refusal or outage of the store is `unavailable`, not a 500. With
   * `missing`, an object that is not there answers that instead.
   */
  async function call<T, M = never>(
    work: (c: Awaited<ReturnType<typeof connect>>) => Promise<T>,
    ...missing: [M] | []
  ): Promise<T | M> {
    try {
      return await work(await connect());
    } catch (err) {
      if (missing.length > 0 && notThere(err)) return missing[0] as M;
      throw Object.assign(storeUnavailable(), { cause: err });
    }
  }

  return {
    kind: 's3',
    async put(key, data, contentType) {
      const Key = objectKey(key);
      await call(({ s3, sdk }) =>
        s3.send(
          new sdk.PutObjectCommand({
            Bucket: config.bucket,
            Key,
            Body: data,
            ContentType: contentType,
            ContentLength: data.length,
          }),
        ),
      );
    },
    async size(key) {
      const Key = objectKey(key);
      const head = await call(
        ({ s3, sdk }) => s3.send(new sdk.HeadObjectCommand({ Bucket: config.bucket, Key })),
        undefined,
      );
      return head?.ContentLength;
    },
    async read(key, range) {
      const Key = objectKey(key);
      const object = await call(
        ({ s3, sdk }) =>
          s3.send(
            new sdk.GetObjectCommand({
              Bucket: config.bucket,
              Key,
              ...(range && { Range: `bytes=${range.start}-${range.end}` }),
            }),
          ),
        undefined,
      );
      const body = object?.Body;
      if (!body) return undefined;
      // In Node the SDK answers a stream of the response itself.
      return body instanceof Readable
        ? body
        : Readable.fromWeb(body.transformToWebStream() as Parameters<typeof Readable.fromWeb>[0]);
    },
    async delete(keys) {
      // One request per object: DeleteObjects needs a Content-MD5 some S3-compatible servers
      // want and the SDK no longer sends.
      const objectKeys = keys.map(objectKey);
      await Promise.all(
        objectKeys.map((Key) =>
          call(
            ({ s3, sdk }) => s3.send(new sdk.DeleteObjectCommand({ Bucket: config.bucket, Key })),
            undefined,
          ),
        ),
      );
    },
    async close() {
      if (client) (await client).s3.destroy();
    },
  };
}

/** The store the configuration names: the bucket when S3 is configured, else the data folder. */
export function createObjectStore(options: {
  dataDir: string;
  s3: S3Config | undefined;
}): ObjectStore {
  return options.s3
    ? createS3Store(options.s3)
    : createDiskStore(path.join(options.dataDir, 'attachments'));
}
