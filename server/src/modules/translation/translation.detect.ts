import { languageOfLocale, type Language } from '@flexbnb/contracts';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { trigrams } from 'trigram-utils';

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
 * franc's models of the candidates, by trigram: its rank (0 = most used) in each candidate's
 * model, in CANDIDATES' order, or -1 where that model lacks it. One look-up per trigram of a
 * text instead of one per candidate.
 */
const RANKS = new Map<string, Int16Array>();
CANDIDATES.forEach((code, candidate) => {
  data.Latin![code]!.split('|').forEach((trigram, rank) => {
    let ranks = RANKS.get(trigram);
    if (!ranks) RANKS.set(trigram, (ranks = new Int16Array(CANDIDATES.length).fill(-1)));
    // franc keeps a trigram's first rank when a model lists it twice.
    if (ranks[candidate] === -1) ranks[candidate] = rank;
  });
});
/** franc's cost of a trigram its model lacks, and the most of a text it reads. */
const MAX_DIFFERENCE = 300;
const MAX_LENGTH = 2048;

/**
 * The script franc reads a text as: the one whose characters occur most in it (the first in
 * franc's list on a tie), or none when no script's do.
 */
function topScript(value: string): string | undefined {
  let top: string | undefined;
  let topCount = 0;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = value.match(expression)?.length ?? 0;
    if (count > topCount) {
      top = script;
      topCount = count;
    }
  }
  return top;
}

/**
 * What `francAll(text, { only: CANDIDATES, minLength: MIN_LETTERS })` answers, scored as franc
 * scores (its models, its trigrams, its distance and normalisation) without what the call
 * costs besides: franc's API counts all of its 35 scripts and filters its ~190 Latin-script
 * languages on every call, which took most of a send's detection time, and `franc` itself
 * turns the models of all its languages into look-up tables when it loads (about 4 MiB of a
 * node's memory). A text mostly in Latin letters is scored at once; another only when franc
 * would read it as Latin, else none of the candidates is its language (the test checks every
 * answer against franc's). For a text of `MIN_LETTERS` letters or more, the only kind
 * `detectLanguage` asks about.
 */
export function rankCandidates(text: string): [code: string, score: number][] {
  const value = text.slice(0, MAX_LENGTH);
  const latin = value.match(expressions.Latin!)?.length ?? 0;
  // More Latin letters than everything else together: no other script can count more, and
  // franc would score it. Otherwise it scores only a text long enough that it reads as Latin.
  const mostlyLatin = latin > value.length - latin;
  if (!mostlyLatin && (text.length < MIN_LETTERS || topScript(value) !== 'Latin')) {
    return [['und', 1]];
  }
  const counts = new Map<string, number>();
  for (const trigram of trigrams(value)) counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  const totals = new Array<number>(CANDIDATES.length).fill(0);
  for (const [trigram, count] of counts) {
    const ranks = RANKS.get(trigram);
    for (let candidate = 0; candidate < totals.length; candidate++) {
      const rank = ranks?.[candidate] ?? -1;
      totals[candidate]! += rank === -1 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  const distances = CANDIDATES.map((code, candidate): [string, number] => [
    code,
    totals[candidate]!,
  ]).sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  return distances.map(([code, distance]) => [code, 1 - (distance - min) / max || 0]);
}

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
  const [best, runnerUp] = rankCandidates(words);
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
