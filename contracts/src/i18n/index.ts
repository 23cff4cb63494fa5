import type { InitOptions } from 'i18next';
import { LANGUAGES, type Language } from '../languages.ts';
import { en } from './en/index.ts';
import type { Catalogue } from './translation.ts';

export { en };
export type { Catalogue, Translation } from './translation.ts';

/**
 * The messenger's own texts — the web app's, the emails', the notifications' — shared by the
 * server and the web app, one namespace per part of the product. English is the source and
 * ships with the code that imports it; the other languages load when someone reads them.
 */
export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];

const translations: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  pt: async () => (await import('./pt/index.ts')).pt,
  es: async () => (await import('./es/index.ts')).es,
  fr: async () => (await import('./fr/index.ts')).fr,
  de: async () => (await import('./de/index.ts')).de,
};

/** A language's catalogue: every namespace in it. */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  return language === 'en' ? en : translations[language]();
}

/**
 * What every i18next instance of the messenger starts from. Interpolated values are not
 * escaped by i18next: React escapes what it renders, and an email escapes as it builds its HTML.
 */
export const I18N_OPTIONS = {
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnEmptyString: false,
} satisfies InitOptions;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
