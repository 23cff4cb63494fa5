import { LANGUAGES, SCREENING_KINDS, type Language, type ScreeningKind } from '@flexbnb/contracts';
import { loadTexts } from '../../platform/i18n.ts';

export type Placeholders = Readonly<Record<ScreeningKind, string>>;

/**
 * What each kind of detail reads as in a masked message, in each language (the `screening`
 * namespace of the messenger's texts). Worked out once, when the module loads: the send path
 * masks synchronously, and the catalogues are part of the code, so loading them reads no file
 * worth speaking of.
 */
const PLACEHOLDERS: ReadonlyMap<Language, Placeholders> = await (async () => {
  const texts = await loadTexts();
  return new Map(
    LANGUAGES.map((language) => {
      const t = texts.in(language);
      const placeholders = Object.fromEntries(
        SCREENING_KINDS.map((kind) => [kind, t(`placeholder.${kind}`, { ns: 'screening' })]),
      ) as Record<ScreeningKind, string>;
      return [language, placeholders];
    }),
  );
})();

/** The placeholders of a masked message whose receiver reads `language`. */
export function placeholdersIn(language: Language): Placeholders {
  return PLACEHOLDERS.get(language)!;
}
