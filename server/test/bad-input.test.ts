import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation } from './factories.ts';
import { api, createTestApp, type TestApp } from './harness.ts';

describe('bad input', () => {
  let t: TestApp;
  let owners: Awaited<ReturnType<typeof buildConversation>>;
  beforeAll(async () => {
    t = await createTestApp();
    owners = await buildConversation(t.app);
  });
  afterAll(() => t.close());

  const raw = (url: string, payload: string, contentType = 'application/json') =>
    t.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { authorization: `Bearer ${owners.guest.token}`, 'content-type': contentType },
    });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await raw('/api/messaging/messages/send/', '{"conversation_id": ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_json');
  });

  it('answers a body over 1 MB with 413', async () => {
    const big = JSON.stringify({
      conversation_id: owners.conversation.id,
      message: 'x'.repeat(1_100_000),
    });
    const res = await raw('/api/messaging/messages/send/', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('answers a non-JSON body with 415', async () => {
    const res = await raw('/api/messaging/messages/send/', 'hello', 'text/plain');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it.each([
    ['an empty message', { message: '' }],
    ['a whitespace-only message', { message: '  \n\t ' }],
    ['a message over 5,000 characters', { message: 'x'.repeat(5001) }],
    ['a number for the message', { message: 42 }],
    ['a missing message', { message: undefined }],
    ['a non-UUID conversation id', { conversation_id: 'abc' }],
    ['an array body', null],
  ])('rejects %s with 400 and names the field', async (_name, override) => {
    const body =
      override === null
        ? []
        : { conversation_id: owners.conversation.id, message: 'hello', ...override };
    const res = await api(t.app).post('/api/messaging/messages/send/', body, owners.guest);
    expect(res.statusCode).toBe(400);
    expect(res.data.error.code).toBe('validation_failed');
    expect(res.data.error.message).toMatch(/body/);
  });

  it('never answers 500 for text the database cannot store', async () => {
    const nul = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: owners.conversation.id, message: 'a\u0000b' },
      owners.guest,
    );
    expect(nul.statusCode).toBe(400);
    const search = await api(t.app).get('/api/messaging/conversations/?q=%00', owners.guest);
    expect(search.statusCode).toBe(400);
    const title = await api(t.app).post(
      '/api/properties/',
      { title: 'x\u0000', address: 'y' },
      owners.guest,
    );
    expect(title.statusCode).toBe(400);
  });

  it('names the field holding a NUL or a lone surrogate instead of failing in the database', async () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ['/api/messaging/messages/send/', 'body.message', { message: 'a\u0000b' }],
      ['/api/messaging/messages/send/', 'body.message', { message: 'a\uD800b' }],
      ['/api/messaging/messages/send/', 'body.client_message_id', { client_message_id: '\u0000' }],
    ];
    for (const [url, field, override] of cases) {
      const res = await api(t.app).post(
        url,
        { conversation_id: owners.conversation.id, message: 'hello', ...override },
        owners.guest,
      );
      expect({ field, status: res.statusCode, code: res.data.error.code }).toEqual({
        field,
        status: 400,
        code: 'validation_failed',
      });
      expect(res.data.error.details).toEqual([{ field, message: expect.any(String) }]);
    }
    const login = await api(t.app).post('/api/auth/login/', {
      email: 'a\u0000@example.com',
      password: 'password123',
    });
    expect(login.data.error.details).toEqual([
      { field: 'body.email', message: expect.any(String) },
    ]);
    const search = await api(t.app).get('/api/messaging/conversations/?q=a%00', owners.guest);
    expect(search.data.error.details).toEqual([{ field: 'query.q', message: expect.any(String) }]);
    // Nothing of the refused messages was written.
    const detail = await api(t.app).get(
      `/api/messaging/conversations/${owners.conversation.id}/`,
      owners.guest,
    );
    expect(detail.data.messages.map((m: { message: string }) => m.message)).not.toContain(
      'a\u0000b',
    );
  });

  it('answers a URL the router cannot decode, or an over-long id, with 400 in the error shape', async () => {
    for (const url of [
      '/api/properties/%ED%A0%80/',
      '/api/messaging/conversations/%E0%A4%A/',
      `/api/messaging/conversations/${'x'.repeat(300)}/`,
    ]) {
      const res = await api(t.app).get(url, owners.guest);
      expect({ url, status: res.statusCode, code: res.data.error?.code }).toEqual({
        url,
        status: 400,
        code: 'validation_failed',
      });
    }
  });

  it('refuses dates outside the years 0001 to 9999, and cursors holding them, by name', async () => {
    const stay = {
      property_id: owners.property.id,
      check_in: '2037-12-20',
      check_out: '2037-12-24',
    };
    for (const [field, override] of [
      ['body.check_in', { check_in: '0000-01-01' }],
      ['body.payment_due_at', { payment_due_at: '0000-06-01T00:00:00Z' }],
      ['body.payment_due_at', { payment_due_at: '0001-01-01T00:00:00+01:00' }],
      ['body.payment_due_at', { payment_due_at: '9999-12-31T23:59:59-14:00' }],
    ] as const) {
      const res = await api(t.app).post(
        '/api/reservations/',
        { ...stay, ...override },
        owners.guest,
      );
      expect({ field, status: res.statusCode, first: res.data.error.details?.[0]?.field }).toEqual({
        field,
        status: 400,
        first: field,
      });
    }
    const id = '00000000-0000-4000-8000-000000000000';
    const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const url of [
      `/api/properties/?cursor=${cursor({ created_at: '0000-01-01T00:00:00Z', id })}`,
      `/api/reservations/?cursor=${cursor({ created_at: '0000-01-01T00:00:00Z', id })}`,
      `/api/messaging/conversations/?cursor=${cursor({ at: '0000-01-01T00:00:00Z', id })}`,
      `/api/messaging/quick-replies/?cursor=${cursor({ usage_count: 2 ** 40, title: 'a', id })}`,
      `/api/messaging/quick-replies/?cursor=${cursor({ usage_count: 1, title: 'a\u0000', id })}`,
    ]) {
      const res = await api(t.app).get(url, owners.host);
      expect({ url, status: res.statusCode, message: res.data.error.message }).toEqual({
        url,
        status: 400,
        message: 'query.cursor: is not a cursor this API gave out',
      });
    }
  });

  it('accepts a message of exactly 5,000 characters', async () => {
    const res = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: owners.conversation.id, message: 'y'.repeat(5000) },
      owners.guest,
    );
    expect(res.statusCode).toBe(201);
  });

  it.each([
    ['GET', '/api/messaging/conversations/not-a-uuid/'],
    ['POST', '/api/messaging/messages/123/read/'],
    ['GET', '/api/messaging/conversations/?filter=bogus'],
    ['GET', '/api/messaging/conversations/?limit=0'],
    ['GET', '/api/messaging/conversations/?cursor=garbage'],
    ['GET', `/api/messaging/conversations/00000000-0000-4000-8000-000000000000/?before=nope`],
    ['GET', '/api/properties/?cursor=eyJ4IjoxfQ'],
  ])('%s %s answers 400', async (method, url) => {
    const res = await api(t.app).call(method as 'GET', url, {
      as: owners.guest,
      body: method === 'POST' ? {} : undefined,
    });
    expect(res.statusCode).toBe(400);
    expect(res.data.error.code).toBe('validation_failed');
  });

  it('answers unknown ids with 404', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [method, url, body] of [
      ['GET', `/api/messaging/conversations/${unknown}/`],
      ['POST', '/api/messaging/messages/send/', { conversation_id: unknown, message: 'hi' }],
      ['POST', '/api/messaging/conversations/create/', { property_id: unknown }],
      [
        'POST',
        '/api/reservations/',
        { property_id: unknown, check_in: '2026-12-01', check_out: '2026-12-02' },
      ],
      ['GET', `/api/properties/${unknown}/`],
      ['GET', `/api/messaging/conversations/${owners.conversation.id}/?before=${unknown}`],
    ] as const) {
      const res = await api(t.app).call(method, url, { as: owners.guest, body });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
    }
  });

  it('validates reservations, properties and registration', async () => {
    const cases: [string, unknown][] = [
      [
        '/api/reservations/',
        { property_id: owners.property.id, check_in: '2026-12-05', check_out: '2026-12-01' },
      ],
      [
        '/api/reservations/',
        { property_id: owners.property.id, check_in: '2026-02-30', check_out: '2026-03-02' },
      ],
      [
        '/api/reservations/',
        {
          property_id: owners.property.id,
          check_in: '2026-12-01',
          check_out: '2026-12-03',
          guests: 0,
        },
      ],
      ['/api/properties/', { title: 'x', address: 'y', timezone: 'Mars/Olympus' }],
      ['/api/properties/', { title: 'x', address: 'y', check_in_time: '25:00' }],
      ['/api/properties/', { title: '   ', address: 'y' }],
    ];
    for (const [url, body] of cases) {
      const res = await api(t.app).post(url, body, owners.guest);
      expect({ body, status: res.statusCode }).toEqual({ body, status: 400 });
    }
    const reg = await api(t.app).post('/api/auth/register/', {
      email: 'not-an-email',
      password: 'short',
      name: '',
    });
    expect(reg.statusCode).toBe(400);
    expect(reg.data.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.email', 'body.password', 'body.name']),
    );
  });

  it('lets only the host change a property', async () => {
    const res = await api(t.app).call('PATCH', `/api/properties/${owners.property.id}/`, {
      as: owners.guest,
      body: { title: 'Mine now' },
    });
    expect(res.statusCode).toBe(404);
    const ok = await api(t.app).call('PATCH', `/api/properties/${owners.property.id}`, {
      as: owners.host,
      body: { title: 'Renamed', check_in_time: '16:00' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.data).toMatchObject({
      title: 'Renamed',
      check_in_time: '16:00',
      check_out_time: '11:00',
    });
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const res = await api(t.app).get('/api/nope', owners.guest);
    expect(res.statusCode).toBe(404);
    expect(res.data.error.code).toBe('not_found');
  });
});
