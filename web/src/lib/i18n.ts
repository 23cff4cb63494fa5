import { languageOfLocale, type Language } from '@flexbnb/contracts';
import { en, I18N_OPTIONS, loadCatalogue } from '@flexbnb/contracts/i18n';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * The web app's texts. English ships in the bundle and shows at once; another language is
 * loaded the first time someone reads it, and the app switches when it has arrived.
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  ...I18N_OPTIONS,
  lng: 'en',
  resources: { en },
  initAsync: false,
  react: { useSuspense: false },
});

const loaded = new Set<Language>(['en']);

/** Shows the app in `language`, once its texts have loaded. */
export async function showIn(language: Language): Promise<void> {
  if (!loaded.has(language)) {
    const catalogue = await loadCatalogue(language);
    for (const [namespace, texts] of Object.entries(catalogue)) {
      i18n.addResourceBundle(language, namespace, texts, true, true);
    }
    loaded.add(language);
  }
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The language the browser asks for, when the messenger speaks it; else English. */
export function browserLanguage(): Language {
  return languageOfLocale(navigator.language) ?? 'en';
}
