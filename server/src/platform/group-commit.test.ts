import { describe, expect, it } from 'vitest';
import { createGroupCommit, type GroupCommitOptions } from './group-commit.ts';

interface Item {
  key: string;
  value: number;
}

/** A writer whose batches finish when the test says so, recording what each held. */
function controlledWriter(options: { fail?: (items: Item[]) => Error | undefined } = {}) {
  const batches: Item[][] = [];
  const finishers: (() => void)[] = [];
  const write = async (items: Item[]) => {
    batches.push(items);
    await new Promise<void>((resolve) => finishers.push(resolve));
    const error = options.fail?.(items);
    if (error) throw error;
    return items.map((item) => item.value * 10);
  };
  const finishNext = async () => {
    finishers.shift()!();
    // Let the results and the next batch's start run.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { batches, write, finishNext };
}

/** A group commit over `writer`: ten items a batch, one batch at a time, unless told. */
function groupOver(
  writer: ReturnType<typeof controlledWriter>,
  options: Partial<GroupCommitOptions<Item, number>> = {},
) {
  return createGroupCommit<Item, number>({
    write: writer.write,
    keyOf: (item) => item.key,
    maxBatch: 10,
    maxInFlight: 1,
    retryAlone: () => false,
    ...options,
  });
}

describe('group commit', () => {
  it('writes the first item at once and groups those that arrive meanwhile, each key once', async () => {
    const writer = controlledWriter();
    const group = groupOver(writer, { maxBatch: 3 });
    const items = ['a', 'b', 'a', 'c', 'd', 'e'].map((key, value) => ({ key, value }));
    const results = items.map((item) => group.submit(item));
    await new Promise((resolve) => setImmediate(resolve));
    // The first went alone; the rest wait for it.
    expect(writer.batches.map((b) => b.map((i) => i.value))).toEqual([[0]]);
    expect(group.queued).toBe(5);
    await writer.finishNext();
    // At most three; the second `a` may go, the first one's batch being written already.
    expect(writer.batches[1]!.map((i) => i.value)).toEqual([1, 2, 3]);
    await writer.finishNext();
    expect(writer.batches[2]!.map((i) => i.value)).toEqual([4, 5]);
    await writer.finishNext();
    expect(await Promise.all(results)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(group.queued).toBe(0);
  });

  it('never puts two items with one key in a batch', async () => {
    const writer = controlledWriter();
    const group = groupOver(writer);
    const first = group.submit({ key: 'x', value: 0 });
    const rest = [1, 2, 3].map((value) => group.submit({ key: 'a', value }));
    await writer.finishNext();
    await writer.finishNext();
    await writer.finishNext();
    await writer.finishNext();
    expect(await Promise.all([first, ...rest])).toEqual([0, 10, 20, 30]);
    expect(writer.batches.map((b) => b.map((i) => i.value))).toEqual([[0], [1], [2], [3]]);
  });

  it('writes up to maxInFlight batches at once', async () => {
    const writer = controlledWriter();
    const group = groupOver(writer, { maxInFlight: 2 });
    const results = ['a', 'b', 'c', 'd'].map((key, value) => group.submit({ key, value }));
    await new Promise((resolve) => setImmediate(resolve));
    // Two slots: the first two go alone at once, the rest together when one frees.
    expect(writer.batches.map((b) => b.map((i) => i.value))).toEqual([[0], [1]]);
    await writer.finishNext();
    expect(writer.batches.map((b) => b.map((i) => i.value))).toEqual([[0], [1], [2, 3]]);
    await writer.finishNext();
    await writer.finishNext();
    expect(await Promise.all(results)).toEqual([0, 10, 20, 30]);
  });

  it('writes a refused batch again item by item, so only the bad item fails', async () => {
    const refused = Object.assign(new Error('refused'), { refused: true });
    const writer = controlledWriter({
      fail: (items) => (items.some((i) => i.value === 2) ? refused : undefined),
    });
    const group = groupOver(writer, {
      retryAlone: (err) => (err as { refused?: boolean }).refused === true,
    });
    const results = ['a', 'b', 'c', 'd'].map((key, value) =>
      group.submit({ key, value }).then(
        (result) => ({ result }),
        (error: Error) => ({ error: error.message }),
      ),
    );
    await writer.finishNext(); // [0]
    await writer.finishNext(); // [1, 2, 3] fails: each again alone, at once
    expect(writer.batches.slice(2).map((b) => b.map((i) => i.value))).toEqual([[1], [2], [3]]);
    await writer.finishNext();
    await writer.finishNext();
    await writer.finishNext();
    expect(await Promise.all(results)).toEqual([
      { result: 0 },
      { result: 10 },
      { error: 'refused' },
      { result: 30 },
    ]);
  });

  it('fails every item of a batch whose fate is unknown, without writing it again', async () => {
    const lost = new Error('connection lost');
    const writer = controlledWriter({ fail: (items) => (items.length > 1 ? lost : undefined) });
    const group = groupOver(writer);
    const results = ['a', 'b', 'c'].map((key, value) =>
      group.submit({ key, value }).catch((error: Error) => error.message),
    );
    await writer.finishNext();
    await writer.finishNext();
    expect(await Promise.all(results)).toEqual([0, 'connection lost', 'connection lost']);
    expect(writer.batches).toHaveLength(2);
  });
});

describe('group commit with a linger', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const values = (batches: Item[][]) => batches.map((b) => b.map((i) => i.value));

  it('lets an item wait for others while items keep coming, never when idle', async () => {
    const writer = controlledWriter();
    const group = groupOver(writer, { lingerMs: 200, lingerFor: 3 });
    // Idle: the first goes at once.
    const first = group.submit({ key: 'a', value: 0 });
    await sleep(0);
    expect(values(writer.batches)).toEqual([[0]]);
    // Another arrives while it is written: items are coming from more than one source.
    const b = group.submit({ key: 'b', value: 1 });
    await writer.finishNext();
    expect(await first).toBe(0);
    // So the next waits for company, up to the linger.
    await sleep(10);
    const c = group.submit({ key: 'c', value: 2 });
    await sleep(10);
    expect(values(writer.batches)).toEqual([[0]]);
    await sleep(250);
    expect(values(writer.batches)).toEqual([[0], [1, 2]]);
    await writer.finishNext();
    expect(await Promise.all([b, c])).toEqual([10, 20]);
    // Enough company ends the wait at once.
    const more = [3, 4, 5].map((value) => group.submit({ key: `k${value}`, value }));
    await sleep(5);
    expect(values(writer.batches)).toEqual([[0], [1, 2], [3, 4, 5]]);
    await writer.finishNext();
    expect(await Promise.all(more)).toEqual([30, 40, 50]);
    // Quiet for longer than twice the linger: idle again, nothing waits.
    await sleep(450);
    const alone = group.submit({ key: 'z', value: 6 });
    await sleep(5);
    expect(values(writer.batches)).toEqual([[0], [1, 2], [3, 4, 5], [6]]);
    await writer.finishNext();
    expect(await alone).toBe(60);
  });

  it('never makes a lone client that waits for each answer wait for company', async () => {
    const writer = controlledWriter();
    const group = groupOver(writer, { lingerMs: 200, lingerFor: 3 });
    for (const value of [0, 1, 2]) {
      const sent = group.submit({ key: `k${value}`, value });
      await sleep(5);
      expect(writer.batches).toHaveLength(value + 1);
      await writer.finishNext();
      expect(await sent).toBe(value * 10);
    }
  });
});
