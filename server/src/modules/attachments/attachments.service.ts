import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  MAX_ATTACHMENTS_PER_MESSAGE,
  MAX_PROPERTY_PHOTOS,
  type Attachment,
  type PropertyPhoto,
} from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { attachmentName, inspectUpload } from './attachments.inspect.ts';
import { attachmentUrl, presentAttachmentRow } from './attachments.presenter.ts';
import * as repo from './attachments.repo.ts';
import {
  createObjectStore,
  storageKeyFor,
  type ByteRange,
  type ObjectStore,
} from './attachments.storage.ts';

/** An unclaimed upload (attachments.repo.unclaimed) is deleted this long after it was made. */
export const UNSENT_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;
/** Uploads one sweep statement deletes at most; the sweep repeats until none is left. */
const SWEEP_BATCH = 200;

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;

/** A file the actor may fetch, ready to serve. */
export interface OpenedFile {
  contentType: string;
  /** The name it downloads as. */
  name: string;
  size: number;
  /** Strong: an object never changes once stored. */
  etag: string;
  /**
   * Its bytes, all or `range`.
   * @throws not_found when the object has gone from the store meanwhile; unavailable
   */
  read(range?: ByteRange): Promise<Readable>;
}

/** `photo.jpg` → `photo-thumbnail.jpg`: what a thumbnail downloads as. */
function thumbnailName(name: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}-thumbnail.jpg`;
}

const etagOf = (key: string) =>
  `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;

/**
 * The attachments each template keeps, as clients see them, by template id (every id given
 * has an entry, empty when it keeps none).
 */
export async function templateAttachments(
  db: DbOrTx,
  quickReplyIds: readonly string[],
): Promise<Map<string, Attachment[]>> {
  const byTemplate = new Map<string, Attachment[]>(quickReplyIds.map((id) => [id, []]));
  for (const row of await repo.templateAttachmentRows(db, quickReplyIds)) {
    byTemplate.get(row.quickReplyId!)?.push(presentAttachmentRow(row));
  }
  return byTemplate;
}

/**
 * Makes the host's template keep exactly the attachments `ids`: uploads of the host that
 * nothing holds yet, or ones the template keeps already. Those it kept and `ids` leaves out go
 * back to the host as uploads not sent (deleted within a day, see `sweep`). Run it in the
 * transaction that writes the template.
 * @throws validation_failed naming `body.attachment_ids` for a repeated id, or one that is not
 *   such an upload
 */
export async function keepOnTemplate(
  db: DbOrTx,
  hostId: string,
  quickReplyId: string,
  ids: readonly string[],
): Promise<void> {
  const field = 'body.attachment_ids';
  if (new Set(ids).size !== ids.length) {
    throw badRequest(`${field}: an attachment is named twice`, [
      { field, message: 'names an attachment twice' },
    ]);
  }
  const usable = await repo.lockTemplateCandidates(db, hostId, quickReplyId, ids);
  if (usable.length !== ids.length) {
    throw badRequest(`${field}: not your uploads, or sent already`, [
      { field, message: 'not your uploads, or sent already' },
    ]);
  }
  await repo.setTemplateAttachments(db, quickReplyId, ids);
}

/**
 * The photos of each property, in their order, as clients see them (every id given has an
 * entry, empty when it has none).
 */
export async function propertyPhotos(
  db: DbOrTx,
  propertyIds: readonly string[],
): Promise<Map<string, PropertyPhoto[]>> {
  const byProperty = new Map<string, PropertyPhoto[]>(propertyIds.map((id) => [id, []]));
  for (const row of await repo.propertyPhotoRows(db, propertyIds)) {
    byProperty.get(row.propertyId!)?.push({
      id: row.id,
      url: attachmentUrl(row.id),
      thumbnail_url: row.thumbnailKey ? attachmentUrl(row.id, 'thumbnail') : null,
      width: row.width,
      height: row.height,
    });
  }
  return byProperty;
}

/**
 * Makes the host's property show exactly the photos `ids`, in that order: unclaimed image
 * uploads of the host, or photos of this property already. Those it showed and `ids` leaves
 * out go back to the host unclaimed (deleted within a day, see `sweep`). Run it in the
 * transaction that writes the property.
 * @throws validation_failed naming `body.photo_ids` for a repeated id, more than
 *   MAX_PROPERTY_PHOTOS, or one that is not such an upload
 */
export async function keepOnProperty(
  db: DbOrTx,
  hostId: string,
  propertyId: string,
  ids: readonly string[],
): Promise<void> {
  const field = 'body.photo_ids';
  if (ids.length > MAX_PROPERTY_PHOTOS) {
    throw badRequest(`${field}: a property has ${MAX_PROPERTY_PHOTOS} photos at most`, [
      { field, message: `at most ${MAX_PROPERTY_PHOTOS} photos` },
    ]);
  }
  if (new Set(ids).size !== ids.length) {
    throw badRequest(`${field}: a photo is named twice`, [
      { field, message: 'names a photo twice' },
    ]);
  }
  const usable = await repo.lockPropertyPhotoCandidates(db, hostId, propertyId, ids);
  if (usable.length !== ids.length) {
    throw badRequest(`${field}: not your image uploads, or used elsewhere already`, [
      { field, message: 'not your image uploads, or used elsewhere already' },
    ]);
  }
  await repo.setPropertyPhotos(db, propertyId, ids);
}

/**
 * Copies of the attachments the sender's template keeps, made uploads of the sender not sent
 * yet, in the template's order: what a message sent from the template carries (the send
 * claims them; the sweep deletes those a send did not use). The copies share the template's
 * stored files.
 * @throws validation_failed when they and the `alongside` attachments would be more than a
 *   message carries
 */
export async function copyTemplateAttachments(
  db: DbOrTx,
  senderId: string,
  quickReplyId: string,
  alongside = 0,
): Promise<string[]> {
  const originals = await repo.ownTemplateAttachmentRows(db, senderId, quickReplyId);
  if (originals.length === 0) return [];
  if (originals.length + alongside > MAX_ATTACHMENTS_PER_MESSAGE) {
    throw badRequest(
      `body.attachment_ids: with the quick reply's ${originals.length} attachments, a message ` +
        `carries ${MAX_ATTACHMENTS_PER_MESSAGE} at most`,
      [{ field: 'body.attachment_ids', message: 'too many with the quick reply’s attachments' }],
    );
  }
  const copies = originals.map(({ id: _id, createdAt: _at, ...original }) => ({
    ...original,
    id: randomUUID(),
    uploaderId: senderId,
    messageId: null,
    quickReplyId: null,
    propertyId: null,
    position: null,
    profileOf: null,
  }));
  await repo.insertAttachments(db, copies);
  return copies.map((c) => c.id);
}

/**
 * Uploads (images, PDFs, voice messages): checked and prepared from their content, kept in the
 * object store, and served to those who may see them.
 */
export function createAttachmentsService(
  deps: ServiceDeps,
  store: ObjectStore = createObjectStore({
    dataDir: deps.config.dataDir,
    s3: deps.config.attachments.s3,
  }),
) {
  const { db, log } = deps;

  return {
    /** The store the files are kept in. */
    store,

    /**
     * Keeps an uploaded file as an attachment of the actor not sent yet. What it is comes from
     * its bytes; images are re-encoded without metadata and get a thumbnail.
     * @throws validation_failed when empty; payload_too_large over `ATTACHMENT_MAX_BYTES`;
     *   unsupported_media_type for anything but the images, PDFs and audio taken;
     *   unavailable when the store is
     */
    async upload(actor: Actor, file: { bytes: Buffer; filename?: string }): Promise<Attachment> {
      if (file.bytes.length === 0) {
        throw badRequest('file: is empty', [{ field: 'file', message: 'is empty' }]);
      }
      const { maxBytes } = deps.config.attachments;
      if (file.bytes.length > maxBytes) throw tooLarge(maxBytes);
      const inspected = await inspectUpload(file.bytes);
      const id = randomUUID();
      const storageKey = storageKeyFor(id, 'content');
      const thumbnailKey = inspected.thumbnail ? storageKeyFor(id, 'thumbnail') : null;
      try {
        await store.put(storageKey, inspected.data, inspected.contentType);
        if (inspected.thumbnail && thumbnailKey) {
          await store.put(thumbnailKey, inspected.thumbnail, 'image/jpeg');
        }
        const row = await repo.insertAttachment(db, {
          id,
          uploaderId: actor.id,
          kind: inspected.kind,
          contentType: inspected.contentType,
          size: inspected.data.length,
          name: attachmentName(file.filename, inspected),
          width: inspected.width,
          height: inspected.height,
          durationMs: inspected.durationMs,
          storageKey,
          thumbnailKey,
        });
        return presentAttachmentRow(row);
      } catch (err) {
        // Nothing is kept of an upload that failed half way.
        await store
          .delete([storageKey, ...(thumbnailKey ? [thumbnailKey] : [])])
          .catch((cleanup: unknown) =>
            log.warn({ err: cleanup, storageKey }, 'could not remove a failed upload’s files'),
          );
        if (err instanceof AppError && err.code === 'unavailable') {
          log.error({ err: (err as { cause?: unknown }).cause }, 'the attachment store failed');
        }
        throw err;
      }
    },

    /**
     * An attachment's file (or its thumbnail), if the actor may see it: a participant of the
     * conversation of the message carrying it, its uploader while it is unclaimed or their
     * quick reply keeps it, or anyone for a property's photo or a profile photo.
     * @throws not_found otherwise, as for an unknown id, and for the thumbnail of an attachment
     *   that has none
     */
    async open(actor: Actor, id: string, part: 'content' | 'thumbnail'): Promise<OpenedFile> {
      const row = await repo.findReadable(db, id, actor.id);
      const key = part === 'content' ? row?.storageKey : row?.thumbnailKey;
      if (!row || !key) throw notFound(part === 'content' ? 'Attachment' : 'Thumbnail');
      const size = part === 'content' ? row.size : await store.size(key);
      if (size === undefined) throw notFound('Thumbnail');
      return {
        contentType: part === 'content' ? row.contentType : 'image/jpeg',
        name: part === 'content' ? row.name : thumbnailName(row.name),
        size,
        etag: etagOf(key),
        async read(range) {
          const body = await store.read(key, range);
          if (!body) {
            log.warn({ attachment: id, key }, 'an attachment’s file is missing from the store');
            throw notFound('Attachment');
          }
          return body;
        },
      };
    },

    /**
     * Deletes the uploads still unclaimed a day after they were made, and the files no
     * attachment names any more (copies of a template's attachments share them). Answers how
     * many uploads it deleted.
     */
    async sweep(): Promise<number> {
      const before = new Date(deps.now().getTime() - UNSENT_UPLOAD_TTL_MS);
      let removed = 0;
      for (;;) {
        const rows = await repo.deleteUnclaimed(db, before, SWEEP_BATCH);
        removed += rows.length;
        const gone = new Set(
          await repo.unreferencedKeys(
            db,
            rows.map((r) => r.storageKey),
          ),
        );
        // A crash between the two leaves files no row names: space, never a broken attachment.
        const keys = rows.flatMap((r) =>
          gone.has(r.storageKey) ? [r.storageKey, ...(r.thumbnailKey ? [r.thumbnailKey] : [])] : [],
        );
        await store.delete([...new Set(keys)]);
        if (rows.length < SWEEP_BATCH) return removed;
      }
    },

    close: () => store.close(),
  };
}

/** The refusal of a file over the upload limit of `maxBytes`. */
export function tooLarge(maxBytes: number) {
  const size =
    maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) === 0
      ? `${maxBytes / (1024 * 1024)} MB`
      : `${maxBytes} bytes`;
  return new AppError('payload_too_large', `The file is larger than ${size}, the most one may be`);
}
