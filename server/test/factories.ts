import type { Property } from '@flexbnb/contracts';
import type { FastifyInstance } from 'fastify';
import { api, uniqueEmail, type TestUser } from './harness.ts';

/** An administrator made as `create-admin` makes one, signed in. */
export async function buildAdmin(app: FastifyInstance, name = 'Ada Admin'): Promise<TestUser> {
  const email = uniqueEmail('admin');
  const user = await app.services.auth.createUser({
    email,
    password: 'password123',
    name,
    role: 'admin',
  });
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

export async function buildUser(app: FastifyInstance, name = 'Test User'): Promise<TestUser> {
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  const res = await api(app).post('/api/auth/register/', { email, password: 'password123', name });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.body}`);
  return {
    id: res.data.user.id,
    email,
    name,
    token: res.data.access_token,
    refreshToken: res.data.refresh_token,
  };
}

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
      check_in: '2026-12-20',
      check_out: '2026-12-24',
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
