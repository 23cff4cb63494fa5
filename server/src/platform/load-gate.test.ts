import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { createLoadGate } from './load-gate.ts';

/** A promise with its resolver, to hold a work under way. */
function held() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

async function refusal(run: Promise<unknown>) {
  const err = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('the load gate', () => {
  it('refuses at once past maxInFlight, with a retry hint, and admits again once work ends', async () => {
    const gate = createLoadGate({ maxInFlight: 2, maxWaitMs: 10_000 });
    const first = held();
    const second = held();
    const running = [gate.run(() => first.promise), gate.run(() => second.promise)];
    expect(gate.inFlight).toBe(2);
    let ran = false;
    const err = await refusal(gate.run(async () => void (ran = true)));
    expect(ran).toBe(false);
    expect(err.code).toBe('overloaded');
    expect(err.status).toBe(503);
    const { retry_after_ms } = err.details as { retry_after_ms: number };
    expect(retry_after_ms).toBeGreaterThanOrEqual(187);
    expect(retry_after_ms).toBeLessThanOrEqual(2500);
    expect(Number(err.headers!['retry-after'])).toBe(Math.ceil(retry_after_ms / 1000));
    first.release();
    await running[0];
    expect(gate.inFlight).toBe(1);
    await expect(gate.run(async () => 'admitted')).resolves.toBe('admitted');
    second.release();
    await Promise.all(running);
    expect(gate.inFlight).toBe(0);
  });

  it('refuses while enough works are under way and the oldest has waited maxWaitMs; frees a failed one', async () => {
    let now = 0;
    const gate = createLoadGate({ maxInFlight: 100, maxWaitMs: 30, busyFloor: 2, now: () => now });
    const slow = held();
    const running = gate.run(() => slow.promise);
    now = 40;
    // One slow work alone is below the floor: nothing is refused for it.
    await expect(gate.run(async () => 'quick')).resolves.toBe('quick');
    const second = held();
    const alsoRunning = gate.run(() => second.promise);
    now = 45;
    const err = await refusal(gate.run(async () => 'late'));
    // The hint grows with the backlog: eight times the oldest wait, jittered by a quarter.
    expect((err.details as { retry_after_ms: number }).retry_after_ms).toBeGreaterThanOrEqual(270);
    slow.release();
    second.release();
    await Promise.all([running, alsoRunning]);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(gate.inFlight).toBe(0);
    await expect(gate.run(async () => 'again')).resolves.toBe('again');
  });
});
