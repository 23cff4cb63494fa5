import type { Database } from '../db/connect.ts';
import { databaseError } from '../errors.ts';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  DEFAULT_LEASE_MS,
  PermanentJobError,
  type JobDefinition,
} from './define.ts';
import {
  analyzeIfStale,
  claimDue,
  completeJobs,
  finishJob,
  JOBS_CHANNEL,
  LEASE_LAPSED_ON_LAST_ATTEMPT,
  nextRunAt,
  releaseJobs,
  retryJob,
  scheduleRecurring,
  type ClaimedRow,
  type Held,
} from './store.ts';

/** Where the runner reports; pino's (and so Fastify's) logger fits. */
export interface JobLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface JobRunnerOptions {
  database: Database;
  /** Every kind this worker runs; a claimed job of another kind fails its attempt. */
  jobs: readonly JobDefinition[];
  /** Jobs run at once. Default 4. */
  concurrency?: number;
  /** Most jobs claimed by one statement; default `concurrency` (claims never exceed free slots). */
  batchSize?: number;
  /** How often an idle runner looks for jobs it was not woken for. Default 1,000 ms. */
  pollMs?: number;
  /** `stop()`'s default grace period. Default 10,000 ms. */
  stopGraceMs?: number;
  /** Default the console. */
  log?: JobLogger;
  /** The clock the runner claims, leases and schedules by (tests move it). Default real time. */
  now?: () => Date;
  /** Back-off jitter in [0, 1); default Math.random (tests pin it). */
  random?: () => number;
}

/** A worker's loop over the jobs table. */
export interface JobRunner {
  /**
   * Listens for wake-ups, makes sure every recurring kind has its pending run, then claims
   * and runs due jobs until `stop()`. Resolves once it listens (an enqueue from then on wakes
   * it). Throws when called twice or after `stop()`, or when the database cannot be reached.
   */
  start(): Promise<void>;
  /**
   * Stops claiming, lets the running jobs finish for up to `graceMs` (default the
   * `stopGraceMs` option), then aborts the ones still running and hands them back, pending
   * with their attempt not spent, for another worker to take at once; resolves when their
   * rows say so and every outcome is written. An aborted handler that settles later changes
   * nothing. Never throws (a failed write is logged; the leases then run out instead).
   * Calling it again answers the same promise.
   */
  stop(graceMs?: number): Promise<void>;
  /**
   * Claims and runs due jobs until none is due and none is running, started or not (for a
   * CLI command or a test); jobs due later, such as retries waiting out their back-off, are
   * left. Throws when a claim fails; never resolves while a handler never returns.
   */
  drain(): Promise<void>;
}

const consoleLogger: JobLogger = {
  info: (details, message) => console.info(message, details),
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};

interface Attempt {
  row: ClaimedRow;
  controller: AbortController;
  leaseTimer: NodeJS.Timeout;
  settled: Promise<void>;
  /** Handed back by `stop()`: its outcome must not be written. */
  released: boolean;
}

type Outcome = { ok: true } | { ok: false; error: unknown };

/**
 * A worker: claims due jobs (`FOR UPDATE SKIP LOCKED`, at most as many as it has free
 * slots, in one statement), runs each under its kind's lease, and writes the outcomes —
 * completions batched into one statement, a failure retried after its back-off or, on the
 * last attempt, failed with its error. Any number of runners, in any number of processes,
 * share one table; each job runs once unless a worker dies mid-attempt (then it runs again
 * once the lease runs out, which is what idempotency keys are for).
 *
 * An enqueue wakes the runners through the database's LISTEN/NOTIFY, so a due job starts at
 * once (and one due soon starts when its time comes) rather than at the next poll; the poll
 * catches what a lost notification or a lapsed lease leaves.
 *
 * A recurring kind (`every`) has exactly one unfinished run at any time, across workers: the
 * run of its current period slot, added at start if there is none, and each run, once it
 * completes or fails for good, adds the run of the next slot after now (a missed slot is
 * skipped, not caught up).
 *
 * Throws a RangeError for a kind defined twice or a count or interval that is not positive.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { database } = options;
  const db = database.db;
  const concurrency = options.concurrency ?? 4;
  const batchSize = Math.min(options.batchSize ?? concurrency, concurrency);
  const pollMs = options.pollMs ?? 1_000;
  const stopGraceMs = options.stopGraceMs ?? 10_000;
  const log = options.log ?? consoleLogger;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  for (const [name, value] of Object.entries({ concurrency, batchSize, pollMs })) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`${name} must be a positive integer`);
    }
  }
  const definitions = new Map<string, JobDefinition>();
  for (const definition of options.jobs) {
    if (definitions.has(definition.kind)) {
      throw new RangeError(`Job kind ${definition.kind} is defined twice`);
    }
    definitions.set(definition.kind, definition);
  }
  // The claim statement gives each kind its own lease; one JSON parameter carries them all.
  const leases = JSON.stringify(
    Object.fromEntries([...definitions].map(([k, d]) => [k, d.leaseMs])),
  );

  let state: 'new' | 'started' | 'stopping' | 'stopped' = 'new';
  let draining = 0;
  let unlisten: (() => Promise<void>) | undefined;
  const running = new Map<string, Attempt>();
  const writes = new Set<Promise<void>>();
  let completions: Held[] = [];
  let flushing: Promise<void> | undefined;
  let claimedTotal = 0;

  const accepting = () => state === 'started' || (draining > 0 && state === 'new');

  // --- waking up ------------------------------------------------------------------------
  // One timer: the earliest of the next poll and the next run_at we know of.
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  function wakeAt(wanted: number) {
    // Never later than the next poll (which also keeps a far run_at within a timer's range).
    const at = Math.min(wanted, now().getTime() + pollMs);
    if (state !== 'started' || at >= timerAt) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timer = undefined;
        timerAt = Infinity;
        void kick();
      },
      Math.max(0, at - now().getTime()),
    );
    // A worker must never be what keeps the process alive.
    timer.unref();
  }

  function onNotify(payload: string) {
    if (state !== 'started') return;
    const runAt = Number(payload);
    if (Number.isFinite(runAt) && runAt > now().getTime()) wakeAt(runAt);
    else void kick();
  }

  // --- claiming -------------------------------------------------------------------------
  // At most one claim loop at a time; a kick during one asks for another right after it, so
  // that a wake-up is never lost and a burst of kicks costs one more round, not one each.
  let currentLoop: Promise<Error | undefined> | undefined;
  let nextLoop: Promise<Error | undefined> | undefined;
  function kick(): Promise<Error | undefined> {
    if (!currentLoop) {
      currentLoop = claimLoop().finally(() => {
        currentLoop = undefined;
      });
      return currentLoop;
    }
    nextLoop ??= currentLoop.then(() => {
      nextLoop = undefined;
      return kick();
    });
    return nextLoop;
  }

  // Jobs that finish in the same turn of the event loop (a batch of quick ones) are
  // completed by one statement and their slots refilled by one claim: both wait for the turn
  // to end rather than going out for the first job to finish with a batch of one.
  let soonScheduled = false;
  function soon() {
    if (soonScheduled) return;
    soonScheduled = true;
    setImmediate(() => {
      soonScheduled = false;
      // A claim loop carries the completions; one that will not claim leaves them to flush.
      if (accepting()) void kick();
      else if (completions.length > 0) flushing ??= flush();
    });
  }

  /** Claims while there are free slots and due jobs; answers the error that stopped it. */
  async function claimLoop(): Promise<Error | undefined> {
    try {
      // The instant of the last claim that found too few; undefined while claims came back full.
      let idleAt: Date | undefined;
      while (accepting()) {
        const free = concurrency - running.size;
        if (free <= 0) break; // a finishing job kicks again
        const limit = Math.min(free, batchSize);
        const at = now();
        const done = completions;
        completions = [];
        const claiming = claimDue(db, {
          now: at,
          limit,
          leases,
          defaultLeaseMs: DEFAULT_LEASE_MS,
          done,
        });
        if (done.length > 0) {
          // Outcomes in flight: stop() and drain() wait for them like for any other write.
          const written = claiming.then(
            ({ completed }) => {
              // Locked for a moment by another worker's claim (or no longer ours, which the
              // fence will tell): the next claim carries them, or, when none comes, the flush,
              // whose plain UPDATE waits for the lock.
              const left = done.filter((held) => !completed.has(held.id));
              if (left.length === 0) return;
              completions.push(...left);
              if (!accepting()) flushing ??= flush();
            },
            () => {
              // Not written: back in the queue, for the next claim or the flush to retry.
              completions = [...done, ...completions];
            },
          );
          writes.add(written);
          void written.finally(() => writes.delete(written));
        }
        const { claimed: rows } = await claiming;
        claimedTotal += rows.length;
        if (rows.length === limit) refreshStatistics();
        for (const row of rows) begin(row);
        if (rows.length < limit) {
          idleAt = at;
          break;
        }
      }
      if (idleAt && state === 'started') {
        // Looked up as of the claim's instant, not a later one: a job that fell due in between
        // is then "next" (and due at once) instead of being missed by both statements.
        const next = await nextRunAt(db, idleAt);
        if (next !== undefined) wakeAt(next);
      }
      return undefined;
    } catch (error) {
      if (accepting())
        log.error({ err: error }, 'jobs: claiming failed; trying again at the next poll');
      return error instanceof Error ? error : new Error(`Claiming failed: ${String(error)}`);
    } finally {
      wakeAt(now().getTime() + pollMs);
      // Completions queued while the last claim was out, with no claim coming to carry them.
      if (completions.length > 0 && !soonScheduled && !nextLoop) flushing ??= flush();
    }
  }

  // --- running --------------------------------------------------------------------------
  function begin(row: ClaimedRow) {
    const definition = definitions.get(row.kind);
    if (row.state === 'failed') {
      log.error({ jobId: row.id, kind: row.kind }, `jobs: failed, ${LEASE_LAPSED_ON_LAST_ATTEMPT}`);
      if (definition?.every) {
        writeOutcome('scheduling the next run', () => scheduleNext(definition));
      }
      return;
    }
    const controller = new AbortController();
    const leaseMs = definition?.leaseMs ?? DEFAULT_LEASE_MS;
    const leaseTimer = setTimeout(() => {
      log.warn(
        { jobId: row.id, kind: row.kind, leaseMs },
        'jobs: an attempt outlived its lease; aborting it (another worker may take the job)',
      );
      controller.abort(new Error(`The attempt outlived its ${leaseMs} ms lease`));
    }, leaseMs);
    leaseTimer.unref();
    const attempt: Attempt = {
      row,
      controller,
      leaseTimer,
      released: false,
      settled: Promise.resolve(),
    };
    running.set(row.id, attempt);
    attempt.settled = execute(row, definition, controller.signal).then((outcome) => {
      clearTimeout(leaseTimer);
      running.delete(row.id);
      // Released by stop(): the release gave the attempt back, so a worker that took the job
      // since holds it under this same attempt number and the fence cannot tell us apart;
      // only this flag keeps a late outcome from being written over its attempt.
      if (!attempt.released) record(row, definition, outcome);
      soon();
    });
  }

  async function execute(
    row: ClaimedRow,
    definition: JobDefinition | undefined,
    signal: AbortSignal,
  ): Promise<Outcome> {
    try {
      if (!definition) throw new Error(`No job definition for kind '${row.kind}' on this worker`);
      await definition.run(
        {
          id: row.id,
          kind: row.kind,
          payload: row.payload,
          attempt: row.attempts,
          maxAttempts: row.max_attempts,
          idempotencyKey: row.idempotency_key,
        },
        { db, signal, now },
      );
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  }

  function record(row: ClaimedRow, definition: JobDefinition | undefined, outcome: Outcome) {
    const held: Held = { id: row.id, attempt: row.attempts };
    if (outcome.ok) {
      if (definition?.every) {
        writeOutcome('completing a recurring run', () => finishRecurring(definition, held, null));
      } else {
        completions.push(held);
        soon();
      }
      return;
    }
    const message = errorMessage(outcome.error);
    const details = { jobId: row.id, kind: row.kind, attempt: row.attempts, err: outcome.error };
    const last = row.attempts >= row.max_attempts || outcome.error instanceof PermanentJobError;
    if (last) {
      log.error(details, 'jobs: a job failed for good');
      writeOutcome('failing a job', () =>
        definition?.every
          ? finishRecurring(definition, held, message)
          : finishJob(db, held, now(), message),
      );
      return;
    }
    const delay = backoffDelay(row.attempts, definition?.backoff ?? DEFAULT_BACKOFF, random);
    log.warn({ ...details, retryInMs: delay }, 'jobs: an attempt failed; retrying');
    writeOutcome('scheduling a retry', () =>
      retryJob(db, held, new Date(now().getTime() + delay), message),
    );
  }

  /** Completes the held attempts queued so far, many per statement, until none is left. */
  async function flush() {
    try {
      while (completions.length > 0) {
        const batch = completions;
        completions = [];
        try {
          await completeJobs(db, batch, now());
        } catch (error) {
          if (!accepting()) {
            log.error(
              { err: error },
              'jobs: completing failed; the jobs run again when their lease runs out',
            );
            continue;
          }
          log.error({ err: error }, 'jobs: completing failed; trying again in a second');
          completions = [...batch, ...completions];
          await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
        }
      }
    } finally {
      flushing = undefined;
    }
  }

  function finishRecurring(definition: JobDefinition, held: Held, error: string | null) {
    return db.transaction(async (tx) => {
      // The next run is added in the same transaction, so there is never a moment with none.
      if (await finishJob(tx, held, now(), error)) {
        await scheduleRecurring(tx, definition, slotOf(definition, now()) + 1);
      }
    });
  }

  function scheduleNext(definition: JobDefinition) {
    return db.transaction((tx) => scheduleRecurring(tx, definition, slotOf(definition, now()) + 1));
  }

  // A backlog is when the claim's plan matters; look at the statistics then, once a minute.
  let statisticsCheckedAt = -Infinity;
  function refreshStatistics() {
    if (Date.now() - statisticsCheckedAt < 60_000) return;
    statisticsCheckedAt = Date.now();
    track('refreshing the jobs table statistics', () => analyzeIfStale(db));
  }

  function track(what: string, write: () => Promise<unknown>) {
    const promise = Promise.resolve()
      .then(write)
      .then(
        () => undefined,
        (error: unknown) => log.error({ err: error }, `jobs: ${what} failed`),
      );
    writes.add(promise);
    void promise.finally(() => writes.delete(promise));
  }

  /**
   * Writes an attempt's outcome; while the database is unavailable, a running worker tries
   * again every second rather than leave the job to its lease (a minute, for some kinds),
   * so that the jobs an outage caught mid-attempt go on as soon as it ends. Writing again is
   * safe: the statements are fenced by the attempt (one that committed but whose answer was
   * lost, or whose job another worker took since, changes nothing), and a recurring kind's
   * next run is added only when it has none. A stopping worker gives up; the lease then runs
   * out instead.
   */
  function writeOutcome(what: string, write: () => Promise<unknown>) {
    track(what, async () => {
      for (;;) {
        try {
          return await write();
        } catch (error) {
          if (state !== 'started' || databaseError(error)?.[0] !== 'unavailable') throw error;
          log.error({ err: error }, `jobs: ${what} failed; trying again in a second`);
          await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
        }
      }
    });
  }

  /** Resolves when no attempt runs and every outcome is written. */
  async function settled(includeRunning: boolean) {
    for (;;) {
      if (completions.length > 0) flushing ??= flush();
      const pending = [
        ...(includeRunning ? [...running.values()].map((a) => a.settled) : []),
        ...writes,
        ...(flushing ? [flushing] : []),
      ];
      if (pending.length === 0) return;
      await Promise.all(pending);
    }
  }

  // --- the door -------------------------------------------------------------------------
  let stopping: Promise<void> | undefined;

  return {
    async start() {
      if (state !== 'new') throw new Error('The job runner was started or stopped already');
      state = 'started';
      try {
        unlisten = await database.listen(JOBS_CHANNEL, onNotify, () => void kick());
        refreshStatistics();
        for (const definition of definitions.values()) {
          if (!definition.every) continue;
          const slot = slotOf(definition, now());
          await db.transaction((tx) => scheduleRecurring(tx, definition, slot));
        }
      } catch (error) {
        state = 'stopped';
        await unlisten?.().catch(() => undefined);
        throw error;
      }
      void kick();
    },

    stop(graceMs = stopGraceMs) {
      stopping ??= (async () => {
        state = 'stopping';
        clearTimeout(timer);
        await unlisten?.().catch((error: unknown) => {
          log.warn({ err: error }, 'jobs: could not stop listening');
        });
        // A claim in flight must land first: the jobs it claims are ours to finish or hand back.
        await currentLoop;
        if (running.size > 0) {
          let graceTimer: NodeJS.Timeout | undefined;
          await Promise.race([
            Promise.all([...running.values()].map((a) => a.settled)),
            new Promise((resolve) => (graceTimer = setTimeout(resolve, graceMs))),
          ]);
          clearTimeout(graceTimer);
        }
        const held = [...running.values()];
        for (const attempt of held) {
          attempt.released = true;
          clearTimeout(attempt.leaseTimer);
          attempt.controller.abort(new Error('The worker is stopping'));
        }
        if (held.length > 0) {
          await releaseJobs(
            db,
            held.map((a) => ({ id: a.row.id, attempt: a.row.attempts })),
          ).catch((error: unknown) => {
            log.error({ err: error }, 'jobs: could not hand jobs back; their leases will run out');
          });
          log.info({ jobs: held.length }, 'jobs: handed running jobs back on stop');
        }
        await settled(false);
        state = 'stopped';
      })();
      return stopping;
    },

    async drain() {
      draining += 1;
      try {
        for (;;) {
          if (!accepting()) return await stopping;
          const before = claimedTotal;
          const error = await kick();
          if (error) throw error;
          await settled(true);
          if (claimedTotal === before) return;
        }
      } finally {
        draining -= 1;
      }
    },
  };
}

function slotOf(definition: JobDefinition, at: Date) {
  return Math.floor(at.getTime() / definition.every!.ms);
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}
