import type { TemplateTranslations } from '@flexbnb/contracts';
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import {
  automations,
  conversations,
  messages,
  properties,
  quickReplyTemplates,
  reservations,
  scheduledMessages,
} from '../../platform/db/schema.ts';
import {
  enqueueSql,
  instantJobsSql,
  wakeWorkersSql,
  type DueAtInstants,
} from '../../platform/jobs/index.ts';

export type AutomationRow = typeof automations.$inferSelect;
export type ScheduledRow = typeof scheduledMessages.$inferSelect;

/** One send job per instant at which messages fall due, and a sweep (see scheduled-messages.jobs.ts). */
export const SEND_JOBS: DueAtInstants = {
  kind: 'scheduled-messages.send',
  sweepKind: 'scheduled-messages.sweep',
  maxAttempts: 5,
};

// automations

export async function insertAutomation(db: DbOrTx, values: typeof automations.$inferInsert) {
  const [row] = await db.insert(automations).values(values).returning();
  return row!;
}

export async function automationsOf(db: DbOrTx, hostId: string) {
  return db
    .select()
    .from(automations)
    .where(eq(automations.hostId, hostId))
    .orderBy(desc(automations.createdAt), desc(automations.id));
}

export async function findAutomationOf(db: DbOrTx, id: string, hostId: string) {
  const [row] = await db
    .select()
    .from(automations)
    .where(and(eq(automations.id, id), eq(automations.hostId, hostId)));
  return row;
}

export async function updateAutomation(
  db: DbOrTx,
  id: string,
  values: Partial<typeof automations.$inferInsert>,
) {
  const [row] = await db
    .update(automations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(automations.id, id))
    .returning();
  return row!;
}

export async function deleteAutomation(db: DbOrTx, id: string) {
  await db.delete(automations).where(eq(automations.id, id));
}

/** Whether a template is the text of one of the host's automations. */
export async function templateInUse(db: DbOrTx, quickReplyId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: automations.id })
    .from(automations)
    .where(eq(automations.quickReplyId, quickReplyId))
    .limit(1);
  return row !== undefined;
}

// stays

/** What planning a stay's messages reads of it. */
const stayColumns = {
  reservationId: reservations.id,
  propertyId: reservations.propertyId,
  guestId: reservations.guestId,
  hostId: properties.hostId,
  status: reservations.status,
  checkIn: reservations.checkIn,
  checkOut: reservations.checkOut,
  checkInTime: properties.checkInTime,
  checkOutTime: properties.checkOutTime,
  timezone: properties.timezone,
  updatedAt: reservations.updatedAt,
};
export type StayRow = {
  reservationId: string;
  propertyId: string;
  guestId: string;
  hostId: string;
  status: string;
  checkIn: string;
  checkOut: string;
  checkInTime: string;
  checkOutTime: string;
  timezone: string;
  updatedAt: Date;
};

export async function findStay(db: DbOrTx, reservationId: string): Promise<StayRow | undefined> {
  const [row] = await db
    .select(stayColumns)
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(eq(reservations.id, reservationId));
  return row;
}

/** The stays of `reservationIds`, in one read. */
export async function findStays(db: DbOrTx, reservationIds: readonly string[]): Promise<StayRow[]> {
  if (reservationIds.length === 0) return [];
  return db
    .select(stayColumns)
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(inArray(reservations.id, [...reservationIds]));
}

/**
 * A host's confirmed stays that have not ended (check-out today or later, in UTC's calendar:
 * a day's slack either way is harmless, plans in the past are skipped), of one property or all.
 */
export async function upcomingConfirmedStays(
  db: DbOrTx,
  hostId: string,
  propertyId: string | null,
): Promise<StayRow[]> {
  return db
    .select(stayColumns)
    .from(reservations)
    .innerJoin(properties, eq(properties.id, reservations.propertyId))
    .where(
      and(
        eq(properties.hostId, hostId),
        propertyId ? eq(properties.id, propertyId) : undefined,
        eq(reservations.status, 'confirmed'),
        sql`${reservations.checkOut} >= current_date - 1`,
      ),
    );
}

/** The active automations of a host that apply to a property. */
/** The active automations of the hosts of `hostIds`, all their properties'. */
export async function automationsOfHosts(db: DbOrTx, hostIds: readonly string[]) {
  if (hostIds.length === 0) return [];
  return db
    .select()
    .from(automations)
    .where(and(inArray(automations.hostId, [...hostIds]), eq(automations.isActive, true)));
}

export async function automationsFor(db: DbOrTx, hostId: string, propertyId: string) {
  return db
    .select()
    .from(automations)
    .where(
      and(
        eq(automations.hostId, hostId),
        eq(automations.isActive, true),
        or(isNull(automations.propertyId), eq(automations.propertyId, propertyId)),
      ),
    );
}

// scheduled messages

/** An automation's planned message for one stay. */
export interface StayPlan {
  reservationId: string;
  automationId: string;
  senderId: string;
  scheduledFor: Date;
  skipped: boolean;
}

/**
 * Writes stays' plans in one statement: each (stay, automation) is inserted, or moved if it
 * was not sent, skipped or failed (a held one stays held at its new time; one the automation's
 * change had cancelled comes back); each scheduled one's time gets its send job.
 */
export async function savePlans(db: DbOrTx, plans: readonly StayPlan[]): Promise<void> {
  if (plans.length === 0) return;
  const plan = sql`select * from unnest(
      ${sql.param(plans.map((p) => p.reservationId))}::uuid[],
      ${sql.param(plans.map((p) => p.automationId))}::uuid[],
      ${sql.param(plans.map((p) => p.senderId))}::uuid[],
      ${sql.param(plans.map((p) => p.scheduledFor.toISOString()))}::timestamptz[],
      ${sql.param(plans.map((p) => p.skipped))}::bool[])
    as p(reservation_id, automation_id, sender_id, scheduled_for, skipped)`;
  await db.execute(sql`
    with plan as (${plan}),
    saved as (
      insert into ${scheduledMessages} as s
        (reservation_id, automation_id, sender_id, scheduled_for, status)
      select p.reservation_id, p.automation_id, p.sender_id, p.scheduled_for,
             case when p.skipped then 'skipped' else 'scheduled' end
      from plan p
      on conflict (reservation_id, automation_id) where automation_id is not null do update
        set scheduled_for = excluded.scheduled_for,
            status = case when s.status = 'held' and excluded.status = 'scheduled' then 'held'
                          else excluded.status end,
            updated_at = now()
        where s.status in ('scheduled', 'held', 'cancelled')
      returning s.scheduled_for, s.status
    ),
    queued as (${enqueueSql(instantJobsSql(SEND_JOBS, sql`(select * from saved where status = 'scheduled')`))})
    select ${wakeWorkersSql(sql`queued`)} as woke`);
}

/** Enqueues the send job of the instant a message was moved to. */
export async function queueSendAt(db: DbOrTx, at: Date): Promise<void> {
  await db.execute(sql`
    with queued as (${enqueueSql(instantJobsSql(SEND_JOBS, sql`(select ${at.toISOString()}::timestamptz as scheduled_for)`))})
    select ${wakeWorkersSql(sql`queued`)} as woke`);
}

/** Cancels what was not sent of these stays' automated messages. */
export async function cancelStays(db: DbOrTx, reservationIds: readonly string[]) {
  await db
    .update(scheduledMessages)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(
      and(
        inArray(scheduledMessages.reservationId, [...reservationIds]),
        inArray(scheduledMessages.status, ['scheduled', 'held']),
      ),
    );
}

/**
 * Cancels what an automation did not send, except for the stays in `keep` (those it still
 * applies to, re-planned by the caller).
 */
export async function cancelAutomationUnsent(
  db: DbOrTx,
  automationId: string,
  keep: readonly string[] = [],
) {
  await db.execute(sql`
    update ${scheduledMessages} set status = 'cancelled', updated_at = now()
    where automation_id = ${automationId} and status in ('scheduled', 'held')
      and not (reservation_id = any(${sql.param([...keep])}::uuid[]))`);
}

export async function insertScheduled(db: DbOrTx, values: typeof scheduledMessages.$inferInsert) {
  const [row] = await db.insert(scheduledMessages).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findByClientId(
  db: DbOrTx,
  conversationId: string,
  senderId: string,
  clientMessageId: string,
) {
  const [row] = await db
    .select()
    .from(scheduledMessages)
    .where(
      and(
        eq(scheduledMessages.conversationId, conversationId),
        eq(scheduledMessages.senderId, senderId),
        eq(scheduledMessages.clientMessageId, clientMessageId),
      ),
    );
  return row;
}

/** A scheduled message of its sender, locked for the rest of the transaction. */
export async function lockScheduledOf(db: DbOrTx, id: string, senderId: string) {
  const [row] = await db
    .select()
    .from(scheduledMessages)
    .where(and(eq(scheduledMessages.id, id), eq(scheduledMessages.senderId, senderId)))
    .for('update');
  return row;
}

export async function updateScheduled(
  db: DbOrTx,
  id: string,
  values: Partial<typeof scheduledMessages.$inferInsert>,
) {
  const [row] = await db
    .update(scheduledMessages)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(scheduledMessages.id, id))
    .returning();
  return row!;
}

/**
 * Claims the oldest due message no one else is sending: locked until the transaction ends,
 * skipped by every other sender meanwhile.
 */
export async function claimDue(db: DbOrTx, now: Date) {
  const [row] = await db
    .select()
    .from(scheduledMessages)
    .where(
      and(
        eq(scheduledMessages.status, 'scheduled'),
        sql`${scheduledMessages.scheduledFor} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(scheduledMessages.scheduledFor))
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

/** The held messages whose stay is at one of these properties. */
export async function heldAt(db: DbOrTx, propertyId: string) {
  return queryRows<{ id: string; sender_id: string }>(
    db,
    sql`select s.id, s.sender_id from ${scheduledMessages} s
        left join ${reservations} r on r.id = s.reservation_id
        left join ${conversations} c on c.id = s.conversation_id
        where s.status = 'held' and coalesce(r.property_id, c.property_id) = ${propertyId}`,
  );
}

/** What a scheduled message is shown and sent with: its automation, template and stay. */
export interface ScheduledView {
  row: ScheduledRow;
  automationName: string | null;
  /** The text it goes out with, placeholders unfilled. */
  template: string | null;
  /** That text in other languages (the automation's or its template's); none for an edited copy. */
  translations: TemplateTranslations | null;
  templateIsQuickReply: boolean;
  /** The template of its automation, if the text comes from one. */
  automationQuickReplyId: string | null;
  /** What went out, once sent. */
  sentText: string | null;
  timezone: string;
}

const viewColumns = {
  row: scheduledMessages,
  automationName: automations.name,
  automationMessage: automations.message,
  automationTranslations: automations.translations,
  automationQuickReplyId: automations.quickReplyId,
  templateMessage: quickReplyTemplates.message,
  templateTranslations: quickReplyTemplates.translations,
  sentText: messages.message,
  timezone: sql<string>`coalesce(${properties.timezone}, 'UTC')`,
};

function viewsQuery(db: DbOrTx, where: SQL | undefined) {
  const stayProperty = alias(properties, 'stay_property');
  return db
    .select({ ...viewColumns, conversationTimezone: stayProperty.timezone })
    .from(scheduledMessages)
    .leftJoin(automations, eq(automations.id, scheduledMessages.automationId))
    .leftJoin(
      quickReplyTemplates,
      eq(
        quickReplyTemplates.id,
        sql`coalesce(${scheduledMessages.quickReplyId}, ${automations.quickReplyId})`,
      ),
    )
    .leftJoin(messages, eq(messages.id, scheduledMessages.sentMessageId))
    .leftJoin(reservations, eq(reservations.id, scheduledMessages.reservationId))
    .leftJoin(properties, eq(properties.id, reservations.propertyId))
    .leftJoin(conversations, eq(conversations.id, scheduledMessages.conversationId))
    .leftJoin(stayProperty, eq(stayProperty.id, conversations.propertyId))
    .where(where)
    .orderBy(asc(scheduledMessages.scheduledFor), asc(scheduledMessages.id));
}

function toView(r: Awaited<ReturnType<typeof viewsQuery>>[number]): ScheduledView {
  const template = r.row.message ?? r.automationMessage ?? r.templateMessage;
  return {
    row: r.row,
    automationName: r.automationName,
    template,
    translations:
      r.row.message !== null
        ? null
        : r.automationMessage !== null
          ? r.automationTranslations
          : r.templateTranslations,
    templateIsQuickReply: r.row.message === null && r.templateMessage !== null,
    automationQuickReplyId: r.automationQuickReplyId,
    sentText: r.sentText,
    timezone: r.row.reservationId ? r.timezone : (r.conversationTimezone ?? r.timezone),
  };
}

/**
 * A stay's scheduled messages, its automations' and those sent later in its threads: of one
 * sender, or everyone's without `senderId`.
 */
export async function viewsOfStay(db: DbOrTx, reservationId: string, senderId?: string) {
  const stayThreads = db
    .select({ id: conversations.id })
    .from(conversations)
    .where(eq(conversations.reservationId, reservationId));
  const rows = await viewsQuery(
    db,
    and(
      senderId === undefined ? undefined : eq(scheduledMessages.senderId, senderId),
      or(
        eq(scheduledMessages.reservationId, reservationId),
        inArray(scheduledMessages.conversationId, stayThreads),
      ),
    ),
  );
  return rows.map(toView);
}

export async function viewsOfConversation(db: DbOrTx, conversationId: string, senderId: string) {
  const rows = await viewsQuery(
    db,
    and(
      eq(scheduledMessages.conversationId, conversationId),
      eq(scheduledMessages.senderId, senderId),
      inArray(scheduledMessages.status, ['scheduled', 'held']),
    ),
  );
  return rows.map(toView);
}

export async function viewOf(db: DbOrTx, id: string): Promise<ScheduledView | undefined> {
  const [row] = await viewsQuery(db, eq(scheduledMessages.id, id));
  return row && toView(row);
}

/** The stay's own conversation (its guest's thread about the reservation), if opened. */
export async function stayThread(db: DbOrTx, reservationId: string, guestId: string) {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.reservationId, reservationId), eq(conversations.guestId, guestId)));
  return row?.id;
}

/** Whether the user takes part in the conversation (the rule of conversations.policy.ts). */
export async function takesPart(db: DbOrTx, conversationId: string, userId: string) {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.id, conversationId),
        or(eq(conversations.guestId, userId), eq(conversations.hostId, userId)),
      ),
    );
  return row !== undefined;
}
