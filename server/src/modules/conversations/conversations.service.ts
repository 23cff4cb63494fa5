import type {
  Conversation,
  ConversationDetail,
  ConversationFilter,
  Message,
} from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connect.ts';
import type { EventBus, UnitOfWork } from '../../platform/events/index.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
import { takePage } from '../../platform/paging.ts';
import { appendMessage, messagePage, presentMessage } from '../messages/index.ts';
import { screenText } from '../screening/index.ts';
import { findPropertyHost } from '../properties/index.ts';
import { findReservationParties } from '../reservations/index.ts';
import { textSearchFor } from '../search/index.ts';
import {
  canStartConversation,
  isParticipant,
  otherParticipantOf,
  sideOf,
  type Participants,
} from './conversations.policy.ts';
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

/** A conversation read once, shown to each participant as they see it. */
export interface ConversationSnapshot extends Participants {
  /** Its newest message, as read with it. */
  lastMessage: Message | null;
  /** The conversation as `userId` sees it; undefined for anyone but its participants. */
  as(userId: string): Conversation | undefined;
}

function snapshotOf(view: repo.ConversationView): ConversationSnapshot {
  const { guestId, hostId } = view.conversation;
  return {
    guestId,
    hostId,
    lastMessage: view.lastMessage && presentMessage(view.lastMessage),
    as: (userId) =>
      isParticipant(view.conversation, { id: userId })
        ? presentConversation(view, { id: userId })
        : undefined,
  };
}

/** These conversations (those that exist), by id, each presentable to its participants. */
export async function readConversations(
  db: DbOrTx,
  ids: string[],
): Promise<Map<string, ConversationSnapshot>> {
  const views = await repo.viewsByIds(db, ids);
  return new Map(views.map((view) => [view.conversation.id, snapshotOf(view)]));
}

/**
 * For a statement that changes conversations: SQL of the views of the rows it changed
 * (`rows`, a CTE of whole conversation rows as the statement leaves them), read back with
 * `conversationsFromJson` once it ran, so that nothing reads them again.
 */
export const conversationViewsSql = (
  rows: SQL,
  options: { readLastMessage: boolean },
): SQL<unknown> => repo.viewsJsonOf(rows, options);

/**
 * The conversations `conversationViewsSql` answered, as `readConversations` gives them.
 * `inserted`: the messages the same statement inserted, which it could not see; a
 * conversation whose last message is one of them comes with it.
 */
export function conversationsFromJson(
  json: unknown,
  inserted: readonly Message[] = [],
): Map<string, ConversationSnapshot> {
  const byId = new Map(inserted.map((m) => [m.id, m]));
  return new Map(
    repo.viewsFromJson(json).map((view) => {
      const snapshot = snapshotOf(view);
      const { lastMessageId } = view.conversation;
      const message = lastMessageId ? byId.get(lastMessageId) : undefined;
      if (!message || snapshot.lastMessage) return [view.conversation.id, snapshot];
      return [
        view.conversation.id,
        {
          ...snapshot,
          lastMessage: message,
          as: (userId: string) => {
            const conversation = snapshot.as(userId);
            return conversation && { ...conversation, last_message: message };
          },
        },
      ];
    }),
  );
}

/**
 * The guest's thread with a property's host (about a reservation, when given) in the unit of
 * work: found, or opened and `conversation.created` recorded. `withMessage`: a first message
 * follows in the same unit of work.
 * @throws conflict when it could neither be opened nor found (it was deleted meanwhile)
 */
export async function openThread(
  events: EventBus,
  uow: UnitOfWork,
  thread: {
    propertyId: string;
    guestId: string;
    hostId: string;
    reservationId: string | null;
    withMessage: boolean;
  },
): Promise<{ thread: repo.ConversationRow; inserted: boolean }> {
  const inserted = await repo.insertThread(uow.db, {
    propertyId: thread.propertyId,
    guestId: thread.guestId,
    hostId: thread.hostId,
    reservationId: thread.reservationId,
  });
  const found =
    inserted ??
    (await repo.findThread(uow.db, thread.propertyId, thread.guestId, thread.reservationId));
  if (!found) throw new AppError('conflict', 'The conversation changed; try again');
  if (inserted) {
    // A new thread has no messages, so the first one is surely created with it.
    await events.record(uow, 'conversation.created', [
      {
        conversation_id: inserted.id,
        property_id: inserted.propertyId,
        guest_id: inserted.guestId,
        host_id: inserted.hostId,
        reservation_id: inserted.reservationId,
        with_message: thread.withMessage,
      },
    ]);
  }
  return { thread: found, inserted: inserted !== undefined };
}

export function createConversationsService(deps: ServiceDeps) {
  const { db, events } = deps;

  /** The conversation, provided the actor takes part in it. @throws not_found */
  async function viewFor(actor: Actor, id: string) {
    const view = await repo.findConversationView(db, id);
    if (!view || !isParticipant(view.conversation, actor)) throw notFound('Conversation');
    return view;
  }

  async function detail(
    actor: Actor,
    id: string,
    page: { limit: number; before?: string },
  ): Promise<ConversationDetail> {
    const view = await viewFor(actor, id);
    const translatedFor = deps.config.translation ? actor.id : undefined;
    const { messages, hasMore } = await messagePage(db, id, page, translatedFor);
    return {
      ...presentConversation(view, actor),
      messages,
      has_more_messages: hasMore,
    };
  }

  return {
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
        search: query.q
          ? await textSearchFor(db, { userId: actor.id, propertyId: query.property_id }, query.q)
          : undefined,
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
      const property = await findPropertyHost(db, input.property_id);
      if (!property) throw notFound('Property');
      if (!canStartConversation(property, actor)) {
        throw new AppError(
          'forbidden',
          'A host cannot start a conversation with their own property',
        );
      }
      let reservationId: string | null = null;
      if (input.reservation_id) {
        const reservation = await findReservationParties(db, input.reservation_id);
        if (!reservation || reservation.guestId !== actor.id) throw notFound('Reservation');
        if (reservation.propertyId !== property.id) {
          throw badRequest('body.reservation_id: belongs to another property');
        }
        reservationId = reservation.id;
      }
      const result = await events.transaction(db, async (uow) => {
        const { thread, inserted } = await openThread(events, uow, {
          propertyId: property.id,
          guestId: actor.id,
          hostId: property.hostId,
          reservationId,
          withMessage: Boolean(input.message),
        });
        const ids = {
          conversation_id: thread.id,
          guest_id: thread.guestId,
          host_id: thread.hostId,
        };
        const sent = input.message
          ? await appendMessage(events, uow, {
              conversationId: thread.id,
              senderId: actor.id,
              text: input.message,
              screened: screenText(deps.config.screening.policy, input.message),
              clientMessageId: input.client_message_id,
            })
          : undefined;
        // Reopening a thread the guest archived brings it back to their inbox.
        if (!inserted && thread.isArchivedByGuest) {
          await repo.setArchived(uow.db, thread.id, 'guest', false, deps.now());
          await events.record(uow, 'conversation.archived', [
            { ...ids, user_id: actor.id, archived: false, with_message: Boolean(sent?.created) },
          ]);
        }
        return { id: thread.id, created: inserted };
      });
      return {
        conversation: await detail(actor, result.id, { limit: 50 }),
        created: result.created,
      };
    },

    /** Archives or unarchives the conversation for the actor only. @throws not_found */
    async setArchived(actor: Actor, id: string, archived: boolean): Promise<Conversation> {
      const view = await viewFor(actor, id);
      const side = sideOf(view.conversation, actor);
      const wasArchived =
        side === 'host' ? view.conversation.isArchivedByHost : view.conversation.isArchivedByGuest;
      const row = await events.transaction(db, async (uow) => {
        const row = await repo.setArchived(uow.db, id, side, archived, deps.now());
        if (wasArchived !== archived) {
          const { guestId, hostId } = view.conversation;
          await events.record(uow, 'conversation.archived', [
            {
              conversation_id: id,
              guest_id: guestId,
              host_id: hostId,
              user_id: actor.id,
              archived,
              with_message: false,
            },
          ]);
        }
        return row;
      });
      return presentConversation({ ...view, conversation: row! }, actor);
    },

    /** The other participant of a conversation the actor takes part in. @throws not_found */
    async otherParticipant(actor: Actor, id: string): Promise<string> {
      const view = await viewFor(actor, id);
      return otherParticipantOf(view.conversation, actor);
    },
  };
}
