import { sql, type SQL, type WithSubquery } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../db/connect.ts';
import {
  eventColumns,
  sqlTypeOf,
  type EventName,
  type EventPayload,
  type StatementOutputs,
} from './catalog.ts';

/** One event for one user, as the realtime gateway sends it: the event name is its `type`. */
export interface UserEvent {
  userId: string;
  event: { type: string };
}

/**
 * The socket a use case was asked from (a socket command). Its own changes are not pushed
 * back to it: the push hands them to `answer`, and the command's acknowledgement carries them.
 */
export interface Origin {
  socketId: string;
  userId: string;
  /** Called, in push order, with the events the socket was not sent. */
  answer(events: UserEvent[]): void;
  /**
   * Which of its user's events are the command's own, when one unit of work serves several
   * commands (a batch of sends); absent, all of them are.
   */
  owns?: (event: UserEvent['event']) => boolean;
}

/**
 * The scope a use case records its events in: a transaction, or a single statement that
 * commits on its own (a send). What handlers defer with `afterCommit` runs once it committed.
 */
export interface UnitOfWork {
  readonly db: DbOrTx;
  /** False for a single autocommitted statement: nothing may be written after it. */
  readonly transactional: boolean;
  /** The sockets the use case was asked from, if any (see `Origin`). */
  readonly origins: readonly Origin[];
  afterCommit(run: () => void | Promise<void>): void;
}

/** What a handler adds to the statement that records an event. */
export interface StatementPart {
  /** CTEs in order; they read the event's rows from the source CTE, and may write. */
  ctes: WithSubquery[];
  /** Selected back from the statement and handed to `afterCommit`. */
  result?: SQL;
  /** What the parts after this one may read of the rows this one changed. */
  outputs?: StatementOutputs;
}

/** What an after-commit reaction learns of the unit of work besides the payloads. */
export interface AfterCommitContext {
  origins: readonly Origin[];
}

/**
 * A module's reaction to an event. Three kinds, any of them together:
 * - `sql`: written by the statement that records the event, in the same round trip (the
 *   change feed and badges, counters): `source` names the CTE of the event's rows;
 * - `inTransaction`: TypeScript that writes in the use case's transaction after the event
 *   is recorded (starter templates). An event with such a handler can only be recorded in
 *   a transaction;
 * - `afterCommit`: runs once the change committed (socket fan-out), with the SQL part's
 *   result; it never fails the use case.
 */
export interface EventHandler<K extends EventName, R = unknown> {
  /** Unique among all handlers: `module.reaction`. Also names the handler's CTEs' prefix. */
  name: string;
  /** `earlier`: the outputs of the parts before this one in the statement. */
  sql?: (source: SQL, qb: QueryBuilder, earlier: StatementOutputs) => StatementPart;
  inTransaction?: (payloads: EventPayload<K>[], uow: UnitOfWork) => Promise<void>;
  /** Awaited before the use case returns: a reaction that answers the caller finishes first. */
  afterCommit?: (
    payloads: EventPayload<K>[],
    result: R,
    context: AfterCommitContext,
  ) => void | Promise<void>;
}

/** A handler bound to the event it reacts to. */
export interface Subscription {
  event: EventName;
  handler: EventHandler<EventName, unknown>;
}

/** Subscribes a handler to `event`, with the payload type of that event. */
export function on<K extends EventName, R = unknown>(
  event: K,
  handler: EventHandler<K, R>,
): Subscription {
  return { event, handler: handler as unknown as EventHandler<EventName, unknown> };
}

/** The parts an event contributes to a statement that records it from its own CTEs. */
export interface RecordingParts<K extends EventName = EventName> {
  /** The source CTE first, then every SQL handler's CTEs. */
  ctes: WithSubquery[];
  /** Columns to select back (one row per statement); hand the row to `finish`. */
  results: Record<string, SQL>;
  /** The event's rows, as the statement selected them back. */
  payloadsOf(row: Record<string, unknown> | undefined): EventPayload<K>[];
  /** Runs the TypeScript handlers with what the statement returned. */
  finish(row: Record<string, unknown> | undefined, uow: UnitOfWork): Promise<void>;
}

export interface EventBus {
  /** Runs `work` in a transaction; after-commit reactions run once it committed. */
  transaction<T>(
    db: Db,
    work: (uow: UnitOfWork) => Promise<T>,
    origins?: readonly Origin[],
  ): Promise<T>;
  /**
   * Runs `work` whose writes are one statement that commits on its own (see `partsFor`);
   * after-commit reactions run once it returned.
   */
  single<T>(
    db: DbOrTx,
    work: (uow: UnitOfWork) => Promise<T>,
    origins?: readonly Origin[],
  ): Promise<T>;
  /** Records events of one kind: one statement for the SQL handlers, then the TypeScript ones. */
  record<K extends EventName>(
    uow: UnitOfWork,
    event: K,
    payloads: EventPayload<K>[],
  ): Promise<void>;
  /**
   * For a statement that declares the event itself: `source` is a query whose columns are the
   * event's (see the catalog), built from the statement's own CTEs. The statement starts with
   * the returned CTEs and selects the results, the event's rows among them (`payloadsOf`); a
   * send thus stays one round trip.
   */
  partsFor<K extends EventName>(event: K, source: SQL): RecordingParts<K>;
  /** Whether recording `event` needs a transaction (a handler writes from TypeScript). */
  needsTransaction(event: EventName): boolean;
}

export interface EventBusOptions {
  subscriptions: readonly Subscription[];
  log: { error: (obj: object, msg: string) => void };
}

const PAYLOADS = '__payloads';

function sourceName(event: EventName) {
  return `event_${event.replace(/\./g, '_')}`;
}

/**
 * The registry of handlers and the one way use cases record events. Handlers run in the
 * order they were subscribed; their SQL parts in that order within the statement.
 */
export function createEventBus(options: EventBusOptions): EventBus {
  const qb = new QueryBuilder();
  const byEvent = new Map<EventName, EventHandler<EventName, unknown>[]>();
  const names = new Set<string>();
  for (const { event, handler } of options.subscriptions) {
    if (names.has(handler.name)) throw new Error(`Two event handlers are named ${handler.name}`);
    names.add(handler.name);
    byEvent.set(event, [...(byEvent.get(event) ?? []), handler]);
  }
  const handlersOf = (event: EventName) => byEvent.get(event) ?? [];

  async function runAfterCommit(callbacks: (() => void | Promise<void>)[]) {
    for (const run of callbacks) {
      try {
        await run();
      } catch (err) {
        options.log.error({ err }, 'an after-commit event handler failed');
      }
    }
  }

  function unitOfWork(db: DbOrTx, transactional: boolean, origins: readonly Origin[] = []) {
    const callbacks: (() => void | Promise<void>)[] = [];
    const uow: UnitOfWork = {
      db,
      transactional,
      origins,
      afterCommit: (run) => callbacks.push(run),
    };
    return { uow, callbacks };
  }

  /** `given`: the payloads the caller recorded; otherwise the statement selects them back. */
  function parts<K extends EventName>(
    event: K,
    source: SQL,
    given?: EventPayload<K>[],
  ): RecordingParts<K> {
    const name = sourceName(event);
    const ref = sql`${sql.identifier(name)}`;
    const handlers = handlersOf(event);
    const ctes: WithSubquery[] = [qb.$with(name, {}).as(source)];
    const results: Record<string, SQL> = {};
    const outputs: StatementOutputs = {};
    for (const handler of handlers) {
      if (!handler.sql) continue;
      const part = handler.sql(ref, qb, { ...outputs });
      ctes.push(...part.ctes);
      if (part.result) results[handler.name] = part.result;
      Object.assign(outputs, part.outputs);
    }
    const wantsPayloads = handlers.some((h) => h.inTransaction || h.afterCommit);
    // A statement that declares the event itself gets its rows back; one recorded from given
    // payloads needs them only for the TypeScript handlers, which have them.
    if (!given) {
      results[PAYLOADS] = sql`(select coalesce(jsonb_agg(to_jsonb(e)), '[]'::jsonb) from ${ref} e)`;
    }
    const payloadsOf = (row: Record<string, unknown> | undefined) =>
      given ?? ((row?.[PAYLOADS] ?? []) as EventPayload<K>[]);
    return {
      ctes,
      results,
      payloadsOf,
      async finish(row, uow) {
        if (!row || !wantsPayloads) return;
        const payloads = payloadsOf(row);
        if (payloads.length === 0) return;
        for (const handler of handlers) {
          if (handler.inTransaction) {
            if (!uow.transactional) {
              throw new Error(
                `${handler.name} writes from TypeScript: record ${event} in a transaction`,
              );
            }
            await handler.inTransaction(payloads, uow);
          }
        }
        for (const handler of handlers) {
          const { afterCommit } = handler;
          if (afterCommit) {
            uow.afterCommit(() =>
              afterCommit(payloads, row[handler.name], { origins: uow.origins }),
            );
          }
        }
      },
    };
  }

  return {
    async transaction(db, work, origins) {
      let callbacks: (() => void | Promise<void>)[] = [];
      const result = await db.transaction(async (tx) => {
        const unit = unitOfWork(tx, true, origins);
        callbacks = unit.callbacks;
        return work(unit.uow);
      });
      await runAfterCommit(callbacks);
      return result;
    },

    async single(db, work, origins) {
      const { uow, callbacks } = unitOfWork(db, false, origins);
      const result = await work(uow);
      await runAfterCommit(callbacks);
      return result;
    },

    async record(uow, event, payloads) {
      if (payloads.length === 0) return;
      const columns = eventColumns(event);
      const rows = payloads.map(
        (payload) =>
          sql`(${sql.join(
            columns.map((column) => {
              const value = payload[column] as unknown;
              const type = sqlTypeOf(event, column);
              const param = type === 'jsonb' && value != null ? JSON.stringify(value) : value;
              // One parameter each, arrays too (drizzle would spread an array into a list).
              return sql`${sql.param(param ?? null)}::${sql.raw(type)}`;
            }),
            sql`, `,
          )})`,
      );
      const source = sql`select * from (values ${sql.join(rows, sql`, `)}) as v(${sql.join(
        columns.map((c) => sql.identifier(c)),
        sql`, `,
      )})`;
      const recording = parts(event, source, payloads);
      let row: Record<string, unknown> = {};
      if (handlersOf(event).some((h) => h.sql)) {
        const selection = { ...recording.results, done: sql`1` };
        [row = {}] = (await uow.db
          .with(...recording.ctes)
          .select(selection)
          .from(sql`(select) as statement`)) as Record<string, unknown>[];
      }
      await recording.finish(row, uow);
    },

    partsFor: (event, source) => parts(event, source),

    needsTransaction(event) {
      return handlersOf(event).some((h) => h.inTransaction);
    },
  };
}
