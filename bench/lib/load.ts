/**
 * Open-loop message traffic between connected guests and hosts, for the benches that run real
 * server processes: conversations to send in, a socket per user, sends at a fixed rate, and
 * the latency from just before a send to the receiver's `message.created`.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type pg from 'pg';
import type { Socket } from 'socket.io-client';
import { cpuTimes, cpuUsedPer, type ProcessGroups } from './cpu.ts';
import {
  accessToken,
  connectSocket,
  inBatches,
  insertUsers,
  postJson,
  sleep,
  type JsonResponse,
  type ServerNode,
} from './clients.ts';
import { percentile } from './stats.ts';

/** How messages are sent and at what rate (messages/s). */
export interface Scenario {
  via: 'rest' | 'socket';
  rate: number;
}

interface Member {
  id: string;
  node: ServerNode;
  token: string;
  socket?: Socket;
}

export interface Pair {
  conversation: string;
  guest: Member;
  host: Member;
}

/**
 * Inserts `count` host–guest pairs, each with a property and a conversation about it; `place`
 * says which node each side of pair `i` connects to.
 */
export async function seedPairs(
  db: pg.Client,
  count: number,
  place: (i: number) => { guest: ServerNode; host: ServerNode },
): Promise<Pair[]> {
  const hosts = await insertUsers(db, 'host', count);
  const guests = await insertUsers(db, 'guest', count);
  const conversations: string[] = [];
  for (let i = 0; i < count; i++) {
    const {
      rows: [property],
    } = await db.query<{ id: string }>(
      `insert into properties (host_id, title, address) values ($1, $2, 'Bench Street') returning id`,
      [hosts[i], `Bench Loft ${i}`],
    );
    const {
      rows: [conversation],
    } = await db.query<{ id: string }>(
      `insert into conversations (property_id, guest_id, host_id) values ($1, $2, $3) returning id`,
      [property!.id, guests[i], hosts[i]],
    );
    conversations.push(conversation!.id);
  }
  return Promise.all(
    conversations.map(async (id, i) => {
      const nodes = place(i);
      return {
        conversation: id,
        guest: { id: guests[i]!, node: nodes.guest, token: await accessToken(guests[i]!) },
        host: { id: hosts[i]!, node: nodes.host, token: await accessToken(hosts[i]!) },
      };
    }),
  );
}

export interface LatencyResult extends Scenario {
  clients: number;
  achievedRate: number;
  /** Messages sent (offered) in the measured part, each with its own client_message_id. */
  messages: number;
  /** Of those, how many the receiver got a `message.created` for. */
  delivered: number;
  /** `message.created` events the receiver got beyond the first for a message. */
  duplicates: number;
  /** Failed sends by reason; a refusal counts here only once the message is given up. */
  errors: Map<string, number>;
  /** Send of the accepted attempt → receiver's `message.created`, in milliseconds. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** CPU milliseconds per message sent, by process group. */
  cpuPerMessage: Record<string, number>;
  acceptedFirstTry: number;
  acceptedAfterRetries: number;
  /** Answers that refused a send as overloaded, and how long each took from its send. */
  refusals: number;
  refusalP99: number;
  refusalMax: number;
  /** Messages refused as often as the attempts allowed. */
  lost: number;
  /** The measured messages' client_message_ids. */
  ids: string[];
}

type Answer =
  | { kind: 'accepted' }
  | { kind: 'refused'; retryAfterMs: number }
  | { kind: 'failed'; why: string };

/** The error part of a socket ack or a REST error body, as far as the bench reads it. */
interface ErrorAnswer {
  code: string;
  details?: { retry_after_ms?: unknown };
}

// A refusal that names no delay is retried after this long.
const DEFAULT_RETRY_MS = 100;

function refusedOrFailed(error: ErrorAnswer | undefined, why: string, retryAfter?: number) {
  if (error?.code !== 'overloaded') return { kind: 'failed', why } as const;
  const ms = error.details?.retry_after_ms;
  return {
    kind: 'refused',
    retryAfterMs: typeof ms === 'number' ? ms : (retryAfter ?? DEFAULT_RETRY_MS),
  } as const;
}

function restAnswer(res: JsonResponse): Answer {
  // 200: a message with this client_message_id was already stored, which is a success too.
  if (res.status === 201 || res.status === 200) return { kind: 'accepted' };
  let error: ErrorAnswer | undefined;
  try {
    error = (JSON.parse(res.body) as { error?: ErrorAnswer }).error;
  } catch {
    error = undefined;
  }
  const seconds = Number(res.headers['retry-after']);
  return refusedOrFailed(
    error,
    `HTTP ${res.status}`,
    res.headers['retry-after'] !== undefined && Number.isFinite(seconds)
      ? seconds * 1000
      : undefined,
  );
}

/** The messages of one warm-up or measured part. */
interface Tally {
  latencies: number[];
  refusalMs: number[];
  /** Every message's client_message_id → the receiver's events for it so far. */
  deliveries: Map<string, number>;
  /** Messages the receiver got at least once. */
  delivered: number;
  errors: Map<string, number>;
  acceptedFirstTry: number;
  acceptedAfterRetries: number;
  lost: number;
}

const emptyTally = (): Tally => ({
  latencies: [],
  refusalMs: [],
  deliveries: new Map(),
  delivered: 0,
  errors: new Map(),
  acceptedFirstTry: 0,
  acceptedAfterRetries: 0,
  lost: 0,
});

/**
 * The pairs' users, each with a socket to its node, sending to each other: open loop at a
 * fixed rate, round robin over the pairs, the guest and the host of a pair taking turns.
 */
export class Load {
  // client_message_id → when its latest attempt was sent, until the receiver gets it.
  private readonly sentAt = new Map<string, number>();
  private readonly inflight = new Set<Promise<void>>();
  private issued = 0;
  private measuring = false;
  private tally = emptyTally();

  /**
   * `groups`: the processes whose CPU time is counted per message. `deliveryWaitMs`: how much
   * longer than a second after the last answer a part waits for deliveries still missing (a
   * node that falls behind delivers late; 0: it does not wait).
   */
  constructor(
    private readonly pairs: Pair[],
    private readonly groups: ProcessGroups,
    private readonly options: { deliveryWaitMs?: number } = {},
  ) {}

  get clients() {
    return this.pairs.length * 2;
  }

  /** Connects every user's socket, a hundred at a time. */
  async connect() {
    await inBatches(
      this.pairs.flatMap((p) => [p.guest, p.host]),
      100,
      async (user) => {
        const socket = await connectSocket(user.node.url, user.token);
        socket.on(
          'message.created',
          (event: { message: { client_message_id: string; receiver_id: string } }) => {
            // The sender's own sockets get the event too: only the receiver's counts.
            if (event.message.receiver_id === user.id)
              this.received(event.message.client_message_id);
          },
        );
        user.socket = socket;
      },
    );
  }

  disconnect() {
    for (const p of this.pairs) {
      p.guest.socket?.disconnect();
      p.host.socket?.disconnect();
    }
  }

  private received(id: string) {
    const t0 = this.sentAt.get(id);
    this.sentAt.delete(id);
    const tally = this.tally;
    // Only the current part's messages count: a late one from a warm-up does not.
    const count = tally.deliveries.get(id);
    if (count === undefined) return;
    tally.deliveries.set(id, count + 1);
    if (count === 0) tally.delivered += 1;
    if (t0 !== undefined && this.measuring) tally.latencies.push(performance.now() - t0);
  }

  private async attempt(via: Scenario['via'], from: Member, body: object): Promise<Answer> {
    try {
      if (via === 'rest') {
        return restAnswer(
          await postJson(`${from.node.url}/api/messaging/messages/send/`, from.token, body),
        );
      }
      const ack = (await from.socket!.timeout(30_000).emitWithAck('message.send', body)) as {
        ok: boolean;
        error?: ErrorAnswer;
      };
      return ack.ok ? { kind: 'accepted' } : refusedOrFailed(ack.error, ack.error?.code ?? '?');
    } catch (err) {
      return { kind: 'failed', why: (err as Error).message };
    }
  }

  /**
   * Sends message `n` until it is accepted or fails; a refused attempt is sent again with the
   * same client_message_id after the delay the refusal names, up to `attempts` in all.
   */
  private send(via: Scenario['via'], n: number, attempts: number) {
    const pair = this.pairs[n % this.pairs.length]!;
    const from = Math.floor(n / this.pairs.length) % 2 === 0 ? pair.guest : pair.host;
    const id = randomUUID();
    const body = {
      conversation_id: pair.conversation,
      message: `bench ${n}`,
      client_message_id: id,
    };
    const tally = this.tally;
    tally.deliveries.set(id, 0);
    const fail = (why: string) => tally.errors.set(why, (tally.errors.get(why) ?? 0) + 1);
    const deliver = async () => {
      for (let attempt = 1; ; attempt++) {
        const start = performance.now();
        this.sentAt.set(id, start);
        const answer = await this.attempt(via, from, body);
        if (answer.kind === 'accepted') {
          if (attempt === 1) tally.acceptedFirstTry += 1;
          else tally.acceptedAfterRetries += 1;
          return;
        }
        if (answer.kind === 'failed') return void fail(answer.why);
        tally.refusalMs.push(performance.now() - start);
        if (attempt === attempts) {
          tally.lost += 1;
          return void fail(attempts === 1 ? 'overloaded' : `refused ${attempts} times`);
        }
        await sleep(answer.retryAfterMs);
      }
    };
    const tracked: Promise<void> = deliver().finally(() => this.inflight.delete(tracked));
    this.inflight.add(tracked);
  }

  // Open loop: messages go out on schedule whether or not earlier ones are answered.
  private async run(scenario: Scenario, durationMs: number, attempts: number) {
    const start = performance.now();
    const total = Math.round((durationMs / 1000) * scenario.rate);
    for (let n = 0; n < total; n++) {
      const due = start + (n * 1000) / scenario.rate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      this.send(scenario.via, this.issued++, attempts);
    }
    return { total, elapsed: performance.now() - start };
  }

  /** Waits until every accepted message of `tally` is delivered, `deliveryWaitMs` at most. */
  private async awaitDeliveries(tally: Tally) {
    const deadline = performance.now() + (this.options.deliveryWaitMs ?? 0);
    const accepted = () => tally.acceptedFirstTry + tally.acceptedAfterRetries;
    while (tally.delivered < accepted() && performance.now() < deadline) await sleep(50);
  }

  /** Sends at the scenario's rate for `ms`, then waits until every send is answered. */
  async warmUp(scenario: Scenario, ms = 2000) {
    const tally = (this.tally = emptyTally());
    await this.run(scenario, ms, 1);
    await Promise.all(this.inflight);
    await this.awaitDeliveries(tally);
    await sleep(500);
  }

  /**
   * The measured part: sends at the scenario's rate for `seconds`, waits for every answer and
   * one more second for the deliveries (longer if `deliveryWaitMs` allows and some are still
   * missing); `attempts` bounds the sends of a refused message.
   */
  async measure(scenario: Scenario, seconds: number, attempts = 1): Promise<LatencyResult> {
    const tally = (this.tally = emptyTally());
    this.measuring = true;
    const cpuBefore = cpuTimes(this.groups);
    const { total, elapsed } = await this.run(scenario, seconds * 1000, attempts);
    await Promise.all(this.inflight);
    await sleep(1000);
    await this.awaitDeliveries(tally);
    this.measuring = false;
    const cpuPerMessage = cpuUsedPer(cpuBefore, cpuTimes(this.groups), total);
    const latencies = tally.latencies.sort((x, y) => x - y);
    const refusals = tally.refusalMs.sort((x, y) => x - y);
    const counts = [...tally.deliveries.values()];
    return {
      ...scenario,
      clients: this.clients,
      achievedRate: Math.round((total / elapsed) * 1000),
      messages: total,
      delivered: tally.delivered,
      duplicates: counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      errors: tally.errors,
      p50: percentile(latencies, 50),
      p90: percentile(latencies, 90),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
      cpuPerMessage,
      acceptedFirstTry: tally.acceptedFirstTry,
      acceptedAfterRetries: tally.acceptedAfterRetries,
      refusals: refusals.length,
      refusalP99: percentile(refusals, 99),
      refusalMax: refusals.at(-1) ?? Number.NaN,
      lost: tally.lost,
      ids: [...tally.deliveries.keys()],
    };
  }
}

export const errorCount = (l: LatencyResult) =>
  [...l.errors.values()].reduce((sum, n) => sum + n, 0);

/** Two lines: the latency and delivery figures under `title`, then the CPU per message. */
export function printLatency(title: string, l: LatencyResult) {
  const errors = [...l.errors].map(([why, n]) => `${n}× ${why}`).join(', ') || 'none';
  console.log(
    `${title}: ${l.messages} messages at ${l.achievedRate}/s (target ${l.rate}/s): ` +
      `send → receiver's message.created p50 ${l.p50.toFixed(1)} ms, p90 ${l.p90.toFixed(1)} ms, ` +
      `p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(1)} ms; delivered ${l.delivered}; ` +
      `errors: ${errors}`,
  );
  const cpu = Object.entries(l.cpuPerMessage);
  const total = cpu.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `  CPU per message: ${cpu.map(([group, ms]) => `${group} ${ms.toFixed(2)} ms`).join(', ')}; ` +
      `${total.toFixed(2)} ms in all, where ${os.cpus().length} cores give ${((os.cpus().length * 1000) / l.rate).toFixed(2)} ms at ${l.rate}/s`,
  );
}
