import swagger, { type SwaggerTransformObject } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { API_TAGS, ERROR_STATUS } from '@flexbnb/contracts';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** Where the interactive API docs are served; public, like the document itself. */
export const DOCS_PREFIX = '/api/docs';
/** The OpenAPI 3.1 document of every route registered after `installApiDocs`. */
export const OPENAPI_PATH = '/api/openapi.json';

const SCHEMA_REF = '#/components/schemas/';

// What each status means, as the documentation says it; an error's codes come from ERROR_STATUS.
const STATUS_MEANING: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'Done; no body',
  206: 'The part of the file the `Range` asked for',
  304: 'Not modified: the file is the one `If-None-Match` names',
  400: 'The request is not valid',
  401: 'No valid token, or wrong credentials',
  403: 'Not allowed',
  404: 'Not found, or not yours',
  409: 'Conflicts with the current state',
  410: 'Gone',
  416: 'The `Range` starts past the end of the file; `Content-Range: bytes */<size>` says its size',
  413: 'The body is larger than 1 MB',
  415: 'The body is not JSON',
  429: 'Too many requests; `Retry-After` says when to try again',
  503: 'Unavailable for a moment; try again',
};

function statusDescription(status: number): string | undefined {
  const meaning = STATUS_MEANING[status];
  const codes = Object.entries(ERROR_STATUS)
    .filter(([, s]) => s === status)
    .map(([code]) => `\`${code}\``);
  return meaning && (codes.length ? `${meaning}: ${codes.join(', ')}` : meaning);
}

/** The zod type provider's transform, with a description for each status of each answer. */
const withStatusDescriptions: typeof jsonSchemaTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const response = transformed.schema.response as Record<string, object> | undefined;
  for (const [status, schema] of Object.entries(response ?? {})) {
    const description = statusDescription(Number(status));
    if (!description) continue;
    // @fastify/swagger reads a response's description from `x-response-description` and drops
    // that key from the schema; a bare `$ref` it replaces, so there only `description` is read.
    response![status] =
      '$ref' in schema
        ? { ...schema, description }
        : { ...schema, 'x-response-description': description };
  }
  return transformed;
};

/** What a contract route adds to its Fastify schema for a file (see `RouteDefinition`). */
interface FileParts {
  upload?: { field: string; description: string };
  binary?: { contentTypes: readonly string[]; description: string };
  ndjson?: { line: unknown; description: string };
}

const NDJSON = 'application/x-ndjson';

const FILE_HEADERS = {
  'Content-Disposition': {
    type: 'string',
    description: "The file's name: `inline; filename=\"…\"; filename*=UTF-8''…`",
  },
  ETag: { type: 'string', description: 'Send it as `If-None-Match` to get 304 while unchanged' },
  'Accept-Ranges': { type: 'string', description: '`bytes`: ask for a part with `Range`' },
};

/**
 * A route that takes a file (`upload`) documents a `multipart/form-data` body, and one that
 * answers a file (`binary`) documents its success answers as the file's types; the markers
 * themselves are not part of the document. An NDJSON route (`ndjson`) documents its body and
 * answer as `application/x-ndjson`, each with the schema of one line.
 */
const withFiles: typeof jsonSchemaTransform = (input) => {
  const { upload, binary, ndjson, ...schema } = input.schema as typeof input.schema & FileParts;
  // An NDJSON body is documented as the schema of one of its lines.
  const transformed = withStatusDescriptions({
    ...input,
    schema: ndjson ? { ...schema, body: ndjson.line } : schema,
  });
  const target = transformed.schema as Record<string, unknown>;
  const response = (target.response ?? {}) as Record<string, object>;
  if (upload) {
    target.consumes = ['multipart/form-data'];
    target.body = {
      type: 'object',
      required: [upload.field],
      properties: {
        [upload.field]: {
          type: 'string',
          contentMediaType: 'application/octet-stream',
          description: upload.description,
        },
      },
    };
    const describe = (status: number, description: string) => {
      const current = response[status];
      // As in withStatusDescriptions: a bare `$ref` keeps its `description`.
      if (current) {
        response[status] = {
          ...current,
          ['$ref' in current ? 'description' : 'x-response-description']: description,
        };
      }
    };
    describe(413, 'The file is larger than the server takes: `payload_too_large`; nothing is kept');
    describe(
      415,
      'The body is not `multipart/form-data`, or the file is not an image, a PDF or audio the ' +
        'server takes: `unsupported_media_type`',
    );
  }
  if (ndjson) {
    target.consumes = [NDJSON];
    const body = target.body as Record<string, unknown>;
    target.body = { ...body, description: ndjson.description };
    // Only the success answer is NDJSON: the errors stay JSON, as everywhere.
    const line: Record<string, unknown> = { ...response['200'] };
    delete line['x-response-description'];
    response['200'] = {
      description: 'One line for each line of the body, in their order, then the summary',
      content: { [NDJSON]: { schema: line } },
    };
  }
  if (binary) {
    for (const status of ['200', '206']) {
      if (!response[status]) continue;
      response[status] = {
        description: status === '200' ? binary.description : statusDescription(206),
        headers: {
          ...FILE_HEADERS,
          ...(status === '206' && {
            'Content-Range': { type: 'string', description: '`bytes <start>-<end>/<size>`' },
          }),
        },
        content: Object.fromEntries(
          binary.contentTypes.map((type) => [
            type,
            { schema: { type: 'string', contentMediaType: type } },
          ]),
        ),
      };
    }
  }
  return transformed;
};

/** Every `$ref` to a component schema anywhere in `value`. */
function schemaRefs(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) schemaRefs(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && item.startsWith(SCHEMA_REF)) {
        found.add(decodeURIComponent(item.slice(SCHEMA_REF.length)));
      } else {
        schemaRefs(item, found);
      }
    }
  }
  return found;
}

/**
 * The document without the component schemas nothing refers to. Every schema with an id gets
 * an input and an output variant (`User`, `UserInput`); only those the operations use stay.
 */
const withoutUnusedSchemas: SwaggerTransformObject = (document) => {
  const transformed = jsonSchemaTransformObject(document);
  const { components, ...rest } = transformed as {
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = components?.schemas;
  if (!schemas) return transformed;
  const used = schemaRefs({ ...rest, components: { ...components, schemas: {} } });
  for (const pending = [...used]; pending.length > 0;) {
    for (const name of schemaRefs(schemas[pending.pop()!])) {
      if (!used.has(name)) {
        used.add(name);
        pending.push(name);
      }
    }
  }
  return {
    ...transformed,
    components: {
      ...components,
      schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name))),
    },
  } as typeof transformed;
};

/**
 * Serves the OpenAPI 3.1 document at `/api/openapi.json` and the interactive docs at
 * `/api/docs`, both public. The document lists every route registered afterwards, from the
 * zod schemas that validate it (see `contractRoute`); register this before the routes.
 */
export async function installApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'FlexBNB Messenger API',
        version: '0.1.0',
        description:
          'Messaging between guests and hosts of vacation rentals. Sign in with `POST /api/auth/login/` and send ' +
          '`Authorization: Bearer <access_token>`. Errors are `{"error": {"code", "message", "details"}}`. ' +
          'Paths take a trailing slash or not.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the server this document is read from, wherever it is deployed.
      servers: [{ url: '/', description: 'The server that serves this document' }],
      tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          apiKeyAuth: {
            type: 'http',
            scheme: 'bearer',
            description:
              "A platform's API key, made by an admin (`POST /api/admin/api-keys/`); each operation names the scope it needs.",
          },
        },
      },
    },
    transform: withFiles,
    transformObject: withoutUnusedSchemas,
  });
  await app.register(swaggerUi, {
    routePrefix: DOCS_PREFIX,
    staticCSP: true,
    // Swagger UI sets inline styles from its script; allowed on the docs pages only.
    transformStaticCSP: (header) =>
      header.replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'"),
  });

  app.get(OPENAPI_PATH, { config: { public: true }, schema: { hide: true } }, () => app.swagger());
}
