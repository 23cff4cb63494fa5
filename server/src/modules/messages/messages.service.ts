import type { Message, MessageCreatedEvent, MessageTranslation } from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { preparedPerShape, type DbOrTx } from '../../platform/db/connect.ts';
import { AppError, badRequest, notFound, refusedByDatabase } from '../../platform/errors.ts';
import { createGroupCommit } from '../../platform/group-commit.ts';
import { createLoadGate } from '../../platform/load-gate.ts';
import type { EventBus, Origin, UnitOfWork } from '../../platform/events/index.ts';
import { takePage } from '../../platform/paging.ts';
import { copyTemplateAttachments } from '../attachments/index.ts';
import { quickReplyText } from '../quick-replies/index.ts';
import { screenText, type Screened } from '../screening/index.ts';
import { detectLanguage, translationsFor } from '../translation/index.ts';
import { createMessageChanges } from './messages.changes.ts';
import { presentCreatedMessage, presentMessage } from './messages.presenter.ts';
import * as repo from './messages.repo.ts';

export interface AppendInput {
  conversationId: string;
  senderId: string;
  text: string;
  clientMessageId?: string | null;
  /** The quick reply the text came from: the send counts one use of it. */
  quickReplyId?: string | null;
  /**
   * Uploads of the sender not sent yet (see `checkSendable`), in order; the send claims them.
   * With attachments the text may be empty.
   */
  attachmentIds?: readonly string[];
  /** A message of the same conversation this one answers (see `checkSendable`). */
  replyToId?: string | null;
  /**
   * What contact screening found in `text` (see `screenText`): the send masks or flags it as
   * the conversation's policy says, unless its stay is confirmed when the message is written.
   */
  screened?: Screened | null;
}

export interface SendResult {
  message: Message;
  /** False when `client_message_id` matched an earlier message, which is returned instead. */
  created: boolean;
}

/** The user's unread count in a conversation. */
function unreadOf(conversation: repo.ConversationRow, userId: string) {
  return userId === conversation.hostId
    ? conversation.hostUnreadCount
    : conversation.guestUnreadCount;
}

// The send statement embeds the parts of the bus's handlers, so it is built per bus (and,
// as every prepared statement, per database handle and shape of batch).
const sendStatements = new WeakMap<
  EventBus,
  (db: DbOrTx, shape: repo.SendShape) => ReturnType<typeof repo.buildSendStatement>
>();
function sendStatementOf(events: EventBus, db: DbOrTx, shape: repo.SendShape) {
  let forBus = sendStatements.get(events);
  if (!forBus) {
    forBus = preparedPerShape((handle, of: repo.SendShape) =>
      repo.buildSendStatement(handle, events, of),
    );
    sendStatements.set(events, forBus);
  }
  return forBus(db, shape);
}

/**
 * Appends messages, at most one per conversation, from their senders to their conversations
 * in the unit of work, and records `message.created` for each in the same statement; the
 * receiver is the other participant. Answers per input, in order: the new message; the
 * earlier one when the sender already used its `clientMessageId` there (creating nothing);
 * or undefined when the conversation is not the sender's.
 */
export async function appendMessages(
  events: EventBus,
  uow: UnitOfWork,
  inputs: readonly AppendInput[],
): Promise<(SendResult | undefined)[]> {
  const batch = inputs.map((input): repo.SendInput => ({
    conversationId: input.conversationId,
    senderId: input.senderId,
    message: input.text,
    isQuickReply: Boolean(input.quickReplyId),
    clientMessageId: input.clientMessageId ?? null,
    quickReplyId: input.quickReplyId ?? null,
    attachmentIds: input.attachmentIds?.length ? input.attachmentIds.join(',') : null,
    replyToId: input.replyToId ?? null,
    screening: input.screened ? JSON.stringify(input.screened) : null,
    language: detectLanguage(input.text),
  }));
  const { execute, finish } = sendStatementOf(events, uow.db, repo.shapeOfSends(batch));
  const { created, row } = await execute(batch);
  await finish(row, uow);
  const byConversation = new Map(created.map((event) => [event.conversation_id, event]));
  return Promise.all(
    inputs.map(async (input) => {
      const event = byConversation.get(input.conversationId);
      if (event) return { message: presentCreatedMessage(event), created: true };
      // Nothing written: a retry, or not the sender's conversation. A retry racing its first
      // attempt waited for it inside the statement, so the first message is committed and
      // read here (a new snapshot).
      const earlier = input.clientMessageId
        ? await repo.findByClientId(
            uow.db,
            input.conversationId,
            input.senderId,
            input.clientMessageId,
          )
        : undefined;
      return earlier && { message: presentMessage(earlier), created: false };
    }),
  );
}

/** `appendMessages` for one message. */
export async function appendMessage(
  events: EventBus,
  uow: UnitOfWork,
  input: AppendInput,
): Promise<SendResult | undefined> {
  const [result] = await appendMessages(events, uow, [input]);
  return result;
}

/**
 * Checks what a send refers to before it is written: the reply's original is a message of the
 * same conversation, and every attachment is an upload of the sender not sent yet. (The send's
 * statement claims the uploads under a lock, so of two racing sends only one gets them.)
 * @throws validation_failed naming the field
 */
export async function checkSendable(
  db: DbOrTx,
  input: Pick<AppendInput, 'conversationId' | 'senderId' | 'attachmentIds' | 'replyToId'>,
): Promise<void> {
  if (input.replyToId) {
    const original = await repo.findMessage(db, input.replyToId);
    if (!original || original.conversationId !== input.conversationId) {
      throw badRequest('body.reply_to_id: not a message of this conversation');
    }
  }
  const ids = input.attachmentIds ?? [];
  if (ids.length === 0) return;
  if (new Set(ids).size !== ids.length) {
    throw badRequest('body.attachment_ids: an attachment is named twice');
  }
  const sendable = await repo.countSendableAttachments(db, input.senderId, ids);
  if (sendable !== ids.length) {
    throw badRequest('body.attachment_ids: not your uploads, or sent already');
  }
}

/** A send waiting for its batch: what to append, and the socket it came from. */
interface QueuedSend {
  input: AppendInput;
  origin?: Origin;
}

/**
 * The origin of one send of a batch: its socket is answered with its own message's events
 * (the batch holds one message per conversation), and sent the rest like any other socket.
 */
function originOfSend(origin: Origin, conversationId: string): Origin {
  return {
    ...origin,
    owns: (event) =>
      event.type === 'message.created' &&
      (event as MessageCreatedEvent).message.conversation_id === conversationId,
  };
}

/** The messages with these ids (those that exist), as clients see them. */
export async function findMessages(db: DbOrTx, ids: string[]): Promise<Message[]> {
  return (await repo.findMessageRows(db, ids)).map((row) => presentMessage(row));
}

/**
 * One page of a conversation's messages, oldest first: the newest `limit`, or those before
 * the message `before`; with `translatedFor`, each with its translation into the language
 * that user reads, where one was made.
 * @throws not_found when `before` is not a message of the conversation
 */
export async function messagePage(
  db: DbOrTx,
  conversationId: string,
  page: { limit: number; before?: string },
  translatedFor?: string,
): Promise<{ messages: Message[]; hasMore: boolean }> {
  let beforeSeq: number | undefined;
  if (page.before) {
    const anchor = await repo.findMessage(db, page.before);
    if (!anchor || anchor.conversationId !== conversationId) throw notFound('Message');
    beforeSeq = anchor.seq;
  }
  const rows = await repo.pageMessages(db, conversationId, { limit: page.limit + 1, beforeSeq });
  const { rows: newestFirst, next } = takePage(rows, page.limit, (m) => m.id);
  const translations = translatedFor
    ? await translationsFor(
        db,
        conversationId,
        translatedFor,
        // Only a message of the other side can have been translated for the reader.
        newestFirst.filter((m) => m.receiverId === translatedFor).map((m) => m.id),
      )
    : new Map<string, MessageTranslation>();
  return {
    messages: newestFirst.reverse().map((row) => presentMessage(row, translations.get(row.id))),
    hasMore: next !== undefined,
  };
}

export type MessagesService = ReturnType<typeof createMessagesService>;

export function createMessagesService(deps: ServiceDeps) {
  const { db, events } = deps;
  // One per node: REST and socket sends wait in the same line.
  const sendGate = createLoadGate(deps.config.sendLoad);
  // Sends that arrive while a batch is being written go together in the next one: one
  // statement and one commit for all of them (see createGroupCommit).
  const sends = createGroupCommit<QueuedSend, SendResult | undefined>({
    keyOf: (send) => send.input.conversationId,
    maxBatch: deps.config.sendLoad.maxBatch,
    maxInFlight: deps.config.sendLoad.batchesInFlight,
    lingerMs: deps.config.sendLoad.batchLingerMs,
    lingerFor: deps.config.sendLoad.batchLingerFor,
    retryAlone: refusedByDatabase,
    write: async (batch) => {
      const origins = batch.flatMap(({ origin, input }) =>
        origin ? [originOfSend(origin, input.conversationId)] : [],
      );
      const append = (uow: UnitOfWork) =>
        appendMessages(
          events,
          uow,
          batch.map((send) => send.input),
        );
      // One statement commits on its own, unless a handler of the message writes from
      // TypeScript too.
      return events.needsTransaction('message.created')
        ? events.transaction(db, append, origins)
        : events.single(db, append, origins);
    },
  });

  /**
   * Marks the actor's unread messages of a (locked) conversation read, all or `messageId`,
   * and records the read receipt; answers the messages it marked.
   */
  async function markReadIn(
    uow: UnitOfWork,
    conversation: repo.ConversationRow,
    actor: Pick<Actor, 'id'>,
    messageId?: string,
  ) {
    const readAt = deps.now();
    const rows = await repo.markRead(uow.db, conversation.id, actor.id, readAt, messageId);
    if (rows.length === 0) return { rows, readAt };
    const ordered = [...rows].sort((a, b) => a.seq - b.seq);
    const before = unreadOf(conversation, actor.id);
    await events.record(uow, 'message.read', [
      {
        conversation_id: conversation.id,
        guest_id: conversation.guestId,
        host_id: conversation.hostId,
        reader_id: actor.id,
        message_ids: ordered.map((m) => m.id),
        seqs: ordered.map((m) => m.seq),
        read_at: readAt.toISOString(),
        unread_before: before,
        unread_after: Math.max(before - rows.length, 0),
      },
    ]);
    return { rows, readAt };
  }

  return {
    // Edits, unsends and reactions (messages.changes.ts).
    ...createMessageChanges(deps, { markReadIn }),

    /**
     * Sends a message in a conversation the actor takes part in: `message`, or the quick reply
     * `quick_reply_id` rendered for the conversation (`message` wins when both are given: the
     * client edited the preview). A quick reply counts one use, once per `client_message_id`.
     * Refused at once while the node is at capacity (see `createLoadGate`). From a socket
     * (`origin`), that socket's own events of the send go to `origin.answer`, not to it.
     * @throws not_found when the conversation or quick reply is unknown or not the actor's;
     *   validation_failed when neither text nor quick reply is given or the quick reply can't be used here;
     *   overloaded while the node is at capacity
     */
    async send(
      actor: Actor,
      input: {
        conversation_id: string;
        message?: string;
        quick_reply_id?: string;
        client_message_id?: string;
        attachment_ids?: string[];
        reply_to_id?: string;
      },
      origin?: Origin,
    ): Promise<SendResult> {
      return sendGate.run(async () => {
        const { quick_reply_id: quickReplyId, client_message_id: clientMessageId } = input;
        // A retry of a quick-reply send gets its first message back even if the template was
        // changed or deleted since.
        const earlier =
          quickReplyId && clientMessageId
            ? await repo.findByClientId(db, input.conversation_id, actor.id, clientMessageId)
            : undefined;
        if (earlier) return { message: presentMessage(earlier), created: false };
        const attachmentIds = input.attachment_ids ?? [];
        const text = quickReplyId
          ? await quickReplyText(db, actor.id, quickReplyId, input.conversation_id, input.message)
          : (input.message ?? (attachmentIds.length > 0 ? '' : undefined));
        if (text === undefined) {
          throw badRequest('body.message: give message, quick_reply_id or attachment_ids');
        }
        // A template's attachments go first, as copies of the sender's that the send claims.
        const copies = quickReplyId
          ? await copyTemplateAttachments(db, actor.id, quickReplyId, attachmentIds.length)
          : [];
        const append: AppendInput = {
          conversationId: input.conversation_id,
          senderId: actor.id,
          text,
          screened: screenText(deps.config.screening.policy, text),
          clientMessageId,
          quickReplyId,
          attachmentIds: [...copies, ...attachmentIds],
          replyToId: input.reply_to_id,
        };
        // A retry of a send whose attachments the first attempt claimed gets that message.
        const retried =
          clientMessageId && (attachmentIds.length > 0 || input.reply_to_id)
            ? await repo.findByClientId(db, input.conversation_id, actor.id, clientMessageId)
            : undefined;
        if (retried) return { message: presentMessage(retried), created: false };
        await checkSendable(db, append);
        const sent = await sends.submit({ input: append, origin });
        if (!sent) throw notFound('Conversation');
        return sent;
      });
    },

    /**
     * Marks one message read by its receiver.
     * @throws not_found (unknown, or not in the actor's conversations); forbidden for its sender
     */
    async markRead(actor: Actor, messageId: string): Promise<Message> {
      const row = await events.transaction(db, async (uow) => {
        const message = await repo.findMessage(uow.db, messageId);
        if (!message || (message.senderId !== actor.id && message.receiverId !== actor.id)) {
          throw notFound('Message');
        }
        if (message.receiverId !== actor.id) {
          throw new AppError('forbidden', 'Only the receiver can mark a message as read');
        }
        if (message.isRead) return message;
        const conversation = await repo.lockConversationFor(
          uow.db,
          message.conversationId,
          actor.id,
        );
        if (!conversation) throw notFound('Message');
        const { rows } = await markReadIn(uow, conversation, actor, message.id);
        // Another request may have read it between our first look and the lock.
        return rows[0] ?? (await repo.findMessage(uow.db, messageId))!;
      });
      return presentMessage(row);
    },

    /**
     * Marks every message the actor received in the conversation as read.
     * @throws not_found
     */
    async markAllRead(actor: Actor, conversationId: string) {
      const { rows, readAt } = await events.transaction(db, async (uow) => {
        const conversation = await repo.lockConversationFor(uow.db, conversationId, actor.id);
        if (!conversation) throw notFound('Conversation');
        return markReadIn(uow, conversation, actor);
      });
      return { marked: rows.length, read_at: readAt.toISOString() };
    },
  };
}
