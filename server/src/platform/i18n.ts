import { languageOfLocale, LANGUAGES, type Language } from '@flexbnb/contracts';
import { en, I18N_OPTIONS, loadCatalogue, type Namespace } from '@flexbnb/contracts/i18n';
import { SQL, sql } from 'drizzle-orm';
import i18next, { type TFunction } from 'i18next';

/** The messenger's own texts, in every language it speaks, for what the server writes. */
export interface Texts {
  /**
   * The translator of one namespace of one language, its keys type-checked against English:
   * `texts.in('de', 'notify')('email.greeting', values)`; without a namespace, the language's
   * translator (its default namespace's keys).
   */
  in(language: Language): TFunction;
  in<N extends Namespace>(language: Language, namespace: N): TFunction<N>;
}

/**
 * The English translator, ready at once (English ships with the code): for the texts the
 * server stores in English, the record admins read, while a statement is being built.
 */
export const english: TFunction<'notify'> = (() => {
  const instance = i18next.createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: 'en', resources: { en }, initAsync: false });
  return instance.getFixedT('en', 'notify');
})();

let loaded: Promise<Texts> | undefined;

/**
 * Loads every language's catalogue, once per process (every caller shares the first load):
 * the catalogues are part of the code, so there is nothing to load again.
 */
export function loadTexts(): Promise<Texts> {
  loaded ??= load();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

async function load(): Promise<Texts> {
  const catalogues = await Promise.all(LANGUAGES.map(loadCatalogue));
  const instance = i18next.createInstance();
  await instance.init({
    ...I18N_OPTIONS,
    lng: 'en',
    resources: Object.fromEntries(LANGUAGES.map((language, i) => [language, catalogues[i]!])),
    initAsync: false,
  });
  const translators = new Map<string, TFunction<Namespace>>();
  function translator(language: Language, namespace?: Namespace) {
    const key = `${language}:${namespace ?? ''}`;
    let t = translators.get(key);
    if (!t) {
      t = namespace ? instance.getFixedT(language, namespace) : instance.getFixedT(language);
      translators.set(key, t);
    }
    return t;
  }
  return { in: translator } as Texts;
}

/**
 * The language a user reads the messenger's texts in: their locale's, else the one their
 * messages were detected in, else English.
 */
export function languageOfUser(user: {
  locale: string | null;
  detectedLanguage?: string | null;
}): Language {
  const detected = LANGUAGES.find((language) => language === user.detectedLanguage);
  return languageOfLocale(user.locale) ?? detected ?? 'en';
}

/**
 * A catalogue text as SQL: its words as bound parameters, each `{{name}}` as `values[name]`
 * (an SQL expression of type text, or a constant), joined with `||`, so that a statement writes
 * the same sentence `t` would (a null value makes it null, as `||` does). Throws for a
 * placeholder without a value.
 */
export function sqlText(template: string, values: Record<string, SQL | string | number> = {}): SQL {
  const parts = template.split(/\{\{\s*([^{}]+?)\s*\}\}/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (part !== '') chunks.push(sql`${part}::text`);
      return;
    }
    const value = values[part];
    if (value === undefined) throw new Error(`no value for {{${part}}} in "${template}"`);
    chunks.push(value instanceof SQL ? sql`(${value})` : sql`${String(value)}::text`);
  });
  return chunks.length === 0 ? sql`''::text` : sql`(${sql.join(chunks, sql` || `)})`;
}
