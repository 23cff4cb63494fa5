import { languageOfLocale, type Language } from '@flexbnb/contracts';
import { francAll } from 'franc';

/** franc speaks ISO 639-3; the messenger, ISO 639-1. */
const FROM_ISO_639_3: Record<string, Language> = {
  eng: 'en',
  por: 'pt',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
};
const CANDIDATES = Object.keys(FROM_ISO_639_3);

/**
 * Fewer letters than this tell too little: "Thanks a lot" reads as Spanish and "Merci
 * beaucoup" as English to a trigram model, so a short message is left undetected (its sender's
 * language stands in for it when it is translated).
 */
const MIN_LETTERS = 20;
/**
 * franc scores the best language 1 and the others relative to it; a runner-up this close means
 * the text fits both about as well (short Portuguese and Spanish often do), which is no answer.
 */
const MIN_MARGIN = 0.06;

/**
 * The language a message is written in, among those the messenger speaks, or null when the
 * text is too short or too ambiguous to say. Local and cheap (a trigram model, tens of
 * microseconds for a chat message), so the send path can afford it.
 */
export function detectLanguage(text: string): Language | null {
  // Links, addresses and numbers are no language; what is left must be long enough to judge.
  const words = text.replace(/\S*[/@]\S*/g, ' ');
  if ((words.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const [best, runnerUp] = francAll(words, { only: CANDIDATES, minLength: MIN_LETTERS });
  if (!best || best[0] === 'und') return null;
  if (runnerUp && best[1] - runnerUp[1] < MIN_MARGIN) return null;
  return FROM_ISO_639_3[best[0]] ?? null;
}

/**
 * The language a user reads: their locale's, when it is one the messenger speaks, else the one
 * their own messages were last written in; null when neither tells.
 */
export function readingLanguageOf(user: {
  locale: string | null;
  detectedLanguage: string | null;
}): Language | null {
  return languageOfLocale(user.locale) ?? (user.detectedLanguage as Language | null);
}
