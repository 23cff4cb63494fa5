import { readdirSync, readFileSync } from 'node:fs';

// Linux reports process CPU time in clock ticks of USER_HZ, 100 per second on every
// architecture Node runs on (`getconf CLK_TCK`).
const TICKS_PER_SECOND = 100;

interface ProcessCpu {
  pid: number;
  /** The process's command name, e.g. `postgres`, `redis-server`, `node`. */
  name: string;
  /**
   * User and system CPU time used so far, in milliseconds, with that of its children that have
   * exited and been waited for: a PostgreSQL backend that ends during a measurement still
   * counts, in the postmaster's figure, instead of taking its time out of the group's sum.
   */
  ms: number;
}

/** Every process's CPU time so far, from `/proc/<pid>/stat` (Linux). */
function processes(): ProcessCpu[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        return []; // it exited meanwhile
      }
      // The name is in parentheses and may itself hold spaces or parentheses.
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      // fields[0] is the state, field 3 of proc(5); utime, stime, cutime and cstime are
      // fields 14 to 17.
      const ticks = fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
      return [
        {
          pid: Number(pid),
          name: stat.slice(stat.indexOf('(') + 1, close),
          ms: (ticks * 1000) / TICKS_PER_SECOND,
        },
      ];
    });
}

/** Which processes make up each group whose CPU time is counted. */
export type ProcessGroups = Record<string, (process: { pid: number; name: string }) => boolean>;

/** The CPU time each group has used so far, in milliseconds. */
export function cpuTimes(groups: ProcessGroups): Record<string, number> {
  const all = processes();
  return Object.fromEntries(
    Object.entries(groups).map(([group, member]) => [
      group,
      all.filter(member).reduce((sum, p) => sum + p.ms, 0),
    ]),
  );
}

/** What each group used between two `cpuTimes`, divided by `per` (messages, say). */
export function cpuUsedPer(
  before: Record<string, number>,
  after: Record<string, number>,
  per: number,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after).map(([group, ms]) => [group, (ms - (before[group] ?? 0)) / per]),
  );
}

/**
 * The PostgreSQL processes whose CPU time is a bench's: the backends connected to its database
 * `databaseName`, and the server's own writers (WAL writer, checkpointer, background writer,
 * autovacuum). Others' backends are left out: the server may be shared with other work.
 */
export function postgresOf(databaseName: string) {
  const own = new Map<number, boolean>();
  return ({ pid, name }: { pid: number; name: string }) => {
    if (name !== 'postgres') return false;
    let mine = own.get(pid);
    if (mine === undefined) {
      let command = '';
      try {
        command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        // it exited meanwhile
      }
      // A backend's title is `postgres: <user> <database> <client> <state>`.
      mine =
        command.includes(` ${databaseName} `) ||
        /: (?:checkpointer|background writer|walwriter|autovacuum)/.test(command);
      own.set(pid, mine);
    }
    return mine;
  };
}
