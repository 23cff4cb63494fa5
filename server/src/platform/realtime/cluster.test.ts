import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Env } from '../../config.ts';
import { dbKind, openTestDatabase, testConfig } from '../../../test/harness.ts';
import { signUpThroughOutbox } from '../../../test/outbox.ts';
import { connect, listen, settle, testRedisUrl, type Probe } from '../../../test/realtime.ts';
import { spawnServer } from '../../../test/server-process.ts';
import type { Database } from '../db/connect.ts';

// Two nodes sharing one database and one Redis. On PostgreSQL they are two real server
// processes; PGlite is embedded in one process, so there they are two apps in this process.
// Their emails (sign-up links) go to the outbox of one data folder.
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-cluster-'));
const env = {
  DATA_DIR: dataDir,
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  JWT_SECRET: testConfig().jwtSecret!,
  REDIS_URL: testRedisUrl,
  // Its own channels, so that parallel test runs sharing the Redis never see each other.
  REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}`,
  SEND_RATE_LIMIT_PER_MINUTE: '10000',
} satisfies Env;

interface Node {
  url: string;
  stop(): Promise<void>;
}

async function startProcess(databaseUrl: string): Promise<Node> {
  const server = spawnServer({ ...env, DATABASE_URL: databaseUrl }, 30_000);
  return { url: await server.ready, stop: server.stop };
}

async function startInProcess(database: Database): Promise<Node> {
  const app: FastifyInstance = await buildApp(testConfig(env), { database });
  const url = await listen(app);
  return { url, stop: () => app.close() };
}

let database: Database & { url?: string };
let nodeA: Node;
let nodeB: Node;
const open: Probe[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const start = () =>
    dbKind === 'postgres' ? startProcess(database.url!) : startInProcess(database);
  [nodeA, nodeB] = await Promise.all([start(), start()]);
});

afterAll(async () => {
  for (const probe of open) probe.close();
  await Promise.all([nodeA?.stop(), nodeB?.stop()]);
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function call(
  node: Node,
  method: string,
  url: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; data: any }> {
  const res = await fetch(`${node.url}${url}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, data: await res.json() };
}

async function register(node: Node, name: string) {
  const email = `${name.toLowerCase()}.${randomBytes(4).toString('hex')}@example.com`;
  const session = await signUpThroughOutbox(node.url, dataDir, {
    email,
    password: 'password123',
    name,
  });
  return { id: session.user.id, token: session.access_token };
}

async function socketOn(node: Node, token: string) {
  const probe = await connect(node.url, token);
  open.push(probe);
  return probe;
}

describe(`two nodes over Redis (${dbKind === 'postgres' ? 'processes' : 'in process'})`, () => {
  it('delivers messages and typing sent through one node to sockets on the other', async () => {
    const host = await register(nodeA, 'Host');
    const guest = await register(nodeB, 'Guest');
    const outsider = await register(nodeA, 'Outsider');
    const property = await call(
      nodeA,
      'POST',
      '/api/properties/',
      { title: 'Two Node Loft', address: '2 Node St', timezone: 'UTC' },
      host.token,
    );
    const conversation = await call(
      nodeB,
      'POST',
      '/api/messaging/conversations/create/',
      { property_id: property.data.id },
      guest.token,
    );
    expect(conversation.status).toBe(201);
    const conversationId = conversation.data.id as string;

    const [hostOnB, guestOnA, outsiderOnB] = await Promise.all([
      socketOn(nodeB, host.token),
      socketOn(nodeA, guest.token),
      socketOn(nodeB, outsider.token),
    ]);

    // REST on A → socket on B
    const sent = await call(
      nodeA,
      'POST',
      '/api/messaging/messages/send/',
      { conversation_id: conversationId, message: 'From node A' },
      guest.token,
    );
    expect(sent.status).toBe(201);
    const created = await hostOnB.next('message.created');
    expect(created.message).toEqual(sent.data);
    expect(created.unread).toMatchObject({ messages: 1, conversations: 1 });

    // socket on B → socket on A, with the read receipt back
    const ack = await hostOnB.socket.emitWithAck('message.send', {
      conversation_id: conversationId,
      message: 'From node B',
    });
    expect(ack).toMatchObject({ ok: true, event: { type: 'message.created', seq: 2 } });
    const reply = await guestOnA.next(
      'message.created',
      (e) => e.message.message === 'From node B',
    );
    expect(reply.seq).toBe(2);
    await call(
      nodeB,
      'POST',
      `/api/messaging/conversations/${conversationId}/mark-all-read/`,
      {},
      host.token,
    );
    expect(await guestOnA.next('message.read')).toMatchObject({ reader_id: host.id, seqs: [1] });

    // typing on A → B, and its expiry by typing.stop
    await guestOnA.socket.emitWithAck('typing.start', { conversation_id: conversationId });
    expect(await hostOnB.next('typing')).toEqual({
      conversation_id: conversationId,
      user_id: guest.id,
      is_typing: true,
    });
    await guestOnA.socket.emitWithAck('typing.stop', { conversation_id: conversationId });
    await hostOnB.next('typing', (e) => !e.is_typing);

    // Either node's sync tells the same story.
    const syncA = await call(nodeA, 'GET', '/api/messaging/sync/?since=0', undefined, host.token);
    const syncB = await call(nodeB, 'GET', '/api/messaging/sync/?since=0', undefined, host.token);
    expect(syncA.data).toEqual(syncB.data);

    await settle();
    expect(outsiderOnB.events).toEqual([]);
    // The sending socket had its copy in the acknowledgement, not as an echo.
    expect(
      hostOnB.named('message.created').filter((e) => e.message.message === 'From node B'),
    ).toEqual([]);
  });
});
