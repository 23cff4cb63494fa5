import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openPglite } from './platform/db/connect.ts';

/** The typed client's paths and schemas, generated from the document (see contracts/src/client). */
const CLIENT_TYPES = fileURLToPath(
  new URL('../../contracts/src/client/openapi.ts', import.meta.url),
);

/** The OpenAPI document the server serves at `/api/openapi.json`, from an in-memory database. */
async function openApiDocument(): Promise<string> {
  const database = await openPglite();
  try {
    const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false' }), {
      database,
    });
    try {
      await app.ready();
      return `${JSON.stringify(app.swagger(), null, 2)}\n`;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

/** The typed client's TypeScript: every path, operation and schema of the document. */
async function clientTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
  });
  return (
    '// Generated from the OpenAPI document by `npm run client`; do not edit. CI fails when it\n' +
    '// is stale.\n' +
    astToString(ast)
  );
}

/**
 * `npm run openapi -- <file>`: writes the document to the file (to standard output without
 * one); CI lints it with Redocly. `npm run client`: writes the typed client's types;
 * `npm run client -- --check` fails when the committed ones differ from the document.
 */
async function main(args: string[]) {
  const document = await openApiDocument();
  if (args[0] !== '--client') {
    if (args[0]) writeFileSync(args[0], document);
    else process.stdout.write(document);
    return;
  }
  const types = await clientTypes(document);
  const where = path.relative(process.cwd(), CLIENT_TYPES);
  if (args[1] === '--check') {
    if (readFileSync(CLIENT_TYPES, 'utf8') !== types) {
      console.error(`${where} is stale: run npm run client, and commit it.`);
      process.exit(1);
    }
    console.log(`${where} matches the API.`);
    return;
  }
  writeFileSync(CLIENT_TYPES, types);
  console.log(`Wrote ${where}.`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error('Could not write the OpenAPI document:', err);
  process.exit(1);
});
