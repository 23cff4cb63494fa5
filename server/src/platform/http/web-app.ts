import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SERVER_DIR } from '../paths.ts';

/** Where `npm run build --workspace web` writes the browser app. */
export const DEFAULT_WEB_DIR = path.join(SERVER_DIR, '..', 'web', 'dist');

function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') || accept.includes('*/*');
}

/**
 * Serves the built web app at `/`: its files as they are, and `index.html` for any other GET
 * outside `/api` that accepts HTML, so the app's own routes (`/host/messages`…) load on refresh.
 * Everything else keeps the API's JSON 404. Does nothing when the app has not been built.
 */
export async function installWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!existsSync(path.join(webDir, 'index.html'))) return false;
  await app.register(async (scope) => {
    // The app's files are public (a browser loads them before anyone signs in) and no API.
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true };
      route.schema = { ...route.schema, hide: true };
    });
    await scope.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      // One route per built file; the SPA fallback below answers the rest.
      wildcard: false,
      index: false,
      setHeaders: (reply, filePath) => {
        // Vite fingerprints everything under assets/, so those never change.
        void reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
    scope.get('/*', { config: { public: true }, schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api') || !wantsHtml(request)) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  });
  return true;
}
