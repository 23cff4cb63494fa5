import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp } from '../../../test/harness.ts';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const expectSecurityHeaders = (headers: Record<string, unknown>) => {
    expect(headers).toMatchObject({
      'content-security-policy': expect.stringMatching(
        /default-src 'self';.*script-src 'self';.*connect-src 'self'(;|$)/,
      ),
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    });
    expect(headers).not.toHaveProperty('x-powered-by');
  };

  it('are on answers, refusals and unknown routes alike', async () => {
    const user = await buildUser(t.app);
    const ok = await api(t.app).get('/api/messaging/conversations/', user);
    expect(ok.statusCode).toBe(200);
    expectSecurityHeaders(ok.headers);
    const unauthorized = await api(t.app).get('/api/messaging/conversations/');
    expect(unauthorized.statusCode).toBe(401);
    expectSecurityHeaders(unauthorized.headers);
    const missing = await api(t.app).get('/api/no-such-thing/', user);
    expect(missing.statusCode).toBe(404);
    expectSecurityHeaders(missing.headers);
    const invalid = await api(t.app).post('/api/messaging/messages/send/', {}, user);
    expect(invalid.statusCode).toBe(400);
    expectSecurityHeaders(invalid.headers);
  });

  it('let the socket connect to this origin only, and upgrade requests only behind HTTPS', async () => {
    const plain = await api(t.app).get('/api/auth/me/');
    const csp = plain.headers['content-security-policy'] as string;
    expect(csp).not.toMatch(/ws:|wss:/);
    // A plain-HTTP install on a LAN: upgrading would send browsers to a port nothing serves.
    expect(csp).not.toContain('upgrade-insecure-requests');

    const behindHttps = await createTestApp({
      TRUST_PROXY: 'true',
      PUBLIC_URL: 'https://messenger.example.com',
    });
    try {
      const secure = await api(behindHttps.app).call('GET', '/api/auth/me/', {
        headers: { 'x-forwarded-proto': 'https' },
      });
      const secureCsp = secure.headers['content-security-policy'] as string;
      expect(secureCsp).toContain('upgrade-insecure-requests');
      expect(secureCsp).toMatch(/connect-src 'self' wss:\/\/messenger\.example\.com(;|$)/);
    } finally {
      await behindHttps.close();
    }
  });

  it('let the API docs relax their own style policy', async () => {
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/static/index.html' });
    expect(docs.headers['content-security-policy']).toContain(
      "style-src 'self' https: 'unsafe-inline'",
    );
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
  });
});
