import { ERROR_STATUS, type ErrorCode } from '@flexbnb/contracts';

/** The one error type services throw; the HTTP layer maps `code` to a status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const badRequest = (message: string, details?: unknown) =>
  new AppError('validation_failed', message, details);

/** PostgreSQL error codes the services recover from. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';

export function pgErrorCode(err: unknown): string | undefined {
  // node-postgres puts the SQLSTATE on the error; drizzle may wrap it in `cause`.
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Whether a statement that failed wrote nothing and can be tried again, say item by item out
 * of a batch (see createGroupCommit): the database refused the statement itself. After a lost
 * connection or a shutdown it may have committed.
 */
export function refusedByDatabase(err: unknown) {
  const code = pgErrorCode(err);
  return code !== undefined && !['08', '53', '57'].includes(code.slice(0, 2));
}
