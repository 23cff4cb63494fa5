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
import { appendMessage, findMessage, pageMessages, presentMessage } from '../messages/index.ts';
import { findProperty } from '../properties/index.ts';
import { findReservation } from '../reservations/index.ts';
import { recordEvents, unreadTotals, type EventDraft } from '../sync/index.ts';
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

  /** conversation.updated for both participants, each with the conversation as they see it. */
  function conversationUpdates(view: repo.ConversationView): EventDraft[] {
    const { guestId, hostId } = view.conversation;
    return [guestId, hostId].map((userId) => ({
      userId,
      event: {
        type: 'conversation.updated',
        conversation: presentConversation(view, { id: userId }),
      },
    }));
  }

  /**
   * The events a change to a conversation gives its participants, read inside the transaction
   * that made the change, so that they describe exactly what it committed.
   */
  async function changeEvents(tx: Tx, conversationId: string): Promise<EventDraft[]> {
    const view = await repo.findConversationView(tx, conversationId);
    return view ? conversationUpdates(view) : [];
  }

  return {
    changeEvents,
    conversationUpdates,

    /**
     * The actor's conversations as guest and as host, newest activity first.
     * The page's keys come first (each side read along its own index), then its rows.
     */
    async list(
      actor: Actor,
      query: ListQuery,
    ): Promise<{ items: Conversation[]; next?: { at: string; id: string } }> {
      const keys = await repo.pageKeys(db, actor.id, {
        filter: query.filter,
        q: query.q || undefined,
        propertyId: query.property_id,
        limit: query.limit + 1,
        after: query.after,
      });
      // The cursor comes from the keys, not the rows: a message arriving between the two
      // reads moves its thread to the top, and must not move where the next page starts.
      const page = takePage(keys, query.limit, (k) => ({
        at: k.lastActivityAt.toISOString(),
        id: k.id,
      }));
      const views = new Map(
        (
          await repo.viewsByIds(
            db,
            page.rows.map((k) => k.id),
          )
        ).map((v) => [v.conversation.id, v]),
      );
      const items = page.rows.flatMap((k) => {
        const view = views.get(k.id);
        return view ? [presentConversation(view, actor)] : [];
      });
      return { items, next: page.next };
    },

    /** @throws not_found when unknown or not the actor's; not_found for a `before` not in it */
    detail,

    /** These conversations (those the viewer takes part in) as the viewer sees them. */
    async viewsFor(viewer: Actor, ids: string[]): Promise<Conversation[]> {
      const views = await repo.viewsByIds(db, ids);
      return views
        .filter((v) => v.conversation.guestId === viewer.id || v.conversation.hostId === viewer.id)
        .map((v) => presentConversation(v, viewer));
    },

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
        const sent = input.message
          ? await appendMessage(
              tx,
              {
                conversationId: thread.id,
                senderId: actor.id,
                text: input.message,
                clientMessageId: input.client_message_id,
              },
              conversationUpdates,
            )
          : undefined;
        // A message brings the conversation.updated events of the thread's creation with it.
        const deliveries = sent?.created
          ? sent.deliveries
          : inserted || reopened
            ? await recordEvents(tx, await changeEvents(tx, thread.id))
            : [];
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
      return unreadTotals(db, actor.id);
    },
  };
}
