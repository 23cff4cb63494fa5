import type { TFunction } from 'i18next';
import { i18n } from '../../lib/i18n.ts';

/**
 * The messaging texts in the language the app shows now, for the plain functions of this folder
 * (a preview, a delivery line): a component passes its own `t`, which re-renders it on a switch.
 */
export function messagingT(): TFunction<'messaging'> {
  return i18n.getFixedT(null, 'messaging');
}

/** "a", "a and b", "a, b and c" — as the language lists things. */
export function listInWords(words: readonly string[], t: TFunction<'messaging'>): string {
  if (words.length <= 1) return words[0] ?? '';
  return t('list.and', {
    init: words.slice(0, -1).join(t('list.separator')),
    last: words.at(-1),
  });
}

/** The text with its first letter a capital, as a sentence starts. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1);
}
