import { z } from 'zod';

/** Every error code the API answers with, and the HTTP status it maps to. */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  unauthorized: 401,
  token_expired: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  /** A sync cursor older than the oldest kept change event: reload state, then sync from the current cursor. */
  cursor_expired: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** A `Range` outside the file; its `Content-Range` header says the file's size. */
  range_not_satisfiable: 416,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  /** The node is at capacity: retry after `Retry-After` (REST) or `details.retry_after_ms`. */
  overloaded: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const errorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({
    id: 'Error',
    examples: [{ error: { code: 'not_found', message: 'Conversation not found' } }],
  });
export type ErrorBody = z.infer<typeof errorBody>;

export const uuid = z.uuid();
// The formats alone let through year 0000, which PostgreSQL refuses, and an offset can push
// an instant past either end of the years 0001–9999 that the formats can write back.
const YEARS = 'must be between the years 0001 and 9999';
export const isoDateTime = z.iso.datetime({ offset: true }).refine((s) => {
  const year = new Date(s).getUTCFullYear();
  return year >= 1 && year <= 9999;
}, YEARS);
export const isoDate = z.iso.date().refine((s) => !s.startsWith('0000'), YEARS);

export const idParams = z.object({ id: z.uuid() });

export const userSummary = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof userSummary>;

/** A required text field: trimmed of surrounding white space and never empty. */
export const nonBlank = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const paging = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(200).optional(),
});
