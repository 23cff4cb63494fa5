import { AppError } from './errors.ts';

export interface LoadGate {
  /**
   * Runs `work` unless the node is at capacity.
   * @throws overloaded (503 with `Retry-After`; `details.retry_after_ms`) without running it
   */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Works under way now. */
  readonly inFlight: number;
}

/**
 * Admission control for one kind of work on this node: past capacity it refuses at once, so
 * the work it accepts keeps its latency and a client retries later, instead of every request
 * queueing behind the database until all of them time out. Capacity is reached when
 * `maxInFlight` works are under way, or when at least `busyFloor` are and the oldest of them
 * has waited `maxWaitMs` (the database, or the node itself, is not keeping up). The floor
 * keeps one slow query on a quiet node (a disk flush that stalls) from refusing anything.
 */
export function createLoadGate(options: {
  maxInFlight: number;
  maxWaitMs: number;
  busyFloor?: number;
  now?: () => number;
}): LoadGate {
  const busyFloor = options.busyFloor ?? 8;
  const now = options.now ?? (() => performance.now());
  // Start times of the works under way, oldest first (a Map keeps insertion order).
  const started = new Map<number, number>();
  let next = 0;

  function oldestWait(at: number) {
    const first = started.values().next();
    return first.done ? 0 : at - first.value;
  }

  function refuse(wait: number): AppError {
    // Long enough for the backlog to drain, jittered so refused clients do not return together.
    // Not shorter: every refusal costs the node a little, and a storm of quick retries would
    // take the capacity the accepted work needs.
    const base = Math.min(2000, Math.max(250, wait * 8));
    const retryAfterMs = Math.round(base * (0.75 + Math.random() * 0.5));
    // A refusal is an answer, not a fault: no stack trace, which would cost more than the
    // rest of the refusal when thousands come in a second.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return refusal(retryAfterMs);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
  }

  function refusal(retryAfterMs: number) {
    return new AppError(
      'overloaded',
      `The server is at capacity; try again in ${retryAfterMs} ms`,
      { retry_after_ms: retryAfterMs },
      { 'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) },
    );
  }

  return {
    get inFlight() {
      return started.size;
    },
    async run(work) {
      const at = now();
      const wait = oldestWait(at);
      const busy = started.size >= busyFloor && wait >= options.maxWaitMs;
      if (started.size >= options.maxInFlight || busy) throw refuse(wait);
      const id = next++;
      started.set(id, at);
      try {
        return await work();
      } finally {
        started.delete(id);
      }
    },
  };
}
