import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryStates, DELIVER_JOB } from '../../../test/deliveries.ts';
import { seedThreads } from '../../../test/factories.ts';
import { dbKind, openTestDatabase, testConfig } from '../../../test/harness.ts';
import { startMailServer } from '../../../test/mail-server.ts';
import { startPushService, type PushServiceStandIn } from '../../../test/push-service.ts';
import type { Config } from '../../config.ts';
import { createServices } from '../../services.ts';
import type { Logger } from '../../platform/context.ts';
import { openPostgres, type Database } from '../../platform/db/connect.ts';
import { createJobRunner, type JobDefinition } from '../../platform/jobs/index.ts';

// Two worker nodes — each its own connection pool, services (so its own SMTP pool) and job
// runner — drain one backlog of notification deliveries at once, through the real channels:
// SMTP to a loopback smtp-server, Web Push over HTTPS to a loopback push service. Every
// delivery must go out exactly once. On PGlite, one connection in one process, the two
// runners share it: their claims interleave rather than race, on a smaller backlog.

const THREADS = dbKind === 'postgres' ? 1_000 : 200;
// Of the hosts, this many have a browser subscribed to push; the others turned push off.
const PUSH_SUBSCRIBERS = THREADS / 5;
const MESSAGE_ID_DOMAIN = '@flexbnb-messenger>';

describe('notification deliveries raced by two workers', () => {
  let database: Database & { url?: string };
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  let push: PushServiceStandIn;
  let config: Config;
  const problems: string[] = [];
  const log: Logger = {
    info: () => {},
    warn: (details, message) => problems.push(`${message} ${JSON.stringify(details)}`),
    error: (details, message) => problems.push(`${message} ${JSON.stringify(details)}`),
  };

  beforeAll(async () => {
    [database, mail, push] = await Promise.all([
      openTestDatabase(),
      startMailServer(),
      startPushService(),
    ]);
    config = testConfig({
      SMTP_URL: mail.url,
      EMAIL_FROM: 'FlexBNB <no-reply@flexbnb.test>',
      PUBLIC_URL: 'https://messenger.flexbnb.test',
      NOTIFY_PUSH_DELAY_SECONDS: '0',
      NOTIFY_EMAIL_DELAY_SECONDS: '0',
    });
  });

  afterAll(async () => {
    await Promise.all([database?.close(), mail?.close(), push?.close()]);
  });

  it('sends each delivery exactly once', async () => {
    // The API side: raises the backlog while no worker runs.
    const api = createServices({ db: database.db, config, now: () => new Date(), log });
    const threads = await seedThreads(database.db, THREADS);
    const { public_key: vapidKey } = await api.notifications.vapidPublicKey();
    await inBatches(threads, 50, async (t, i) => {
      if (i < PUSH_SUBSCRIBERS) {
        const browser = push.subscribe({ applicationServerKey: vapidKey });
        await api.notifications.subscribePush(t.host, {
          endpoint: browser.endpoint,
          keys: browser.keys,
        });
      } else {
        await api.notifications.updateSettings(t.host, { types: { new_message: { push: false } } });
      }
    });
    // The real send path raises each host's notification, its deliveries and their jobs.
    await inBatches(threads, 50, async (t, i) => {
      const sent = await api.messages.send(t.guest, {
        conversation_id: t.conversationId,
        message: `Is the loft free next weekend? (${i})`,
      });
      expect(sent.created).toBe(true);
    });
    await api.notifications.close();
    const raised = await deliveryStates(database.db);
    expect(count(raised, (d) => d.channel === 'email' && d.status === 'pending')).toBe(THREADS);
    expect(count(raised, (d) => d.channel === 'push' && d.status === 'pending')).toBe(
      PUSH_SUBSCRIBERS,
    );
    expect(count(raised, (d) => d.jobs === 1 && d.job_state === 'pending')).toBe(raised.length);

    // Two nodes race for the same jobs.
    const runs = new Map<string, string[]>();
    const nodes = await Promise.all(
      ['node a', 'node b'].map(async (name) => {
        const handle = database.url
          ? await openPostgres({ url: database.url, poolSize: 8, migrate: false })
          : database;
        const services = createServices({
          db: handle.db,
          config,
          now: () => new Date(),
          log,
          httpsAgent: push.agent,
        });
        const jobs = services.jobs.map((job): JobDefinition =>
          job.kind === DELIVER_JOB
            ? {
                ...job,
                run: async (running, ctx) => {
                  runs.set(running.id, [...(runs.get(running.id) ?? []), name]);
                  await job.run(running, ctx);
                },
              }
            : job,
        );
        const runner = createJobRunner({ database: handle, jobs, concurrency: 16, log });
        return { name, handle, services, runner };
      }),
    );
    try {
      await Promise.all(nodes.map((n) => n.runner.start()));
      await Promise.all(nodes.map((n) => n.runner.drain()));
    } finally {
      for (const n of nodes) {
        await n.runner.stop();
        await n.services.notifications.close();
        if (n.handle !== database) await n.handle.close();
      }
    }

    const after = await deliveryStates(database.db);
    expect(problems).toEqual([]);
    // Each job ran once, and both nodes took part.
    expect(runs.size).toBe(after.length);
    expect([...runs.values()].filter((by) => by.length !== 1)).toEqual([]);
    for (const { name } of nodes) {
      expect([...runs.values()].some(([by]) => by === name)).toBe(true);
    }
    // Every delivery sent at its first attempt, with one `sent` line in its timeline, its
    // one job completed at its first attempt, and its channel's flag set on the notification
    // (whose email and push are often recorded at the same moment).
    expect(
      after.filter(
        (d) =>
          d.status !== 'sent' ||
          d.attempts !== 1 ||
          d.sent_rows !== 1 ||
          d.other_rows !== 0 ||
          d.jobs !== 1 ||
          d.job_state !== 'completed' ||
          d.job_attempts !== 1 ||
          !d.flagged,
      ),
    ).toEqual([]);

    // The SMTP server got exactly one email per email delivery, each to its host.
    const emails = after.filter((d) => d.channel === 'email');
    const byMessageId = new Map(emails.map((d) => [`<${d.id}${MESSAGE_ID_DOMAIN}`, d]));
    expect(mail.received).toHaveLength(THREADS);
    const messageIds = mail.received.map((m) => m.messageId ?? '');
    expect(new Set(messageIds).size).toBe(THREADS);
    expect(messageIds.filter((id) => !byMessageId.has(id))).toEqual([]);
    expect(
      mail.received.filter(
        (m) => m.envelopeTo.join() !== byMessageId.get(m.messageId ?? '')?.email,
      ),
    ).toEqual([]);

    // The push service got exactly one push per push delivery, decrypted and verified.
    expect(push.rejected).toEqual([]);
    expect(push.received).toHaveLength(PUSH_SUBSCRIBERS);
    expect(new Set(push.received.map((p) => p.subscriptionId)).size).toBe(PUSH_SUBSCRIBERS);
    const pushed = push.received.map(
      (p) => (JSON.parse(p.payload ?? '{}') as { notification_id?: string }).notification_id,
    );
    expect(new Set(pushed)).toEqual(
      new Set(after.filter((d) => d.channel === 'push').map((d) => d.notification_id)),
    );
  }, 120_000);
});

const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;

async function inBatches<T>(items: T[], size: number, each: (item: T, i: number) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map((item, j) => each(item, i + j)));
  }
}
