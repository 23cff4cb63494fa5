import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IMPORT_MAX_LINE_BYTES } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { api, createTestApp, uniqueEmail, type TestApp } from '../../../test/harness.ts';
import { buildApiKey, importRecords, platformApi } from '../../../test/platform.ts';
import { queryRows } from '../../platform/db/connect.ts';

// The answers as the tests read them: JSON, checked field by field.
type Json = any;

let t: TestApp;
let key: string;

beforeAll(async () => {
  // A webhook endpoint on loopback: subscribed, so that a delivery would be written.
  t = await createTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
  key = (await buildApiKey(t.app)).key;
});

afterAll(async () => {
  await t?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const run = (records: readonly (object | string)[], withKey = key) =>
  importRecords(t.app, withKey, records);

let sequence = 0;
/** Ids as a platform makes them, unique to this run. */
const externalId = (kind: string) => `${kind}_${Date.now().toString(36)}_${(sequence += 1)}`;

const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  queryRows<T>(t.database.db, query);
const count = async (query: ReturnType<typeof sql>) => (await rows<{ n: number }>(query))[0]!.n;

/**
 * A host (an account of the messenger already, which the import links by its email), a guest
 * and a Lisbon property (check-in 16:00, check-out 11:00, 89.50 a night) as import lines.
 */
async function world() {
  const host = await buildUser(t.app, 'Hana Host');
  const hostId = externalId('host');
  const guestId = externalId('guest');
  const propertyId = externalId('listing');
  const records = [
    { type: 'user', external_id: hostId, email: host.email, name: 'Hana Host' },
    { type: 'user', external_id: guestId, email: uniqueEmail('gina'), name: 'Gina Guest' },
    {
      type: 'property',
      external_id: propertyId,
      host_external_id: hostId,
      title: 'Alfama Loft',
      address: 'Rua da Saudade 5, Lisbon',
      timezone: 'Europe/Lisbon',
      check_in_time: '16:00',
      check_out_time: '11:00',
      nightly_rate: '89.50',
    },
  ];
  /** A reservation line of this guest at this property: 10–14 May 2031, confirmed. */
  const stay = (id: string, extra: Record<string, unknown> = {}) => ({
    type: 'reservation',
    external_id: id,
    property_external_id: propertyId,
    guest_external_id: guestId,
    check_in: '2031-05-10',
    check_out: '2031-05-14',
    guests: 2,
    status: 'confirmed',
    ...extra,
  });
  return { host, hostId, guestId, propertyId, records, stay };
}

const summaryOf = (lines: Json[]) => lines.at(-1);
const resultsOf = (lines: Json[]) => lines.slice(0, -1);

async function remindersOf(externalIds: string[]) {
  return rows<{
    external_id: string;
    reminder_type: string;
    scheduled_for: string;
    status: string;
  }>(
    sql`select r.external_id, a.reminder_type, a.status,
               to_char(a.scheduled_for at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') as scheduled_for
        from automated_reminders a join reservations r on r.id = a.reservation_id
        where r.external_id = any(${sql.param(externalIds)}::text[])
        order by r.external_id, a.scheduled_for, a.reminder_type`,
  );
}

describe('the bulk import', () => {
  it('imports users, properties and reservations in the order of the lines, answering each', async () => {
    const w = await world();
    // The host's automations: one before each check-in, one thanking for a booking.
    for (const body of [
      {
        name: 'Directions',
        message: 'See you soon',
        trigger: 'before_check_in',
        offset_minutes: 2880,
      },
      {
        name: 'Thanks',
        message: 'Thanks for booking',
        trigger: 'booking_confirmed',
        offset_minutes: 0,
      },
    ]) {
      const res = await api(t.app).post('/api/messaging/automations/', body, w.host);
      expect(res.statusCode, res.body).toBe(201);
    }
    const hook = await platformApi(t.app, key).post('/api/platform/webhooks/', {
      url: 'http://127.0.0.1:9/hooks',
      events: ['reservation.*'],
    });
    expect(hook.statusCode, hook.body).toBe(201);

    const [upcoming, pending, past, cancelled] = ['up', 'pend', 'past', 'canc'].map(externalId);
    const res = await run([
      ...w.records,
      w.stay(upcoming!),
      w.stay(pending!, {
        check_in: '2031-06-01',
        check_out: '2031-06-05',
        status: 'pending',
        payment_due_at: '2031-05-20T12:00:00Z',
      }),
      w.stay(past!, { check_in: '2020-05-10', check_out: '2020-05-14', status: 'completed' }),
      w.stay(cancelled!, { check_in: '2031-07-01', check_out: '2031-07-03', status: 'cancelled' }),
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(
      resultsOf(res.lines).map((l: Json) => [l.line, l.type, l.external_id, l.result]),
    ).toEqual([
      [1, 'user', w.hostId, 'updated'],
      [2, 'user', w.guestId, 'created'],
      [3, 'property', w.propertyId, 'created'],
      [4, 'reservation', upcoming, 'created'],
      [5, 'reservation', pending, 'created'],
      [6, 'reservation', past, 'created'],
      [7, 'reservation', cancelled, 'created'],
    ]);
    // The host's account was linked (so updated), not made again.
    expect(res.lines[0].id).toBe(w.host.id);
    expect(summaryOf(res.lines)).toEqual({
      done: true,
      lines: 7,
      created: 6,
      updated: 1,
      failed: 0,
      truncated: false,
    });

    const stays = await rows<Json>(
      sql`select r.id, r.external_id, r.status, r.total_price::text as total_price,
                 r.guest_id, p.external_id as property
          from reservations r join properties p on p.id = r.property_id
          where r.external_id = any(${sql.param([upcoming, pending, past, cancelled])}::text[])
          order by r.check_in`,
    );
    const guestAccount = res.lines[1].id;
    expect(stays).toEqual([
      // Priced at the property's rate, as a booking in the messenger is: nights × 89.50.
      {
        id: res.lines[5].id,
        external_id: past,
        status: 'completed',
        total_price: '358.00',
        guest_id: guestAccount,
        property: w.propertyId,
      },
      {
        id: res.lines[3].id,
        external_id: upcoming,
        status: 'confirmed',
        total_price: '358.00',
        guest_id: guestAccount,
        property: w.propertyId,
      },
      {
        id: res.lines[4].id,
        external_id: pending,
        status: 'pending',
        total_price: '358.00',
        guest_id: guestAccount,
        property: w.propertyId,
      },
      {
        id: res.lines[6].id,
        external_id: cancelled,
        status: 'cancelled',
        total_price: '179.00',
        guest_id: guestAccount,
        property: w.propertyId,
      },
    ]);

    // Reminders for the stays still to come; none for the past or cancelled one.
    const reminders = await remindersOf([upcoming!, pending!, past!, cancelled!]);
    expect(reminders.filter((r) => r.external_id === upcoming).map((r) => r.reminder_type)).toEqual(
      ['check_in_reminder', 'check_in_reminder', 'check_out_reminder', 'check_out_reminder'],
    );
    expect(reminders.filter((r) => r.external_id === pending)).toHaveLength(6);
    expect(reminders.filter((r) => r.external_id === past || r.external_id === cancelled)).toEqual(
      [],
    );
    // The confirmed stay's automated message before check-in; no thanks for a booking made
    // on the platform, maybe long ago; nothing for the pending one.
    expect(
      await rows(
        sql`select r.external_id, a.name, s.status from scheduled_messages s
            join automations a on a.id = s.automation_id
            join reservations r on r.id = s.reservation_id
            where r.external_id = any(${sql.param([upcoming, pending, past, cancelled])}::text[])`,
      ),
    ).toEqual([{ external_id: upcoming, name: 'Directions', status: 'scheduled' }]);
    // Nobody is told of an import, and the platform gets no webhook of its own records.
    const told = sql`select count(*)::int as n from notifications
                     where user_id = any(${sql.param([w.host.id, guestAccount])}::uuid[])`;
    expect(await count(told)).toBe(0);
    const deliveries = sql`select count(*)::int as n from webhook_deliveries
                           where endpoint_id = ${hook.data.id}`;
    expect(await count(deliveries)).toBe(0);

    // A change after the import goes through the lifecycle as the messenger's own does.
    const confirmed = await platformApi(t.app, key).put(`/api/platform/reservations/${pending}`, {
      ...w.stay(pending!, {
        check_in: '2031-06-01',
        check_out: '2031-06-05',
        payment_due_at: '2031-05-20T12:00:00Z',
      }),
      type: undefined,
      external_id: undefined,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(await count(told)).toBe(1);
    expect(await count(deliveries)).toBe(1);
  });

  it('updates in place when the same lines come again: nothing duplicated, nothing recorded', async () => {
    const w = await world();
    const ids = ['a', 'b', 'c'].map(externalId);
    const lines = [
      ...w.records,
      w.stay(ids[0]!),
      w.stay(ids[1]!, { check_in: '2031-06-01', check_out: '2031-06-05', status: 'pending' }),
      w.stay(ids[2]!, { check_in: '2031-07-01', check_out: '2031-07-05', status: 'cancelled' }),
    ];
    const first = await run(lines);
    expect(summaryOf(first.lines)).toMatchObject({ created: 5, updated: 1, failed: 0 });
    const reminders = await remindersOf(ids);

    const record = vi.spyOn(t.app.services.events, 'record');
    const again = await run(lines);
    expect(again.statusCode).toBe(200);
    expect(resultsOf(again.lines).map((l: Json) => [l.result, l.id])).toEqual(
      resultsOf(first.lines).map((l: Json) => ['updated', l.id]),
    );
    expect(summaryOf(again.lines)).toMatchObject({ lines: 6, created: 0, updated: 6, failed: 0 });
    expect(record).not.toHaveBeenCalled();
    expect(
      await count(
        sql`select count(*)::int as n from reservations where external_id = any(${sql.param(ids)}::text[])`,
      ),
    ).toBe(3);
    expect(await remindersOf(ids)).toEqual(reminders);
  });

  it('moves the reminders when a later import changes the dates', async () => {
    const w = await world();
    const id = externalId('bkg');
    await run([...w.records, w.stay(id)]);
    // Lisbon is UTC+1 in May: check-in 16:00 is 15:00Z.
    expect((await remindersOf([id]))[0]).toMatchObject({
      reminder_type: 'check_in_reminder',
      scheduled_for: '2031-05-09T15:00Z',
      status: 'scheduled',
    });
    const record = vi.spyOn(t.app.services.events, 'record');
    const moved = await run([w.stay(id, { check_in: '2031-05-12', check_out: '2031-05-15' })]);
    expect(resultsOf(moved.lines)).toMatchObject([{ result: 'updated', error: null }]);
    expect(record.mock.calls.map((call) => call[1])).toEqual(['reservation.changed']);
    expect(
      (await remindersOf([id])).map((r) => [r.reminder_type, r.scheduled_for, r.status]),
    ).toEqual([
      ['check_in_reminder', '2031-05-11T15:00Z', 'scheduled'],
      ['check_in_reminder', '2031-05-12T13:00Z', 'scheduled'],
      ['check_out_reminder', '2031-05-14T10:00Z', 'scheduled'],
      ['check_out_reminder', '2031-05-15T08:00Z', 'scheduled'],
    ]);
  });

  it('answers each bad line with its error and goes on with the others', async () => {
    const w = await world();
    await run(w.records);
    const earlier = externalId('earlier');
    expect(summaryOf((await run([w.stay(earlier)])).lines)).toMatchObject({ created: 1 });
    const [good, clash, dup] = ['good', 'clash', 'dup'].map(externalId);
    const unknownGuest = externalId('nobody');
    const res = await run([
      'not json',
      JSON.stringify({ type: 'boat', external_id: 'b1' }),
      '',
      JSON.stringify(w.stay(externalId('x'), { check_out: '2031-05-01' })),
      JSON.stringify(w.stay(externalId('x'), { guest_external_id: unknownGuest })),
      JSON.stringify(w.stay(externalId('x'), { guest_external_id: w.hostId })),
      JSON.stringify(
        w.stay(externalId('x'), {
          check_in: '2031-01-01',
          check_out: '2031-01-03',
          status: 'completed',
        }),
      ),
      JSON.stringify(w.stay(good!, { check_in: '2032-01-10', check_out: '2032-01-14' })),
      // Overlaps the line before: the batch is refused as a whole, then written one by one.
      JSON.stringify(w.stay(clash!, { check_in: '2032-01-12', check_out: '2032-01-16' })),
      // Overlaps the stay of the import before.
      JSON.stringify(w.stay(externalId('x'), { check_in: '2031-05-12', check_out: '2031-05-13' })),
      JSON.stringify({ ...w.stay(dup!), note: 'x'.repeat(IMPORT_MAX_LINE_BYTES) }),
      // The same reservation again in one body: the second line updates what the first wrote.
      JSON.stringify(w.stay(good!, { check_in: '2032-01-10', check_out: '2032-01-14', guests: 3 })),
      JSON.stringify({
        type: 'user',
        external_id: externalId('u'),
        email: 'not an email',
        name: 'X',
      }),
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const results = resultsOf(res.lines);
    expect(results.map((l: Json) => [l.line, l.result, l.error?.code ?? null])).toEqual([
      [1, 'failed', 'invalid_json'],
      [2, 'failed', 'validation_failed'],
      // Line 3 is blank: counted, not answered.
      [4, 'failed', 'validation_failed'],
      [5, 'failed', 'conflict'],
      [6, 'failed', 'conflict'],
      [7, 'failed', 'conflict'],
      [8, 'created', null],
      [9, 'failed', 'conflict'],
      [10, 'failed', 'conflict'],
      [11, 'failed', 'payload_too_large'],
      [12, 'updated', null],
      [13, 'failed', 'validation_failed'],
    ]);
    const byLine = new Map(results.map((l: Json) => [l.line, l]));
    expect(byLine.get(2).error.details).toEqual([
      { field: 'line.type', message: expect.any(String) },
    ]);
    expect(byLine.get(4).error.message).toBe('line.check_out: check_out must be after check_in');
    expect(byLine.get(5).error.message).toBe(
      `Unknown guest_external_id "${unknownGuest}": PUT /api/platform/users/${unknownGuest} first`,
    );
    expect(byLine.get(6).error.message).toBe('The guest is the host of this property');
    expect(byLine.get(7).error.message).toBe('A stay can be completed only after its check-out');
    expect(byLine.get(9).error.message).toBe(
      'These dates overlap another confirmed stay at this property',
    );
    expect(byLine.get(10).error.message).toBe(byLine.get(9).error.message);
    expect(byLine.get(12).id).toBe(byLine.get(8).id);
    expect(byLine.get(13).error.details).toEqual([
      { field: 'line.email', message: expect.any(String) },
    ]);
    expect(summaryOf(res.lines)).toEqual({
      done: true,
      // The blank line is not one.
      lines: 12,
      created: 1,
      updated: 1,
      failed: 10,
      truncated: false,
    });
    // Nothing of a failed line was written.
    expect(
      await rows(
        sql`select external_id, guests from reservations
            where external_id = any(${sql.param([good, clash, dup])}::text[])`,
      ),
    ).toEqual([{ external_id: good, guests: 3 }]);
  });

  it('takes each line only under the scope of its type', async () => {
    const w = await world();
    const full = await run(w.records);
    expect(summaryOf(full.lines)).toMatchObject({ created: 2, updated: 1, failed: 0 });
    const reservationsOnly = (await buildApiKey(t.app, ['reservations:write'], 'Stays')).key;
    const res = await run(
      [{ ...w.records[1]!, name: 'Gina Renamed' }, w.stay(externalId('bkg'))],
      reservationsOnly,
    );
    expect(resultsOf(res.lines).map((l: Json) => [l.result, l.error?.code ?? null])).toEqual([
      ['failed', 'forbidden'],
      ['created', null],
    ]);
    expect(res.lines[0].error.message).toBe('This API key lacks the scope users:write');

    const usersOnly = (await buildApiKey(t.app, ['users:write'], 'Users')).key;
    const refused = await run(w.records.slice(0, 2), usersOnly);
    expect(refused.statusCode).toBe(403);
    expect(refused.lines[0].error.code).toBe('forbidden');
  });

  it('refuses a body that is not NDJSON, and a request without a key', async () => {
    const asJson = await platformApi(t.app, key).post('/api/platform/import/', { type: 'user' });
    expect(asJson.statusCode).toBe(415);
    expect(asJson.data.error.code).toBe('unsupported_media_type');
    const user = await buildUser(t.app);
    const asUser = await importRecords(t.app, user.token, []);
    expect(asUser.statusCode).toBe(401);
    const empty = await run([]);
    expect(empty.statusCode).toBe(200);
    expect(empty.lines).toEqual([
      { done: true, lines: 0, created: 0, updated: 0, failed: 0, truncated: false },
    ]);
  });

  it('answers a line while the rest of the body is still on its way', async () => {
    const w = await world();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const answer: string[] = [];
    let firstAnswered!: () => void;
    const first = new Promise<void>((resolve) => (firstAnswered = resolve));
    const done = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/platform/import',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
        },
        (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            answer.push(chunk);
            if (answer.join('').includes('\n')) firstAnswered();
          });
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(`${JSON.stringify(w.records[0])}\n`);
      // The rest is sent only once the first line is answered.
      void first.then(() => {
        req.end(
          `${w.records
            .slice(1)
            .map((r) => JSON.stringify(r))
            .join('\n')}\n`,
        );
      });
    });
    expect(await done).toBe(200);
    const lines = answer
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.result ?? 'summary')).toEqual([
      'updated',
      'created',
      'created',
      'summary',
    ]);
  });

  it('imports 10,000 reservations', async () => {
    const w = await world();
    await run(w.records);
    const total = 10_000;
    const prefix = externalId('bulk');
    // A night each, one after another from 2040: none overlaps another.
    const start = Date.UTC(2040, 0, 1);
    const date = (day: number) => new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const lines = Array.from({ length: total }, (_, i) =>
      w.stay(`${prefix}_${i}`, {
        check_in: date(i),
        check_out: date(i + 1),
        status: i % 2 === 0 ? 'confirmed' : 'pending',
      }),
    );
    const res = await run(lines);
    expect(res.statusCode).toBe(200);
    expect(summaryOf(res.lines)).toEqual({
      done: true,
      lines: total,
      created: total,
      updated: 0,
      failed: 0,
      truncated: false,
    });
    expect(new Set(resultsOf(res.lines).map((l: Json) => l.id)).size).toBe(total);
    expect(
      await count(
        sql`select count(*)::int as n from reservations where external_id like ${`${prefix}_%`}`,
      ),
    ).toBe(total);
    // Four reminders a stay (no payment due time), still to come.
    expect(
      await count(
        sql`select count(*)::int as n from automated_reminders a
            join reservations r on r.id = a.reservation_id
            where r.external_id like ${`${prefix}_%`} and a.status = 'scheduled'`,
      ),
    ).toBe(4 * total);
  }, 120_000);
});
