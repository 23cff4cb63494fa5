import {
  EDIT_WINDOW_MS,
  MAX_EMOJIS_PER_PERSON,
  UNSEND_WINDOW_MS,
  type Message,
} from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { MessageReactions } from '../../platform/db/schema.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { UnitOfWork } from '../../platform/events/index.ts';
import { screenOutgoing } from '../screening/index.ts';
import { detectLanguage } from '../translation/index.ts';
import { presentMessage } from './messages.presenter.ts';
import * as repo from './messages.repo.ts';

/** Marks a receiver's unread message of a locked conversation read, with its read receipt. */
export type MarkReadIn = (
  uow: UnitOfWork,
  conversation: repo.ConversationRow,
  reader: Pick<Actor, 'id'>,
  messageId: string,
) => Promise<{ rows: repo.MessageRow[] }>;

const conflict = (message: string) => new AppError('conflict', message);

/** The reactions with `userId` added under `emoji`: a new emoji goes last, a new person last. */
function withReaction(
  reactions: MessageReactions | null,
  emoji: string,
  userId: string,
): MessageReactions {
  const list = reactions ?? [];
  if (!list.some((r) => r.emoji === emoji)) return [...list, { emoji, user_ids: [userId] }];
  return list.map((r) =>
    r.emoji === emoji && !r.user_ids.includes(userId)
      ? { emoji, user_ids: [...r.user_ids, userId] }
      : r,
  );
}

/** The reactions without `userId`'s `emoji`; an emoji nobody uses any more goes; null when none. */
function withoutReaction(
  reactions: MessageReactions | null,
  emoji: string,
  userId: string,
): MessageReactions | null {
  const list = (reactions ?? [])
    .map((r) =>
      r.emoji === emoji ? { emoji, user_ids: r.user_ids.filter((u) => u !== userId) } : r,
    )
    .filter((r) => r.user_ids.length > 0);
  return list.length > 0 ? list : null;
}

/** Refuses a change of `message` that only its sender may make, to a text they wrote. */
function requireOwnText(message: repo.MessageRow, actor: Actor, verb: 'edit' | 'unsend') {
  if (message.senderId !== actor.id) {
    throw forbidden(`Only its sender can ${verb} a message`);
  }
  if (message.systemEvent) {
    throw conflict(`A system line cannot be ${verb === 'edit' ? 'edited' : 'unsent'}`);
  }
}

/**
 * What a participant may do to a message once it is sent: its sender edits or unsends it
 * (the earlier text kept in its revision log, which only admins read), and either side reacts
 * to it. Each change locks the conversation, then the message, as every write to a
 * conversation's messages does (see `lockConversationFor`), and records its event in the same
 * transaction: `message.updated` for edits and unsends (and for each reply whose quote changed
 * with them), `message.reacted` for reactions.
 */
export function createMessageChanges(deps: ServiceDeps, parts: { markReadIn: MarkReadIn }) {
  const { db, events } = deps;

  /** Records that `actor` added (or took back) `emoji` under the message `id`. */
  function recordReaction(
    uow: UnitOfWork,
    conversation: repo.ConversationRow,
    actor: Actor,
    id: string,
    emoji: string,
    added: boolean,
  ) {
    return events.record(uow, 'message.reacted', [
      {
        message_id: id,
        conversation_id: conversation.id,
        guest_id: conversation.guestId,
        host_id: conversation.hostId,
        user_id: actor.id,
        emoji,
        added,
      },
    ]);
  }

  /**
   * The message, locked for a change by `actor`, and its conversation.
   * @throws not_found when the message is unknown or not in the actor's conversations
   */
  async function open(uow: UnitOfWork, actor: Actor, id: string) {
    const found = await repo.findMessage(uow.db, id);
    if (!found) throw notFound('Message');
    const conversation = await repo.lockConversationFor(uow.db, found.conversationId, actor.id);
    if (!conversation) throw notFound('Message');
    // Under the conversation's lock the message still exists: only the thread takes it along.
    const message = (await repo.lockMessage(uow.db, id))!;
    return { conversation, message };
  }

  /** Tells both participants that `message` changed, and so did the quote of its replies. */
  async function recordUpdated(
    uow: UnitOfWork,
    conversation: repo.ConversationRow,
    actor: Actor,
    change: 'edited' | 'unsent',
    messageId: string,
  ) {
    const replies = await repo.requote(uow.db, messageId);
    const payload = (id: string, what: string) => ({
      message_id: id,
      conversation_id: conversation.id,
      guest_id: conversation.guestId,
      host_id: conversation.hostId,
      actor_id: actor.id,
      change: what,
    });
    await events.record(uow, 'message.updated', [
      payload(messageId, change),
      ...replies.map((reply) => payload(reply.id, 'quoted')),
    ]);
  }

  function elapsed(message: repo.MessageRow, now: Date) {
    return now.getTime() - message.createdAt.getTime();
  }

  return {
    /**
     * Gives a message the actor sent new text, within EDIT_WINDOW_MS of sending. The text it
     * had goes to its revision log; replies quoting it quote the new text. The same text again
     * changes nothing and answers the message.
     * @throws not_found (unknown, or not in the actor's conversations); forbidden for its
     *   receiver; conflict once unsent, after the window, or for a system line
     */
    async edit(actor: Actor, id: string, text: string): Promise<Message> {
      const row = await events.transaction(db, async (uow) => {
        const { conversation, message } = await open(uow, actor, id);
        requireOwnText(message, actor, 'edit');
        if (message.unsentAt) throw conflict('An unsent message cannot be edited');
        // A retry of an edit that went through answers as the first attempt did.
        if ((message.screening?.original ?? message.message) === text) return message;
        const at = deps.now();
        if (elapsed(message, at) > EDIT_WINDOW_MS) {
          throw conflict(
            `A message can be edited only within ${EDIT_WINDOW_MS / 60_000} minutes of sending`,
          );
        }
        await repo.appendRevision(uow.db, { message, action: 'edited', actorId: actor.id, at });
        const screened = await screenOutgoing(uow.db, deps.config.screening.policy, {
          conversationId: conversation.id,
          senderId: actor.id,
          text,
        });
        const edited = await repo.editText(
          uow.db,
          id,
          { ...screened, language: detectLanguage(text) },
          at,
        );
        await recordUpdated(uow, conversation, actor, 'edited', id);
        return edited;
      });
      return presentMessage(row);
    },

    /**
     * Unsends a message the actor sent, within UNSEND_WINDOW_MS of sending: both sides see it
     * empty, without attachments (no longer served; the sweep of unsent uploads removes them)
     * or reactions (cleared), and replies quoting it quote nothing. What it said goes to its
     * revision log. If its receiver had not read it, it is marked read with a read receipt, so
     * badges and the thread's unread count drop and its notification stops escalating: there
     * is nothing left to read. Unsending again answers the unsent message.
     * @throws not_found (unknown, or not in the actor's conversations); forbidden for its
     *   receiver; conflict after the window, or for a system line
     */
    async unsend(actor: Actor, id: string): Promise<Message> {
      const row = await events.transaction(db, async (uow) => {
        const { conversation, message } = await open(uow, actor, id);
        requireOwnText(message, actor, 'unsend');
        if (message.unsentAt) return message;
        const at = deps.now();
        if (elapsed(message, at) > UNSEND_WINDOW_MS) {
          throw conflict(
            `A message can be unsent only within ${UNSEND_WINDOW_MS / 3_600_000} hours of sending`,
          );
        }
        await repo.appendRevision(uow.db, { message, action: 'unsent', actorId: actor.id, at });
        const unsent = await repo.unsend(uow.db, id, at);
        await recordUpdated(uow, conversation, actor, 'unsent', id);
        if (unsent.isRead) return unsent;
        const { rows } = await parts.markReadIn(
          uow,
          conversation,
          { id: message.receiverId },
          message.id,
        );
        return rows[0] ?? unsent;
      });
      return presentMessage(row);
    },

    /**
     * Puts the actor's `emoji` under a message of their conversation; once per person, emoji
     * and message: reacting again changes nothing and records nothing.
     * @throws not_found (unknown, or not in the actor's conversations); conflict for an unsent
     *   message, or past MAX_EMOJIS_PER_PERSON different emojis
     */
    async react(actor: Actor, id: string, emoji: string): Promise<Message> {
      const row = await events.transaction(db, async (uow) => {
        const { conversation, message } = await open(uow, actor, id);
        if (message.unsentAt) throw conflict('An unsent message cannot be reacted to');
        const mine = await repo.emojisOf(uow.db, id, actor.id);
        if (mine.includes(emoji)) return message;
        if (mine.length >= MAX_EMOJIS_PER_PERSON) {
          throw conflict(
            `At most ${MAX_EMOJIS_PER_PERSON} different emojis per person under a message`,
          );
        }
        await repo.insertReaction(uow.db, {
          messageId: id,
          userId: actor.id,
          emoji,
          at: deps.now(),
        });
        const reacted = await repo.setReactions(
          uow.db,
          id,
          withReaction(message.reactions, emoji, actor.id),
        );
        await recordReaction(uow, conversation, actor, id, emoji, true);
        return reacted;
      });
      return presentMessage(row);
    },

    /**
     * Takes back the actor's `emoji` under a message; nothing changes (and nothing is recorded)
     * when they had not reacted with it.
     * @throws not_found (unknown, or not in the actor's conversations)
     */
    async unreact(actor: Actor, id: string, emoji: string): Promise<Message> {
      const row = await events.transaction(db, async (uow) => {
        const { conversation, message } = await open(uow, actor, id);
        const removed = await repo.deleteReaction(uow.db, {
          messageId: id,
          userId: actor.id,
          emoji,
        });
        if (!removed) return message;
        const unreacted = await repo.setReactions(
          uow.db,
          id,
          withoutReaction(message.reactions, emoji, actor.id),
        );
        await recordReaction(uow, conversation, actor, id, emoji, false);
        return unreacted;
      });
      return presentMessage(row);
    },
  };
}
