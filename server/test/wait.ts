/**
 * Polls `probe` every `everyMs` until it answers something other than undefined, and answers
 * that. Throws after `timeoutMs`, with `failure()`'s account when given (what was awaited, the
 * logs of the processes involved).
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
  options: { everyMs?: number; failure?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(options.failure?.() ?? `Not so within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.everyMs ?? 10));
  }
}
