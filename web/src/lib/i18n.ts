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

/** The language asked for last: a slow load of an earlier one must not win over it. */
let wanted: Language = 'en';

/** Shows the app in `language`, once its texts have loaded. */
export async function showIn(language: Language): Promise<void> {
  wanted = language;
  if (!loaded.has(language)) {
    const catalogue = await loadCatalogue(language);
    for (const [namespace, texts] of Object.entries(catalogue)) {
      i18n.addResourceBundle(language, namespace, texts, true, true);
    }
    loaded.add(language);
    if (wanted !== language) return;
  }
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The language the browser asks for, when the messenger speaks it; else English. */
export function browserLanguage(): Language {
  return languageOfLocale(navigator.language) ?? 'en';
}

const CHOICE_KEY = 'flexbnb.language';

/** The language picked on the signed-out pages, until someone signs in; else null. */
export function chosenLanguage(): Language | null {
  try {
    return languageOfLocale(localStorage.getItem(CHOICE_KEY));
  } catch {
    return null;
  }
}

/** Remembers the language picked on the signed-out pages (null forgets it), and shows it. */
export function chooseLanguage(language: Language | null): Promise<void> {
  try {
    if (language) localStorage.setItem(CHOICE_KEY, language);
    else localStorage.removeItem(CHOICE_KEY);
  } catch {
    // Storage refused (a private window): the choice lasts as long as the page.
  }
  return language ? showIn(language) : Promise.resolve();
}

/**
 * The language the app shows for `user`: their profile's (`locale`); the browser's when it
 * names none, or none the messenger speaks. Signed out: the one picked on the signed-out pages,
 * else the browser's.
 */
export function appLanguage(user: { locale: string | null } | null): Language {
  if (user) return languageOfLocale(user.locale) ?? browserLanguage();
  return chosenLanguage() ?? browserLanguage();
}
