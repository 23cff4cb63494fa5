import type { en } from './en/index.ts';

/** Every namespace of the messenger's texts, in English: the shape each language fills in. */
export type Catalogue = Translation<typeof en>;

/**
 * An English namespace translated: the same keys, each a string, so a text missing or left
 * over in one language is a type error. A plural takes the `_one`/`_other` suffixes of
 * i18next; the languages whose rules have more forms (`_many` in French, Spanish and
 * Portuguese) may add them.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
} & { [plural: `${string}_many`]: string };
