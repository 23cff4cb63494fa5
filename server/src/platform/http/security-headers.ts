import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers helmet sets with `options`, computed once. They depend on nothing in the
 * request as long as no CSP directive is a function (none is here), so every response can
 * carry the same set instead of helmet building its middleware and directives again for each
 * request, as its Fastify plugin does.
 */
export function securityHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  // Helmet throws a bad option at once; it calls `next` only to go on.
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return Object.freeze(headers);
}

/**
 * Puts helmet's security headers (see `securityHeaders`) on every response: installed before
 * authentication, so refusals (401) carry them too, and a route may still override one (the
 * API docs relax their CSP in an onSend hook). `upgrade-insecure-requests` goes only on
 * answers served over HTTPS: on a plain-HTTP install (a LAN) it would send the browser to
 * an HTTPS port nothing listens on.
 */
export function installSecurityHeaders(app: FastifyInstance, options: HelmetOptions) {
  const csp =
    typeof options.contentSecurityPolicy === 'object' ? options.contentSecurityPolicy : {};
  const withCsp = (upgrade: boolean) =>
    securityHeaders({
      ...options,
      contentSecurityPolicy: {
        ...csp,
        directives: { ...csp.directives, 'upgrade-insecure-requests': upgrade ? [] : null },
      },
    });
  const overHttps = withCsp(true);
  const overHttp = withCsp(false);
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(request.protocol === 'https' ? overHttps : overHttp);
    done();
  });
}
