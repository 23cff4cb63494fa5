import { API_KEY_SCOPES, type ApiKeyScope } from '@flexbnb/contracts';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildAdmin } from './factories.ts';
import { api } from './harness.ts';

/**
 * A platform's API key with `scopes` (every scope by default), made by a new admin through
 * the admin API, as an installation's operator makes one.
 */
export async function buildApiKey(
  app: FastifyInstance,
  scopes: readonly ApiKeyScope[] = API_KEY_SCOPES,
  name = 'Booking site',
): Promise<{ id: string; key: string }> {
  const admin = await buildAdmin(app);
  const res = await api(app).post('/api/admin/api-keys/', { name, scopes }, admin);
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.data.id, key: res.data.key };
}

/** A request to the platform API (or anywhere) with an API key as its bearer. */
export function platformApi(app: FastifyInstance, key: string) {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
    api(app).call(method, url, { as: key, ...(body !== undefined ? { body } : {}) });
  return {
    call,
    get: (url: string) => call('GET', url),
    post: (url: string, body: unknown) => call('POST', url, body),
    put: (url: string, body: unknown) => call('PUT', url, body),
    patch: (url: string, body: unknown) => call('PATCH', url, body),
    delete: (url: string) => call('DELETE', url),
  };
}

/** What an import answered: its status, and its body's lines parsed (an error's body when not 200). */
export interface ImportAnswer {
  statusCode: number;
  // The answer's lines as the tests read them: JSON, checked field by field.
  lines: any[];
  body: string;
}

/**
 * Posts `records` (one object or raw text a line) to the bulk import with an API key, and
 * reads its NDJSON answer.
 */
export async function importRecords(
  app: FastifyInstance,
  key: string,
  records: readonly (object | string)[],
): Promise<ImportAnswer> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/platform/import/',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
    payload: records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n'),
  });
  const lines =
    res.statusCode === 200
      ? res.body
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as unknown)
      : [res.json()];
  return { statusCode: res.statusCode, lines, body: res.body };
}
