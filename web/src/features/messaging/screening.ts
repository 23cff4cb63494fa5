import {
  MESSAGE_MAX_LENGTH,
  routes,
  SCREENING_PLACEHOLDER_TEXTS,
  type ScreeningCheck,
  type ScreeningKind,
} from '@flexbnb/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { api } from '../../lib/api.ts';
import { keys } from '../../lib/queries.ts';
import { capitalized, listInWords, messagingT } from './texts.ts';

/**
 * Each kind of contact detail screening looks for, as one of them is named ("Phone number"), in
 * the language the app shows when it is read.
 */
export const SCREENING_KIND_LABELS: Readonly<Record<ScreeningKind, string>> =
  Object.defineProperties(
    {} as Record<ScreeningKind, string>,
    Object.fromEntries(
      (['phone', 'email', 'link', 'payment'] as const).map((kind) => [
        kind,
        { enumerable: true, get: () => messagingT()(`screening.labels.${kind}`) },
      ]),
    ),
  );

/** The kinds in the contract's order, as a sentence lists them ("phone numbers and links"). */
function kindsListed(kinds: readonly ScreeningKind[], t: TFunction<'messaging'>): string {
  const order: ScreeningKind[] = ['phone', 'email', 'link', 'payment'];
  const words = order.filter((k) => kinds.includes(k)).map((k) => t(`screening.kinds.${k}`));
  return listInWords(words, t) || t('screening.kinds.contact');
}

/** "Phone numbers and email addresses", each kind once, in the contract's order. */
export function kindsInWords(
  kinds: readonly ScreeningKind[],
  t: TFunction<'messaging'> = messagingT(),
): string {
  return capitalized(kindsListed(kinds, t));
}

/** What the composer tells a sender whose text would be masked. */
export function maskedSentence(
  kinds: readonly ScreeningKind[],
  t: TFunction<'messaging'> = messagingT(),
): string {
  return capitalized(t('screening.masked', { kinds: kindsListed(kinds, t) }));
}

/** What the composer tells a sender whose text would be flagged. */
export function flaggedSentence(
  kinds: readonly ScreeningKind[],
  t: TFunction<'messaging'> = messagingT(),
): string {
  const payment = kinds.includes('payment');
  const contact = kinds.some((k) => k !== 'payment');
  return payment && !contact
    ? t('screening.flaggedPayment')
    : payment
      ? t('screening.flaggedContactOrPayment')
      : t('screening.flaggedContact');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every language's placeholders: a masked text reads in its receiver's, maybe not the reader's. */
const PLACEHOLDER = new RegExp(SCREENING_PLACEHOLDER_TEXTS.map(escapeRegExp).join('|'), 'g');

/** A masked text in pieces: what was written, and the placeholders screening put in. */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), placeholder: false });
    parts.push({ text: match[0], placeholder: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), placeholder: false });
  return parts;
}

/** How long the composer waits after the last keystroke before it asks. */
export const CHECK_DELAY_MS = 400;
/** A text this long is asked about whatever it holds. */
const LONG_TEXT = 40;
/** Words of a request to pay outside the platform, which need no digit. */
const PAYMENT_WORDS =
  /\b(pay|paid|paypal|venmo|revolut|zelle|wise|iban|swift|bank|transfer|wire|cash|western union|crypto|bitcoin|mb ?way)/i;

/**
 * Whether a text could hold what screening looks for: a digit, `@`, `.` or `/`, a payment word,
 * or simply some length. Short chat ("Thanks!", "See you soon") is never sent to be checked.
 */
export function worthChecking(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MESSAGE_MAX_LENGTH) return false;
  return /[\d@./]/.test(t) || PAYMENT_WORDS.test(t) || t.length >= LONG_TEXT;
}

/**
 * What contact screening would do to the composer's text if it were sent now: asked once the
 * typing pauses (`CHECK_DELAY_MS`), and only for a text worth checking. The last answer stays
 * while the next one is on its way, so the notice does not blink as the sender types on.
 * Undefined while there is nothing to say — and when the check failed: a check never stands in
 * the way of sending.
 */
export function useScreeningCheck(
  conversationId: string,
  text: string,
): ScreeningCheck | undefined {
  const wanted = worthChecking(text) ? text.trim() : '';
  const [settled, setSettled] = useState(wanted);
  // Emptied (sent) or nothing to check any more: forgotten at once, so no notice lingers.
  if (!wanted && settled) setSettled('');

  useEffect(() => {
    if (!wanted || wanted === settled) return;
    const timer = setTimeout(() => setSettled(wanted), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [wanted, settled]);

  const check = useQuery({
    queryKey: keys.screeningCheck(conversationId, settled),
    queryFn: ({ signal }) =>
      api(routes.checkScreening, {
        body: { conversation_id: conversationId, message: settled },
        signal,
      }),
    enabled: settled !== '',
    retry: false,
    staleTime: 30_000,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });
  if (!wanted || !settled || check.isError) return undefined;
  return check.data;
}
