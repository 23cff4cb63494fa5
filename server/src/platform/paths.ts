import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The server package's folder (the one with its package.json). This code runs from two places:
 * as TypeScript in server/src/ (tests, the CLI) and bundled into server/dist/main.js
 * (`npm start`), so `import.meta.dirname` differs and files the server reads at run time are
 * found from the package folder, never from the current file.
 */
export const SERVER_DIR = findServerDir(import.meta.dirname);

function findServerDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === '@flexbnb/server') return dir;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`No package.json of @flexbnb/server above ${from}`);
    }
  }
}
