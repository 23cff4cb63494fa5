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
