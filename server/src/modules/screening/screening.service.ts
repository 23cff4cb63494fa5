import type { ScreeningCheck, ScreeningPolicy } from '@flexbnb/contracts';
import { MESSAGE_MAX_LENGTH } from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import type { StoredScreening } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { findContactDetails, maskText, type Found } from './screening.detect.ts';
import * as repo from './screening.repo.ts';

/** A text as it is to be sent, and what screening found in it (null: nothing to record). */
export interface ScreenedText {
  text: string;
  screening: StoredScreening | null;
}

/** A text screening changed or flagged: as it is to be stored, and what was found. */
export type Screened = { text: string; screening: StoredScreening };

/** What a policy does with what was found in a text sent before the stay is confirmed. */
function apply(policy: ScreeningPolicy, text: string, found: readonly Found[]): Screened {
  const matches = found.map(({ kind, text: matched }) => ({ kind, text: matched }));
  if (policy === 'warn') return { text, screening: { action: 'flagged', matches } };
  // Placeholders can be longer than what they hide; the stored text keeps the length limit.
  const masked = maskText(text, found);
  return {
    text:
      masked.length > MESSAGE_MAX_LENGTH ? `${masked.slice(0, MESSAGE_MAX_LENGTH - 1)}…` : masked,
    screening: { action: 'masked', matches, original: text },
  };
}

/**
 * What contact screening makes of a text sent before its stay is confirmed: phone numbers,
 * email addresses, links and requests to pay outside the platform masked or flagged as
 * `policy` says. Null when it finds nothing, or the policy is off. Reads nothing: a send
 * applies it unless the stay is confirmed when the message is written (see `stayConfirmed`).
 */
export function screenText(policy: ScreeningPolicy, text: string): Screened | null {
  if (policy === 'off' || text === '') return null;
  const found = findContactDetails(text);
  return found.length === 0 ? null : apply(policy, text, found);
}

/**
 * `screenText` for a text `senderId` writes in a conversation now (an edit), with the
 * conversation's stay read: the text as it is to be stored, and what screening found.
 */
export async function screenOutgoing(
  db: DbOrTx,
  policy: ScreeningPolicy,
  input: { conversationId: string; senderId: string; text: string },
): Promise<ScreenedText> {
  const screened = screenText(policy, input.text);
  if (!screened) return { text: input.text, screening: null };
  // Not the sender's conversation: the caller refuses it, unscreened.
  const confirmed = await repo.stayConfirmed(db, input.conversationId, input.senderId);
  return confirmed === false ? screened : { text: input.text, screening: null };
}

export type ScreeningService = ReturnType<typeof createScreeningService>;

export function createScreeningService(deps: ServiceDeps) {
  const { db } = deps;
  const { policy } = deps.config.screening;
  return {
    /**
     * What sending `message` in the conversation now would do, for a composer to show before
     * the actor sends. Writes nothing.
     * @throws not_found when the conversation is not the actor's
     */
    async check(
      actor: Actor,
      input: { conversation_id: string; message: string },
    ): Promise<ScreeningCheck> {
      const confirmed = await repo.stayConfirmed(db, input.conversation_id, actor.id);
      if (confirmed === undefined) throw notFound('Conversation');
      const found = policy === 'off' || confirmed ? [] : findContactDetails(input.message);
      const action = found.length === 0 ? 'none' : policy === 'warn' ? 'warn' : 'mask';
      return {
        action,
        policy,
        kinds: [...new Set(found.map((f) => f.kind))],
        matches: found.map(({ kind, start, end }) => ({ kind, start, end })),
        message: action === 'mask' ? apply(policy, input.message, found).text : input.message,
      };
    },
  };
}
