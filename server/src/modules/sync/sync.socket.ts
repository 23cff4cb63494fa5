import {
  TYPING_TTL_MS,
  sendMessageBody,
  typingCommand,
  type ClientToServerEvents,
  type CommandAck,
  type MessageCreatedEvent,
  type SendAck,
  type ServerToClientEvents,
  type TypingEvent,
} from '@flexbnb/contracts';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { Actor } from '../../platform/context.ts';
import type { Origin } from '../../platform/events/index.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { parseAs } from '../../platform/text.ts';
import type { RateLimiter } from '../../platform/rate-limit.ts';
import type { GatewaySocket, SocketData } from '../../platform/realtime/gateway.ts';

type ErrorShape = Extract<SendAck, { ok: false }>['error'];
type AppSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

export interface SocketHandlerDeps {
  /** REST's send use case: same validation, idempotency and events. */
  send: (
    actor: Actor,
    body: z.infer<typeof sendMessageBody>,
    origin: Origin,
  ) => Promise<{ message: Extract<SendAck, { ok: true }>['message']; created: boolean }>;
  /** The other participant of a conversation the actor takes part in. @throws not_found */
  otherParticipant: (actor: Actor, conversationId: string) => Promise<string>;
  /** The per-user send budget REST spends too. */
  sendLimiter: RateLimiter;
  sendToUser: (userId: string, name: 'typing', payload: TypingEvent) => void;
  log: { error: (obj: object, msg: string) => void };
}

function errorShape(err: unknown, log: SocketHandlerDeps['log']): ErrorShape {
  if (err instanceof AppError) {
    return {
      code: err.code,
      message: err.message,
      ...(err.details ? { details: err.details } : {}),
    };
  }
  log.error({ err }, 'socket command failed');
  return { code: 'internal', message: 'Something went wrong; try again' };
}

/** The client's commands on one authenticated socket: typing indicators and sending. */
export function installSocketHandlers(raw: GatewaySocket, deps: SocketHandlerDeps) {
  const socket = raw as unknown as AppSocket;
  const { actor } = socket.data;
  // Participants never change, so one lookup per conversation and socket is enough.
  const others = new Map<string, Promise<string>>();
  const typing = new Map<string, NodeJS.Timeout>();

  const otherOf = (conversationId: string) => {
    let other = others.get(conversationId);
    if (!other) {
      other = deps.otherParticipant(actor, conversationId);
      others.set(conversationId, other);
      other.catch(() => others.delete(conversationId));
    }
    return other;
  };

  const announce = (conversationId: string, other: string, isTyping: boolean) =>
    deps.sendToUser(other, 'typing', {
      conversation_id: conversationId,
      user_id: actor.id,
      is_typing: isTyping,
    });

  const stopTyping = (conversationId: string, other: string) => {
    const timer = typing.get(conversationId);
    if (!timer) return;
    clearTimeout(timer);
    typing.delete(conversationId);
    announce(conversationId, other, false);
  };

  const command =
    (run: (conversationId: string, other: string) => void) =>
    async (input: unknown, ack?: (result: CommandAck) => void) => {
      try {
        const { conversation_id } = parseAs(typingCommand, input, 'body');
        run(conversation_id, await otherOf(conversation_id));
        if (typeof ack === 'function') ack({ ok: true });
      } catch (err) {
        if (typeof ack === 'function') ack({ ok: false, error: errorShape(err, deps.log) });
      }
    };

  socket.on(
    'typing.start',
    command((conversationId, other) => {
      const running = typing.get(conversationId);
      if (running) clearTimeout(running);
      else announce(conversationId, other, true);
      // Without a refresh the indicator goes out by itself: a closed laptop leaves no one "typing".
      const timer = setTimeout(() => stopTyping(conversationId, other), TYPING_TTL_MS);
      timer.unref();
      typing.set(conversationId, timer);
    }),
  );
  socket.on(
    'typing.stop',
    command((conversationId, other) => stopTyping(conversationId, other)),
  );

  socket.on('message.send', async (input: unknown, ack: (result: SendAck) => void) => {
    const reply = typeof ack === 'function' ? ack : () => undefined;
    try {
      const body = parseAs(sendMessageBody, input, 'body');
      if (body.send_at) {
        // Its answer is a scheduled message, which this acknowledgement does not carry.
        throw badRequest('send_at: schedule a message with POST /api/messaging/messages/send/', [
          { field: 'send_at', message: 'is sent over REST' },
        ]);
      }
      await deps.sendLimiter.consume(`send:${actor.id}`);
      // This socket's own copy of the new message comes back in the acknowledgement.
      let event: MessageCreatedEvent | undefined;
      const result = await deps.send(actor, body, {
        socketId: socket.id,
        userId: actor.id,
        answer: (events) => {
          for (const { event: e } of events) {
            if (e.type === 'message.created') event = e as MessageCreatedEvent;
          }
        },
      });
      // Sending ends typing, as it does in every chat client.
      const other = others.get(body.conversation_id);
      if (other) stopTyping(body.conversation_id, await other);
      reply({
        ok: true,
        message: result.message,
        created: result.created,
        ...(event ? { event } : {}),
      });
    } catch (err) {
      reply({ ok: false, error: errorShape(err, deps.log) });
    }
  });

  socket.on('disconnect', () => {
    for (const conversationId of [...typing.keys()]) {
      void others.get(conversationId)?.then((other) => stopTyping(conversationId, other));
    }
  });
}
