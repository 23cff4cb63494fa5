import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SendAck, SyncEvent, SyncResult } from '@flexbnb/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessToken,
  closeKeptAliveConnections,
  insertUsers,
  postJson,
} from '../../bench/lib/clients.ts';
import { dbKind, testConfig } from './harness.ts';
import { connect, testRedisUrl, type ClientSocket, type Probe } from './realtime.ts';
import { spawnServer, type ServerProcess } from './server-process.ts';

const PAIRS = 100;
/** One message every 10 ms across all clients: about 100 a second. */
const SEND_EVERY_MS = 10;
const LOAD_BEFORE_KILL_MS = 3000;
const LOAD_AFTER_KILL_MS = 3000;
/** The nodes' signing secret: a token this test signs works on both. */
const JWT_SECRET = testConfig().jwtSecret!;

// Two server processes need a PostgreSQL they both reach, whichever project this file runs
// under (the `pglite` project has none of its own): a database of this file's own, named per
// project so that both projects can run it at once.
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `flexbnb_kill_${dbKind}_${randomBytes(4).toString('hex')}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

async function query<Row extends pg.QueryResultRow>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

interface Person {
  id: string;
  token: string;
}

/**
 * `count` users as the benches make them: rows with no password (registration and sign-in
 * are not this test's subject, and 200 password hashes would take most of its time), each
 * with an access token signed as the server signs them.
 */
async function buildTokenUsers(db: pg.Client, label: string, count: number): Promise<Person[]> {
  const ids = await insertUsers(db, label, count);
  return Promise.all(ids.map(async (id) => ({ id, token: await accessToken(id, JWT_SECRET) })));
}

interface Outgoing {
  clientMessageId: string;
  text: string;
  state: 'in-flight' | 'acked' | 'unacked' | 'failed';
  /** The socket it was last sent on: its loss leaves the send unacknowledged. */
  socket?: ClientSocket;
  attempts: number;
  inFlightAtKill: boolean;
  ack?: Extract<SendAck, { ok: true }>;
  error?: string;
}

type Via = 'live' | 'ack' | 'sync';

interface ClientHooks {
  /** The load balancer: the URL of a node that is up. */
  liveNode: () => string;
  /** Called with each send as its acknowledgement is applied. */
  onAck?: (send: Outgoing) => void;
}

/**
 * One user's client as the contract describes it: sends over its socket with a
 * client_message_id, applies events in cursor order (a live event, the event in a send's
 * acknowledgement, or what sync returns), and when its node goes away reconnects to another
 * node, syncs from the last cursor it applied and sends again what was not acknowledged.
 * (realtime.ts's SyncingClient syncs from one fixed node, and a sync that fails there would
 * stop its catch-ups for good: here the node it syncs from dies.)
 */
class Client {
  url: string;
  probe!: Probe;
  cursor = 0;
  readonly applied: { event: SyncEvent; via: Via }[] = [];
  readonly outgoing: Outgoing[] = [];
  readonly syncGaps: string[] = [];
  syncFailures = 0;
  lastError: string | undefined;
  moves = 0;
  private online = false;
  private closing = false;
  private pending: { event: SyncEvent; via: Via }[] = [];
  private syncing: Promise<void> = Promise.resolve();
  private syncQueued = false;
  private sent = 0;

  constructor(
    readonly label: string,
    readonly user: Person,
    readonly conversationId: string,
    url: string,
    private readonly hooks: ClientHooks,
  ) {
    this.url = url;
  }

  async start() {
    this.cursor = Number((await this.fetchSync(undefined)).cursor);
    this.attach(await connect(this.url, this.user.token));
    this.online = true;
  }

  /** A new message from this user: sent now, or once it is connected again. */
  compose(): Outgoing {
    this.sent += 1;
    const send: Outgoing = {
      clientMessageId: randomUUID(),
      text: `${this.label} #${this.sent}`,
      state: 'unacked',
      attempts: 0,
      inFlightAtKill: false,
    };
    this.outgoing.push(send);
    if (this.online) this.transmit(send);
    return send;
  }

  unacknowledged() {
    return this.outgoing.filter((s) => s.state === 'in-flight' || s.state === 'unacked').length;
  }

  markInFlightAtKill() {
    for (const send of this.outgoing) if (send.state === 'in-flight') send.inFlightAtKill = true;
  }

  /** Fetches what was missed; never rejects (a failed sync is retried by the next one). */
  catchUp(): Promise<void> {
    if (this.syncQueued) return this.syncing;
    this.syncQueued = true;
    this.syncing = this.syncing.then(async () => {
      this.syncQueued = false;
      const url = this.url;
      try {
        for (;;) {
          const page = await this.fetchSync(String(this.cursor), url);
          for (const event of page.events) {
            const cursor = Number(event.cursor);
            if (cursor === this.cursor + 1) this.apply(event, 'sync');
            else if (cursor > this.cursor + 1) {
              this.syncGaps.push(`after ${this.cursor} sync gave ${cursor}`);
            }
          }
          if (!page.has_more) break;
        }
        this.lastError = undefined;
      } catch (err) {
        this.syncFailures += 1;
        this.lastError = `${url}: ${String(err)}`;
      }
      this.drainPending();
    });
    return this.syncing;
  }

  close() {
    this.closing = true;
    this.probe.close();
  }

  private attach(probe: Probe) {
    this.probe = probe;
    const onEvent = (name: string, payload: any) => {
      // Persisted events carry a cursor; typing indicators do not.
      if (typeof payload?.cursor === 'string') this.receive(payload as SyncEvent, 'live');
      else if (name === 'session.ended') this.lastError = `session ended: ${payload?.code}`;
    };
    // What arrived before this handler was installed, then everything after.
    for (const { name, payload } of probe.events) onEvent(name, payload);
    probe.socket.onAny(onEvent);
    probe.socket.once('disconnect', (reason) => {
      this.online = false;
      for (const send of this.outgoing) {
        if (send.state === 'in-flight' && send.socket === probe.socket) send.state = 'unacked';
      }
      if (this.closing || reason === 'io client disconnect') return;
      this.moveToLiveNode().catch((err: unknown) => {
        this.lastError = `could not reconnect: ${String(err)}`;
      });
    });
  }

  /** What a client behind a load balancer does when its node is gone. */
  private async moveToLiveNode() {
    // The jitter clients' back-off has: not all of them at the same instant.
    await new Promise((r) => setTimeout(r, Math.random() * 300));
    let probe: Probe | undefined;
    for (let attempt = 0; !probe; attempt++) {
      this.url = this.hooks.liveNode();
      try {
        probe = await connect(this.url, this.user.token);
      } catch (err) {
        if (attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    this.moves += 1;
    this.attach(probe);
    await this.catchUp();
    this.online = true;
    // Sent again with the same client_message_id: stored once whether or not it was before.
    for (const send of this.outgoing) if (send.state === 'unacked') this.transmit(send);
  }

  private transmit(send: Outgoing) {
    const socket = this.probe.socket;
    send.state = 'in-flight';
    send.socket = socket;
    send.attempts += 1;
    socket.emit(
      'message.send',
      {
        conversation_id: this.conversationId,
        message: send.text,
        client_message_id: send.clientMessageId,
      },
      (ack: SendAck) => {
        // An answer on a socket since given up for another is not this send's any more.
        if (send.state !== 'in-flight' || send.socket !== socket) return;
        if (ack.ok) {
          send.state = 'acked';
          send.ack = ack;
          if (ack.event) this.receive(ack.event, 'ack');
          this.hooks.onAck?.(send);
          return;
        }
        if (ack.error.code === 'overloaded' || ack.error.code === 'unavailable') {
          send.state = 'unacked';
          const details = ack.error.details as { retry_after_ms?: number } | undefined;
          setTimeout(() => {
            if (send.state === 'unacked' && this.online) this.transmit(send);
          }, details?.retry_after_ms ?? 200);
          return;
        }
        send.state = 'failed';
        send.error = `${ack.error.code}: ${ack.error.message}`;
      },
    );
  }

  private receive(event: SyncEvent, via: Via) {
    const cursor = Number(event.cursor);
    if (cursor <= this.cursor) return;
    if (cursor === this.cursor + 1) {
      this.apply(event, via);
      this.drainPending();
      return;
    }
    this.pending.push({ event, via });
    void this.catchUp();
  }

  private drainPending() {
    this.pending.sort((a, b) => Number(a.event.cursor) - Number(b.event.cursor));
    while (this.pending.length > 0 && Number(this.pending[0]!.event.cursor) <= this.cursor + 1) {
      const { event, via } = this.pending.shift()!;
      if (Number(event.cursor) === this.cursor + 1) this.apply(event, via);
    }
  }

  private apply(event: SyncEvent, via: Via) {
    this.applied.push({ event, via });
    this.cursor = Number(event.cursor);
  }

  private async fetchSync(since: string | undefined, url = this.url): Promise<SyncResult> {
    const query = since === undefined ? '' : `?since=${since}`;
    const res = await fetch(`${url}/api/messaging/sync/${query}`, {
      headers: { authorization: `Bearer ${this.user.token}` },
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`sync answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as SyncResult;
  }
}

/** Sends one message every SEND_EVERY_MS, round the clients, for `durationMs`. */
function runLoad(clients: Client[], durationMs: number, from: { next: number }): Promise<number> {
  const started = Date.now();
  const total = Math.floor(durationMs / SEND_EVERY_MS);
  let sent = 0;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      // By the clock, not by ticks: a late timer on a busy machine sends what is due.
      const due = Math.min(total, Math.floor((Date.now() - started) / SEND_EVERY_MS));
      for (; sent < due; sent++) clients[from.next++ % clients.length]!.compose();
      if (sent >= total) {
        clearInterval(timer);
        resolve(sent);
      }
    }, SEND_EVERY_MS);
  });
}

describe('a node killed with SIGKILL under load', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-kill-'));
  const nodes: ServerProcess[] = [];
  const clients: Client[] = [];
  const pairs: { conversationId: string; guest: Client; host: Client }[] = [];
  let killed = false;
  const hooks: ClientHooks = { liveNode: () => (killed ? urls[1] : urls[0]) };
  let urls: [string, string];

  beforeAll(async () => {
    await query(adminUrl, `create database ${databaseName}`);
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      DATABASE_URL: databaseUrl,
      JWT_SECRET,
      REDIS_URL: testRedisUrl,
      REDIS_PREFIX: `kill-${randomBytes(4).toString('hex')}`,
      SEND_RATE_LIMIT_PER_MINUTE: '100000',
      // Two nodes, 200 clients and the test share a small machine: queueing, not refusing.
      SEND_MAX_WAIT_MS: '60000',
    };
    // Started together on the empty database: one migrates it while the other waits for it.
    nodes.push(
      spawnServer({ ...env, DATA_DIR: path.join(dataDir, 'a') }, 30_000),
      spawnServer({ ...env, DATA_DIR: path.join(dataDir, 'b') }, 30_000),
    );
    urls = [await nodes[0]!.ready, await nodes[1]!.ready];

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const [guests, hosts] = await Promise.all([
      buildTokenUsers(db, 'guest', PAIRS),
      buildTokenUsers(db, 'host', PAIRS),
    ]).finally(() => db.end());
    const people = await Promise.all(
      guests.map(async (guest, i) => {
        const host = hosts[i]!;
        const url = urls[i % 2];
        const property = await postJson(`${url}/api/properties/`, host.token, {
          title: `Loft ${i}`,
          address: `${i} Rua do Mar, Lisbon`,
          timezone: 'Europe/Lisbon',
        });
        if (property.status !== 201) throw new Error(`property failed: ${property.body}`);
        const conversation = await postJson(
          `${url}/api/messaging/conversations/create/`,
          guest.token,
          { property_id: (JSON.parse(property.body) as { id: string }).id },
        );
        if (conversation.status !== 201) {
          throw new Error(`conversation failed: ${conversation.body}`);
        }
        return {
          guest,
          host,
          conversationId: (JSON.parse(conversation.body) as { id: string }).id,
        };
      }),
    );

    // Guests alternate between the nodes, hosts every two pairs: a quarter of the pairs are
    // both on A (both move), a quarter both on B, half split across the nodes.
    for (const [i, { guest, host, conversationId }] of people.entries()) {
      const guestClient = new Client(`g${i}`, guest, conversationId, urls[i % 2]!, hooks);
      const hostClient = new Client(
        `h${i}`,
        host,
        conversationId,
        urls[Math.floor(i / 2) % 2]!,
        hooks,
      );
      pairs.push({ conversationId, guest: guestClient, host: hostClient });
      clients.push(guestClient, hostClient);
    }
    await Promise.all(clients.map((client) => client.start()));
  }, 60_000);

  afterAll(async () => {
    for (const client of clients) if (client.probe) client.close();
    closeKeptAliveConnections();
    await Promise.all(nodes.map((node) => node.stop()));
    await query(adminUrl, `drop database if exists ${databaseName} with (force)`);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('moves its clients to the other node, which stores every message once and delivers it', async () => {
    const nodeA = nodes[0]!;
    const [urlA, urlB] = urls;
    const onA = clients.filter((c) => c.url === urlA);
    const order = { next: 0 };

    const sentBeforeKill = await runLoad(clients, LOAD_BEFORE_KILL_MS, order);
    // The kill lands while A is writing: every client on A sends, and A dies as the first of
    // those sends is acknowledged, the others stored or not, their answers lost.
    const burst: Outgoing[] = [];
    const killedMidBurst = new Promise<void>((resolve) => {
      hooks.onAck = (send) => {
        if (!burst.includes(send)) return;
        hooks.onAck = undefined;
        for (const client of clients) client.markInFlightAtKill();
        nodeA.child.kill('SIGKILL');
        killed = true;
        resolve();
      };
    });
    for (const client of onA) burst.push(client.compose());
    await killedMidBurst;
    const sentAfterKill = await runLoad(clients, LOAD_AFTER_KILL_MS, order);

    expect(await nodeA.exited).toBeNull();
    expect(nodeA.child.signalCode).toBe('SIGKILL');
    // Every send is answered in the end: the moved clients sent theirs again on B.
    await expect
      .poll(() => clients.reduce((n, c) => n + c.unacknowledged(), 0), {
        timeout: 20_000,
        interval: 100,
      })
      .toBe(0);
    for (const client of onA) {
      expect(client.url).toBe(urlB);
      expect(client.moves).toBe(1);
      expect(client.probe.socket.connected).toBe(true);
    }
    // What a client was not told (a message stored on A that A never published, say) it gets
    // from sync: each catches up once more now that nothing is being sent.
    await Promise.all(clients.map((client) => client.catchUp()));

    const stored = await query<{
      id: string;
      conversation_id: string;
      sender_id: string;
      client_message_id: string | null;
    }>(databaseUrl, 'select id, conversation_id, sender_id, client_message_id from messages');
    const problems: string[] = [];
    for (const { conversationId, guest, host } of pairs) {
      const inConversation = stored.filter((m) => m.conversation_id === conversationId);
      const storedIds = inConversation.map((m) => m.id).sort();
      const byClientId = new Map<string | null, typeof inConversation>();
      for (const m of inConversation) {
        byClientId.set(m.client_message_id, [...(byClientId.get(m.client_message_id) ?? []), m]);
      }
      const sentIds = new Set([...guest.outgoing, ...host.outgoing].map((s) => s.clientMessageId));
      for (const [clientId, copies] of byClientId) {
        if (clientId === null || !sentIds.has(clientId)) {
          problems.push(`${conversationId}: stored a message no client sent (${clientId})`);
        } else if (copies.length !== 1) {
          problems.push(`${conversationId}: ${clientId} stored ${copies.length} times`);
        }
      }
      for (const client of [guest, host]) {
        for (const send of client.outgoing) {
          const copies = byClientId.get(send.clientMessageId) ?? [];
          if (send.state !== 'acked') {
            problems.push(`${client.label}: ${send.clientMessageId} ${send.state} ${send.error}`);
          } else if (copies.length === 0) {
            problems.push(`${client.label}: acknowledged ${send.clientMessageId} not stored`);
          } else if (
            copies[0]!.id !== send.ack!.message.id ||
            copies[0]!.sender_id !== client.user.id
          ) {
            problems.push(
              `${client.label}: ${send.clientMessageId} acknowledged as another message`,
            );
          }
        }
      }
      // Each participant applied every message of the conversation exactly once: the receiver
      // live or by sync, the sender from its acknowledgement or by sync.
      for (const client of [guest, host]) {
        const seen = client.applied
          .flatMap(({ event }) => (event.type === 'message.created' ? [event.message.id] : []))
          .sort();
        if (new Set(seen).size !== seen.length) {
          problems.push(`${client.label}: a message applied twice`);
        }
        const missing = storedIds.filter((id) => !seen.includes(id));
        const extra = seen.filter((id) => !storedIds.includes(id));
        if (missing.length > 0 || extra.length > 0) {
          problems.push(
            `${client.label}: ${missing.length} messages missing, ${extra.length} extra`,
          );
        }
        if (client.syncGaps.length > 0) {
          problems.push(`${client.label}: ${client.syncGaps.join('; ')}`);
        }
        if (client.lastError) problems.push(`${client.label}: ${client.lastError}`);
      }
    }
    expect(problems).toEqual([]);

    const sends = clients.flatMap((c) => c.outgoing);
    expect(stored).toHaveLength(sends.length);
    // The kill did leave sends unanswered, and they were sent again on B. (An answer already
    // on its way when A died may still arrive: such a send needs no retry.)
    const retried = sends.filter((s) => s.inFlightAtKill && s.attempts > 1);
    expect(retried.length).toBeGreaterThan(0);

    const summary = {
      sentBeforeKill,
      burst: burst.length,
      sentAfterKill,
      inFlightAtKill: sends.filter((s) => s.inFlightAtKill).length,
      retried: retried.length,
      // Stored by A before it died, unanswered: the retry found them (created: false).
      storedButUnanswered: retried.filter((s) => s.ack && !s.ack.created).length,
      receivedLive: clients.reduce(
        (n, c) =>
          n +
          c.applied.filter(
            ({ event, via }) =>
              via === 'live' &&
              event.type === 'message.created' &&
              event.message.receiver_id === c.user.id,
          ).length,
        0,
      ),
      appliedFromSync: clients.reduce(
        (n, c) => n + c.applied.filter(({ via }) => via === 'sync').length,
        0,
      ),
      failedSyncs: clients.reduce((n, c) => n + c.syncFailures, 0),
    };
    console.info(`node-kill (${dbKind}): ${JSON.stringify(summary)}`);
  }, 60_000);
});
