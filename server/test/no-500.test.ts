import { ERROR_STATUS, errorBody } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/connect.ts';
import { USERS_WITH_WRONG_BADGES } from './badges.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { oggOpus } from './audio-fixtures.ts';
import { buildAdmin, buildConversation, buildReservation } from './factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from './harness.ts';
import { buildApiKey } from './platform.ts';
import { multipartBody, pdf, png, upload } from './uploads.ts';

// Property-based robustness check of issue 2's rule: bad input gets a 4xx with the documented
// error shape, never a 500, and nothing half-written. The requests are generated from the
// app's own OpenAPI document, so a new endpoint is fuzzed without touching this file.

// Fixed, so a run is repeatable; FUZZ_SEED and FUZZ_RUNS explore further by hand.
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 50);

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
  /** A `multipart/form-data` body's form: a file upload. */
  form?: JsonSchema;
  /** The statuses the document says the operation answers. */
  statuses: string[];
  /** For a status whose answer is a file, not JSON: the types the document lists for it. */
  fileTypes?: Record<string, string[]>;
}

type Kind =
  'user' | 'property' | 'reservation' | 'conversation' | 'message' | 'quickReply' | 'attachment';

/** Which objects a field or a path's `{id}` names, so that most generated ids hit real rows. */
function kindOfField(name: string): Kind | undefined {
  const kinds: Record<string, Kind> = {
    property_id: 'property',
    reservation_id: 'reservation',
    conversation_id: 'conversation',
    quick_reply_id: 'quickReply',
    attachment_ids: 'attachment',
    before: 'message',
  };
  return kinds[name];
}
function kindOfPath(path: string): Kind | undefined {
  if (path.includes('/admin/users/{id}')) return 'user';
  if (path.includes('/attachments/{id}')) return 'attachment';
  if (path.includes('/messages/{id}')) return 'message';
  if (path.includes('/conversations/{id}')) return 'conversation';
  if (path.includes('/quick-replies/{id}')) return 'quickReply';
  if (path.includes('/properties/{id}')) return 'property';
  if (path.includes('/reservations/{id}')) return 'reservation';
  return undefined;
}

type User = 'host1' | 'guest1' | 'host2' | 'guest2' | 'admin';
/** Who signs the request: a user, nobody, or a token or header that must not pass. */
type Caller =
  User | 'platform' | 'none' | 'junk' | 'refresh' | 'expired' | 'basic' | 'bare' | 'doubled';
type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; payload: string | Buffer; contentType?: string };
interface GeneratedRequest {
  clean: boolean;
  caller: Caller;
  url: string;
  body: Body;
}

// A JSON value the serializer cannot write (numbers beyond double, `-0`), spliced in after
// JSON.stringify by replacing its quoted marker.
const raw = (text: string) => `@@raw:${text}@@`;
const spliceRaw = (json: string) => json.replace(/"@@raw:(.*?)@@"/g, '$1');

const LONG = 'x'.repeat(10_001);
const HUGE = 'y'.repeat(300_000);

/** Values no field wants: wrong types, extremes, and text a database may not store. */
const evilValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    -0,
    1.5,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 1,
    Number.MAX_VALUE,
    raw('1e309'),
    raw('-1e309'),
    raw('123456789012345678901234567890'),
    raw('-0'),
    '',
    '   \n\t ',
    'a\u0000b',
    '\u0000',
    '🏠🔑',
    '\uD800',
    'x\uDFFFy',
    LONG,
    HUGE,
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'C0FFEE00-1234-4ABC-9DEF-0123456789AB',
    '{c0ffee00-1234-4abc-9def-0123456789ab}',
    '2026-02-30',
    '0000-01-01',
    '9999-12-31',
    '275760-09-13T00:00:00.000Z',
    '1970-01-01T00:00:00Z',
    '25:99',
    'Not/A_Zone',
    '../../etc/passwd',
    "'; drop table messages; --",
    'back\\slash\\',
    '100%_off',
    '%00',
    '{guest_name}{{guest_name}}',
    [],
    {},
    [1, 'a', null],
    { nested: { deeper: [] } },
  ),
  {
    // Text no column can store, the likeliest to slip past a schema into the database.
    weight: 4,
    arbitrary: fc.constantFrom('a\u0000b', '\u0000', '\uD800', 'x\uDFFFy', '\uDBFF\u0000'),
  },
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer(),
  fc.double(),
);

/** Path ids and query values as they appear in a URL, already encoded or deliberately not. */
const evilUrlText = fc.oneof(
  fc.constantFrom(
    'abc',
    '0',
    '-1',
    '1e309',
    'NaN',
    'Infinity',
    '0x10',
    'null',
    'undefined',
    '%00',
    'a%00b',
    '%F0%9F%8F%A0',
    '%ZZ',
    '%',
    '%ED%A0%80',
    '%C3%28',
    '%2F..%2F',
    '%5C',
    '%25_',
    '%20',
    'x'.repeat(300),
    '00000000-0000-0000-0000-000000000000',
    'C0FFEE00-1234-4ABC-9DEF-0123456789AB',
    '%7Bc0ffee00-1234-4abc-9def-0123456789ab%7D',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
  fc.integer().map(String),
);

// Fields whose valid values a JSON schema cannot say (a time zone is any IANA name).
const NAMED_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  timezone: fc.constantFrom('Europe/Lisbon', 'UTC', 'America/New_York', 'Asia/Kolkata'),
  password: fc.constantFrom('password123', 'wrong-password'),
};

const DATABASE_FALLBACK_MESSAGES = new Set([
  'A referenced record does not exist',
  'This already exists',
  'A value has the wrong format or cannot be stored',
  'A value breaks a rule of the data',
]);

describe('no input gets a 500', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, any>>; components: { schemas: any } };
  const users = {} as Record<User, TestUser>;
  const ids: Record<Kind, string[]> = {
    user: [],
    property: [],
    reservation: [],
    conversation: [],
    message: [],
    quickReply: [],
    attachment: [],
  };
  // Uploads go to a folder of this test's own.
  let dataDir: string;
  let platformKey: string;
  /** Files to upload: what the server takes, and what it does not. */
  let files: { name: string; data: Buffer; type: string }[];
  const allIds = () => Object.values(ids).flat();

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-fuzz-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    const client = api(t.app);
    files = [
      { name: 'photo.png', data: await png(20, 10), type: 'image/png' },
      { name: 'manual.pdf', data: pdf(), type: 'application/pdf' },
      { name: 'voice.ogg', data: oggOpus(200), type: 'audio/ogg' },
      { name: 'notes.txt', data: Buffer.from('plain words'), type: 'image/png' },
    ];
    // Two separate worlds, so that each user has real objects of the other to reach for.
    for (const n of [1, 2] as const) {
      const world = await buildConversation(t.app, `Hello from world ${n}`);
      users[`host${n}`] = world.host;
      users[`guest${n}`] = world.guest;
      const reservation = await buildReservation(t.app, world.guest, world.property.id);
      const withReservation = await client.post(
        '/api/messaging/conversations/create/',
        {
          property_id: world.property.id,
          reservation_id: reservation.id,
          message: 'About my stay',
        },
        world.guest,
      );
      expect(withReservation.statusCode).toBe(201);
      const template = await client.post(
        '/api/messaging/quick-replies/create/',
        { title: 'Welcome', message: 'Hi {guest_first_name}, welcome to {property_name}!' },
        world.host,
      );
      expect(template.statusCode).toBe(201);
      const reply = await client.post(
        '/api/messaging/messages/send/',
        {
          conversation_id: world.conversation.id,
          quick_reply_id: template.data.id,
        },
        world.host,
      );
      expect(reply.statusCode).toBe(201);
      ids.user.push(world.host.id, world.guest.id);
      ids.property.push(world.property.id);
      ids.reservation.push(reservation.id);
      ids.conversation.push(world.conversation.id, withReservation.data.id);
      ids.quickReply.push(template.data.id);
      ids.message.push(reply.data.id, ...world.conversation.messages.map((m) => m.id));
      // Attachments sent, kept on a template, and not sent yet.
      const uploads = [];
      for (const [file, as] of [
        [files[0]!, world.guest],
        [files[1]!, world.host],
        [files[2]!, world.host],
      ] as const) {
        const res = await upload(t.app, as, file.data, { filename: file.name });
        expect(res.statusCode).toBe(201);
        uploads.push(res.data.id as string);
      }
      const withFile = await client.post(
        '/api/messaging/messages/send/',
        { conversation_id: world.conversation.id, attachment_ids: [uploads[0]] },
        world.guest,
      );
      expect(withFile.statusCode).toBe(201);
      const kept = await client.call('PATCH', `/api/messaging/quick-replies/${template.data.id}/`, {
        as: world.host,
        body: { attachment_ids: [uploads[1]] },
      });
      expect(kept.statusCode).toBe(200);
      ids.attachment.push(...uploads);
    }
    // The admin console's operations are fuzzed as an admin, or they would all stop at 403.
    users.admin = await buildAdmin(t.app);
    // The platform's operations take an API key (every scope), or they would all stop at 401.
    platformKey = (await buildApiKey(t.app)).key;
    const res = await client.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    doc = res.data;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The answers of a documented operation that are files, not JSON: their types by status. */
  function fileTypesOf(op: { responses?: Record<string, { content?: object }> } | undefined) {
    return Object.fromEntries(
      Object.entries(op?.responses ?? {}).flatMap(([status, answer]) => {
        const types = Object.keys(answer.content ?? {});
        return types.length > 0 && !types.includes('application/json') ? [[status, types]] : [];
      }),
    );
  }

  function resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(doc.components.schemas[name]);
  }

  /** A real id of the kind, mostly; sometimes another kind's, or one nobody has. */
  const someId = (kind: Kind | undefined) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...(kind ? ids[kind] : allIds())), weight: 6 },
      fc.constantFrom(...allIds()),
      fc.uuid(),
    );

  // Instants a page never ends on: year 0, past year 9999 once the offset applies, no such day.
  const instant = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '0000-01-01T00:00:00Z',
        '0001-01-01T00:00:00+01:00',
        '9999-12-31T23:59:59-14:00',
        '2026-02-30T00:00:00Z',
        '2026-11-25T10:00:00.123456789Z',
      ),
    },
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  );
  // A cursor that decodes, with the sort keys of every list, holding values no page ends on.
  const forgedCursor = () =>
    fc
      .record({
        at: instant,
        created_at: instant,
        id: fc.oneof(someId(undefined), fc.constant('00000000-0000-0000-0000-000000000000')),
        usage_count: fc.oneof(fc.integer(), fc.constantFrom(2 ** 40, -(2 ** 40), 2 ** 53 - 1)),
        title: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('a\u0000b', '\uD800', LONG)),
      })
      .map((key) => Buffer.from(JSON.stringify(key)).toString('base64url'));

  /** A value the schema accepts, or close to it; ids are mostly real ones of either world. */
  function validValue(input: JsonSchema, depth = 0, kind?: Kind): fc.Arbitrary<unknown> {
    const schema = resolve(input);
    if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => validValue(s, depth + 1, kind)));
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string': {
        if (schema.format === 'uuid') {
          return someId(kind);
        }
        if (schema.format === 'date') {
          return fc.oneof(
            { weight: 1, arbitrary: fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31') },
            {
              weight: 4,
              arbitrary: fc
                .date({
                  min: new Date('2020-01-01'),
                  max: new Date('2030-12-31'),
                  noInvalidDate: true,
                })
                .map((d) => d.toISOString().slice(0, 10)),
            },
          );
        }
        if (schema.format === 'date-time') {
          return fc.oneof(
            { weight: 1, arbitrary: instant },
            {
              weight: 4,
              arbitrary: fc
                .date({
                  min: new Date('2020-01-01'),
                  max: new Date('2030-12-31'),
                  noInvalidDate: true,
                })
                .map((d) => d.toISOString()),
            },
          );
        }
        if (schema.format === 'email') {
          return fc.oneof(
            fc.constantFrom(...Object.values(users).map((u) => u.email)),
            fc.nat().map((n) => `fuzz.${n}@example.com`),
          );
        }
        if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
        const min = schema.minLength ?? 0;
        const max = schema.maxLength ?? Infinity;
        return fc.oneof(
          fc.constantFrom(
            ...['Hello there', 'Seaside loft', 'Hi {guest_first_name}!', 'A'].filter(
              (w) => w.length >= min && w.length <= max,
            ),
          ),
          fc.string({
            unit: 'grapheme',
            minLength: schema.minLength ?? 0,
            maxLength: Math.min(schema.maxLength ?? 40, 40),
          }),
        );
      }
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
      case 'number':
        return fc.double({
          min: schema.minimum ?? -1000,
          max: schema.maximum ?? 1000,
          noNaN: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return depth > 3
          ? fc.constant([])
          : fc.array(validValue(schema.items ?? {}, depth + 1, kind), { maxLength: 3 });
      case 'object': {
        if (depth > 3) return fc.constant({});
        const props = schema.properties ?? {};
        const shape = Object.fromEntries(
          Object.entries(props).map(([k, s]) => [
            k,
            NAMED_VALUES[k] ?? validValue(s, depth + 1, kindOfField(k)),
          ]),
        );
        return fc.record(shape, { requiredKeys: schema.required ?? [] });
      }
      default:
        return evilValue;
    }
  }

  /** A body near the schema: valid, one field spoiled, one missing, extra, or not an object. */
  function bodyFor(schema: JsonSchema): fc.Arbitrary<Body> {
    const valid = validValue(schema) as fc.Arbitrary<Record<string, unknown>>;
    const keys = [...Object.keys(resolve(schema).properties ?? {}), 'unknown_field', '__proto__'];
    const json = (value: fc.Arbitrary<unknown>) =>
      value.map((v): Body => ({ kind: 'json', value: v }));
    return fc.oneof(
      { arbitrary: json(valid), weight: 4 },
      {
        arbitrary: json(
          fc
            .tuple(valid, fc.constantFrom(...keys), evilValue)
            .map(([v, k, bad]) => ({ ...v, [k]: bad })),
        ),
        weight: 6,
      },
      {
        arbitrary: json(
          fc.tuple(valid, fc.constantFrom(...keys)).map(([v, k]) => {
            const copy = { ...v };
            delete copy[k];
            return copy;
          }),
        ),
        weight: 2,
      },
      json(valid.map((v) => [v])),
      json(evilValue),
      fc.constantFrom<Body>(
        { kind: 'none' },
        { kind: 'raw', payload: '' },
        { kind: 'raw', payload: '{"a": ' },
        { kind: 'raw', payload: '{"__proto__": {"admin": true}}' },
        { kind: 'raw', payload: '{"constructor": {"prototype": {"x": 1}}}' },
        { kind: 'raw', payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
        { kind: 'raw', payload: 'hello', contentType: 'text/plain' },
        { kind: 'raw', payload: '<a/>', contentType: 'application/xml' },
        { kind: 'raw', payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
        { kind: 'raw', payload: '{}', contentType: 'application/json; charset=latin1' },
        { kind: 'raw', payload: ' [] \n\t ', contentType: 'application/json' },
        { kind: 'raw', payload: '['.repeat(5000) + ']'.repeat(5000) },
      ),
    );
  }

  /**
   * A multipart upload for a form of one file field: a file the server takes or not, under a
   * name of any kind; when hostile, also the wrong field, no file, two files, an empty one, a
   * body cut short, a boundary missing, or no multipart at all.
   */
  function uploadFor(form: JsonSchema, clean: boolean): fc.Arbitrary<Body> {
    const [field = 'file'] = Object.keys(resolve(form).properties ?? {});
    const multipart = (parts: Parameters<typeof multipartBody>[0]): Body => {
      const { payload, contentType } = multipartBody(parts);
      return { kind: 'raw', payload, contentType };
    };
    const file = fc.record({
      file: fc.constantFrom(...files),
      filename: fc.oneof(
        fc.constantFrom('photo.png', '', '../../etc/passwd', 'a‮gpj.exe', 'x'.repeat(400)),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
      ),
    });
    const valid = file.map(({ file: f, filename }) =>
      multipart([{ name: field, data: f.data, filename, contentType: f.type }]),
    );
    if (clean) return valid;
    return fc.oneof(
      { arbitrary: valid, weight: 3 },
      file.map(({ file: f }) => multipart([{ name: 'other', data: f.data, filename: 'x.png' }])),
      file.map(({ file: f }) =>
        multipart([
          { name: field, data: f.data, filename: 'a.png' },
          { name: field, data: f.data, filename: 'b.png' },
        ]),
      ),
      fc.constant(multipart([{ name: field, data: Buffer.alloc(0), filename: 'empty.png' }])),
      fc.constant(multipart([{ name: 'caption', data: 'no file' }])),
      fc.constant(multipart([{ name: '__proto__', data: 'x', filename: 'x.png' }])),
      file.map(({ file: f }) => {
        const whole = multipart([{ name: field, data: f.data, filename: 'cut.png' }]);
        return { ...whole, payload: (whole as { payload: Buffer }).payload.subarray(0, 90) };
      }),
      fc.constant<Body>({ kind: 'raw', payload: 'x', contentType: 'multipart/form-data' }),
      fc.constant<Body>({ kind: 'none' }),
      bodyFor({ type: 'object', properties: { [field]: { type: 'string' } } }),
    );
  }

  /**
   * A query string: valid values (a cursor only ever forged), then when hostile one parameter
   * spoiled — junk, repeated, or forged — and sometimes junk of its own added.
   */
  function queryFor(params: Parameter[], clean: boolean): fc.Arbitrary<string> {
    const pair = (p: Parameter) =>
      p.name === 'cursor'
        ? forgedCursor().map((c) => `cursor=${c}`)
        : validValue(p.schema, 0, kindOfField(p.name)).map(
            (v) => `${p.name}=${encodeURIComponent(String(v))}`,
          );
    const valid = fc.tuple(...params.map((p) => (p.required ? pair(p) : fc.option(pair(p)))));
    const join = (pairs: (string | null)[]) => {
      const all = pairs.filter((x): x is string => x !== null);
      return all.length ? `?${all.join('&')}` : '';
    };
    if (clean || params.length === 0) {
      return clean
        ? valid.map(join)
        : fc.constantFrom('', '?unknown=1', '?limit=1e309', '?&&&=&', '?__proto__=x');
    }
    const spoiled = fc.integer({ min: 0, max: params.length - 1 }).chain((index) => {
      const p = params[index]!;
      return fc
        .oneof(
          evilUrlText.map((v) => [`${p.name}=${v}`]),
          fc.tuple(pair(p), evilUrlText).map(([a, b]) => [a, `${p.name}=${b}`]),
          fc.tuple(pair(p), pair(p)).map(([a, b]) => [a, b]),
          fc.constant<string[]>([]),
        )
        .map((replacement) => ({ index, replacement }));
    });
    const extra = fc.constantFrom<string[]>(
      [],
      [],
      [],
      ['unknown=1'],
      ['limit=1e309'],
      ['cursor=%00%ff'],
      ['cursor=' + 'A'.repeat(5000)],
      ['limit[]=1'],
      ['&&&=&'],
      ['__proto__=x'],
    );
    return fc.tuple(valid, spoiled, extra).map(([pairs, { index, replacement }, x]) => {
      const all = pairs.map((v, k) => (k === index ? replacement : v === null ? [] : [v]));
      return join([...all.flat(), ...x]);
    });
  }

  /**
   * A request for the operation: either a clean one (a signed-in user, real ids, valid fields,
   * so the services and the database do real work) or a hostile one (anything goes).
   */
  function requestFor(op: Operation): fc.Arbitrary<GeneratedRequest> {
    const pathParams = op.parameters.filter((p) => p.in === 'path');
    const queryParams = op.parameters.filter((p) => p.in === 'query');
    const kind = kindOfPath(op.path);
    const build = (clean: boolean) =>
      fc.record({
        clean: fc.constant(clean),
        caller: clean
          ? op.path.startsWith('/api/admin/')
            ? fc.constant<Caller>('admin')
            : op.path.startsWith('/api/platform/')
              ? fc.constant<Caller>('platform')
              : fc.constantFrom<Caller>('host1', 'guest1', 'host2', 'guest2')
          : fc.constantFrom<Caller>(
              'admin',
              'platform',
              'host1',
              'guest1',
              'host2',
              'guest2',
              'none',
              'junk',
              'refresh',
              'expired',
              'basic',
              'bare',
              'doubled',
            ),
        pathValues: fc.tuple(
          ...pathParams.map(() =>
            clean
              ? someId(kind)
              : fc.oneof({ arbitrary: someId(kind), weight: 2 }, fc.uuid(), evilUrlText),
          ),
        ),
        query: queryFor(queryParams, clean),
        slash: fc.boolean(),
        body: op.form
          ? uploadFor(op.form, clean)
          : op.body
            ? clean
              ? validValue(op.body).map((value): Body => ({ kind: 'json', value }))
              : bodyFor(op.body)
            : fc.constant<Body>({ kind: 'none' }),
      });
    return fc
      .oneof({ arbitrary: build(true), weight: 2 }, { arbitrary: build(false), weight: 3 })
      .map(({ clean, caller, pathValues: values, query, slash, body }) => {
        let path = op.path;
        pathParams.forEach((p, i) => {
          path = path.replace(`{${p.name}}`, values[i]!);
        });
        return { clean, caller, url: `${path}${slash ? '/' : ''}${query}`, body };
      });
  }

  async function send(op: Operation, req: GeneratedRequest): Promise<LightMyRequestResponse> {
    const authorization: Record<Exclude<Caller, User>, string | undefined> = {
      platform: `Bearer ${platformKey}`,
      none: undefined,
      junk: 'Bearer not.a.jwt',
      refresh: `Bearer ${users.host1.refreshToken}`,
      expired: `Bearer ${users.guest1.token}`,
      basic: 'Basic dXNlcjpwYXNzd29yZA==',
      bare: 'Bearer',
      doubled: `Bearer ${users.host2.token} ${users.host2.token}`,
    };
    const header =
      req.caller in users
        ? `Bearer ${users[req.caller as User].token}`
        : authorization[req.caller as Exclude<Caller, User>];
    const headers: Record<string, string> = header ? { authorization: header } : {};
    let payload: string | Buffer | undefined;
    if (req.body.kind === 'json') {
      headers['content-type'] = 'application/json';
      payload = spliceRaw(JSON.stringify(req.body.value) ?? 'null');
    } else if (req.body.kind === 'raw') {
      headers['content-type'] = req.body.contentType ?? 'application/json';
      payload = req.body.payload;
    }
    // An expired token: the server's clock runs a day ahead for this one request.
    if (req.caller === 'expired') t.clock.offsetMs = 24 * 3600 * 1000;
    try {
      return await t.app.inject({ method: op.method, url: req.url, headers, payload });
    } finally {
      t.clock.offsetMs = 0;
    }
  }

  /** The contract every answer keeps; returns what is wrong, or nothing. */
  function violation(
    res: LightMyRequestResponse,
    fileTypes: Operation['fileTypes'] = {},
  ): string | undefined {
    const status = res.statusCode;
    if (status >= 500) return `answered ${status}`;
    if (status < 200 || (status >= 300 && status < 400)) return `answered ${status}`;
    if (status === 204) return res.body === '' ? undefined : '204 with a body';
    // A file, of a type the document lists for this answer.
    const types = fileTypes[String(status)];
    if (types) {
      const type = String(res.headers['content-type']);
      return types.includes(type) ? undefined : `answered ${status} as ${type}, not a listed type`;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      return `answered ${status} with a body that is not JSON`;
    }
    if (status < 300) return undefined;
    const shape = errorBody.safeParse(parsed);
    if (!shape.success) return `answered ${status} without the error shape`;
    const expected = ERROR_STATUS[shape.data.error.code as keyof typeof ERROR_STATUS];
    if (expected !== status) {
      return `answered ${status} with code ${shape.data.error.code} (which means ${expected})`;
    }
    if (!shape.data.error.message.trim()) return `answered ${status} with an empty message`;
    // The error handler's last resort for database refusals: the input slipped past validation.
    if (DATABASE_FALLBACK_MESSAGES.has(shape.data.error.message)) {
      return `answered ${status} from the database, not from validation`;
    }
    return undefined;
  }

  const describeRequest = (op: Operation, req: GeneratedRequest) => {
    const body =
      req.body.kind === 'json'
        ? spliceRaw(JSON.stringify(req.body.value) ?? 'null')
        : req.body.kind === 'raw'
          ? `${req.body.contentType ?? 'application/json'} ${JSON.stringify(String(req.body.payload))}`
          : '';
    return `${op.method} ${req.url} as ${req.caller} ${body.slice(0, 300)}`;
  };

  it('fuzzes every documented operation without a 5xx, a stray error shape or an undocumented status', async () => {
    const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase() as Operation['method'],
        path,
        parameters: (op.parameters ?? []) as Parameter[],
        body: op.requestBody?.content?.['application/json']?.schema as JsonSchema | undefined,
        form: op.requestBody?.content?.['multipart/form-data']?.schema as JsonSchema | undefined,
        statuses: Object.keys(op.responses ?? {}),
        fileTypes: fileTypesOf(op),
      })),
    );
    // Deleting runs late, so the other operations still find templates to work on; the admin's
    // operations and signing out run last, as disabling a user or ending their sign-ins would
    // turn the rest of the users' requests to 401s.
    const order = (op: Operation) =>
      op.path.startsWith('/api/admin/') || op.path.startsWith('/api/auth/logout')
        ? 2
        : op.method === 'DELETE'
          ? 1
          : 0;
    operations.sort((a, b) => order(a) - order(b));
    // The document lists the whole API; a shrunken list would make this test vacuous.
    expect(operations.length).toBeGreaterThanOrEqual(29);

    const failures: string[] = [];
    let requests = 0;
    for (const op of operations) {
      const result = await fc.check(
        fc.asyncProperty(requestFor(op), async (req) => {
          requests += 1;
          const res = await send(op, req);
          const wrong =
            violation(res, op.fileTypes) ??
            (op.statuses.includes(String(res.statusCode))
              ? undefined
              : `answered ${res.statusCode}, which the document does not list for this operation`);
          if (wrong) {
            throw new Error(`${wrong}: ${describeRequest(op, req)} → ${res.body.slice(0, 300)}`);
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
      if (result.failed) {
        failures.push(
          `${op.method} ${op.path}: ${String((result.errorInstance as Error | undefined)?.message)}`,
        );
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(operations.length * RUNS_PER_OPERATION);
  }, 120_000);

  it('answers methods and paths nobody documented with the error shape', async () => {
    const paths = Object.keys(doc.paths);
    const result = await fc.check(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD' as const),
        fc.constantFrom(...paths, '/api', '/api/', '/api/messaging', '/api/unknown', '/'),
        fc.oneof(someId(undefined), evilUrlText),
        fc.constantFrom('', '/', '//', '/extra', '/..', '/%2e%2e', '?a=1'),
        fc.constantFrom<Caller>('host1', 'guest2', 'none'),
        async (method, template, id, suffix, caller) => {
          const url = `${template.replace(/\{[^}]+\}/g, id)}${suffix}`;
          const res = await send(
            { method: method as Operation['method'], path: template, parameters: [], statuses: [] },
            { clean: false, caller, url, body: { kind: 'none' } },
          );
          // HEAD answers carry no body; only their status can be wrong.
          const wrong =
            method === 'HEAD'
              ? res.statusCode >= 500
                ? `answered ${res.statusCode}`
                : undefined
              : violation(res, fileTypesOf(doc.paths[template]?.[method.toLowerCase()]));
          if (wrong) throw new Error(`${wrong}: ${method} ${url} as ${caller} → ${res.body}`);
        },
      ),
      { seed: SEED, numRuns: RUNS_PER_OPERATION * 5, endOnFailure: true },
    );
    expect(result.failed ? String(result.errorInstance) : 'no failure').toBe('no failure');
  });

  it('answers racing requests on one conversation without a 5xx or a duplicate', async () => {
    const { host, guest, property, conversation } = await buildConversation(t.app, 'Race start');
    const client = api(t.app);
    const template = await client.post(
      '/api/messaging/quick-replies/create/',
      { title: 'Race', message: 'Hi {guest_first_name}!' },
      host,
    );
    expect(template.statusCode).toBe(201);
    const send = '/api/messaging/messages/send/';
    const thread = `/api/messaging/conversations/${conversation.id}`;
    const racing: Array<() => Promise<LightMyRequestResponse>> = [];
    for (let i = 0; i < 8; i++) {
      const side = i % 2 ? host : guest;
      racing.push(
        () =>
          client.post(
            send,
            {
              conversation_id: conversation.id,
              message: `guest ${i}`,
              client_message_id: `g${i % 3}`,
            },
            guest,
          ),
        () => client.post(send, { conversation_id: conversation.id, message: `host ${i}` }, host),
        () =>
          client.post(
            send,
            {
              conversation_id: conversation.id,
              quick_reply_id: template.data.id,
              client_message_id: `q${i % 2}`,
            },
            host,
          ),
        () =>
          client.post(
            '/api/messaging/conversations/create/',
            { property_id: property.id, message: `again ${i}` },
            guest,
          ),
        () => client.call('POST', `${thread}/mark-all-read/`, { as: side }),
        () => client.call('POST', `${thread}/${i % 3 ? 'archive' : 'unarchive'}/`, { as: side }),
        () =>
          client.call('POST', `/api/messaging/messages/${conversation.messages[0]!.id}/read/`, {
            as: host,
          }),
        () => client.get('/api/messaging/unread-count/', side),
      );
    }
    const answers = await Promise.all(racing.map((request) => request()));
    const wrong = answers
      .map((res) => ({ status: res.statusCode, body: res.body.slice(0, 200) }))
      .filter((a) => a.status >= 300);
    // Every one of these requests is valid: racing must not turn any into an error.
    expect(wrong).toEqual([]);
    const counts = await queryRows<{ guest_sent: number; quick: number; usage: number }>(
      t.database.db,
      sql`select
            (select count(*)::int from messages
              where conversation_id = ${conversation.id} and sender_id = ${guest.id}
                and client_message_id is not null) as guest_sent,
            (select count(*)::int from messages
              where conversation_id = ${conversation.id} and is_quick_reply) as quick,
            (select usage_count from quick_reply_templates where id = ${template.data.id}) as usage`,
    );
    // Three client ids from the guest, two for the quick reply: retries return the first message.
    expect(counts).toEqual([{ guest_sent: 3, quick: 2, usage: 2 }]);
  });

  it('leaves the data consistent: nothing half-written', async () => {
    const db = t.database.db;
    // Every conversation's counters agree with its messages.
    const conversations = await queryRows<{
      id: string;
      last_seq: number;
      max_seq: number | null;
      message_count: number;
      last_message_id: string | null;
      last_seq_message_id: string | null;
      guest_unread_count: number;
      host_unread_count: number;
      guest_unread: number;
      host_unread: number;
      strangers: number;
    }>(
      db,
      sql`select c.id, c.last_seq, c.last_message_id, c.guest_unread_count, c.host_unread_count,
                 (select max(m.seq) from messages m where m.conversation_id = c.id) as max_seq,
                 (select count(*)::int from messages m where m.conversation_id = c.id) as message_count,
                 (select m.id from messages m where m.conversation_id = c.id and m.seq = c.last_seq)
                   as last_seq_message_id,
                 (select count(*)::int from messages m where m.conversation_id = c.id
                    and m.receiver_id = c.guest_id and not m.is_read) as guest_unread,
                 (select count(*)::int from messages m where m.conversation_id = c.id
                    and m.receiver_id = c.host_id and not m.is_read) as host_unread,
                 (select count(*)::int from messages m where m.conversation_id = c.id
                    and not ((m.sender_id = c.guest_id and m.receiver_id = c.host_id)
                          or (m.sender_id = c.host_id and m.receiver_id = c.guest_id))) as strangers
            from conversations c`,
    );
    expect(conversations.length).toBeGreaterThanOrEqual(4);
    for (const c of conversations) {
      expect({ id: c.id, max_seq: c.max_seq ?? 0, count: c.message_count }).toEqual({
        id: c.id,
        max_seq: c.last_seq,
        count: c.last_seq,
      });
      expect({ id: c.id, last: c.last_message_id }).toEqual({
        id: c.id,
        last: c.last_seq_message_id ?? null,
      });
      expect({ id: c.id, guest: c.guest_unread_count, host: c.host_unread_count }).toEqual({
        id: c.id,
        guest: c.guest_unread,
        host: c.host_unread,
      });
      expect({ id: c.id, strangers: c.strangers }).toEqual({ id: c.id, strangers: 0 });
    }
    // A conversation belongs to its property's host, and its reservation to that property and guest.
    const mismatched = await queryRows(
      db,
      sql`select c.id from conversations c
            join properties p on p.id = c.property_id
            left join reservations r on r.id = c.reservation_id
           where p.host_id <> c.host_id
              or (r.id is not null and (r.property_id <> c.property_id or r.guest_id <> c.guest_id))`,
    );
    expect(mismatched).toEqual([]);
    // A quick reply's use count never exceeds the quick-reply messages its host has sent.
    const overcounted = await queryRows(
      db,
      sql`select q.host_id from quick_reply_templates q
           group by q.host_id
          having sum(q.usage_count) > (select count(*) from messages m
                                        where m.sender_id = q.host_id and m.is_quick_reply)`,
    );
    expect(overcounted).toEqual([]);
    // Every user's badge is the sum of their per-conversation unread counts, and each user's
    // cursors run 1..last_cursor without a gap.
    const wrongBadges = await queryRows(db, sql.raw(USERS_WITH_WRONG_BADGES));
    expect(wrongBadges).toEqual([]);
    const gappedCursors = await queryRows(
      db,
      sql`select u.user_id from user_counters u
            left join change_events e on e.user_id = u.user_id
           group by u.user_id, u.last_cursor
          having count(e.cursor) <> u.last_cursor or coalesce(max(e.cursor), 0) <> u.last_cursor`,
    );
    expect(gappedCursors).toEqual([]);
    // The fuzzing did write: the check above is about real traffic, not an empty database.
    const written = await queryRows<{ messages: number }>(
      db,
      sql`select count(*)::int as messages from messages`,
    );
    expect(written[0]!.messages).toBeGreaterThan(30);
  });
});
