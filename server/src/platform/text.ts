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
