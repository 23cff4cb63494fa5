import { SCREENING_KINDS, type ScreeningKind } from '@flexbnb/contracts';
import { describe, expect, it } from 'vitest';
import { SCREENING_CORPUS, type CorpusMessage } from './screening.corpus.ts';
import { findContactDetails, maskText } from './screening.detect.ts';
import { SCREENING_HOLDOUT } from './screening.holdout.ts';

interface Score {
  /** Per kind: found where labelled, found where not, missed. */
  kinds: Record<ScreeningKind, { found: number; extra: number; missed: number }>;
  ordinary: number;
  /** Ordinary messages in which anything was found. */
  flaggedOrdinary: string[];
  missed: string[];
}

function score(corpus: readonly CorpusMessage[]): Score {
  const kinds = Object.fromEntries(
    SCREENING_KINDS.map((kind) => [kind, { found: 0, extra: 0, missed: 0 }]),
  ) as Score['kinds'];
  const result: Score = { kinds, ordinary: 0, flaggedOrdinary: [], missed: [] };
  for (const message of corpus) {
    const found = new Set(findContactDetails(message.text).map((f) => f.kind));
    if (message.kinds.length === 0) {
      result.ordinary++;
      if (found.size > 0) result.flaggedOrdinary.push(message.text);
    }
    for (const kind of SCREENING_KINDS) {
      const labelled = message.kinds.includes(kind);
      if (labelled && found.has(kind)) kinds[kind].found++;
      else if (labelled) {
        kinds[kind].missed++;
        result.missed.push(`${kind}: ${message.text}`);
      } else if (found.has(kind)) kinds[kind].extra++;
    }
  }
  return result;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Prints precision and recall per kind, and the false-positive rate on ordinary text. */
function report(name: string, { kinds, ordinary, flaggedOrdinary, missed }: Score) {
  const rows = SCREENING_KINDS.map((kind) => {
    const { found, extra, missed: lost } = kinds[kind];
    return `  ${kind.padEnd(8)} precision ${ratio(found, found + extra).toFixed(3)}  recall ${ratio(found, found + lost).toFixed(3)}  (${found} found, ${extra} extra, ${lost} missed)`;
  });
  console.log(
    [
      `${name}: ${ordinary} ordinary messages, ${flaggedOrdinary.length} flagged (${(100 * ratio(flaggedOrdinary.length, ordinary)).toFixed(1)} %)`,
      ...rows,
      ...missed.map((m) => `  missed ${m}`),
      ...flaggedOrdinary.map((m) => `  flagged ${m}`),
    ].join('\n'),
  );
}

function recall(s: Score, of: readonly ScreeningKind[]) {
  const found = of.reduce((n, kind) => n + s.kinds[kind].found, 0);
  const missed = of.reduce((n, kind) => n + s.kinds[kind].missed, 0);
  return ratio(found, found + missed);
}

describe('finding contact details', () => {
  it.each([
    { name: 'the corpus the screener was tuned on', corpus: SCREENING_CORPUS },
    { name: 'the held-out corpus, never tuned on', corpus: SCREENING_HOLDOUT },
  ])(
    'meets the targets on $name: recall ≥ 0.95 on contact details, ≤ 2 % of ordinary text flagged',
    ({ name, corpus }) => {
      expect(corpus.length).toBeGreaterThanOrEqual(100);
      const s = score(corpus);
      report(name, s);
      expect(recall(s, ['phone', 'email', 'link'])).toBeGreaterThanOrEqual(0.95);
      expect(recall(s, ['payment'])).toBeGreaterThanOrEqual(0.9);
      expect(s.flaggedOrdinary.length / s.ordinary).toBeLessThanOrEqual(0.02);
    },
  );

  it('has at least 200 hand-written messages in five languages', () => {
    const all = [...SCREENING_CORPUS, ...SCREENING_HOLDOUT];
    expect(all.length).toBeGreaterThanOrEqual(200);
    for (const lang of ['en', 'pt', 'es', 'fr', 'de']) {
      expect(all.filter((m) => m.lang === lang).length).toBeGreaterThanOrEqual(40);
    }
    expect(new Set(all.map((m) => m.text)).size).toBe(all.length);
  });

  it('masks each find in place with its kind', () => {
    const text = 'Mail ana (at) sapo (dot) pt, ring 0049 170 1234567, or see casa-sol.es';
    const found = findContactDetails(text);
    expect(found.map(({ kind, text: t }) => [kind, t])).toEqual([
      ['email', 'ana (at) sapo (dot) pt'],
      ['phone', '0049 170 1234567'],
      ['link', 'casa-sol.es'],
    ]);
    expect(maskText(text, found)).toBe(
      'Mail [email address hidden], ring [phone number hidden], or see [link hidden]',
    );
  });

  it('reads numbers spelled out, and IBANs only with valid check digits', () => {
    expect(findContactDetails('nove um dois, três quatro cinco, seis sete oito')).toEqual([
      { kind: 'phone', start: 0, end: 47, text: 'nove um dois, três quatro cinco, seis sete oito' },
    ]);
    expect(findContactDetails('Account: DE89 3704 0044 0532 0130 00')).toMatchObject([
      { kind: 'payment', text: 'DE89 3704 0044 0532 0130 00' },
    ]);
    // One digit off: not an IBAN, and not a phone number either.
    expect(findContactDetails('Reference DE89 3704 0044 0532 0130 01')).toEqual([]);
  });
});
