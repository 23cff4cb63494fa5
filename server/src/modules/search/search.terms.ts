/**
 * What a search box's text asks for, read once in TypeScript so that SQL gets plain values:
 * the whole text for `websearch_to_tsquery`, the last word to match as a prefix while the
 * person is still typing it, and the words that names and titles must contain.
 */
export interface SearchTerms {
  /** The text as typed (trimmed): `websearch_to_tsquery` syntax, for message text. */
  text: string;
  /**
   * When the text ends in a plain word (letters and digits, at least `PREFIX_MIN_LENGTH`, not
   * quoted, not excluded with `-`, not after `or`): the text before it, matched as the whole
   * text is, and that word, matched as a prefix of a word (`nois` finds "noise").
   */
  prefix: { head: string; word: string } | null;
  /**
   * Names and titles: a conversation matches when, in one of these groups (the text's `or`
   * alternatives), every word is in its title or the other person's name. Excluded words
   * are left out: an exclusion narrows message text only.
   */
  nameGroups: string[][];
}

/** Shorter last words are whole words: a one- or two-letter prefix would match nearly all. */
export const PREFIX_MIN_LENGTH = 3;

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/** Reads a search box's text (already trimmed and not empty, see `searchQuery`). */
export function parseSearchTerms(text: string): SearchTerms {
  const tokens = text.split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1] ?? '';
  const before = tokens[tokens.length - 2];
  const quotesBefore = (text.slice(0, text.length - last.length).match(/"/g) ?? []).length;
  const isPrefix =
    last.length >= PREFIX_MIN_LENGTH &&
    PLAIN_WORD.test(last) &&
    last.toLowerCase() !== 'or' &&
    before?.toLowerCase() !== 'or' &&
    // An open quote before it makes it part of a phrase.
    quotesBefore % 2 === 0;
  return {
    text,
    prefix: isPrefix ? { head: text.slice(0, text.length - last.length).trim(), word: last } : null,
    nameGroups: nameGroupsOf(tokens),
  };
}

function nameGroupsOf(tokens: string[]): string[][] {
  const groups: string[][] = [[]];
  for (const token of tokens) {
    if (token.toLowerCase() === 'or') {
      groups.push([]);
      continue;
    }
    if (token.startsWith('-')) continue;
    const word = token.replace(/^"+|"+$/g, '');
    if (word) groups[groups.length - 1]!.push(word);
  }
  return groups.filter((g) => g.length > 0);
}
