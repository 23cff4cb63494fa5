/** What `bench/run.ts` hands every bench. */
export interface BenchContext {
  /**
   * A PostgreSQL server URL with the right to create and drop databases; a bench makes its
   * own throw-away database there with `withFreshDatabase`.
   */
  serverUrl: string;
}

/** A bench module: prints its figures and resolves; it throws only when it could not run. */
export interface BenchModule {
  run(context: BenchContext): Promise<void>;
}

/** A target the issues set: what it is, whether this run met it, and the figure that says so. */
export interface TargetResult {
  target: string;
  met: boolean;
  figure: string;
}

/** Prints one PASS or FAIL line per target, after a blank line. */
export function printTargets(results: readonly TargetResult[]) {
  console.log('');
  for (const { target, met, figure } of results) {
    console.log(`${met ? 'PASS' : 'FAIL'}  ${target}: ${figure}`);
  }
}
