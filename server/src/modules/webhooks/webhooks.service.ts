import type {
  AdminWebhookDelivery,
  AdminWebhookDeliveryDetail,
  createWebhookBody,
  updateWebhookBody,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
  WebhookEvent,
} from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import { takePage } from '../../platform/paging.ts';
import { refusedUrl } from './webhooks.address.ts';
import {
  attemptKey,
  DELIVER_JOB,
  DELIVER_JOB_MAX_ATTEMPTS,
  type DeliverJobPayload,
} from './webhooks.fan-out.ts';
import { postWebhook, type PostOutcome } from './webhooks.http.ts';
import { recordAudit, requireAdmin } from '../admin/index.ts';
import {
  presentAdminDelivery,
  presentAdminDeliveryDetail,
  presentDelivery,
  presentEndpoint,
  presentEndpointWithSecret,
  webhookBody,
} from './webhooks.presenter.ts';
import * as repo from './webhooks.repo.ts';
import { generateSecret, signatureHeaders } from './webhooks.signing.ts';
import { subscribedEventsOf } from './webhooks.subscriptions.ts';

export type WebhooksService = ReturnType<typeof createWebhooksService>;

/** How long a receiver has to answer an attempt. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** The error of an attempt not made: its endpoint was turned off meanwhile. */
export const ENDPOINT_TURNED_OFF = 'not sent: the endpoint is turned off';
/** What the API nodes tell each other when a node changed the endpoints. */
const SUBSCRIPTIONS_CHANGED = 'webhooks.subscriptions-changed';

/**
 * A platform's webhooks: its endpoints (`/api/platform/webhooks`), the attempts of their
 * deliveries (one job per attempt, retried on the configured schedule), and the console's view
 * of every delivery. The deliveries themselves are written by the event handlers
 * (webhooks.handlers.ts), in the statement of the event.
 */
export function createWebhooksService(deps: ServiceDeps) {
  const { db, events, now, log } = deps;
  const settings = deps.config.webhooks;
  const subscriptions = subscribedEventsOf(deps);

  const reread = () =>
    subscriptions
      .refresh()
      .catch((err: unknown) => log.warn({ err }, 'webhooks: could not read the subscriptions'));
  deps.peers?.subscribe(SUBSCRIPTIONS_CHANGED, () => void reread());

  /** After a change of the endpoints: this process reads them again, the other nodes too. */
  async function subscriptionsChanged() {
    await reread();
    deps.peers?.publish(SUBSCRIPTIONS_CHANGED, '');
  }

  /** @throws validation_failed naming body.url when its host is not a public address */
  async function checkUrl(url: string) {
    if (settings.allowPrivate) return;
    const refusal = await refusedUrl(url);
    if (refusal) {
      const message = `${refusal} (webhooks go to public addresses only, unless the server sets WEBHOOK_ALLOW_PRIVATE=true)`;
      throw badRequest(`body.url: ${message}`, [{ field: 'body.url', message }]);
    }
  }

  async function endpointOrThrow(id: string) {
    const row = await repo.findEndpoint(db, id);
    if (!row) throw notFound('Webhook endpoint');
    return row;
  }

  /**
   * Writes how an attempt ended, in one transaction: the attempt's line, the delivery's new
   * state, and then either the next attempt's job, or (failed for good) one more failure of
   * the endpoint, which turns it off at `disableAfterFailures` in a row with `webhook.disabled`
   * (the admins are notified). A success resets the endpoint's failures.
   */
  async function record(
    found: { delivery: repo.DeliveryRow; endpoint: repo.EndpointRow },
    attempt: number,
    outcome: PostOutcome,
    at: Date,
    manual: boolean,
  ) {
    const { delivery, endpoint } = found;
    const succeeded =
      outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const notSent = outcome.error === ENDPOINT_TURNED_OFF;
    const retryInSeconds =
      succeeded || manual || notSent ? undefined : settings.retryScheduleSeconds[attempt - 1];
    const nextAttemptAt =
      retryInSeconds === undefined ? null : new Date(at.getTime() + retryInSeconds * 1000);
    const status: WebhookDeliveryStatus = succeeded
      ? 'succeeded'
      : nextAttemptAt
        ? 'pending'
        : 'failed';
    const turnedOff = await events.transaction(db, async (uow) => {
      const recorded = await repo.finishAttempt(uow.db, {
        id: delivery.id,
        attempt,
        status,
        nextAttemptAt,
        statusCode: outcome.statusCode,
        at,
      });
      // Another job recorded this attempt already.
      if (!recorded) return false;
      await repo.insertAttempt(uow.db, {
        deliveryId: delivery.id,
        attemptedAt: at,
        statusCode: outcome.statusCode,
        latencyMs: outcome.latencyMs,
        responseExcerpt: outcome.excerpt,
        error: outcome.error,
      });
      if (succeeded) {
        await repo.resetFailures(uow.db, endpoint.id, at);
        return false;
      }
      if (nextAttemptAt) {
        await enqueue<DeliverJobPayload>(
          uow.db,
          DELIVER_JOB,
          { delivery_id: delivery.id, attempt: attempt + 1 },
          {
            runAt: nextAttemptAt,
            idempotencyKey: attemptKey(delivery.id, attempt + 1),
            maxAttempts: DELIVER_JOB_MAX_ATTEMPTS,
          },
        );
        return false;
      }
      // An admin's redelivery, or a delivery its endpoint's owner stopped, says nothing of
      // whether the endpoint works.
      if (manual || notSent) return false;
      const last = outcome.statusCode !== null ? `HTTP ${outcome.statusCode}` : outcome.error;
      const reason = (failures: number) =>
        `${failures} deliveries in a row failed (the last attempt: ${last})`;
      const counted = await repo.countFailure(uow.db, endpoint.id, {
        disableAfter: settings.disableAfterFailures,
        reason,
        at,
      });
      if (!counted?.disabled) return false;
      await events.record(uow, 'webhook.disabled', [
        {
          endpoint_id: endpoint.id,
          url: counted.url,
          failures: counted.failures,
          reason: reason(counted.failures),
        },
      ]);
      return true;
    });
    if (turnedOff) {
      log.warn({ endpointId: endpoint.id }, 'webhooks: an endpoint kept failing; turned it off');
      await subscriptionsChanged();
    }
  }

  async function adminGet(actor: Actor, id: string): Promise<AdminWebhookDeliveryDetail> {
    requireAdmin(actor);
    const row = await repo.adminDelivery(db, id);
    if (!row) throw notFound('Webhook delivery');
    return presentAdminDeliveryDetail(row, await repo.attemptsOf(db, [id]));
  }

  return {
    /**
     * Subscribes an endpoint; a secret is generated when none is given. The answer carries it.
     * @throws validation_failed when the URL's host is not a public address (unless allowed)
     */
    async create(input: z.output<typeof createWebhookBody>): Promise<WebhookEndpointWithSecret> {
      await checkUrl(input.url);
      const row = await repo.insertEndpoint(db, {
        url: input.url,
        events: input.events,
        secret: input.secret ?? generateSecret(),
        description: input.description || null,
        active: input.active ?? true,
      });
      await subscriptionsChanged();
      return presentEndpointWithSecret(row);
    },

    /** Every endpoint, oldest first, without their secrets. */
    async list(): Promise<WebhookEndpoint[]> {
      return (await repo.listEndpoints(db)).map(presentEndpoint);
    },

    /**
     * An endpoint with its secret.
     * @throws not_found
     */
    async get(id: string): Promise<WebhookEndpointWithSecret> {
      return presentEndpointWithSecret(await endpointOrThrow(id));
    },

    /**
     * Changes the fields given. Turning an endpoint on forgets its failures; turning it off by
     * hand leaves no reason (the messenger's own reason is for when it turned it off).
     * @throws not_found; validation_failed when the new URL's host is not a public address
     */
    async update(id: string, input: z.output<typeof updateWebhookBody>): Promise<WebhookEndpoint> {
      if (input.url !== undefined) await checkUrl(input.url);
      const row = await repo.updateEndpoint(
        db,
        id,
        {
          ...(input.url !== undefined && { url: input.url }),
          ...(input.events !== undefined && { events: input.events }),
          ...(input.secret !== undefined && { secret: input.secret }),
          ...(input.description !== undefined && { description: input.description || null }),
          ...(input.active !== undefined && {
            active: input.active,
            disabledReason: null,
            ...(input.active && { consecutiveFailures: 0 }),
          }),
        },
        now(),
      );
      if (!row) throw notFound('Webhook endpoint');
      await subscriptionsChanged();
      return presentEndpoint(row);
    },

    /**
     * Deletes an endpoint and its deliveries; their pending attempts are not made.
     * @throws not_found
     */
    async remove(id: string): Promise<void> {
      if (!(await repo.deleteEndpoint(db, id))) throw notFound('Webhook endpoint');
      await subscriptionsChanged();
    },

    /**
     * A page of an endpoint's deliveries, newest first, each with its attempts.
     * @throws not_found
     */
    async deliveries(
      id: string,
      options: {
        limit: number;
        after?: { created_at: string; id: string };
        status?: WebhookDeliveryStatus;
        eventType?: WebhookEvent;
      },
    ): Promise<{ items: WebhookDelivery[]; next?: { created_at: string; id: string } }> {
      await endpointOrThrow(id);
      const rows = await repo.endpointDeliveries(db, id, {
        ...options,
        limit: options.limit + 1,
      });
      const page = takePage(rows, options.limit, (r) => ({
        created_at: r.createdAt.toISOString(),
        id: r.id,
      }));
      const attempts = await repo.attemptsOf(
        db,
        page.rows.map((r) => r.id),
      );
      return { items: page.rows.map((r) => presentDelivery(r, attempts)), next: page.next };
    },

    /**
     * Makes attempt number `attempt` of a delivery (a job's work): signs and POSTs its body,
     * then records the outcome (see `record`). Nothing happens when the delivery is gone (its
     * endpoint deleted) or already past that attempt. An endpoint turned off gets no more
     * attempts, except an admin's (`manual`). Throws, recording nothing, when `signal`
     * aborts: the job is then another worker's.
     */
    async attempt(
      deliveryId: string,
      attempt: number,
      options: { signal?: AbortSignal; manual?: boolean } = {},
    ): Promise<void> {
      const found = await repo.deliveryWithEndpoint(db, deliveryId);
      if (!found) return;
      const { delivery, endpoint } = found;
      if (delivery.status !== 'pending' || delivery.attempts !== attempt - 1) return;
      const manual = options.manual ?? false;
      const at = now();
      let outcome: PostOutcome;
      if (!endpoint.active && !manual) {
        outcome = { statusCode: null, latencyMs: 0, excerpt: null, error: ENDPOINT_TURNED_OFF };
      } else {
        const body = JSON.stringify(webhookBody(delivery));
        outcome = await postWebhook(
          endpoint.url,
          signatureHeaders(endpoint.secret, delivery.id, at, body),
          body,
          {
            allowPrivate: settings.allowPrivate,
            timeoutMs: ATTEMPT_TIMEOUT_MS,
            signal: options.signal,
          },
        );
        if (options.signal?.aborted) {
          throw new Error('The attempt was stopped: it is left to another worker');
        }
      }
      await record(found, attempt, outcome, at, manual);
    },

    /**
     * A page of every endpoint's deliveries for the console, and how many match.
     * @throws forbidden unless the actor is an admin
     */
    async adminList(
      actor: Actor,
      filter: repo.AdminDeliveryFilter,
      page: Parameters<typeof repo.adminDeliveries>[2],
    ): Promise<{ items: AdminWebhookDelivery[]; total: number }> {
      requireAdmin(actor);
      const { rows, total } = await repo.adminDeliveries(db, filter, page);
      return { items: rows.map(presentAdminDelivery), total };
    },

    /**
     * A delivery with its body and every attempt.
     * @throws forbidden unless the actor is an admin; not_found
     */
    adminGet,

    /**
     * Sends a delivery that succeeded or failed once more, now, with the same `webhook-id`:
     * one attempt, not retried, even to an endpoint turned off. Audited as
     * `webhook.redelivered` in the same transaction.
     * @throws forbidden unless the actor is an admin; not_found; conflict while it is pending
     */
    async redeliver(
      actor: Actor,
      id: string,
      reason?: string,
    ): Promise<AdminWebhookDeliveryDetail> {
      requireAdmin(actor);
      const at = now();
      await db.transaction(async (tx) => {
        // The status is the update's own condition: of two admins redelivering at once, one
        // requeues it, and the other finds it pending.
        const requeued = await repo.requeue(tx, id, at);
        if (!requeued) {
          if (!(await repo.adminDelivery(tx, id))) throw notFound('Webhook delivery');
          throw new AppError(
            'conflict',
            'This delivery is still pending: its next attempt is on its way',
          );
        }
        const attempt = requeued.attempts + 1;
        await enqueue<DeliverJobPayload>(
          tx,
          DELIVER_JOB,
          { delivery_id: id, attempt, manual: true },
          {
            idempotencyKey: attemptKey(id, attempt),
            maxAttempts: DELIVER_JOB_MAX_ATTEMPTS,
          },
        );
        await recordAudit(tx, actor, {
          action: 'webhook.redelivered',
          targetType: 'webhook_delivery',
          targetId: id,
          reason,
          details: { endpoint_id: requeued.endpointId, attempt },
        });
      });
      return adminGet(actor, id);
    },
  };
}
