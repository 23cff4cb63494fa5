import {
  MESSAGE_MAX_LENGTH,
  SEND_LATER_MAX_DAYS,
  type Automation,
  type createAutomationBody,
  type ScheduledMessage,
  type sendMessageBody,
  type updateAutomationBody,
  type updateScheduledMessageBody,
} from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { english } from '../../platform/i18n.ts';
import type { UnitOfWork } from '../../platform/events/index.ts';
import { copyTemplateAttachments } from '../attachments/index.ts';
import { wordHeld } from '../notifications/index.ts';
import { openThread } from '../conversations/index.ts';
import { appendMessage } from '../messages/index.ts';
import { findPropertyHost } from '../properties/index.ts';
import {
  quickReplyText,
  requireOwnTemplate,
  stayRenderContext,
  storedTranslations,
  type StayRenderContext,
} from '../quick-replies/index.ts';
import { findReservationParties } from '../reservations/index.ts';
import { screenText } from '../screening/index.ts';
import { applyAutomation, release, render } from './scheduled-messages.planner.ts';
import { presentAutomation, presentScheduled } from './scheduled-messages.presenter.ts';
import * as repo from './scheduled-messages.repo.ts';

export type ScheduledMessagesService = ReturnType<typeof createScheduledMessagesService>;

const DAY_MS = 86_400_000;
/** Statuses a message can still go out from. */
const UNSENT = ['scheduled', 'held'] as const;

const translationsOfTemplate = () =>
  badRequest('body.translations: only with message; a template brings its own languages', [
    { field: 'body.translations', message: 'only with message' },
  ]);

/** `missing` placeholders as words for people: "door code, wifi password". */
const fieldNames = (missing: readonly string[]) =>
  missing.map((name) => name.replace(/_/g, ' ')).join(', ');

export function createScheduledMessagesService(deps: ServiceDeps) {
  const { db, events, now } = deps;

  const requireTemplate = (hostId: string, id: string) => requireOwnTemplate(db, hostId, id);

  /** @throws not_found unless the property is the host's */
  async function requireProperty(hostId: string, id: string) {
    const property = await findPropertyHost(db, id);
    if (!property || property.hostId !== hostId) throw notFound('Property');
  }

  async function present(view: repo.ScheduledView, context?: StayRenderContext) {
    const stay =
      context ??
      (view.row.reservationId ? await stayRenderContext(db, view.row.reservationId) : undefined);
    return presentScheduled(view, render(view, stay));
  }

  /**
   * Sends a claimed or locked message in the unit of work: into its conversation (the stay's,
   * opened if need be) as an ordinary message from its sender. With placeholders that have no
   * value it is held and its sender told, unless `mustSend` (the host's "send now"), which
   * refuses instead.
   * @throws conflict when `mustSend` and placeholders have no value
   */
  async function sendOne(
    uow: UnitOfWork,
    view: repo.ScheduledView,
    mustSend: boolean,
  ): Promise<'sent' | 'held' | 'failed'> {
    const { row } = view;
    const stay = row.reservationId ? await stayRenderContext(uow.db, row.reservationId) : undefined;
    const rendered = render(view, stay);
    if (rendered.missing.length > 0) {
      if (mustSend) {
        throw new AppError(
          'conflict',
          `Fill in ${fieldNames(rendered.missing)} first, or edit the message`,
          { missing_placeholders: rendered.missing },
        );
      }
      await repo.updateScheduled(uow.db, row.id, {
        status: 'held',
        missingPlaceholders: rendered.missing,
      });
      // Stored in English (the record), and worded again in its reader's language from params.
      const params = {
        name: view.automationName,
        guest: stay?.guestName ?? null,
        property: stay?.property.title ?? null,
        missing: rendered.missing,
      };
      const { title, message } = wordHeld(params, english, 'en');
      await events.record(uow, 'scheduled_message.held', [
        {
          scheduled_message_id: row.id,
          sender_id: row.senderId,
          reservation_id: row.reservationId,
          conversation_id: row.conversationId,
          title,
          message,
          params,
        },
      ]);
      return 'held';
    }
    const failed = (lastError: string) =>
      repo
        .updateScheduled(uow.db, row.id, { status: 'failed', lastError })
        .then(() => 'failed' as const);
    if (rendered.text === '') return failed('Nothing is left of the message to send');
    if (rendered.text.length > MESSAGE_MAX_LENGTH) {
      return failed(`The message is longer than ${MESSAGE_MAX_LENGTH} characters`);
    }
    let conversationId = row.conversationId;
    if (!conversationId && stay && row.reservationId) {
      conversationId =
        (await repo.stayThread(uow.db, row.reservationId, stay.guestId)) ??
        (
          await openThread(events, uow, {
            propertyId: stay.propertyId,
            guestId: stay.guestId,
            hostId: stay.hostId,
            reservationId: row.reservationId,
            withMessage: true,
          })
        ).thread.id;
    }
    if (!conversationId) return failed('The message has nowhere to go');
    const quickReplyId = view.templateIsQuickReply
      ? (row.quickReplyId ?? view.automationQuickReplyId)
      : row.quickReplyId;
    const sent = await appendMessage(events, uow, {
      conversationId,
      senderId: row.senderId,
      text: rendered.text,
      // Screened as it goes out: the stay may have been confirmed since it was written.
      screened: screenText(deps.config.screening.policy, rendered.text),
      quickReplyId,
      // The template's attachments as they are now, copies the send claims (a retry claims
      // none: the sweep deletes its copies).
      attachmentIds: quickReplyId
        ? await copyTemplateAttachments(uow.db, row.senderId, quickReplyId)
        : [],
      // Once per scheduled message, whatever happens to this row.
      clientMessageId: `scheduled:${row.id}`,
    });
    if (!sent) return failed('The sender no longer takes part in the conversation');
    await repo.updateScheduled(uow.db, row.id, {
      status: 'sent',
      sentAt: now(),
      sentMessageId: sent.message.id,
      conversationId,
      missingPlaceholders: [],
      lastError: null,
    });
    return 'sent';
  }

  /** A message of the actor's that can still go out, locked. @throws not_found, conflict */
  async function lockUnsent(uow: UnitOfWork, actor: Actor, id: string, verb: string) {
    const row = await repo.lockScheduledOf(uow.db, id, actor.id);
    if (!row) throw notFound('Scheduled message');
    if (!(UNSENT as readonly string[]).includes(row.status)) {
      throw new AppError('conflict', `A ${row.status} message cannot be ${verb}`);
    }
    return row;
  }

  async function viewAfter(id: string): Promise<ScheduledMessage> {
    return present((await repo.viewOf(db, id))!);
  }

  return {
    // automations

    async listAutomations(actor: Actor): Promise<Automation[]> {
      return (await repo.automationsOf(db, actor.id)).map(presentAutomation);
    },

    /** @throws not_found when not the actor's */
    async getAutomation(actor: Actor, id: string): Promise<Automation> {
      const row = await repo.findAutomationOf(db, id, actor.id);
      if (!row) throw notFound('Automation');
      return presentAutomation(row);
    },

    /**
     * Creates an automation and plans its message for the host's upcoming confirmed stays.
     * @throws validation_failed unless exactly one of quick_reply_id and message is given;
     *   not_found for a template or property that is not the actor's
     */
    async createAutomation(
      actor: Actor,
      input: z.output<typeof createAutomationBody>,
    ): Promise<Automation> {
      if ((input.quick_reply_id === undefined) === (input.message === undefined)) {
        throw badRequest('Give either quick_reply_id or message, not both', [
          { field: 'body.message', message: 'give either quick_reply_id or message' },
        ]);
      }
      const translations = storedTranslations(input.translations);
      if (translations && input.quick_reply_id) throw translationsOfTemplate();
      if (input.quick_reply_id) await requireTemplate(actor.id, input.quick_reply_id);
      if (input.property_id) await requireProperty(actor.id, input.property_id);
      const row = await events.transaction(db, async (uow) => {
        const inserted = await repo.insertAutomation(uow.db, {
          hostId: actor.id,
          propertyId: input.property_id ?? null,
          name: input.name,
          quickReplyId: input.quick_reply_id ?? null,
          message: input.message ?? null,
          translations,
          trigger: input.trigger,
          offsetMinutes: input.offset_minutes,
          lateBooking: input.late_booking,
          isActive: input.is_active,
        });
        await applyAutomation(uow.db, inserted, now());
        return inserted;
      });
      return presentAutomation(row);
    },

    /**
     * Changes an automation; what it did not send follows (moved, cancelled, or planned for
     * stays it now applies to).
     * @throws not_found; validation_failed when it would have both or neither text
     */
    async updateAutomation(
      actor: Actor,
      id: string,
      input: z.output<typeof updateAutomationBody>,
    ): Promise<Automation> {
      const current = await repo.findAutomationOf(db, id, actor.id);
      if (!current) throw notFound('Automation');
      const quickReplyId =
        input.quick_reply_id !== undefined
          ? input.quick_reply_id
          : input.message
            ? null
            : current.quickReplyId;
      const message =
        input.message !== undefined ? input.message : input.quick_reply_id ? null : current.message;
      if ((quickReplyId === null) === (message === null)) {
        throw badRequest('An automation has either quick_reply_id or message, not both', [
          { field: 'body.message', message: 'give either quick_reply_id or message' },
        ]);
      }
      // Its own text's languages go with it: a template brings its own.
      const given = input.translations && storedTranslations(input.translations);
      if (given && message === null) throw translationsOfTemplate();
      const translations =
        message === null ? null : input.translations !== undefined ? given : current.translations;
      if (input.quick_reply_id) await requireTemplate(actor.id, input.quick_reply_id);
      if (input.property_id) await requireProperty(actor.id, input.property_id);
      const row = await events.transaction(db, async (uow) => {
        const updated = await repo.updateAutomation(uow.db, id, {
          name: input.name,
          propertyId: input.property_id,
          quickReplyId,
          message,
          translations,
          trigger: input.trigger,
          offsetMinutes: input.offset_minutes,
          lateBooking: input.late_booking,
          isActive: input.is_active,
        });
        await applyAutomation(uow.db, updated, now());
        return updated;
      });
      return presentAutomation(row);
    },

    /** Deletes an automation; what it did not send is cancelled. @throws not_found */
    async deleteAutomation(actor: Actor, id: string): Promise<void> {
      const current = await repo.findAutomationOf(db, id, actor.id);
      if (!current) throw notFound('Automation');
      await events.transaction(db, async (uow) => {
        await repo.cancelAutomationUnsent(uow.db, id);
        await repo.deleteAutomation(uow.db, id);
      });
    },

    /** Whether a template is an automation's text (it cannot be deleted then). */
    templateInUse: (quickReplyId: string) => repo.templateInUse(db, quickReplyId),

    // the forecast and its controls

    /**
     * A stay's scheduled messages, sent and upcoming, rendered with its values as they are
     * now. Its guest sees none.
     * @throws not_found for anyone but its guest and host
     */
    async forStay(actor: Actor, reservationId: string): Promise<ScheduledMessage[]> {
      const parties = await findReservationParties(db, reservationId);
      if (!parties || (parties.guestId !== actor.id && parties.hostId !== actor.id)) {
        throw notFound('Reservation');
      }
      if (parties.hostId !== actor.id) return [];
      const context = await stayRenderContext(db, reservationId);
      const views = await repo.viewsOfStay(db, reservationId, actor.id);
      return Promise.all(views.map((v) => present(v, v.row.reservationId ? context : undefined)));
    },

    /**
     * Every scheduled message of a stay, whoever sends it, sent and upcoming, rendered as in
     * `forStay`. Unscoped: for the admin console, whose routes admit admins only. An unknown
     * reservation has none.
     */
    async forReservation(reservationId: string): Promise<ScheduledMessage[]> {
      const context = await stayRenderContext(db, reservationId);
      const views = await repo.viewsOfStay(db, reservationId);
      return Promise.all(views.map((v) => present(v, v.row.reservationId ? context : undefined)));
    },

    /**
     * The actor's messages waiting to go out in a conversation of theirs.
     * @throws not_found when the conversation is not theirs
     */
    async forConversation(actor: Actor, conversationId: string): Promise<ScheduledMessage[]> {
      const views = await repo.viewsOfConversation(db, conversationId, actor.id);
      if (views.length === 0 && !(await repo.takesPart(db, conversationId, actor.id))) {
        throw notFound('Conversation');
      }
      return Promise.all(views.map((v) => present(v)));
    },

    /**
     * Schedules a message to send later (`send_at`); a retry with its `client_message_id`
     * answers the same one. A quick reply is rendered now, so what is shown is what is sent.
     * @throws validation_failed for a time not in the next 90 days; not_found when the
     *   conversation or template is not the actor's
     */
    async sendLater(
      actor: Actor,
      input: z.output<typeof sendMessageBody> & { send_at: string },
    ): Promise<ScheduledMessage> {
      const at = new Date(input.send_at);
      const current = now().getTime();
      if (at.getTime() <= current || at.getTime() > current + SEND_LATER_MAX_DAYS * DAY_MS) {
        throw badRequest(`body.send_at: must be in the next ${SEND_LATER_MAX_DAYS} days`, [
          { field: 'body.send_at', message: `must be in the next ${SEND_LATER_MAX_DAYS} days` },
        ]);
      }
      if (!(await repo.takesPart(db, input.conversation_id, actor.id))) {
        throw notFound('Conversation');
      }
      // Uploads are claimed when sent; a scheduled message keeps text only (a quick reply's
      // attachments go with it when it is sent).
      if (input.attachment_ids?.length) {
        throw badRequest('body.attachment_ids: a message sent later cannot carry uploads yet', [
          { field: 'body.attachment_ids', message: 'not with send_at' },
        ]);
      }
      let text = input.message;
      if (input.quick_reply_id) {
        text = await quickReplyText(
          db,
          actor.id,
          input.quick_reply_id,
          input.conversation_id,
          input.message,
        );
      }
      if (!text) {
        throw badRequest('body.message: required unless quick_reply_id is given', [
          { field: 'body.message', message: 'required unless quick_reply_id is given' },
        ]);
      }
      const message = text;
      const id = await events.transaction(db, async (uow) => {
        const inserted = await repo.insertScheduled(uow.db, {
          senderId: actor.id,
          conversationId: input.conversation_id,
          quickReplyId: input.quick_reply_id ?? null,
          message,
          scheduledFor: at,
          clientMessageId: input.client_message_id ?? null,
        });
        if (inserted) {
          await repo.queueSendAt(uow.db, at);
          return inserted.id;
        }
        const earlier = await repo.findByClientId(
          uow.db,
          input.conversation_id,
          actor.id,
          input.client_message_id!,
        );
        return earlier!.id;
      });
      return viewAfter(id);
    },

    /**
     * Edits one scheduled message: its text (this copy only) or its time. A held one with
     * nothing missing any more is released.
     * @throws not_found; conflict once it is no longer waiting; validation_failed for a time
     *   in the past
     */
    async update(
      actor: Actor,
      id: string,
      input: z.output<typeof updateScheduledMessageBody>,
    ): Promise<ScheduledMessage> {
      if (input.scheduled_for && new Date(input.scheduled_for).getTime() <= now().getTime()) {
        throw badRequest('body.scheduled_for: must be in the future', [
          { field: 'body.scheduled_for', message: 'must be in the future' },
        ]);
      }
      await events.transaction(db, async (uow) => {
        const row = await lockUnsent(uow, actor, id, 'edited');
        const scheduledFor = input.scheduled_for ? new Date(input.scheduled_for) : undefined;
        await repo.updateScheduled(uow.db, id, {
          message: input.message,
          scheduledFor,
        });
        if (row.status === 'held') await release(uow.db, id, now());
        else if (scheduledFor) await repo.queueSendAt(uow.db, scheduledFor);
      });
      return viewAfter(id);
    },

    /** Skips (an automation's for this stay) or cancels (a message sent later) one message. */
    async stop(actor: Actor, id: string, as: 'skipped' | 'cancelled'): Promise<ScheduledMessage> {
      await events.transaction(db, async (uow) => {
        await lockUnsent(uow, actor, id, as);
        await repo.updateScheduled(uow.db, id, { status: as });
      });
      return viewAfter(id);
    },

    /**
     * Sends one scheduled or held message now.
     * @throws not_found; conflict when it is no longer waiting or placeholders have no value
     */
    async sendNow(actor: Actor, id: string): Promise<ScheduledMessage> {
      await events.transaction(db, async (uow) => {
        await lockUnsent(uow, actor, id, 'sent');
        const view = (await repo.viewOf(uow.db, id))!;
        const outcome = await sendOne(uow, view, true);
        if (outcome === 'failed') {
          const failed = (await repo.viewOf(uow.db, id))!;
          throw new AppError('conflict', failed.row.lastError ?? 'The message could not be sent');
        }
      });
      return viewAfter(id);
    },

    /**
     * Sends every message due now, one transaction each: the row is claimed (skipping those
     * another sender holds), sent or held, and marked in the same transaction, so any number
     * of senders send each message once. Answers how many went each way.
     */
    async sendDue(): Promise<{ sent: number; held: number; failed: number }> {
      const total = { sent: 0, held: 0, failed: 0 };
      for (;;) {
        const outcome = await events.transaction(db, async (uow) => {
          const claimed = await repo.claimDue(uow.db, now());
          if (!claimed) return undefined;
          return sendOne(uow, (await repo.viewOf(uow.db, claimed.id))!, false);
        });
        if (!outcome) return total;
        total[outcome] += 1;
      }
    },
  };
}
