import type { WebhookDeliveryStatus, WebhookEvent } from '@flexbnb/contracts';
import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '../../platform/db/schema.ts';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type AttemptRow = typeof webhookAttempts.$inferSelect;

// --- endpoints ---------------------------------------------------------------------------

export async function insertEndpoint(
  db: DbOrTx,
  values: {
    url: string;
    events: string[];
    secret: string;
    description: string | null;
    active: boolean;
  },
): Promise<EndpointRow> {
  const [row] = await db.insert(webhookEndpoints).values(values).returning();
  return row!;
}

/** Every endpoint, oldest first: a platform has a handful. */
export async function listEndpoints(db: DbOrTx): Promise<EndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

export async function findEndpoint(db: DbOrTx, id: string): Promise<EndpointRow | undefined> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row;
}

export async function updateEndpoint(
  db: DbOrTx,
  id: string,
  changes: Partial<
    Pick<
      EndpointRow,
      'url' | 'events' | 'secret' | 'description' | 'active' | 'consecutiveFailures'
    > & { disabledReason: string | null }
  >,
  at: Date,
): Promise<EndpointRow | undefined> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...changes, updatedAt: at })
    .where(eq(webhookEndpoints.id, id))
    .returning();
  return row;
}

/** Deletes an endpoint with its deliveries and their attempts; false when there was none. */
export async function deleteEndpoint(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db
    .delete(webhookEndpoints)
    .where(eq(webhookEndpoints.id, id))
    .returning({ id: webhookEndpoints.id });
  return rows.length === 1;
}

/** The event patterns the active endpoints subscribe to, each once. */
export async function subscribedPatterns(db: DbOrTx): Promise<string[]> {
  const rows = await queryRows<{ pattern: string }>(
    db,
    sql`select distinct unnest(${webhookEndpoints.events}) as pattern
        from ${webhookEndpoints} where ${webhookEndpoints.active}`,
  );
  return rows.map((r) => r.pattern);
}

// --- deliveries --------------------------------------------------------------------------

/** A page of an endpoint's deliveries, newest first, after the row `after` (its key). */
export async function endpointDeliveries(
  db: DbOrTx,
  endpointId: string,
  options: {
    limit: number;
    after?: { created_at: string; id: string };
    status?: WebhookDeliveryStatus;
    eventType?: WebhookEvent;
  },
): Promise<DeliveryRow[]> {
  const { after } = options;
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        options.status ? eq(webhookDeliveries.status, options.status) : undefined,
        options.eventType ? eq(webhookDeliveries.eventType, options.eventType) : undefined,
        after
          ? or(
              lt(webhookDeliveries.createdAt, new Date(after.created_at)),
              and(
                eq(webhookDeliveries.createdAt, new Date(after.created_at)),
                lt(webhookDeliveries.id, after.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(options.limit);
}

/** The attempts of these deliveries, each delivery's oldest first. */
export async function attemptsOf(db: DbOrTx, deliveryIds: string[]): Promise<AttemptRow[]> {
  if (deliveryIds.length === 0) return [];
  return db
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, deliveryIds))
    .orderBy(asc(webhookAttempts.attemptedAt), asc(webhookAttempts.id));
}

/** A delivery with its endpoint: what an attempt needs. */
export async function deliveryWithEndpoint(
  db: DbOrTx,
  id: string,
): Promise<{ delivery: DeliveryRow; endpoint: EndpointRow } | undefined> {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, id));
  return row;
}

/**
 * Writes how attempt number `attempt` of a pending delivery ended. Fenced: only over the
 * attempt before it, so an attempt two jobs made, or written twice, is recorded once;
 * false when the fence did not hold.
 */
export async function finishAttempt(
  db: DbOrTx,
  values: {
    id: string;
    attempt: number;
    status: WebhookDeliveryStatus;
    nextAttemptAt: Date | null;
    statusCode: number | null;
    at: Date;
  },
): Promise<boolean> {
  const rows = await db
    .update(webhookDeliveries)
    .set({
      status: values.status,
      attempts: values.attempt,
      nextAttemptAt: values.nextAttemptAt,
      lastStatusCode: values.statusCode,
      updatedAt: values.at,
    })
    .where(
      and(
        eq(webhookDeliveries.id, values.id),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.attempts, values.attempt - 1),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return rows.length === 1;
}

export async function insertAttempt(
  db: DbOrTx,
  values: {
    deliveryId: string;
    attemptedAt: Date;
    statusCode: number | null;
    latencyMs: number;
    responseExcerpt: string | null;
    error: string | null;
  },
): Promise<void> {
  await db.insert(webhookAttempts).values(values);
}

/** A success: the endpoint's run of failed deliveries is over. */
export async function resetFailures(db: DbOrTx, endpointId: string, at: Date): Promise<void> {
  await db
    .update(webhookEndpoints)
    .set({ consecutiveFailures: 0, updatedAt: at })
    .where(
      and(eq(webhookEndpoints.id, endpointId), sql`${webhookEndpoints.consecutiveFailures} > 0`),
    );
}

/**
 * Counts one more delivery failed for good; at `disableAfter` in a row an active endpoint is
 * turned off with `reason`. Answers whether this call turned it off, and the count.
 */
export async function countFailure(
  db: DbOrTx,
  endpointId: string,
  options: { disableAfter: number; reason: (failures: number) => string; at: Date },
): Promise<{ failures: number; disabled: boolean; url: string } | undefined> {
  // Locked first: the count and the decision to turn it off are one step.
  const [before] = await db
    .select({
      active: webhookEndpoints.active,
      failures: webhookEndpoints.consecutiveFailures,
    })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.id, endpointId))
    .for('update');
  if (!before) return undefined;
  const failures = before.failures + 1;
  const disabled = before.active && failures >= options.disableAfter;
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      consecutiveFailures: failures,
      ...(disabled && { active: false, disabledReason: options.reason(failures) }),
      updatedAt: options.at,
    })
    .where(eq(webhookEndpoints.id, endpointId))
    .returning({ url: webhookEndpoints.url });
  return { failures, disabled, url: row!.url };
}

/**
 * Puts a delivery that is no longer pending back in the queue, due at `at`; answers it
 * (with its attempts so far) when this call did.
 */
export async function requeue(
  db: DbOrTx,
  id: string,
  at: Date,
): Promise<{ id: string; attempts: number; endpointId: string } | undefined> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: at, updatedAt: at })
    .where(and(eq(webhookDeliveries.id, id), sql`${webhookDeliveries.status} <> 'pending'`))
    .returning({
      id: webhookDeliveries.id,
      attempts: webhookDeliveries.attempts,
      endpointId: webhookDeliveries.endpointId,
    });
  return row;
}

// --- admin -------------------------------------------------------------------------------

export interface AdminDeliveryFilter {
  endpointId?: string;
  status?: WebhookDeliveryStatus;
  eventType?: WebhookEvent;
}

export const ADMIN_SORT_COLUMNS = {
  created_at: webhookDeliveries.createdAt,
  updated_at: webhookDeliveries.updatedAt,
  attempts: webhookDeliveries.attempts,
};

const adminColumns = {
  delivery: webhookDeliveries,
  endpoint: {
    id: webhookEndpoints.id,
    url: webhookEndpoints.url,
    active: webhookEndpoints.active,
  },
};

/** One page of every endpoint's deliveries, filtered and sorted, and how many match. */
export async function adminDeliveries(
  db: DbOrTx,
  filter: AdminDeliveryFilter,
  page: {
    limit: number;
    offset: number;
    sort: { key: keyof typeof ADMIN_SORT_COLUMNS; desc: boolean };
  },
) {
  const where = and(
    filter.endpointId ? eq(webhookDeliveries.endpointId, filter.endpointId) : undefined,
    filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
    filter.eventType ? eq(webhookDeliveries.eventType, filter.eventType) : undefined,
  );
  const direction = (column: SQL | typeof webhookDeliveries.id) =>
    page.sort.desc ? desc(column) : asc(column);
  const [rows, [count]] = await Promise.all([
    db
      .select(adminColumns)
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(where)
      // The id breaks ties the same way, so equal keys keep one order from page to page.
      .orderBy(
        direction(sql`${ADMIN_SORT_COLUMNS[page.sort.key]}`),
        direction(webhookDeliveries.id),
      )
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ total: sql<number>`count(*)::int`.mapWith(Number) })
      .from(webhookDeliveries)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}
export type AdminDeliveryRow = Awaited<ReturnType<typeof adminDeliveries>>['rows'][number];

export async function adminDelivery(db: DbOrTx, id: string): Promise<AdminDeliveryRow | undefined> {
  const [row] = await db
    .select(adminColumns)
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, id));
  return row;
}
