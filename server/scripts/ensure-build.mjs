// `npm start` runs dist/main.js: bundle it first when it is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { OUTPUT, buildServer } from './build.mjs';

const server = path.resolve(import.meta.dirname, '..');
const root = path.resolve(server, '..');

/** The newest mtime in `entry`; a folder counts too, so a deleted or renamed file is seen. */
function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (max, name) => Math.max(max, newest(path.join(entry, name))),
    stat.mtimeMs,
  );
}

const sources = [
  ...['src', 'scripts', 'package.json', 'tsconfig.json'].map((p) => path.join(server, p)),
  ...['src', 'package.json'].map((p) => path.join(root, 'contracts', p)),
  path.join(root, 'tsconfig.base.json'),
];
const stale = !existsSync(OUTPUT) || statSync(OUTPUT).mtimeMs < Math.max(...sources.map(newest));
if (stale) {
  console.log('Building the server (server/dist)…');
  await buildServer();
}
