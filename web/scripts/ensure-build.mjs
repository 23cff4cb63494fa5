// `npm start` serves web/dist: build it first when it is missing or older than its sources.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const web = path.resolve(import.meta.dirname, '..');
const root = path.resolve(web, '..');
// The app's page, and the chat widget's loader built after it.
const built = [path.join(web, 'dist', 'index.html'), path.join(web, 'dist', 'widget.js')];

function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newest(path.join(entry, name))), 0);
}

const sources = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'vite.widget.config.ts',
  'package.json',
]
  .map((p) => path.join(web, p))
  .concat(path.join(root, 'contracts', 'src'));
const newestSource = Math.max(...sources.map(newest));
const stale = built.some((file) => !existsSync(file) || statSync(file).mtimeMs < newestSource);
if (stale) {
  console.log('Building the web app (web/dist)…');
  // Always a production build, even when called from a test runner that set NODE_ENV=test.
  execSync('npm run build --workspace web', {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
