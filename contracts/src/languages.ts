import { z } from 'zod';

/**
 * The languages the messenger speaks: its own texts (the web app, emails, notifications) come
 * in each, a user reads in one of them, and messages between people of two of them are
 * translated. ISO 639-1 codes.
 */
export const LANGUAGES = ['en', 'pt', 'es', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as a picker lists it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  pt: 'Português',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
};

/** The messenger's language a BCP 47 tag speaks ("pt-BR" → pt), or null for another. */
export function languageOfLocale(locale: string | null | undefined): Language | null {
  const primary = locale?.split('-')[0]?.toLowerCase() ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

export const language = z
  .enum(LANGUAGES)
  .describe('A language the messenger speaks, as an ISO 639-1 code')
  .meta({ id: 'Language' });

/** The services a translation can come from. */
export const TRANSLATION_PROVIDERS = ['libretranslate', 'deepl'] as const;
export type TranslationProviderName = (typeof TRANSLATION_PROVIDERS)[number];

export const messageTranslation = z
  .object({
    language: language.describe('The language of `text`: the reader’s'),
    text: z.string().describe('The message in that language, as the provider translated it'),
    provider: z.enum(TRANSLATION_PROVIDERS).describe('The service that translated it'),
  })
  .describe('A message machine-translated into its reader’s language')
  .meta({ id: 'MessageTranslation' });
export type MessageTranslation = z.infer<typeof messageTranslation>;

export const translationStatus = z
  .object({
    enabled: z
      .boolean()
      .describe('A translation service is configured: messages are translated for their readers'),
    provider: z.enum(TRANSLATION_PROVIDERS).nullable().describe('Which; null when none'),
    languages: z.array(language).describe('The languages messages are translated between'),
  })
  .meta({
    id: 'TranslationStatus',
    examples: [{ enabled: true, provider: 'libretranslate', languages: [...LANGUAGES] }],
  });
export type TranslationStatus = z.infer<typeof translationStatus>;
