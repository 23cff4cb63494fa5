import type { ContractRoute } from '@flexbnb/contracts';

type Part<R, From extends 'params' | 'query' | 'body', To extends string> = R extends {
  [K in From]: infer S;
}
  ? { [K in To]: S }
  : unknown;

/** The Fastify schema of a contract route, typed so the zod type provider infers the request. */
export type ContractSchema<R extends ContractRoute> = {
  operationId: R['operationId'];
  tags: string[];
  summary: string;
  description?: string;
  security: ({ bearerAuth: string[] } | { apiKeyAuth: string[] })[];
  response: R['responses'];
} & Part<R, 'params', 'params'> &
  Part<R, 'query', 'querystring'> &
  Part<R, 'body', 'body'>;

/**
 * The Fastify route options of a contract route (`routes.sendMessage`…): method, URL, whether it
 * is public, and its schema — operationId, tags, summary, `security: []` for a public operation
 * and the bearer scheme otherwise, and the zod schemas that validate the request and serialize
 * every documented answer. A route file spreads it and adds its handler (and preHandlers):
 * `app.route({ ...contractRoute(routes.getProperty), handler: … })`.
 */
export function contractRoute<R extends ContractRoute>(route: R) {
  const schema: Record<string, unknown> = {
    operationId: route.operationId,
    tags: [...route.tags],
    summary: route.summary,
    ...(route.description !== undefined && { description: route.description }),
    // The bearer schemes of the OpenAPI document (see api-docs.ts).
    security: route.public
      ? []
      : route.apiKey
        ? [{ apiKeyAuth: [route.apiKey] }]
        : [{ bearerAuth: [] }],
    response: route.responses,
    ...(route.params && { params: route.params }),
    ...(route.query && { querystring: route.query }),
    ...(route.body && { body: route.body }),
    // Not Fastify's: how the API docs describe a file upload or answer, or NDJSON (api-docs.ts).
    ...(route.upload && { upload: route.upload }),
    ...(route.binary && { binary: route.binary }),
    ...(route.ndjson && { ndjson: route.ndjson }),
  };
  return {
    method: route.method,
    url: route.path,
    config: { public: route.public === true, apiKeyScope: route.apiKey },
    schema: schema as ContractSchema<R>,
  };
}
