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

// Database errors that can only come from input that slipped past validation, or from the
// database being unavailable for a moment; matched by SQLSTATE, then by its class.
const PG_ERRORS: Record<string, [ErrorCode, string]> = {
  '23503': ['not_found', 'A referenced record does not exist'],
  '23505': ['conflict', 'This already exists'],
  '40001': ['unavailable', 'The request collided with another one; try again'],
  '40P01': ['unavailable', 'The request collided with another one; try again'],
};
const PG_ERROR_CLASSES: Record<string, [ErrorCode, string]> = {
  '22': ['validation_failed', 'A value has the wrong format or cannot be stored'],
  '23': ['validation_failed', 'A value breaks a rule of the data'],
  '08': ['unavailable', 'The database is unavailable; try again'],
  '53': ['unavailable', 'The database is overloaded; try again'],
  '57': ['unavailable', 'The database is unavailable; try again'],
};
const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
// node-postgres's own words when a connection breaks or none can be had: no code to match.
const POOL_ERRORS =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** What a database error means to the client, if `err` is one. */
export function databaseError(err: unknown): [ErrorCode, string] | undefined {
  const code = pgErrorCode(err);
  if (code) return PG_ERRORS[code] ?? PG_ERROR_CLASSES[code.slice(0, 2)];
  // Drizzle wraps the driver's error in `cause`.
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code: sys, message } = e as { code?: unknown; message?: unknown };
    if (
      (typeof sys === 'string' && NETWORK_ERRORS.has(sys)) ||
      (typeof message === 'string' && POOL_ERRORS.test(message))
    ) {
      return ['unavailable', 'The database is unavailable; try again'];
    }
  }
  return undefined;
}

/**
 * `err` as the client error it is for one item of a batch that goes on without it: an
 * AppError as it is, a database's refusal of the item's data as what it means. Anything else
 * (the database unavailable, a bug) is not the item's fault and is thrown again.
 */
export function itemFailure(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const known = databaseError(err);
  if (known && known[0] !== 'unavailable') return new AppError(known[0], known[1]);
  throw err;
}
