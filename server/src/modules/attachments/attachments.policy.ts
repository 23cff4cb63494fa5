import { and, isNull, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { attachments } from '../../platform/db/schema.ts';

/**
 * The one rule of an upload "not claimed yet": no message, quick reply, property or profile
 * holds it (the four owner columns, of which at most one is set). Such an upload is its
 * uploader's to send or keep somewhere, and the sweep deletes it after a day. `table` is
 * `attachments` or an alias of it (`alias(attachments, 'a')` for SQL that names it `a`).
 */
export function unclaimed(
  table: Record<
    'messageId' | 'quickReplyId' | 'propertyId' | 'profileOf',
    AnyPgColumn
  > = attachments,
): SQL {
  return and(
    isNull(table.messageId),
    isNull(table.quickReplyId),
    isNull(table.propertyId),
    isNull(table.profileOf),
  )!;
}
