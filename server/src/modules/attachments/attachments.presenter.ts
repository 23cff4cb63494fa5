import type { Attachment } from '@flexbnb/contracts';
import type { MessageAttachment } from '../../platform/db/schema.ts';
import type { AttachmentRow } from './attachments.repo.ts';

/** Where an attachment's content is served (to those who may see it only, see `openFor`). */
export function attachmentUrl(id: string, part: 'content' | 'thumbnail' = 'content') {
  return `/api/messaging/attachments/${id}/${part}`;
}

/** An attachment as a message keeps it (its `attachments` column), as clients see it. */
export function presentAttachment(attachment: MessageAttachment): Attachment {
  const { has_thumbnail: hasThumbnail, ...described } = attachment;
  return {
    ...described,
    url: attachmentUrl(attachment.id),
    thumbnail_url: hasThumbnail ? attachmentUrl(attachment.id, 'thumbnail') : null,
  };
}

/** What a message keeps of an attachment row (the shape the send statement writes). */
export function messageAttachmentOf(row: AttachmentRow): MessageAttachment {
  return {
    id: row.id,
    kind: row.kind,
    content_type: row.contentType,
    size: row.size,
    name: row.name,
    width: row.width,
    height: row.height,
    duration_ms: row.durationMs,
    has_thumbnail: row.thumbnailKey !== null,
  };
}

export const presentAttachmentRow = (row: AttachmentRow): Attachment =>
  presentAttachment(messageAttachmentOf(row));
