import { LANGUAGES, type Language } from '@flexbnb/contracts';
import { I18N_OPTIONS, loadCatalogue } from '@flexbnb/contracts/i18n';
import i18next, { type TFunction } from 'i18next';

/** The messenger's own texts, in every language it speaks, for what the server writes. */
export interface Texts {
  /** The translator of one language: `texts.in('de')('notify:…', values)`. */
  in(language: Language): TFunction;
}

/** Loads every language's catalogue once, at start-up. */
export async function loadTexts(): Promise<Texts> {
  const catalogues = await Promise.all(LANGUAGES.map(loadCatalogue));
  const instance = i18next.createInstance();
  await instance.init({
    ...I18N_OPTIONS,
    lng: 'en',
    resources: Object.fromEntries(LANGUAGES.map((language, i) => [language, catalogues[i]!])),
    initAsync: false,
  });
  const translators = new Map(
    LANGUAGES.map((language) => [language, instance.getFixedT(language)]),
  );
  return { in: (language) => translators.get(language)! };
}
