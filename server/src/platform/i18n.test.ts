import { LANGUAGES } from '@flexbnb/contracts';
import { en, loadCatalogue, NAMESPACES } from '@flexbnb/contracts/i18n';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { english, languageOfUser, loadTexts, sqlText } from './i18n.ts';

/** Every text of a namespace, by its dotted key. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const texts = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) texts.set(k, v);
    } else {
      texts.set(path, value);
    }
  }
  return texts;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((m) => m[1]!).sort();

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * The English text a language's key translates: the same key, or for a plural form English
 * does not have (`_many`) its `_other`.
 */
function englishOf(texts: Map<string, unknown>, key: string) {
  return texts.get(key) ?? texts.get(key.replace(PLURAL, '_other'));
}

describe('the catalogues', () => {
  it('use in every language exactly the placeholders of English, and no empty text', async () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      const catalogue = await loadCatalogue(language);
      for (const namespace of NAMESPACES) {
        const source = flatten(en[namespace]);
        for (const [key, text] of flatten(catalogue[namespace])) {
          const where = `${language} ${namespace}:${key}`;
          if (typeof text !== 'string' || text.trim() === '') {
            problems.push(`${where} is empty`);
            continue;
          }
          const original = englishOf(source, key);
          if (typeof original !== 'string') {
            problems.push(`${where} is not an English key`);
            continue;
          }
          // A plural form is chosen by `count`: whether it writes the number is its own affair.
          const drop = (names: string[]) =>
            PLURAL.test(key) ? names.filter((name) => name !== 'count') : names;
          const mine = drop(placeholders(text));
          const theirs = drop(placeholders(original));
          if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
            problems.push(
              `${where} has {{${mine.join('}}, {{')}}} for {{${theirs.join('}}, {{')}}}`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('translate what the server writes: a German email greets in German', async () => {
    const texts = await loadTexts();
    expect(texts.in('de', 'notify')('email.greeting', { name: 'Hana' })).toBe('Hallo Hana,');
    expect(texts.in('fr', 'notify')('email.unsubscribe')).toBe('Se désabonner');
    expect(texts.in('pt', 'notify')('newMessage.sentPhotos', { count: 3 })).toBe('Enviou 3 fotos');
    expect(english('newMessage.sentPhotos', { count: 1 })).toBe('Sent a photo');
    // Interpolated values are the values: never read as placeholders or nested keys.
    expect(english('email.greeting', { name: '{{name}} $t(notify:sms.text)' })).toBe(
      'Hi {{name}} $t(notify:sms.text),',
    );
  });
});

describe('languageOfUser', () => {
  it('reads the locale, else the detected language, else English', () => {
    expect(languageOfUser({ locale: 'pt-BR', detectedLanguage: 'de' })).toBe('pt');
    expect(languageOfUser({ locale: 'ja-JP', detectedLanguage: 'de' })).toBe('de');
    expect(languageOfUser({ locale: null, detectedLanguage: 'fr' })).toBe('fr');
    expect(languageOfUser({ locale: null, detectedLanguage: 'ja' })).toBe('en');
    expect(languageOfUser({ locale: null })).toBe('en');
  });
});

describe('sqlText', () => {
  it('writes a catalogue text as a concatenation of bound words and the values given', () => {
    const query = new PgDialect().sqlToQuery(
      sqlText('{{guest}} asks to stay at {{property}}, {{nights}}', {
        guest: sql`guest.name`,
        property: sql`p.title`,
        nights: 3,
      }),
    );
    expect(query.sql).toBe('((guest.name) || $1::text || (p.title) || $2::text || $3::text)');
    expect(query.params).toEqual([' asks to stay at ', ', ', '3']);
    expect(() => sqlText('Hi {{name}}')).toThrow(/no value for \{\{name\}\}/);
  });
});
