import {
  LANGUAGES,
  type Language,
  type MessageTranslation,
  type TranslationStatus,
} from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { enqueue, PermanentJobError } from '../../platform/jobs/index.ts';
import {
  createTranslationProvider,
  TranslationError,
  type TranslationProvider,
} from './providers.ts';
import { TRANSLATE_JOB, TRANSLATE_JOB_MAX_ATTEMPTS } from './translation.handlers.ts';
import * as repo from './translation.repo.ts';

/**
 * The translations of these messages of a conversation into the language `readerId` reads it
 * in, by message id: what a thread shows its reader.
 */
export function translationsFor(
  db: DbOrTx,
  conversationId: string,
  readerId: string,
  messageIds: readonly string[],
): Promise<Map<string, MessageTranslation>> {
  return repo.translationsFor(db, conversationId, readerId, messageIds);
}

/**
 * The translations made of these (message, language) pairs, keyed `message id:language`;
 * a pair whose translation an edit dropped is absent.
 */
export function findTranslations(
  db: DbOrTx,
  keys: readonly { messageId: string; language: string }[],
): Promise<Map<string, MessageTranslation>> {
  return repo.findTranslations(db, keys);
}

export type TranslationService = ReturnType<typeof createTranslationService>;

/**
 * Translation of messages into their receiver's language, after the send (a job per message,
 * see translation.handlers.ts). Off — every method a no-op — when no provider is configured
 * (`TRANSLATE_URL` or `DEEPL_API_KEY`).
 */
export function createTranslationService(
  deps: Pick<ServiceDeps, 'db' | 'config' | 'events' | 'now'>,
  options: { provider?: TranslationProvider } = {},
) {
  const { db, events } = deps;
  const config = deps.config.translation;
  const provider = options.provider ?? (config ? createTranslationProvider(config) : undefined);

  return {
    /** Whether a provider is configured: the feature is on. */
    enabled: provider !== undefined,

    status(): TranslationStatus {
      return {
        enabled: provider !== undefined,
        provider: provider?.name ?? null,
        languages: [...LANGUAGES],
      };
    },

    /**
     * Asks for a message the actor received in the language they read now, in the background
     * (`message.translated` tells when it is made); nothing when it needs none. Asking again
     * within a minute asks nothing more.
     * @throws not_found unless the actor received the message; conflict when translation is off
     */
    async request(actor: Actor, messageId: string): Promise<void> {
      const work = await repo.findTranslationWork(db, messageId);
      if (!work || work.readerId !== actor.id) throw notFound('Message');
      if (!provider) {
        throw new AppError(
          'conflict',
          'Messages are not translated here: no translation service is configured',
        );
      }
      if (work.untranslatable || work.translated || !work.readerLanguage) return;
      const minute = Math.floor(deps.now().getTime() / 60_000);
      await enqueue(
        db,
        TRANSLATE_JOB,
        { message_id: messageId },
        {
          idempotencyKey: `${messageId}:${work.readerLanguage}:${minute}`,
          maxAttempts: TRANSLATE_JOB_MAX_ATTEMPTS,
        },
      );
    },

    /**
     * Translates a message into the language its receiver reads, unless it is written in that
     * language, the receiver's language is unknown, or it is translated already; the receiver
     * is told with `message.translated`. Notes the language the sender wrote in, which they
     * read translations into unless they chose one.
     * @throws TranslationError (retryable) when the provider could not answer now;
     *   PermanentJobError when it refused the text
     */
    async translateMessage(messageId: string, signal?: AbortSignal): Promise<void> {
      if (!provider) return;
      const work = await repo.findTranslationWork(db, messageId);
      if (!work || work.untranslatable) return;
      if (work.language && !work.senderChose && work.language !== work.senderLanguage) {
        await repo.noteDetectedLanguage(db, work.senderId, work.language);
      }
      const source: Language | null = work.language ?? work.senderLanguage;
      const target = work.readerLanguage;
      if (!target || source === target || work.translated) return;
      let text: string;
      try {
        const translated = await provider.translate({ text: work.text, source, target, signal });
        // A short message of unknown language may turn out to be in the reader's already.
        if (!source && translated.detectedSource?.toLowerCase().split('-')[0] === target) return;
        text = translated.text;
      } catch (error) {
        if (error instanceof TranslationError && !error.retryable) {
          throw new PermanentJobError(error.message);
        }
        throw error;
      }
      await events.transaction(db, async (uow) => {
        const kept = await repo.saveTranslation(uow.db, messageId, work.text, {
          language: target,
          text,
          provider: provider.name,
        });
        if (!kept) return;
        await events.record(uow, 'message.translated', [
          {
            message_id: messageId,
            conversation_id: work.conversationId,
            reader_id: work.readerId,
            language: target,
          },
        ]);
      });
    },
  };
}
