// `npm run build --workspace server`: bundles src/main.ts, with the workspace packages it
// imports (contracts, which is TypeScript source), into dist/main.js, so `npm start` runs plain
// JavaScript and no TypeScript loader. Packages from npm are not bundled: they stay imports,
// resolved from node_modules at run time.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const server = path.resolve(import.meta.dirname, '..');
export const OUTPUT = path.join(server, 'dist', 'main.js');

/** Every bare import is external except our own `@flexbnb/*` workspace packages. */
const npmPackagesExternal = {
  name: 'npm-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@flexbnb/') ? undefined : { path: args.path, external: true },
    );
  },
};

export async function buildServer() {
  // Imported here, not above: a start whose bundle is up to date needs no esbuild installed.
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: server,
    entryPoints: ['src/main.ts'],
    outfile: OUTPUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Class and function names as written, for stack traces and logged error types.
    keepNames: true,
    // dist/main.js.map, for `node --enable-source-maps dist/main.js` when debugging.
    sourcemap: 'linked',
    plugins: [npmPackagesExternal],
    logLevel: 'warning',
    write: false,
  });
  // Written aside and renamed into place: test processes building at the same time, or a
  // server starting meanwhile, never read half a file.
  mkdirSync(path.dirname(OUTPUT), { recursive: true });
  const isMap = (file) => file.path.endsWith('.map');
  // The map first, so a main.js in place always has its map.
  const files = [
    ...result.outputFiles.filter(isMap),
    ...result.outputFiles.filter((f) => !isMap(f)),
  ];
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  await buildServer();
  console.log(`Built ${path.relative(process.cwd(), OUTPUT)}`);
}
