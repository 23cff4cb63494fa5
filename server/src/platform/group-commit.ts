/**
 * Group commit for one kind of write on this node: items submitted while a batch is being
 * written wait for it to finish and then go together, as one statement and one commit. At low
 * load a batch is one item and nothing waits; under load the batches grow, so the database's
 * fixed cost per statement and per commit is shared, and throughput rises with the load
 * instead of the queue.
 *
 * Two items with the same key never share a batch (a later one waits for the next batch), so
 * the writer can assume each key at most once per batch: one message per conversation, for
 * instance, takes each conversation's next sequence number once.
 */
export interface GroupCommit<Item, Result> {
  /** Queues `item` for the next batch; resolves with its own result, or rejects with its error. */
  submit(item: Item): Promise<Result>;
  /** Items queued and not yet written. */
  readonly queued: number;
}

export interface GroupCommitOptions<Item, Result> {
  /** Writes a batch; answers one result per item, in the batch's order. */
  write: (items: Item[]) => Promise<Result[]>;
  /** Items with equal keys go to different batches. */
  keyOf: (item: Item) => string;
  /** Items in one batch at most. */
  maxBatch: number;
  /** Batches being written at once (each holds a connection). */
  maxInFlight: number;
  /**
   * While items keep coming from more than one source (a batch finished less than twice this
   * long ago, and it held several items or others arrived while it was written), an item that
   * finds nothing being written waits this long for others to go with it, unless `lingerFor`
   * are queued already. Like PostgreSQL's `commit_delay`: a millisecond shared by a fuller
   * batch costs the database less per item than batches of one. A lone client that waits for
   * each answer before its next item never waits. 0: never wait.
   */
  lingerMs?: number;
  /** Queued items that end a wait at once (default 4). */
  lingerFor?: number;
  now?: () => number;
  /**
   * Whether a batch that failed with `error` wrote nothing and may be written again one item
   * at a time, so that an item the database refuses fails alone (a statement's own error);
   * otherwise every item of the batch gets the error (a lost connection: the batch may have
   * committed).
   */
  retryAlone: (error: unknown) => boolean;
}

interface Pending<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

export function createGroupCommit<Item, Result>(
  options: GroupCommitOptions<Item, Result>,
): GroupCommit<Item, Result> {
  let queue: Pending<Item, Result>[] = [];
  let inFlight = 0;
  const lingerMs = options.lingerMs ?? 0;
  const lingerFor = options.lingerFor ?? 4;
  const now = options.now ?? (() => performance.now());
  let lastWritten = -Infinity;
  // Whether the batches lately had company: several items, or items arriving meanwhile.
  let sharedLately = false;
  let arrivedWhileWriting = false;
  let lingering: NodeJS.Timeout | undefined;

  /** The next batch, oldest first: each key once, the rest left queued in their order. */
  function take(): Pending<Item, Result>[] {
    const batch: Pending<Item, Result>[] = [];
    const rest: Pending<Item, Result>[] = [];
    const keys = new Set<string>();
    for (const pending of queue) {
      const key = options.keyOf(pending.item);
      if (batch.length < options.maxBatch && !keys.has(key)) {
        keys.add(key);
        batch.push(pending);
      } else {
        rest.push(pending);
      }
    }
    queue = rest;
    return batch;
  }

  async function write(batch: Pending<Item, Result>[]): Promise<void> {
    let results: Result[];
    try {
      results = await options.write(batch.map((p) => p.item));
    } catch (error) {
      if (batch.length > 1 && options.retryAlone(error)) {
        await Promise.all(batch.map((pending) => write([pending])));
      } else {
        for (const pending of batch) pending.reject(error);
      }
      return;
    }
    batch.forEach((pending, i) => pending.resolve(results[i]!));
  }

  /** Whether to wait for more items before writing what is queued. */
  function shouldLinger() {
    return (
      lingerMs > 0 &&
      sharedLately &&
      inFlight === 0 &&
      queue.length < lingerFor &&
      now() - lastWritten < 2 * lingerMs
    );
  }

  function pump() {
    if (lingering) {
      if (queue.length < lingerFor) return;
      clearTimeout(lingering);
      lingering = undefined;
    } else if (shouldLinger()) {
      lingering = setTimeout(() => {
        lingering = undefined;
        lastWritten = -Infinity;
        pump();
      }, lingerMs);
      return;
    }
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = take();
      inFlight += 1;
      void write(batch).finally(() => {
        inFlight -= 1;
        lastWritten = now();
        sharedLately = batch.length > 1 || arrivedWhileWriting;
        arrivedWhileWriting = false;
        pump();
      });
    }
  }

  return {
    submit(item) {
      return new Promise<Result>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (inFlight > 0) arrivedWhileWriting = true;
        pump();
      });
    },
    get queued() {
      return queue.length;
    },
  };
}
