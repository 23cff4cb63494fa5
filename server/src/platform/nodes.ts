import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Db } from './db/connect.ts';
import { serverNodes } from './db/schema.ts';

/** How often a node says it is alive; readers count a node alive for some multiple of this. */
export const HEARTBEAT_INTERVAL_MS = 10_000;
/** A row not refreshed for this long is a node that died without saying so: it is removed. */
export const NODE_FORGOTTEN_AFTER_MS = 24 * 3600 * 1000;
// Every node would otherwise delete stale rows every beat; once an hour is plenty for rows a
// day old.
const PRUNE_EVERY_MS = 3600 * 1000;

export interface NodeHeartbeatOptions {
  db: Db;
  roles: readonly ('api' | 'worker')[];
  /** This node's connected sockets, read at every beat; 0 for a node without the API. */
  sockets: () => number;
  log: { warn: (obj: object, msg: string) => void };
  intervalMs?: number;
  /** Default `os.hostname()` and `process.pid`; tests running several in a process set them. */
  hostname?: string;
  pid?: number;
}

export interface NodeHeartbeat {
  /** This node's row in `server_nodes`. */
  readonly id: string;
  /** Writes the row now (the timer does so every interval); never throws. */
  beat(): Promise<void>;
  /** Stops the timer and deletes the row: the node leaves the list at once. Never throws. */
  stop(): Promise<void>;
}

/**
 * Keeps this node's row in `server_nodes` (its host, pid, roles and socket count) fresh: written
 * at once, then every `intervalMs` on an unref'd timer; rows of nodes not seen for a day are
 * pruned. `last_seen_at` is the database's clock, so that readers compare it with the
 * database's `now()` and no node's clock skew matters. A failed write is logged as a warning
 * and tried again at the next beat; it never fails the node.
 */
export async function startNodeHeartbeat(options: NodeHeartbeatOptions): Promise<NodeHeartbeat> {
  const { db, log } = options;
  const id = randomUUID();
  const intervalMs = options.intervalMs ?? HEARTBEAT_INTERVAL_MS;
  const row = {
    id,
    hostname: options.hostname ?? os.hostname(),
    pid: options.pid ?? process.pid,
    roles: [...options.roles],
  };
  let startedAt: Date | undefined;
  let prunedAt = 0;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  async function write() {
    let sockets = 0;
    try {
      sockets = options.sockets();
    } catch (err) {
      log.warn({ err }, 'heartbeat: could not count the sockets');
    }
    try {
      const [written] = await db
        .insert(serverNodes)
        .values({
          ...row,
          sockets,
          // Kept from the first beat, even if another node pruned the row meanwhile (a node
          // paused for a day).
          startedAt: startedAt ?? sql`now()`,
          lastSeenAt: sql`now()`,
        })
        .onConflictDoUpdate({
          target: serverNodes.id,
          set: { sockets, lastSeenAt: sql`now()` },
        })
        .returning({ startedAt: serverNodes.startedAt });
      startedAt ??= written?.startedAt;
      if (Date.now() - prunedAt >= PRUNE_EVERY_MS) {
        await db.delete(serverNodes).where(
          sql`${serverNodes.lastSeenAt} < now() - make_interval(secs => ${NODE_FORGOTTEN_AFTER_MS / 1000})
                and ${serverNodes.id} <> ${id}`,
        );
        prunedAt = Date.now();
      }
    } catch (err) {
      log.warn({ err, nodeId: id }, 'heartbeat: could not write this node’s row');
    }
  }

  // One write at a time: a slow database must not pile beats up, and stop waits for the last.
  function beat() {
    if (stopped) return running;
    running = running.then(write);
    return running;
  }

  function schedule() {
    timer = setTimeout(() => {
      void beat().then(() => {
        if (!stopped) schedule();
      });
    }, intervalMs);
    timer.unref();
  }

  await beat();
  schedule();

  let stopping: Promise<void> | undefined;
  return {
    id,
    beat,
    stop() {
      stopping ??= (async () => {
        stopped = true;
        clearTimeout(timer);
        await running;
        try {
          await db.delete(serverNodes).where(sql`${serverNodes.id} = ${id}`);
        } catch (err) {
          log.warn({ err, nodeId: id }, 'heartbeat: could not remove this node’s row');
        }
      })();
      return stopping;
    },
  };
}
