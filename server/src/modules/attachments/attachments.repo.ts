import { and, asc, eq, inArray, isNotNull, isNull, lt, notInArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connect.ts';
import {
  attachments,
  conversations,
  messages,
  quickReplyTemplates,
} from '../../platform/db/schema.ts';
import { unclaimed } from './attachments.policy.ts';

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachment = typeof attachments.$inferInsert;

export async function insertAttachment(db: DbOrTx, values: NewAttachment): Promise<AttachmentRow> {
  const [row] = await db.insert(attachments).values(values).returning();
  return row!;
}

/**
 * The attachment, if `userId` may see it: a participant of the conversation of the message
 * that carries it (not unsent), its uploader while it is unclaimed, the host of the quick reply
 * that keeps it, or anyone signed in for a property's photo or a profile photo (shown to
 * whoever browses them). Nothing otherwise, as for an id that does not exist.
 */
export async function findReadable(
  db: DbOrTx,
  id: string,
  userId: string,
): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select({ attachment: attachments })
    .from(attachments)
    .leftJoin(messages, eq(messages.id, attachments.messageId))
    .leftJoin(conversations, eq(conversations.id, messages.conversationId))
    .leftJoin(quickReplyTemplates, eq(quickReplyTemplates.id, attachments.quickReplyId))
    .where(
      and(
        eq(attachments.id, id),
        or(
          and(
            isNull(messages.unsentAt),
            or(eq(conversations.guestId, userId), eq(conversations.hostId, userId)),
          ),
          and(unclaimed(), eq(attachments.uploaderId, userId)),
          eq(quickReplyTemplates.hostId, userId),
          isNotNull(attachments.propertyId),
          isNotNull(attachments.profileOf),
        ),
      ),
    );
  return row?.attachment;
}

/**
 * Deletes up to `limit` unclaimed uploads made before `before`;
 * answers the objects they named. Rows a send is claiming right now are locked and skipped.
 */
export async function deleteUnclaimed(
  db: DbOrTx,
  before: Date,
  limit: number,
): Promise<{ storageKey: string; thumbnailKey: string | null }[]> {
  const due = db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(unclaimed(), lt(attachments.createdAt, before)))
    .limit(limit)
    .for('update', { skipLocked: true });
  return (
    db
      .delete(attachments)
      // Checked again: a send may have claimed a row between the look and the lock.
      .where(and(inArray(attachments.id, due), unclaimed()))
      .returning({ storageKey: attachments.storageKey, thumbnailKey: attachments.thumbnailKey })
  );
}

/** Which of `storageKeys` no attachment row names any more (copies of a template's share keys). */
export async function unreferencedKeys(db: DbOrTx, storageKeys: string[]): Promise<string[]> {
  if (storageKeys.length === 0) return [];
  const named = await db
    .selectDistinct({ key: attachments.storageKey })
    .from(attachments)
    .where(inArray(attachments.storageKey, storageKeys));
  const taken = new Set(named.map((r) => r.key));
  return [...new Set(storageKeys)].filter((key) => !taken.has(key));
}

/** The attachments the templates keep, each template's in upload order. */
export async function templateAttachmentRows(
  db: DbOrTx,
  quickReplyIds: readonly string[],
): Promise<AttachmentRow[]> {
  if (quickReplyIds.length === 0) return [];
  return db
    .select()
    .from(attachments)
    .where(inArray(attachments.quickReplyId, [...quickReplyIds]))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/**
 * Locks those of `ids` the host may put on the template: their unclaimed uploads, and those
 * the template keeps already.
 */
export async function lockTemplateCandidates(
  db: DbOrTx,
  hostId: string,
  quickReplyId: string,
  ids: readonly string[],
): Promise<{ id: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: attachments.id })
    .from(attachments)
    .where(
      and(
        inArray(attachments.id, [...ids]),
        eq(attachments.uploaderId, hostId),
        or(unclaimed(), eq(attachments.quickReplyId, quickReplyId)),
      ),
    )
    .for('update');
}

/** Makes the template keep exactly `ids` (checked): the others it kept go back to their uploader. */
export async function setTemplateAttachments(
  db: DbOrTx,
  quickReplyId: string,
  ids: readonly string[],
): Promise<void> {
  await db
    .update(attachments)
    .set({ quickReplyId: null })
    .where(
      and(
        eq(attachments.quickReplyId, quickReplyId),
        ids.length > 0 ? notInArray(attachments.id, [...ids]) : undefined,
      ),
    );
  if (ids.length > 0) {
    await db
      .update(attachments)
      .set({ quickReplyId })
      .where(inArray(attachments.id, [...ids]));
  }
}

/** The attachments the sender's own template keeps, in upload order. */
export async function ownTemplateAttachmentRows(
  db: DbOrTx,
  senderId: string,
  quickReplyId: string,
): Promise<AttachmentRow[]> {
  const rows = await db
    .select({ attachment: attachments })
    .from(attachments)
    .innerJoin(quickReplyTemplates, eq(quickReplyTemplates.id, attachments.quickReplyId))
    .where(
      and(eq(attachments.quickReplyId, quickReplyId), eq(quickReplyTemplates.hostId, senderId)),
    )
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  return rows.map((r) => r.attachment);
}

/** Inserts rows (their ids chosen by the caller). */
export async function insertAttachments(db: DbOrTx, values: NewAttachment[]): Promise<void> {
  if (values.length === 0) return;
  await db.insert(attachments).values(values);
}

/**
 * Locks those of `ids` the host may show on the property: their unclaimed image uploads, and
 * the property's photos already.
 */
export async function lockPropertyPhotoCandidates(
  db: DbOrTx,
  hostId: string,
  propertyId: string,
  ids: readonly string[],
): Promise<{ id: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: attachments.id })
    .from(attachments)
    .where(
      and(
        inArray(attachments.id, [...ids]),
        or(
          and(unclaimed(), eq(attachments.uploaderId, hostId), eq(attachments.kind, 'image')),
          eq(attachments.propertyId, propertyId),
        ),
      ),
    )
    .for('update');
}

/**
 * Makes the property show exactly `ids` (checked), in that order: the photos it had and `ids`
 * leaves out go back to their uploader, unclaimed (the sweep deletes them).
 */
export async function setPropertyPhotos(
  db: DbOrTx,
  propertyId: string,
  ids: readonly string[],
): Promise<void> {
  await db
    .update(attachments)
    .set({ propertyId: null, position: null })
    .where(
      and(
        eq(attachments.propertyId, propertyId),
        ids.length > 0 ? notInArray(attachments.id, [...ids]) : undefined,
      ),
    );
  // At most 20 photos: one small update each keeps it plain.
  for (const [position, id] of ids.entries()) {
    await db.update(attachments).set({ propertyId, position }).where(eq(attachments.id, id));
  }
}

/** The photos of the properties, each property's in its order. */
export async function propertyPhotoRows(
  db: DbOrTx,
  propertyIds: readonly string[],
): Promise<AttachmentRow[]> {
  if (propertyIds.length === 0) return [];
  return db
    .select()
    .from(attachments)
    .where(inArray(attachments.propertyId, [...propertyIds]))
    .orderBy(asc(attachments.position), asc(attachments.id));
}
