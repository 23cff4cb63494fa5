import type {
  Conversation,
  ConversationDetail,
  ConversationFilter,
  UnreadCount,
} from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/connect.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { takePage } from '../../platform/paging.ts';
import {
  appendMessage,
  findMessage,
  lockConversationFor,
  messageCreatedDrafts,
  pageMessages,
  presentMessage,
} from '../messages/index.ts';
import { findProperty } from '../properties/index.ts';
import { findReservation } from '../reservations/index.ts';
import { recordEvents, type EventDraft } from '../sync/index.ts';
import { presentConversation } from './conversations.presenter.ts';
import * as repo from './conversations.repo.ts';

export type ConversationsService = ReturnType<typeof createConversationsService>;

export interface ListQuery {
  filter: ConversationFilter;
  q?: string;
  property_id?: string;
  limit: number;
  after?: { at: string; id: string };
}

export function createConversationsService(deps: ServiceDeps) {
  const { db } = deps;

  async function detail(
    actor: Actor,
    id: string,
    page: { limit: number; before?: string },
  ): Promise<ConversationDetail> {
    const view = await repo.findConversationFor(db, id, actor.id);
    if (!view) throw notFound('Conversation');
    let beforeSeq: number | undefined;
    if (page.before) {
      const anchor = await findMessage(db, page.before);
      if (!anchor || anchor.conversationId !== id) throw notFound('Message');
      beforeSeq = anchor.seq;
    }
    const rows = await pageMessages(db, id, { limit: page.limit + 1, beforeSeq });
    const { rows: newestFirst, next } = takePage(rows, page.limit, (m) => m.id);
    return {
      ...presentConversation(view, actor),
      messages: newestFirst.reverse().map(presentMessage),
      has_more_messages: next !== undefined,
    };
  }

  /**
   * The events a change to a conversation gives its participants — the conversation as each
   * of them sees it — and the badge totals of the users in `unreadFor`. Runs inside the
   * transaction that made the change, so the events describe exactly what it committed.
   */
  async function changeEvents(
    tx: Tx,
    conversationId: string,
    unreadFor: readonly string[] = [],
  ): Promise<EventDraft[]> {
    const view = await repo.findConversationView(tx, conversationId);
    if (!view) return [];
    const participants = [view.conversation.guestId, view.conversation.hostId];
    const drafts: EventDraft[] = participants.map((userId) => ({
      userId,
      event: {
        type: 'conversation.updated',
        conversation: presentConversation(view, { id: userId }),
      },
    }));
    for (const userId of unreadFor) {
      const totals = await repo.unreadTotals(tx, userId);
      // Notifications are not stored by this server yet, so none of them is unread.
      drafts.push({ userId, event: { type: 'unread.changed', ...totals, notifications: 0 } });
    }
    return drafts;
  }

  return {
    changeEvents,

    /**
     * The actor's conversations as guest and as host, newest activity first.
     * Each side is read along its own index and the two are merged.
     */
    async list(
      actor: Actor,
      query: ListQuery,
    ): Promise<{ items: Conversation[]; next?: { at: string; id: string } }> {
      const options: repo.ListOptions = {
        filter: query.filter,
        q: query.q || undefined,
        propertyId: query.property_id,
        limit: query.limit + 1,
        after: query.after,
      };
      const [asHost, asGuest] = await Promise.all([
        repo.listSide(db, actor.id, 'host', options),
        repo.listSide(db, actor.id, 'guest', options),
      ]);
      const merged = [...asHost, ...asGuest].sort(
        (a, b) =>
          b.conversation.lastActivityAt.getTime() - a.conversation.lastActivityAt.getTime() ||
          (b.conversation.id > a.conversation.id ? 1 : -1),
      );
      const page = takePage(merged, query.limit, (v) => ({
        at: v.conversation.lastActivityAt.toISOString(),
        id: v.conversation.id,
      }));
      return { items: page.rows.map((v) => presentConversation(v, actor)), next: page.next };
    },

    /** @throws not_found when unknown or not the actor's; not_found for a `before` not in it */
    detail,

    /**
     * Starts (or reopens) the actor's thread with a property's host, optionally tied to a
     * reservation, and sends the first message when given.
     * @throws not_found for an unknown property or reservation; forbidden for the property's
     *   own host; validation_failed for a reservation of another property
     */
    async create(
      actor: Actor,
      input: {
        property_id: string;
        message?: string;
        reservation_id?: string;
        client_message_id?: string;
      },
    ): Promise<{ conversation: ConversationDetail; created: boolean }> {
      const property = await findProperty(db, input.property_id);
      if (!property) throw notFound('Property');
      if (property.hostId === actor.id) {
        throw new AppError(
          'forbidden',
          'A host cannot start a conversation with their own property',
        );
      }
      let reservationId: string | null = null;
      if (input.reservation_id) {
        const reservation = await findReservation(db, input.reservation_id);
        if (!reservation || reservation.guestId !== actor.id) throw notFound('Reservation');
        if (reservation.propertyId !== property.id) {
          throw badRequest('body.reservation_id: belongs to another property');
        }
        reservationId = reservation.id;
      }
      const result = await db.transaction(async (tx) => {
        const inserted = await repo.insertThread(tx, {
          propertyId: property.id,
          guestId: actor.id,
          hostId: property.hostId,
          reservationId,
        });
        const thread =
          inserted ?? (await repo.findThread(tx, property.id, actor.id, reservationId));
        if (!thread) throw new AppError('conflict', 'The conversation changed; try again');
        // Reopening a thread the guest archived brings it back to their inbox.
        const reopened = !inserted && thread.isArchivedByGuest;
        if (reopened) {
          await repo.setArchived(tx, thread.id, 'guest', false, deps.now());
        }
        let sent: Awaited<ReturnType<typeof appendMessage>> | undefined;
        if (input.message) {
          const locked = await lockConversationFor(tx, thread.id, actor.id);
          sent = await appendMessage(tx, locked!, actor.id, input.message, {
            clientMessageId: input.client_message_id ?? null,
          });
        }
        const drafts: EventDraft[] = [];
        if (sent?.created) drafts.push(...messageCreatedDrafts(sent.row));
        if (inserted || reopened || sent?.created) {
          drafts.push(
            ...(await changeEvents(tx, thread.id, sent?.created ? [sent.row.receiverId] : [])),
          );
        }
        const deliveries = await recordEvents(tx, drafts);
        return { id: thread.id, created: inserted !== undefined, deliveries };
      });
      deps.publish?.(result.deliveries);
      return {
        conversation: await detail(actor, result.id, { limit: 50 }),
        created: result.created,
      };
    },

    /** Archives or unarchives the conversation for the actor only. @throws not_found */
    async setArchived(actor: Actor, id: string, archived: boolean): Promise<Conversation> {
      const view = await repo.findConversationFor(db, id, actor.id);
      if (!view) throw notFound('Conversation');
      const side = view.conversation.hostId === actor.id ? 'host' : 'guest';
      const wasArchived =
        side === 'host' ? view.conversation.isArchivedByHost : view.conversation.isArchivedByGuest;
      const { row, deliveries } = await db.transaction(async (tx) => {
        const row = await repo.setArchived(tx, id, side, archived, deps.now());
        const deliveries =
          wasArchived === archived ? [] : await recordEvents(tx, await changeEvents(tx, id));
        return { row, deliveries };
      });
      deps.publish?.(deliveries);
      return presentConversation({ ...view, conversation: row! }, actor);
    },

    /** The other participant of a conversation the actor takes part in. @throws not_found */
    async otherParticipant(actor: Actor, id: string): Promise<string> {
      const view = await repo.findConversationFor(db, id, actor.id);
      if (!view) throw notFound('Conversation');
      const { guestId, hostId } = view.conversation;
      return guestId === actor.id ? hostId : guestId;
    },

    async unreadCount(actor: Actor): Promise<UnreadCount> {
      return repo.unreadTotals(db, actor.id);
    },
  };
}
