import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Database } from '../db/connect.ts';
import { openTestDatabase, testConfig } from '../../../test/harness.ts';

describe('serving the web app', () => {
  let dir: string;
  let database: Database;
  let app: FastifyInstance;
  const html = '<!doctype html><title>FlexBNB</title><div id="root"></div>';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-web-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), html);
    writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(path.join(dir, 'widget.js'), '(function(){})();');
    database = await openTestDatabase();
    app = await buildApp(
      testConfig({ EMBED_ORIGINS: 'https://rentals.example, http://127.0.0.1:8080/listing' }),
      { database, webDir: dir },
    );
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, accept = 'text/html,application/xhtml+xml,*/*;q=0.8') =>
    app.inject({ method: 'GET', url, headers: { accept } });

  it('serves index.html at / and for the app routes, without signing in', async () => {
    for (const url of ['/', '/host/messages', '/messages/3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(html);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    }
  });

  it('serves built files, fingerprinted ones cached for good', async () => {
    const js = await get('/assets/app-abc123.js', '*/*');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toMatch(/immutable/);
    const icon = await get('/favicon.svg', 'image/*');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('keeps the JSON 404 for the API and for files that do not exist', async () => {
    const apiMiss = await get('/api/nothing-here');
    expect(apiMiss.statusCode).toBe(404);
    expect(apiMiss.json()).toMatchObject({ error: { code: 'not_found' } });
    const fileMiss = await get('/assets/missing.js', 'application/javascript');
    expect(fileMiss.statusCode).toBe(404);
    expect(fileMiss.json()).toMatchObject({ error: { code: 'not_found' } });
    const post = await app.inject({ method: 'POST', url: '/host/messages' });
    expect(post.statusCode).toBe(404);
  });

  it("lets any page load the widget's script, and only the embedding origins frame its chat", async () => {
    const widget = await get('/widget.js', '*/*');
    expect(widget.statusCode).toBe(200);
    expect(widget.headers['content-type']).toMatch(/javascript/);
    expect(widget.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(widget.headers['cache-control']).toBe('no-cache');

    const chat = await get('/embed/chat?property=listing-42');
    expect(chat.statusCode).toBe(200);
    expect(chat.body).toBe(html);
    expect(chat.headers['x-frame-options']).toBeUndefined();
    const csp = String(chat.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'self' https://rentals.example http://127.0.0.1:8080;");
    expect(csp).toMatch(/script-src 'self'/);

    // Everything else stays unframeable by other origins, and its files same-origin.
    const app = await get('/host/messages');
    expect(app.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(app.headers['content-security-policy'])).toContain("frame-ancestors 'self';");
    const asset = await get('/assets/app-abc123.js', '*/*');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('still requires a token on the API', async () => {
    const res = await get('/api/messaging/conversations/', 'application/json');
    expect(res.statusCode).toBe(401);
  });
});
