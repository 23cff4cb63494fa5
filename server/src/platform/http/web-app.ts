import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SERVER_DIR } from '../paths.ts';

/** Where `npm run build --workspace web` writes the browser app. */
export const DEFAULT_WEB_DIR = path.join(SERVER_DIR, '..', 'web', 'dist');

function wantsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') || accept.includes('*/*');
}

/** The chat widget's loader, which a platform's listing page loads from its own origin. */
export const WIDGET_SCRIPT = 'widget.js';
/** The app's pages that the widget frames on a platform's page. */
export const EMBED_PREFIX = '/embed/';

/**
 * The headers of a page the widget frames: only the `embedOrigins` (and this origin) may frame
 * it, which CSP's `frame-ancestors` says (X-Frame-Options cannot name another origin, so it
 * goes; browsers that know CSP ignore it anyway).
 */
function allowFraming(reply: FastifyReply, embedOrigins: string[]) {
  const csp = reply.getHeader('content-security-policy');
  if (typeof csp === 'string') {
    void reply.header(
      'content-security-policy',
      csp.replace(
        /frame-ancestors [^;]*/,
        `frame-ancestors ${["'self'", ...embedOrigins].join(' ')}`,
      ),
    );
  }
  void reply.removeHeader('x-frame-options');
}

/**
 * Serves the built web app at `/`: its files as they are, and `index.html` for any other GET
 * outside `/api` that accepts HTML, so the app's own routes (`/host/messages`…) load on refresh.
 * Everything else keeps the API's JSON 404. Does nothing when the app has not been built.
 * `/widget.js` may be loaded by any page (cross-origin), and the `/embed/` pages framed by
 * `embedOrigins`.
 */
export async function installWebApp(
  app: FastifyInstance,
  webDir: string,
  { embedOrigins = [] }: { embedOrigins?: string[] } = {},
): Promise<boolean> {
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
        if (path.basename(filePath) === WIDGET_SCRIPT) {
          void reply.header('cross-origin-resource-policy', 'cross-origin');
        }
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
      if (request.url.startsWith(EMBED_PREFIX)) allowFraming(reply, embedOrigins);
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  });
  return true;
}
