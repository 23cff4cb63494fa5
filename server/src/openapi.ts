import { writeFileSync } from 'node:fs';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openPglite } from './platform/db/connect.ts';

/**
 * `npm run openapi -- <file>`: writes the OpenAPI document the server serves at
 * `/api/openapi.json` to the file (to standard output without one), from the app built on an
 * in-memory database; nothing listens. CI lints the file with Redocly.
 */
async function main(file: string | undefined) {
  const database = await openPglite();
  try {
    const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false' }), {
      database,
    });
    try {
      await app.ready();
      const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
      if (file) writeFileSync(file, document);
      else process.stdout.write(document);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

main(process.argv[2]).catch((err: unknown) => {
  console.error('Could not write the OpenAPI document:', err);
  process.exit(1);
});
