import {
  SUPPORT_VIEW_MESSAGES,
  type ADMIN_AUTOMATION_SORTS,
  type ADMIN_CONVERSATION_SORTS,
  type ADMIN_PROPERTY_SORTS,
  type ADMIN_QUICK_REPLY_SORTS,
  type ADMIN_RESERVATION_SORTS,
  type AdminAutomation,
  type adminAutomationListQuery,
  type AdminConversation,
  type adminConversationListQuery,
  type AdminConversationView,
  type AdminProperty,
  type adminPropertyDetail,
  type adminPropertyListQuery,
  type AdminQuickReply,
  type adminQuickReplyListQuery,
  type AdminReservation,
  type adminReservationDetail,
  type adminReservationListQuery,
  type AdminScreenedMessage,
  type adminScreenedMessageListQuery,
} from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { recordAudit } from './admin.audit.ts';
import type { AdminPage } from './admin.paging.ts';
import { requireAdmin } from './admin.policy.ts';
import type { AdminModules } from './admin.modules.ts';
import {
  presentAdminAutomation,
  presentAdminConversation,
  presentAdminProperty,
  presentAdminQuickReply,
  presentAdminReservation,
  presentScreenedMessage,
  presentSupportMessage,
} from './content.presenter.ts';
import * as repo from './content.repo.ts';
import { presentAdminReminder } from './operations.presenter.ts';
import * as operationsRepo from './operations.repo.ts';

export type ContentAdmin = ReturnType<typeof createContentAdmin>;

/** One page of an admin list and how many rows match its filters over every page. */
export interface AdminList<T> {
  items: T[];
  total: number;
}

/** How many of a property's latest stays and threads its page shows. */
const DETAIL_ROWS = 50;

type SortKey<S extends readonly string[]> = S[number];

/**
 * The console's view of what users made: properties, stays, conversations, quick replies and
 * automations across every account. Callers are admins (admin.routes.ts lets no one else in).
 */
export function createContentAdmin(deps: ServiceDeps, modules: AdminModules) {
  const { db } = deps;

  return {
    /** Properties matching `filter`, one page in `page`'s order. */
    async listProperties(
      filter: Pick<z.output<typeof adminPropertyListQuery>, 'q' | 'host_id'>,
      page: AdminPage<SortKey<typeof ADMIN_PROPERTY_SORTS>>,
    ): Promise<AdminList<AdminProperty>> {
      const { rows, total } = await repo.listProperties(
        db,
        { q: filter.q, hostId: filter.host_id },
        page,
      );
      return { items: rows.map(presentAdminProperty), total };
    },

    /**
     * A property with its latest 50 stays by check-in and latest 50 threads by activity.
     * @throws not_found for an unknown id
     */
    async getProperty(id: string): Promise<z.output<typeof adminPropertyDetail>> {
      const property = await repo.findProperty(db, id);
      if (!property) throw notFound('Property');
      const [reservations, conversations] = await Promise.all([
        repo.reservationsOfPropertyLatest(db, id, DETAIL_ROWS),
        repo.conversationsLatest(db, repo.ofProperty(id), DETAIL_ROWS),
      ]);
      return {
        property: presentAdminProperty(property),
        reservations: reservations.map(presentAdminReservation),
        conversations: conversations.map(presentAdminConversation),
      };
    },

    /** Reservations matching `filter`, one page in `page`'s order. */
    async listReservations(
      filter: Pick<z.output<typeof adminReservationListQuery>, 'q' | 'status' | 'property_id'>,
      page: AdminPage<SortKey<typeof ADMIN_RESERVATION_SORTS>>,
    ): Promise<AdminList<AdminReservation>> {
      const { rows, total } = await repo.listReservations(
        db,
        { q: filter.q, status: filter.status, propertyId: filter.property_id },
        page,
      );
      return { items: rows.map(presentAdminReservation), total };
    },

    /**
     * A reservation with its threads, its reminders (times also in the property's zone) and
     * every scheduled message of the stay, whoever sends it.
     * @throws not_found for an unknown id
     */
    async getReservation(id: string): Promise<z.output<typeof adminReservationDetail>> {
      const reservation = await repo.findReservation(db, id);
      if (!reservation) throw notFound('Reservation');
      const [conversations, reminders, scheduled] = await Promise.all([
        repo.conversationsLatest(db, repo.ofReservation(id)),
        // The operations list's page of this stay's reminders: a stay has a handful.
        operationsRepo.remindersPage(
          db,
          { reservationId: id },
          { limit: 1_000, offset: 0, sort: { key: 'scheduled_for', desc: false } },
        ),
        modules.scheduledMessages.forReservation(id),
      ]);
      return {
        reservation: presentAdminReservation(reservation),
        conversations: conversations.map(presentAdminConversation),
        reminders: reminders.rows.map(presentAdminReminder),
        scheduled_messages: scheduled,
      };
    },

    /** Conversations matching `filter` (who and when, never what was said), one page. */
    async listConversations(
      filter: Pick<
        z.output<typeof adminConversationListQuery>,
        'q' | 'user_id' | 'property_id' | 'reservation_id'
      >,
      page: AdminPage<SortKey<typeof ADMIN_CONVERSATION_SORTS>>,
    ): Promise<AdminList<AdminConversation>> {
      const { rows, total } = await repo.listConversations(
        db,
        {
          q: filter.q,
          userId: filter.user_id,
          propertyId: filter.property_id,
          reservationId: filter.reservation_id,
        },
        page,
      );
      return { items: rows.map(presentAdminConversation), total };
    },

    /**
     * Opens a conversation read-only for support: its latest messages, oldest first, and the
     * audit-log entry saying who opened it and why, written in the same transaction as the
     * read, so no view goes unrecorded. Nothing is marked read and no participant's unread
     * counts, sync feed or sockets hear of it.
     * @throws forbidden unless the actor is an admin; not_found for an unknown id
     */
    async viewConversation(
      actor: Actor,
      id: string,
      reason: string,
    ): Promise<AdminConversationView> {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        // Messages before the thread's row: a message landing in between then shows in the
        // count and not in the list, never the other way round.
        const shown = await repo.latestMessages(tx, id, SUPPORT_VIEW_MESSAGES);
        const conversation = await repo.findConversation(tx, id);
        if (!conversation) throw notFound('Conversation');
        // The revision logs: what participants never see again once edited or unsent.
        const revisions = new Map<string, repo.RevisionRow[]>();
        const changed = shown.rows.filter((m) => m.editedAt || m.unsentAt).map((m) => m.id);
        for (const revision of await repo.revisionsOf(tx, changed)) {
          const log = revisions.get(revision.messageId);
          if (log) log.push(revision);
          else revisions.set(revision.messageId, [revision]);
        }
        const audit = await recordAudit(tx, actor, {
          action: 'conversation.viewed',
          targetType: 'conversation',
          targetId: id,
          reason,
          details: {
            messages_shown: shown.rows.length,
            first_seq: shown.rows[0]?.seq ?? null,
            last_seq: shown.rows.at(-1)?.seq ?? null,
            truncated: shown.truncated,
          },
        });
        return {
          conversation: presentAdminConversation(conversation),
          messages: shown.rows.map((m) => presentSupportMessage(m, revisions.get(m.id))),
          truncated: shown.truncated,
          audit_id: audit.id,
        };
      });
    },

    /** Quick replies of every host matching `filter`, one page. */
    async listQuickReplies(
      filter: Pick<z.output<typeof adminQuickReplyListQuery>, 'q' | 'host_id' | 'category'>,
      page: AdminPage<SortKey<typeof ADMIN_QUICK_REPLY_SORTS>>,
    ): Promise<AdminList<AdminQuickReply>> {
      const { rows, total } = await repo.listQuickReplies(
        db,
        { q: filter.q, hostId: filter.host_id, category: filter.category },
        page,
      );
      return { items: rows.map(presentAdminQuickReply), total };
    },

    /** Messages contact screening masked, flagged or revealed, newest first, one page. */
    async listScreenedMessages(
      filter: Pick<z.output<typeof adminScreenedMessageListQuery>, 'action'>,
      page: AdminPage<'created_at'>,
    ): Promise<AdminList<AdminScreenedMessage>> {
      const { rows, total } = await repo.listScreenedMessages(db, filter, page);
      return { items: rows.map(presentScreenedMessage), total };
    },

    /** Automations of every host matching `filter`, with how many messages each has to send. */
    async listAutomations(
      filter: Pick<z.output<typeof adminAutomationListQuery>, 'q' | 'host_id' | 'trigger'>,
      page: AdminPage<SortKey<typeof ADMIN_AUTOMATION_SORTS>>,
    ): Promise<AdminList<AdminAutomation>> {
      const { rows, total } = await repo.listAutomations(
        db,
        { q: filter.q, hostId: filter.host_id, trigger: filter.trigger },
        page,
      );
      return { items: rows.map(presentAdminAutomation), total };
    },
  };
}
