import {
  LANGUAGES,
  MESSAGE_MAX_LENGTH,
  type Language,
  type ScreeningCheck,
  type ScreeningPolicy,
} from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import type { StoredScreening } from '../../platform/db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { findContactDetails, maskText, type Found } from './screening.detect.ts';
import * as repo from './screening.repo.ts';
import { placeholdersIn } from './screening.texts.ts';

/** A text as it is to be sent, and what screening found in it (null: nothing to record). */
export interface ScreenedText {
  text: string;
  screening: StoredScreening | null;
}

/**
 * What screening found in a text about to be sent, with all the send needs to apply the
 * conversation's policy in its own statement (`screenedSend` in screening.policy.ts), which
 * reads the JSON of this object.
 */
export interface Screened {
  /** The installation's policy; the conversation's platform may have set another. */
  policy: ScreeningPolicy;
  /** The text masked, in each language its receiver may read. */
  masked: Record<Language, string>;
  /** What was found, as a masked message keeps it (the original with it). */
  screening: StoredScreening;
}

/** A masked text, within the length limit (placeholders can be longer than what they hide). */
function masked(text: string, found: readonly Found[], language: Language): string {
  const result = maskText(text, found, placeholdersIn(language));
  return result.length > MESSAGE_MAX_LENGTH
    ? `${result.slice(0, MESSAGE_MAX_LENGTH - 1)}…`
    : result;
}

/**
 * What contact screening finds in a text sent before its stay is confirmed: phone numbers,
 * email addresses, links and requests to pay outside the platform, masked in every language
 * (the send applies the conversation's policy: its platform's, else `policy`, the
 * installation's). Null when it finds nothing. Reads nothing.
 */
export function screenText(policy: ScreeningPolicy, text: string): Screened | null {
  if (text === '') return null;
  const found = findContactDetails(text);
  if (found.length === 0) return null;
  const matches = found.map(({ kind, text: matched }) => ({ kind, text: matched }));
  return {
    policy,
    masked: Object.fromEntries(
      LANGUAGES.map((language) => [language, masked(text, found, language)]),
    ) as Record<Language, string>,
    screening: { action: 'masked', matches, original: text },
  };
}

/**
 * What `policy` makes of a text screening found something in, as it is to be stored; the
 * placeholders in `language`, its receiver's.
 */
function applied(
  text: string,
  screened: Screened,
  policy: ScreeningPolicy,
  language: Language,
): ScreenedText {
  if (policy === 'off') return { text, screening: null };
  const { matches } = screened.screening;
  if (policy === 'warn') return { text, screening: { action: 'flagged', matches } };
  return { text: screened.masked[language], screening: screened.screening };
}

/**
 * A text `senderId` writes in a conversation now (an edit), as it is to be stored: screened
 * as `screenText` and the send do, under the conversation's policy (its platform's, else the
 * installation's `policy`) unless its stay is confirmed.
 */
export async function screenOutgoing(
  db: DbOrTx,
  policy: ScreeningPolicy,
  input: { conversationId: string; senderId: string; text: string },
): Promise<ScreenedText> {
  const unscreened = { text: input.text, screening: null };
  const screened = screenText(policy, input.text);
  if (!screened) return unscreened;
  // Not the sender's conversation: the caller refuses it, unscreened.
  const context = await repo.screeningContext(db, input.conversationId, input.senderId);
  if (!context || context.confirmed) return unscreened;
  const effective = context.platformPolicy ?? policy;
  return applied(input.text, screened, effective, context.receiverLanguage);
}

export type ScreeningService = ReturnType<typeof createScreeningService>;

export function createScreeningService(deps: ServiceDeps) {
  const { db } = deps;
  const installationPolicy = deps.config.screening.policy;
  return {
    /**
     * What sending `message` in the conversation now would do, for a composer to show before
     * the actor sends, under the conversation's policy. Writes nothing.
     * @throws not_found when the conversation is not the actor's
     */
    async check(
      actor: Actor,
      input: { conversation_id: string; message: string },
    ): Promise<ScreeningCheck> {
      const context = await repo.screeningContext(db, input.conversation_id, actor.id);
      if (!context) throw notFound('Conversation');
      const policy = context.platformPolicy ?? installationPolicy;
      const found = policy === 'off' || context.confirmed ? [] : findContactDetails(input.message);
      const action = found.length === 0 ? 'none' : policy === 'warn' ? 'warn' : 'mask';
      return {
        action,
        policy,
        kinds: [...new Set(found.map((f) => f.kind))],
        matches: found.map(({ kind, start, end }) => ({ kind, start, end })),
        message:
          action === 'mask'
            ? masked(input.message, found, context.receiverLanguage)
            : input.message,
      };
    },
  };
}
