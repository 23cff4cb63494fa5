import { Stream } from 'node:stream';
import type { z } from 'zod';
import { badRequest } from './errors.ts';

// Half of a UTF-16 surrogate pair standing alone (matched as code units: no `u` flag).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * PostgreSQL `text` cannot hold U+0000, and a lone UTF-16 surrogate is not Unicode at all (it
 * would be stored as U+FFFD, silently changing what the user sent). Finds the first string in
 * a parsed JSON value that holds either, keys included, and returns its field path
 * (`body.message`), so the request is refused by name before it reaches the database.
 */
export function findUnstorableText(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') || LONE_SURROGATE.test(value) ? path : undefined;
  }
  // Deeper than any schema of the API goes: validation refuses such a value anyway.
  if (value === null || typeof value !== 'object' || depth > 20) return undefined;
  // A body left a stream (an NDJSON import) is checked line by line, as each is parsed.
  if (value instanceof Stream) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found =
      findUnstorableText(key, `${path}.${key}`, depth + 1) ??
      findUnstorableText(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses `value` (a request's `part`: body, query, params) with 400 validation_failed naming
 * the field when it holds text no column can store: the one rule for REST and the socket.
 */
export function assertStorableText(value: unknown, part: string): void {
  const field = findUnstorableText(value, part);
  if (field) {
    throw badRequest(`${field}: must not contain NUL characters or invalid Unicode`, [
      { field, message: 'must not contain NUL characters or invalid Unicode' },
    ]);
  }
}

/**
 * `input` checked as REST checks a request's `part`: storable text, then `schema`; the same
 * 400 validation_failed naming each field (`body.check_out`) when it is not valid. For input
 * that does not come through a route's schema (a socket command, a line of an import).
 */
export function parseAs<T extends z.ZodType>(schema: T, input: unknown, part: string): z.infer<T> {
  assertStorableText(input, part);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    field: [part, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  throw badRequest(`${issues[0]!.field}: ${issues[0]!.message}`, issues);
}
