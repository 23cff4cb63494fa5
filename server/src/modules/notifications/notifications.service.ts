import { randomBytes } from 'node:crypto';
import {
  NOTIFICATION_TYPES,
  type DeliveryChannel,
  type MessageDeliveries,
  type Notification,
  type NotificationSettings,
  type NotificationType,
  type updateNotificationSettingsBody,
} from '@flexbnb/contracts';
import { jwtVerify, SignJWT } from 'jose';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { getOrCreateSetting } from '../../platform/db/settings.ts';
import { languageOfUser, loadTexts, type Texts } from '../../platform/i18n.ts';
import { badRequest, databaseError, notFound, refusedByDatabase } from '../../platform/errors.ts';
import { createGroupCommit } from '../../platform/group-commit.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import { takePage } from '../../platform/paging.ts';
import {
  ChannelError,
  type EmailContent,
  type PushPayload,
  type SentReceipt,
} from './channels/channel.ts';
import { createEmailChannel } from './channels/email.ts';
import { createPushChannel } from './channels/push.ts';
import { createSmsChannel } from './channels/sms.ts';
import {
  composeEmail,
  composePush,
  composeSms,
  linkOf,
  type ReaderTexts,
} from './notifications.content.ts';
import { presentDelivery, presentNotification } from './notifications.presenter.ts';
import { attemptKey, DELIVER_JOB, DELIVER_JOB_MAX_ATTEMPTS } from './notifications.raise.ts';
import * as repo from './notifications.repo.ts';
import {
  DEFAULT_CHANNELS,
  isCloseToStay,
  quietUntil,
  retryDelayMs,
} from './notifications.rules.ts';
import { wordNotification } from './notifications.texts.ts';

export type NotificationsService = ReturnType<typeof createNotificationsService>;

/** A notification presented in its reader's language. */
function presentFor(row: repo.NotificationRow, reader: repo.ReaderRow | undefined, texts: Texts) {
  const language = reader ? languageOfUser(reader) : 'en';
  return presentNotification(row, wordNotification(row, language, texts.in(language, 'notify')));
}

/**
 * The notifications with these ids, presented, by id, each in its reader's language: what the
 * change feed names.
 */
export async function findNotifications(
  db: DbOrTx,
  ids: string[],
  texts?: Texts,
): Promise<Map<string, Notification>> {
  const [rows, loaded] = await Promise.all([
    repo.findNotificationRows(db, ids),
    texts ?? loadTexts(),
  ]);
  return new Map(
    rows.map(({ notification, reader }) => [
      notification.id,
      presentFor(notification, reader, loaded),
    ]),
  );
}

const UNSUBSCRIBE_AUDIENCE = 'flexbnb:unsubscribe';
const MAX_ERROR_LENGTH = 500;
const UNSUBSCRIBE_TOKENS_KEPT = 10_000;
const SWEEP_BATCH = 1_000;
/**
 * The reads and records of the attempts a node runs at once go to the database together (see
 * createGroupCommit): the attempts that start while a read is out are planned by the next
 * read, and those that end while a record is being written are recorded by the next. One
 * statement of each kind at a time: under load the batches grow rather than the statements.
 */
const ATTEMPT_BATCH = 64;
const ATTEMPT_BATCHES_IN_FLIGHT = 1;

function channelError(err: unknown): ChannelError {
  if (err instanceof ChannelError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ChannelError(message, { permanent: false, cause: err });
}

export function createNotificationsService(deps: ServiceDeps) {
  const { db, events, config, now, log } = deps;
  const settings = config.notifications;
  const publicUrl = (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  const textsOf = () => (deps.texts ? Promise.resolve(deps.texts) : loadTexts());

  // Built on first use: the push keys may have to be generated and stored first.
  let channels:
    | Promise<{
        email: ReturnType<typeof createEmailChannel>;
        sms: ReturnType<typeof createSmsChannel>;
        push: Awaited<ReturnType<typeof createPushChannel>>;
      }>
    | undefined;
  function channelsOf() {
    channels ??= (async () => ({
      email: createEmailChannel({
        smtpUrl: settings.smtpUrl,
        from: settings.emailFrom,
        dataDir: config.dataDir,
        log,
      }),
      sms: createSmsChannel(settings.twilio),
      push: await createPushChannel(db, settings.vapid, { agent: deps.httpsAgent }),
    }))();
    channels.catch(() => {
      channels = undefined;
    });
    return channels;
  }

  let unsubscribeKey: Promise<Uint8Array> | undefined;
  function unsubscribeKeyOf() {
    unsubscribeKey ??= getOrCreateSetting(
      db,
      'unsubscribe_secret',
      randomBytes(32).toString('base64url'),
    ).then((secret) => new TextEncoder().encode(secret));
    return unsubscribeKey;
  }

  // A token names a user and a type and never expires, so it is the same every time: signed
  // once per pair while this node remembers it (a bounded set: cleared when full).
  const unsubscribeTokens = new Map<string, string>();
  async function unsubscribeToken(userId: string, type: NotificationType) {
    const key = `${userId} ${type}`;
    const known = unsubscribeTokens.get(key);
    if (known) return known;
    const token = await new SignJWT({ typ: type })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setAudience(UNSUBSCRIBE_AUDIENCE)
      .sign(await unsubscribeKeyOf());
    if (unsubscribeTokens.size >= UNSUBSCRIBE_TOKENS_KEPT) unsubscribeTokens.clear();
    unsubscribeTokens.set(key, token);
    return token;
  }

  async function channelsWanted(userId: string, type: NotificationType, tx: DbOrTx = db) {
    const row = await repo.preferenceOf(tx, userId, type);
    return row ? { email: row.email, sms: row.sms, push: row.push } : DEFAULT_CHANNELS[type];
  }

  async function readSettings(userId: string): Promise<NotificationSettings> {
    const [prefs, quiet, contact] = await Promise.all([
      repo.preferencesOf(db, userId),
      repo.quietHoursOf(db, userId),
      repo.userContact(db, userId),
    ]);
    const byType = new Map(prefs.map((p) => [p.notificationType, p]));
    const types = Object.fromEntries(
      NOTIFICATION_TYPES.map((type) => {
        const row = byType.get(type);
        const wanted = row ?? DEFAULT_CHANNELS[type];
        return [
          type,
          { in_app: true as const, email: wanted.email, sms: wanted.sms, push: wanted.push },
        ];
      }),
    ) as NotificationSettings['types'];
    return {
      types,
      quiet_hours: quiet ? { start: quiet.start, end: quiet.end, timezone: quiet.timezone } : null,
      phone: contact?.phone ?? null,
    };
  }

  /** Whether the notification goes through quiet hours now. */
  function isUrgent(plan: repo.DeliveryPlanRow, at: Date) {
    const { notification, thread } = plan;
    if (notification.urgent) return true;
    return Boolean(
      notification.notificationType === 'new_message' &&
      thread &&
      thread.hostId === notification.userId &&
      thread.checkIn &&
      thread.checkOut &&
      (thread.reservationStatus === 'pending' || thread.reservationStatus === 'confirmed') &&
      isCloseToStay(
        {
          checkIn: thread.checkIn,
          checkOut: thread.checkOut,
          checkInTime: thread.checkInTime,
          checkOutTime: thread.checkOutTime,
          timezone: thread.timezone,
        },
        at,
      ),
    );
  }

  /** Counts how an attempt ended, for `GET /metrics`; called once it is recorded. */
  function counted(channel: string, outcome: string) {
    deps.metrics?.notificationDeliveries.inc({ channel, outcome });
  }

  /** Ends a delivery without sending it, with a line in its timeline. */
  async function close(
    deliveryId: string,
    channel: string,
    status: 'skipped' | 'cancelled',
    reason: string,
    at: Date,
  ) {
    await db.transaction(async (tx) => {
      await repo.updateDelivery(
        tx,
        deliveryId,
        { status, nextAttemptAt: null, lastError: null },
        at,
      );
      await repo.addAttempt(tx, { deliveryId, attemptedAt: at, outcome: status, error: reason });
    });
    counted(channel, status);
  }

  /** Holds a delivery until quiet hours end: a line in its timeline and a job for then. */
  async function defer(
    deliveryId: string,
    channel: string,
    until: Date,
    quiet: { end: string; timezone: string },
    at: Date,
  ) {
    await db.transaction(async (tx) => {
      await repo.updateDelivery(tx, deliveryId, { status: 'deferred', nextAttemptAt: until }, at);
      await repo.addAttempt(tx, {
        deliveryId,
        attemptedAt: at,
        outcome: 'deferred',
        error: `quiet hours until ${quiet.end} (${quiet.timezone})`,
      });
      await enqueue(
        tx,
        DELIVER_JOB,
        { delivery_id: deliveryId },
        {
          runAt: until,
          idempotencyKey: `${deliveryId}:after-quiet:${until.toISOString()}`,
          maxAttempts: DELIVER_JOB_MAX_ATTEMPTS,
        },
      );
    });
    counted(channel, 'deferred');
  }

  type Attempt = NonNullable<Awaited<ReturnType<typeof plan>>>;

  /**
   * Decides what to do with a due delivery, from one read: nothing (already done, or not
   * wanted any more), later (quiet hours), or an attempt, whose content it composes. Two
   * workers never hold one job, so the read needs no lock; a thread read while its email is
   * being sent is the one race left, and it only sends what was already due.
   */
  const planReads = createGroupCommit<string, repo.DeliveryPlanRow | undefined>({
    keyOf: (deliveryId) => deliveryId,
    maxBatch: ATTEMPT_BATCH,
    maxInFlight: ATTEMPT_BATCHES_IN_FLIGHT,
    retryAlone: () => false,
    write: (deliveryIds) => repo.readDeliveryPlans(db, deliveryIds),
  });
  const attemptRecords = createGroupCommit<repo.AttemptRecord, void>({
    keyOf: (attempt) => attempt.id,
    maxBatch: ATTEMPT_BATCH,
    maxInFlight: ATTEMPT_BATCHES_IN_FLIGHT,
    retryAlone: refusedByDatabase,
    write: async (batch) => {
      await repo.recordAttempts(db, batch);
      return batch.map(() => undefined);
    },
  });

  async function plan(deliveryId: string, at: Date) {
    const row = await planReads.submit(deliveryId);
    if (!row) return undefined;
    const { delivery, notification, user } = row;
    if (delivery.status !== 'pending' && delivery.status !== 'deferred') return undefined;
    const channel = delivery.channel;
    if (notification.isRead) {
      await close(delivery.id, channel, 'cancelled', 'read in the app', at);
      return undefined;
    }
    const wanted = row.preference ?? DEFAULT_CHANNELS[notification.notificationType];
    if (!wanted[channel]) {
      await close(delivery.id, channel, 'skipped', 'turned off in the notification settings', at);
      return undefined;
    }
    const { sms } = await channelsOf();
    const unusable =
      channel === 'sms' && !user.phone
        ? 'no phone number'
        : channel === 'sms' && !sms.configured
          ? 'SMS is not configured (TWILIO_*)'
          : channel === 'push' && row.targets.length === 0
            ? 'no browser subscribed to push'
            : undefined;
    if (unusable) {
      await close(delivery.id, channel, 'skipped', unusable, at);
      return undefined;
    }
    const until = row.quiet && quietUntil(row.quiet, at);
    if (row.quiet && until && !isUrgent(row, at)) {
      await defer(delivery.id, channel, until, row.quiet, at);
      return undefined;
    }
    const link = linkOf(row, publicUrl);
    const language = languageOfUser(user);
    const t = (await textsOf()).in(language, 'notify');
    const reader: ReaderTexts = {
      language,
      t,
      words: wordNotification(notification, language, t),
    };
    let content: { email?: EmailContent; push?: PushPayload; sms?: string };
    if (channel === 'email') {
      const token = await unsubscribeToken(user.id, notification.notificationType);
      content = {
        email: composeEmail(
          row,
          link,
          {
            // The page says what it did in the language of the email its link came in.
            page: `${publicUrl}/unsubscribe?token=${token}${language === 'en' ? '' : `&lang=${language}`}`,
            oneClick: `${publicUrl}/api/messaging/notifications/unsubscribe?token=${token}`,
          },
          reader,
        ),
      };
    } else if (channel === 'push') {
      content = { push: composePush(row, link, reader) };
    } else {
      content = { sms: composeSms(reader) };
    }
    return { ...row, channel, attempt: delivery.attempts + 1, link, content };
  }

  /** Sends one attempt; the provider's refusal is thrown as a ChannelError. */
  async function send(p: Attempt): Promise<SentReceipt> {
    const channel = await channelsOf();
    if (p.channel === 'email') {
      return channel.email.send({ email: p.user.email, name: p.user.name }, p.content.email!, {
        // The same for every attempt: an email the server took but whose answer was lost is
        // then the same message to the receiving side, not a second one.
        messageId: p.delivery.id,
      });
    }
    if (p.channel === 'sms') {
      return channel.sms.send(p.user.phone!, p.content.sms!, p.link.absolute);
    }
    // Every browser the user subscribed; one that is gone is forgotten.
    let receipt: SentReceipt | undefined;
    let failure: ChannelError | undefined;
    for (const target of p.targets) {
      try {
        receipt = await channel.push.send(target, p.content.push!, {
          ttlSeconds: 24 * 3600,
          urgency: p.notification.urgent ? 'high' : 'normal',
          topic: p.content.push!.tag,
        });
      } catch (err) {
        const error = channelError(err);
        if (error.gone) await repo.forgetPushEndpoint(db, target.endpoint);
        failure = failure && !failure.gone ? failure : error;
      }
    }
    if (receipt) return receipt;
    throw failure ?? new ChannelError('no browser subscribed to push', { permanent: true });
  }

  /**
   * Writes how an attempt ended. Given the job's `signal`, it tries again while the database
   * is unavailable, until it is written or `signal` aborts (the job's lease ran out, or its
   * worker is stopping): what the provider answered is known only here, and given up, the
   * delivery would still be pending and its next attempt would send it again. The statement
   * is fenced by the attempt number, so a write that committed but whose answer was lost
   * changes nothing when written again.
   */
  async function recordUntilWritten(
    attempt: repo.AttemptRecord,
    signal?: AbortSignal,
    write: (attempt: repo.AttemptRecord) => Promise<void> = (a) => attemptRecords.submit(a),
  ) {
    for (let waitMs = 100; ; waitMs = Math.min(2 * waitMs, 2_000)) {
      try {
        await write(attempt);
        return;
      } catch (err) {
        if (!signal || signal.aborted || databaseError(err)?.[0] !== 'unavailable') throw err;
        log.warn(
          { deliveryId: attempt.id, attempt: attempt.attempts, outcome: attempt.outcome, err },
          'notifications: recording an attempt failed; trying again',
        );
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
          };
          const timer = setTimeout(done, waitMs);
          signal.addEventListener('abort', done);
        });
      }
    }
  }

  /**
   * Records the attempt that failed a delivery for good with its `notification.failed` event,
   * in one transaction: the delivery row is locked and its attempt checked first, so a record
   * written again (its first commit's answer lost) records neither twice.
   */
  async function recordFailure(attempt: repo.AttemptRecord, p: Attempt) {
    await events.transaction(db, async (uow) => {
      if (!(await repo.lockDeliveryAt(uow.db, attempt.id, attempt.attempts - 1))) return;
      await repo.recordAttempts(uow.db, [attempt]);
      await events.record(uow, 'notification.failed', [
        {
          notification_id: p.notification.id,
          delivery_id: attempt.id,
          user_id: p.notification.userId,
          notification_type: p.notification.notificationType,
          channel: p.channel,
          attempts: attempt.attempts,
          error: attempt.error ?? '',
          failed_at: attempt.at.toISOString(),
        },
      ]);
    });
  }

  /** Records how an attempt ended; a failure that may pass is tried again later. */
  async function record(p: Attempt, outcome: SentReceipt | ChannelError, signal?: AbortSignal) {
    const at = now();
    const deliveryId = p.delivery.id;
    if (!(outcome instanceof ChannelError)) {
      await recordUntilWritten(
        {
          id: deliveryId,
          status: 'sent',
          attempts: p.attempt,
          at,
          sentAt: at,
          nextAttemptAt: null,
          lastError: null,
          providerMessageId: outcome.providerMessageId,
          outcome: 'sent',
          responseCode: outcome.responseCode,
          error: null,
          retryKey: null,
        },
        signal,
      );
      counted(p.channel, 'sent');
      return;
    }
    const error = outcome.message.slice(0, MAX_ERROR_LENGTH);
    const last = outcome.permanent || p.attempt >= settings.maxAttempts;
    const next = last
      ? null
      : new Date(at.getTime() + retryDelayMs(p.attempt, settings.retryBaseSeconds));
    await recordUntilWritten(
      {
        id: deliveryId,
        status: last ? 'failed' : 'pending',
        attempts: p.attempt,
        at,
        sentAt: null,
        nextAttemptAt: next,
        lastError: error,
        providerMessageId: null,
        outcome: 'failed',
        responseCode: outcome.responseCode,
        error,
        retryKey: next ? attemptKey(deliveryId, p.attempt + 1) : null,
      },
      signal,
      // The last attempt goes with its event (rare), the others in the batches of the node.
      last ? (attempt) => recordFailure(attempt, p) : undefined,
    );
    counted(p.channel, last ? 'failed' : 'retry');
    if (last) {
      log.warn(
        { deliveryId, channel: p.channel, attempts: p.attempt, error },
        'a notification delivery failed',
      );
    }
  }

  async function readAndCancel(actor: Actor, ids?: string[]) {
    return events.transaction(db, async (uow) => {
      const at = now();
      const changed = await repo.markNotificationsRead(uow.db, actor.id, at, ids);
      const changedIds = changed.map((n) => n.id);
      await repo.cancelPendingDeliveries(uow.db, changedIds, at, 'read in the app');
      await events.record(uow, 'notification.read', [
        { user_id: actor.id, notification_ids: changedIds, count: changed.length },
      ]);
      return changed;
    });
  }

  return {
    /** The actor's notifications, newest first; `unread` only the unread ones. */
    async list(
      actor: Actor,
      options: { unread?: boolean; limit: number; after?: { created_at: string; id: string } },
    ) {
      const [rows, reader, texts] = await Promise.all([
        repo.pageNotifications(db, actor.id, { ...options, limit: options.limit + 1 }),
        repo.readerOf(db, actor.id),
        textsOf(),
      ]);
      const page = takePage(rows, options.limit, (r) => ({
        created_at: r.createdAt.toISOString(),
        id: r.id,
      }));
      return { items: page.rows.map((row) => presentFor(row, reader, texts)), next: page.next };
    },

    /**
     * Marks one of the actor's notifications read and cancels what of it had not gone out.
     * @throws not_found when it is not the actor's
     */
    async markRead(actor: Actor, id: string): Promise<Notification> {
      const row = await repo.findOwnNotification(db, actor.id, id);
      if (!row) throw notFound('Notification');
      const [reader, texts] = await Promise.all([repo.readerOf(db, actor.id), textsOf()]);
      if (row.isRead) return presentFor(row, reader, texts);
      await readAndCancel(actor, [id]);
      return presentFor((await repo.findOwnNotification(db, actor.id, id))!, reader, texts);
    },

    /** Marks all the actor's notifications read; answers how many were unread. */
    async markAllRead(actor: Actor): Promise<{ marked: number }> {
      const changed = await readAndCancel(actor);
      return { marked: changed.length };
    },

    /** @throws not_found when the notification is not the actor's */
    async deliveries(actor: Actor, id: string) {
      const row = await repo.findOwnNotification(db, actor.id, id);
      if (!row) throw notFound('Notification');
      const deliveries = await repo.deliveriesOf(db, [id]);
      const attempts = await repo.attemptsOf(
        db,
        deliveries.map((d) => d.id),
      );
      return deliveries.map((d) => presentDelivery(d, attempts));
    },

    /**
     * How the receiver of the actor's message was told of it; never their address.
     * @throws not_found unless the actor sent the message
     */
    async messageDeliveries(actor: Actor, messageId: string): Promise<MessageDeliveries> {
      const row = await repo.messageWithNotification(db, messageId, actor.id);
      if (!row) throw notFound('Message');
      const deliveries = row.notification_id
        ? await repo.deliveriesOf(db, [row.notification_id])
        : [];
      return {
        message_id: row.message_id,
        read_at: row.read_at ? new Date(row.read_at).toISOString() : null,
        deliveries: deliveries.map((d) => ({
          channel: d.channel,
          status: d.status,
          attempts: d.attempts,
          next_attempt_at: d.nextAttemptAt?.toISOString() ?? null,
          sent_at: d.sentAt?.toISOString() ?? null,
          updated_at: d.updatedAt.toISOString(),
        })),
      };
    },

    settings: (actor: Actor) => readSettings(actor.id),

    /** Changes what is given of the actor's preferences; answers them all. */
    async updateSettings(
      actor: Actor,
      input: z.output<typeof updateNotificationSettingsBody>,
    ): Promise<NotificationSettings> {
      const current = await readSettings(actor.id);
      await db.transaction(async (tx) => {
        const rows = Object.entries(input.types ?? {}).map(([type, change]) => {
          const was = current.types[type as NotificationType];
          return {
            userId: actor.id,
            notificationType: type as NotificationType,
            email: change?.email ?? was.email,
            sms: change?.sms ?? was.sms,
            push: change?.push ?? was.push,
          };
        });
        await repo.upsertPreferences(tx, rows);
        if (input.quiet_hours !== undefined) {
          await repo.setQuietHours(tx, actor.id, input.quiet_hours, now());
        }
        if (input.phone !== undefined) await repo.setPhone(tx, actor.id, input.phone);
      });
      return readSettings(actor.id);
    },

    /** Registers a browser's push subscription for the actor; `created` false when known. */
    async subscribePush(
      actor: Actor,
      input: { endpoint: string; keys: { p256dh: string; auth: string } },
    ) {
      const { row, created } = await repo.upsertPushSubscription(db, {
        userId: actor.id,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
      });
      return {
        subscription: {
          id: row.id,
          endpoint: row.endpoint,
          created_at: row.createdAt.toISOString(),
        },
        created,
      };
    },

    /** @throws not_found when the subscription is not the actor's */
    async unsubscribePush(actor: Actor, id: string): Promise<void> {
      if (!(await repo.deletePushSubscription(db, actor.id, id))) {
        throw notFound('Push subscription');
      }
    },

    async vapidPublicKey(): Promise<{ public_key: string }> {
      return { public_key: (await channelsOf()).push.publicKey };
    },

    /** The signed token of an email's unsubscribe link. */
    unsubscribeToken,

    /**
     * Turns off the email of the type the token names, for the user it names.
     * @throws validation_failed for a token this server did not sign
     */
    async unsubscribe(
      token: string,
    ): Promise<{ notification_type: NotificationType; email: false }> {
      let claims: { sub?: string; typ?: unknown };
      try {
        ({ payload: claims } = await jwtVerify(token, await unsubscribeKeyOf(), {
          audience: UNSUBSCRIBE_AUDIENCE,
          algorithms: ['HS256'],
        }));
      } catch {
        throw badRequest('This unsubscribe link is not valid', { field: 'token' });
      }
      const type = NOTIFICATION_TYPES.find((t) => t === claims.typ);
      if (!type || !claims.sub || !(await repo.userContact(db, claims.sub))) {
        throw badRequest('This unsubscribe link is not valid', { field: 'token' });
      }
      const wanted = await channelsWanted(claims.sub, type);
      await repo.upsertPreferences(db, [
        { userId: claims.sub, notificationType: type, ...wanted, email: false },
      ]);
      return { notification_type: type, email: false };
    },

    /**
     * One attempt of a delivery, as its job runs it: decided from one read, sent
     * outside any transaction, recorded after. A failure that may pass is scheduled again
     * with back-off (a job per attempt); one that cannot, or the last, fails the delivery.
     * Given the job's `signal`, the record waits out a database that went away while the
     * attempt was out, until the signal aborts: only an attempt whose worker dies, stops or
     * loses its lease in between leaves its delivery pending, and so is sent again (an email
     * with the same Message-ID). Throws what the database threw when it could not be read,
     * or written in time.
     */
    async deliver(deliveryId: string, options: { signal?: AbortSignal } = {}): Promise<void> {
      const p = await plan(deliveryId, now());
      if (!p) return;
      let outcome: SentReceipt | ChannelError;
      try {
        outcome = await send(p);
      } catch (err) {
        outcome = channelError(err);
      }
      await record(p, outcome, options.signal);
    },

    /**
     * Puts failed deliveries back in the queue, due now: the one named, those of a channel,
     * or all. Each gets the job of one more attempt, a real one even when its attempts had
     * reached NOTIFY_MAX_ATTEMPTS (an attempt at or past the limit that fails fails the
     * delivery again; one below it keeps its retries). The attempt still follows the rules
     * of any attempt: a notification read in the app meanwhile cancels it, a channel turned
     * off skips it, quiet hours hold it. Only rows still failed are taken, so two callers at
     * once retry a delivery once. Runs in `tx` when given (an audit row commits with it);
     * answers the deliveries it put back.
     */
    async retryFailed(
      options: { deliveryId?: string; channel?: DeliveryChannel },
      tx: DbOrTx = db,
    ): Promise<{ id: string; attempts: number }[]> {
      return repo.requeueFailed(tx, options, now());
    },

    /**
     * Gives every first attempt that came due its job (in batches); answers how many were
     * due. The sweep job runs it every few seconds.
     */
    async enqueueDue(): Promise<number> {
      let total = 0;
      for (;;) {
        const due = await repo.enqueueDueFirstAttempts(db, SWEEP_BATCH);
        total += due;
        if (due < SWEEP_BATCH) return total;
      }
    },

    /** Closes the channels' connections (the SMTP pool). */
    async close() {
      const built = await channels?.catch(() => undefined);
      built?.email.close();
    },
  };
}
