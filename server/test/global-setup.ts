import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../src/platform/db/connect.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a migrated data folder dump every test file starts from. */
    pgliteTemplate: string;
    /** PostgreSQL: a migrated template database every test file clones. */
    postgresTemplate: { url: string; database: string };
  }
}

/** Migrates one template database per run; each test file then clones it (fast, isolated). */
export default async function setup(project: TestProject) {
  if (project.config.env.TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const database = `flexbnb_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${database}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${database}`;
    const db = await openPostgres({ url: templateUrl.toString(), poolSize: 1 });
    await db.close();
    project.provide('postgresTemplate', { url, database });
    return async () => {
      // Test files drop their clones; this sweeps any a crashed worker left behind.
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`${database.replace('_tpl_', '_t_')}%`],
      );
      for (const { datname } of [...rows, { datname: database }]) {
        await admin.query(`drop database if exists ${datname} with (force)`);
      }
      await admin.end();
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-test-'));
  const db = await openPglite();
  const dump = await db.client.dumpDataDir('none');
  await db.close();
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
