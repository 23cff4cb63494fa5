import { and, asc, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { QuickReplyCategory } from '@flexbnb/contracts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import {
  conversations,
  messages,
  properties,
  quickReplyTemplates,
  reservations,
  users,
} from '../../platform/db/schema.ts';
import type { RenderContext, StayRenderContext } from './quick-replies.render.ts';

export type TemplateRow = typeof quickReplyTemplates.$inferSelect;
export type TemplateView = TemplateRow & { propertyTitle: string | null };

/** The list order: most used first, then by title; `id` makes it total for the cursor. */
export interface ListCursor {
  usage_count: number;
  title: string;
  id: string;
}

const view = { template: quickReplyTemplates, propertyTitle: properties.title };

function selectViews(db: DbOrTx) {
  return db
    .select(view)
    .from(quickReplyTemplates)
    .leftJoin(properties, eq(properties.id, quickReplyTemplates.propertyId));
}

const flatten = (row: { template: TemplateRow; propertyTitle: string | null }): TemplateView => ({
  ...row.template,
  propertyTitle: row.propertyTitle,
});

/** The host's template, or nothing when it is unknown or someone else's. */
export async function findTemplateOf(
  db: DbOrTx,
  id: string,
  hostId: string,
): Promise<TemplateView | undefined> {
  const [row] = await selectViews(db).where(
    and(eq(quickReplyTemplates.id, id), eq(quickReplyTemplates.hostId, hostId)),
  );
  return row && flatten(row);
}

export async function listTemplates(
  db: DbOrTx,
  hostId: string,
  options: {
    category?: QuickReplyCategory;
    propertyId?: string;
    includeInactive: boolean;
    limit: number;
    after?: ListCursor;
  },
): Promise<TemplateView[]> {
  const t = quickReplyTemplates;
  const { after } = options;
  const rows = await selectViews(db)
    .where(
      and(
        eq(t.hostId, hostId),
        options.category ? eq(t.category, options.category) : undefined,
        options.propertyId
          ? or(eq(t.propertyId, options.propertyId), isNull(t.propertyId))
          : undefined,
        options.includeInactive ? undefined : eq(t.isActive, true),
        after
          ? or(
              lt(t.usageCount, after.usage_count),
              and(
                eq(t.usageCount, after.usage_count),
                or(gt(t.title, after.title), and(eq(t.title, after.title), gt(t.id, after.id))),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(t.usageCount), asc(t.title), asc(t.id))
    .limit(options.limit);
  return rows.map(flatten);
}

export async function insertTemplates(
  db: DbOrTx,
  values: (typeof quickReplyTemplates.$inferInsert)[],
): Promise<TemplateRow[]> {
  return db.insert(quickReplyTemplates).values(values).returning();
}

export async function updateTemplate(
  db: DbOrTx,
  id: string,
  hostId: string,
  patch: Partial<typeof quickReplyTemplates.$inferInsert>,
): Promise<TemplateRow | undefined> {
  const [row] = await db
    .update(quickReplyTemplates)
    .set(patch)
    .where(and(eq(quickReplyTemplates.id, id), eq(quickReplyTemplates.hostId, hostId)))
    .returning();
  return row;
}

/** @returns whether the host had such a template */
export async function deleteTemplate(db: DbOrTx, id: string, hostId: string): Promise<boolean> {
  const rows = await db
    .delete(quickReplyTemplates)
    .where(and(eq(quickReplyTemplates.id, id), eq(quickReplyTemplates.hostId, hostId)))
    .returning({ id: quickReplyTemplates.id });
  return rows.length > 0;
}

/** The property's title when the host hosts it; nothing otherwise. */
export async function findHostedProperty(
  db: DbOrTx,
  propertyId: string,
  hostId: string,
): Promise<{ id: string; title: string } | undefined> {
  const [row] = await db
    .select({ id: properties.id, title: properties.title })
    .from(properties)
    .where(and(eq(properties.id, propertyId), eq(properties.hostId, hostId)));
  return row;
}

const guestUser = alias(users, 'guest_user');
const hostUser = alias(users, 'host_user');

/**
 * The language the guest last wrote to this property in, as detected: what their messages say
 * of them even where no translation job noted it (`users.detected_language`).
 */
const guestWrites = sql<string | null>`coalesce((
    select m.language from ${conversations} gc
    join ${messages} m on m.conversation_id = gc.id
    where gc.guest_id = ${guestUser.id} and gc.property_id = ${properties.id}
      and m.sender_id = ${guestUser.id} and m.language is not null
    order by m.created_at desc limit 1), ${guestUser.detectedLanguage})`;

/** What a template is filled from (see `RenderContext`), as columns of the joined rows. */
const renderColumns = {
  guestName: guestUser.name,
  guestLocale: guestUser.locale,
  guestDetectedLanguage: guestWrites,
  hostName: hostUser.name,
  property: {
    title: properties.title,
    address: properties.address,
    timezone: properties.timezone,
    checkInTime: properties.checkInTime,
    checkOutTime: properties.checkOutTime,
    locale: properties.locale,
    wifiName: properties.wifiName,
    wifiPassword: properties.wifiPassword,
    doorCode: properties.doorCode,
    parkingInfo: properties.parkingInfo,
    houseManualUrl: properties.houseManualUrl,
    emergencyPhone: properties.emergencyPhone,
  },
  reservation: {
    checkIn: reservations.checkIn,
    checkOut: reservations.checkOut,
    guests: reservations.guests,
    totalPrice: reservations.totalPrice,
    paymentDueAt: reservations.paymentDueAt,
  },
};

/**
 * Everything a template can be filled from in one conversation, provided `userId` takes part
 * in it (the participant rule of conversations.policy.ts, in the query).
 */
export async function findRenderContext(
  db: DbOrTx,
  conversationId: string,
  userId: string,
): Promise<(RenderContext & { propertyId: string }) | undefined> {
  const [row] = await db
    .select({ propertyId: conversations.propertyId, ...renderColumns })
    .from(conversations)
    .innerJoin(properties, eq(properties.id, conversations.propertyId))
    .innerJoin(guestUser, eq(guestUser.id, conversations.guestId))
    .innerJoin(hostUser, eq(hostUser.id, conversations.hostId))
    .leftJoin(reservations, eq(reservations.id, conversations.reservationId))
    .where(
      and(
        eq(conversations.id, conversationId),
        or(eq(conversations.guestId, userId), eq(conversations.hostId, userId)),
      ),
    );
  return row;
}

/** Everything a template can be filled from for a stay, whether or not it has a conversation. */
export async function findStayRenderContext(
  db: DbOrTx,
  reservationId: string,
): Promise<StayRenderContext | undefined> {
  const [row] = await db
    .select({
      guestId: reservations.guestId,
      hostId: properties.hostId,
      propertyId: reservations.propertyId,
      ...renderColumns,
    })
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .innerJoin(guestUser, eq(guestUser.id, reservations.guestId))
    .innerJoin(hostUser, eq(hostUser.id, properties.hostId))
    .where(eq(reservations.id, reservationId));
  return row;
}
