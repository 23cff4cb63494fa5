import { routes, type ContractRoute } from '@flexbnb/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestApp, type TestApp } from './harness.ts';

// The contract table (contracts/src/routes.ts) is what the web client is typed by; the server
// registers its routes from it. Both directions are checked against what the server serves, so
// a route added to one side only, or changed on one side only, fails here.

interface DocOperation {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses?: Record<string, unknown>;
  tags?: string[];
  summary?: string;
}

/** `/api/properties/:id` as OpenAPI writes it: `/api/properties/{id}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('the contract route table and the server', () => {
  let t: TestApp;
  let operations: { path: string; method: string; op: DocOperation }[];
  const table: ContractRoute[] = Object.values(routes);

  beforeAll(async () => {
    t = await createTestApp();
    const res = await api(t.app).get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    operations = Object.entries(
      res.data.paths as Record<string, Record<string, DocOperation>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
  });
  afterAll(() => t.close());

  it('serves every route of the table, documented under its operationId, method and path', () => {
    for (const route of table) {
      expect(t.app.hasRoute({ method: route.method, url: route.path }), route.operationId).toBe(
        true,
      );
      const documented = operations.filter((o) => o.op.operationId === route.operationId);
      expect(
        documented.map(({ path, method, op }) => ({
          operationId: op.operationId,
          method,
          path,
          tags: op.tags,
          summary: op.summary,
          security: op.security,
          statuses: Object.keys(op.responses ?? {}).sort(),
        })),
      ).toEqual([
        {
          operationId: route.operationId,
          method: route.method,
          path: openApiPath(route.path),
          tags: [...route.tags],
          summary: route.summary,
          // A platform's operations take its API key with the scope they name (api-docs.ts).
          security: route.public
            ? []
            : route.apiKey
              ? [{ apiKeyAuth: [route.apiKey] }]
              : [{ bearerAuth: [] }],
          statuses: Object.keys(route.responses).sort(),
        },
      ]);
    }
  });

  it('documents no operation the table does not have', () => {
    const inTable = new Set(
      table.map((r) => `${r.operationId} ${r.method} ${openApiPath(r.path)}`),
    );
    const strays = operations
      .map(({ path, method, op }) => `${op.operationId ?? '(no operationId)'} ${method} ${path}`)
      .filter((name) => !inTable.has(name));
    expect(strays).toEqual([]);
    expect(operations).toHaveLength(table.length);
  });

  it('names each operation once, each method and path once', () => {
    const ids = table.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const endpoints = table.map((r) => `${r.method} ${r.path}`);
    expect(new Set(endpoints).size).toBe(endpoints.length);
  });

  it('documents the errors every operation of its shape can answer', () => {
    for (const route of table) {
      const statuses = Object.keys(route.responses);
      const expected = [
        '400',
        ...(route.public ? [] : ['401']),
        ...(route.method === 'GET' ? [] : ['413', '415']),
        ...(route.params ? ['404'] : []),
      ];
      expect({
        operationId: route.operationId,
        missing: expected.filter((s) => !statuses.includes(s)),
      }).toEqual({
        operationId: route.operationId,
        missing: [],
      });
    }
    expect(Object.keys(routes.sendMessage.responses)).toContain('429');
    expect(Object.keys(routes.login.responses)).toEqual(expect.arrayContaining(['401', '429']));
    expect(Object.keys(routes.syncEvents.responses)).toContain('410');
  });
});
