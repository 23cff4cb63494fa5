import { randomUUID } from 'node:crypto';
import type { Property } from '@flexbnb/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../src/platform/context.ts';
import type { DbOrTx } from '../src/platform/db/connect.ts';
import { api, uniqueEmail, type TestUser } from './harness.ts';

/** An account made as `create-admin`, or a confirmed sign-up, makes one, signed in. */
async function buildAccount(
  app: FastifyInstance,
  name: string,
  role: 'user' | 'admin',
): Promise<TestUser> {
  const email = uniqueEmail(role === 'admin' ? 'admin' : name.split(' ')[0]!.toLowerCase());
  const user = await app.services.auth.createUser({ email, password: 'password123', name, role });
  const res = await api(app).post('/api/auth/login/', { email, password: 'password123' });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return {
    id: user.id,
    email,
    name,
    token: res.data.access_token,
    refreshToken: res.data.refresh_token,
  };
}

export const buildAdmin = (app: FastifyInstance, name = 'Ada Admin') =>
  buildAccount(app, name, 'admin');

/** A user, signed in (signing up by email itself is tested in auth.test.ts). */
export const buildUser = (app: FastifyInstance, name = 'Test User') =>
  buildAccount(app, name, 'user');

export async function buildProperty(
  app: FastifyInstance,
  host: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<Property> {
  const res = await api(app).post(
    '/api/properties/',
    {
      title: 'Seaside Loft',
      address: '12 Rua do Mar, Lisbon',
      timezone: 'Europe/Lisbon',
      ...overrides,
    },
    host,
  );
  if (res.statusCode !== 201) throw new Error(`property failed: ${res.body}`);
  return res.data;
}

export async function buildReservation(
  app: FastifyInstance,
  guest: TestUser,
  propertyId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const res = await api(app).post(
    '/api/reservations/',
    {
      property_id: propertyId,
      check_in: '2037-12-20',
      check_out: '2037-12-24',
      guests: 2,
      ...overrides,
    },
    guest,
  );
  if (res.statusCode !== 201) throw new Error(`reservation failed: ${res.body}`);
  return res.data;
}

/** A host with a property, a guest, and a conversation the guest started. */
export async function buildConversation(app: FastifyInstance, message = 'Hello!') {
  const host = await buildUser(app, 'Hana Host');
  const guest = await buildUser(app, 'Gina Guest');
  const property = await buildProperty(app, host);
  const res = await api(app).post(
    '/api/messaging/conversations/create/',
    { property_id: property.id, message },
    guest,
  );
  if (res.statusCode !== 201) throw new Error(`conversation failed: ${res.body}`);
  return {
    host,
    guest,
    property,
    conversation: res.data as { id: string; messages: { id: string }[] },
  };
}

/**
 * A host's property, a guest's pending stay there (`reservation` overrides its fields) and the
 * conversation the guest opened about it, without a message.
 */
export async function buildStayConversation(
  app: FastifyInstance,
  options: { reservation?: Record<string, unknown>; property?: Record<string, unknown> } = {},
) {
  const host = await buildUser(app, 'Hana Host');
  const guest = await buildUser(app, 'Gina Guest');
  const property = await buildProperty(app, host, options.property);
  const reservation = await buildReservation(app, guest, property.id, options.reservation);
  const res = await api(app).post(
    '/api/messaging/conversations/create/',
    { property_id: property.id, reservation_id: reservation.id },
    guest,
  );
  if (res.statusCode !== 201) throw new Error(`conversation failed: ${res.body}`);
  return { host, guest, property, reservation, conversationId: res.data.id as string };
}

export interface SeededThread {
  conversationId: string;
  guest: Actor;
  host: Actor;
}

/**
 * `count` hosts, each with a property and a guest's conversation, written set-based (a few
 * statements, not an API call each) for tests that need hundreds of threads. The users have
 * no password: the tests act as them through the services.
 */
export async function seedThreads(db: DbOrTx, count: number): Promise<SeededThread[]> {
  const batch = randomUUID().slice(0, 8);
  const threads: SeededThread[] = Array.from({ length: count }, (_, i) => ({
    conversationId: randomUUID(),
    guest: {
      id: randomUUID(),
      role: 'user',
      name: `Gina Guest ${i}`,
      email: `guest.${i}.${batch}@seeded.example`,
    },
    host: {
      id: randomUUID(),
      role: 'user',
      name: `Hana Host ${i}`,
      email: `host.${i}.${batch}@seeded.example`,
    },
  }));
  const users = threads.flatMap((t) => [t.guest, t.host]);
  // One parameter per array (drizzle would spread an array into a list).
  const array = (values: string[], type: 'uuid' | 'text') =>
    sql`${sql.param(values)}::${sql.raw(type)}[]`;
  await db.execute(
    sql`insert into users (id, email, name)
        select * from unnest(${array(
          users.map((u) => u.id),
          'uuid',
        )}, ${array(
          users.map((u) => u.email),
          'text',
        )}, ${array(
          users.map((u) => u.name),
          'text',
        )})`,
  );
  const hosts = array(
    threads.map((t) => t.host.id),
    'uuid',
  );
  await db.execute(
    sql`with p as (
          insert into properties (host_id, title, address)
          select h, 'Seeded Loft ' || i, 'Seeded Street ' || i
            from unnest(${hosts}) with ordinality as t(h, i)
          returning id, host_id)
        insert into conversations (id, property_id, guest_id, host_id)
        select c, p.id, g, h
          from unnest(${array(
            threads.map((t) => t.conversationId),
            'uuid',
          )}, ${array(
            threads.map((t) => t.guest.id),
            'uuid',
          )}, ${hosts}) as t(c, g, h)
          join p on p.host_id = t.h`,
  );
  return threads;
}
