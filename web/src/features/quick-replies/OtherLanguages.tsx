import {
  LANGUAGE_NAMES,
  LANGUAGES,
  MESSAGE_MAX_LENGTH,
  type Language,
  type TemplateTranslations,
} from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n.ts';
import { FieldError } from '../../ui/forms.tsx';
import { UnknownPlaceholders, unknownPlaceholders } from './placeholders.tsx';
import styles from './OtherLanguages.module.css';

type T = TFunction<'quickReplies'>;
const shown = (): T => i18n.getFixedT(null, 'quickReplies');

/** Why a template's text would be refused, in the server's words; undefined when it is fine. */
export function textError(text: string, t: T = shown()): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return t('textErrors.empty');
  if (trimmed.length > MESSAGE_MAX_LENGTH) {
    return t('textErrors.tooLong', { max: MESSAGE_MAX_LENGTH });
  }
  return undefined;
}

/** The languages a template has a text in, in the order they were added. */
export function languagesOf(translations: TemplateTranslations): Language[] {
  return (Object.keys(translations) as Language[]).filter(
    (l) => LANGUAGES.includes(l) && translations[l] !== undefined,
  );
}

/** Each text of `translations` that would be refused, with why. */
export function translationErrors(
  translations: TemplateTranslations,
  t: T = shown(),
): Partial<Record<Language, string>> {
  const errors: Partial<Record<Language, string>> = {};
  for (const language of languagesOf(translations)) {
    const error = textError(translations[language]!, t);
    if (error) errors[language] = error;
  }
  return errors;
}

/** The first language of `translations` with an error, to move the focus to. */
export function firstInvalid(
  translations: TemplateTranslations,
  errors: Partial<Record<Language, string>>,
): Language | undefined {
  return languagesOf(translations).find((l) => errors[l] !== undefined);
}

/** A template card's languages as small chips ("PT DE"), each named in full for a screen reader. */
export function LanguageChips({ translations }: { translations: TemplateTranslations }) {
  const { t } = useTranslation('quickReplies');
  const languages = languagesOf(translations);
  if (languages.length === 0) return null;
  return (
    <span className={styles.chips}>
      <span className="sr-only">{t('languages.alsoIn')}</span>
      {languages.map((l) => (
        <span key={l} className="chip subtle" title={LANGUAGE_NAMES[l]}>
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="sr-only">{LANGUAGE_NAMES[l]}</span>
        </span>
      ))}
    </span>
  );
}

/**
 * "Other languages": a template's text in languages besides its own message, one text box
 * each, added from a list of the languages not used yet and removed with their button. The
 * whole object goes to `onChange` (a language removed is left out of it).
 */
export function OtherLanguages({
  translations,
  onChange,
  errors = {},
  error,
  warnUnknown = false,
  textRef,
  onTextFocus,
}: {
  translations: TemplateTranslations;
  onChange: (translations: TemplateTranslations) => void;
  /** Each language's error, shown under its text box. */
  errors?: Partial<Record<Language, string>>;
  /** An error about the languages as a whole. */
  error?: string;
  /** Whether each text box warns about `{…}` tokens that are no placeholder. */
  warnUnknown?: boolean;
  /** Each text box as it mounts (and null as it goes), for a form that moves the focus to it. */
  textRef?: (language: Language, box: HTMLTextAreaElement | null) => void;
  onTextFocus?: (language: Language) => void;
}) {
  const { t } = useTranslation('quickReplies');
  const id = useId();
  const used = languagesOf(translations);
  const free = LANGUAGES.filter((l) => !used.includes(l));
  const [choice, setChoice] = useState<Language | null>(null);
  const picked = choice && free.includes(choice) ? choice : free[0];
  const boxes = useRef(new Map<Language, HTMLTextAreaElement>());
  const picker = useRef<HTMLSelectElement>(null);
  // Where the focus goes once React has drawn an added or removed language.
  const focusNext = useRef<Language | 'picker' | null>(null);

  useLayoutEffect(() => {
    const next = focusNext.current;
    if (next === null) return;
    focusNext.current = null;
    (next === 'picker' ? picker.current : boxes.current.get(next))?.focus();
  });

  const add = () => {
    if (!picked) return;
    focusNext.current = picked;
    onChange({ ...translations, [picked]: '' });
  };
  const remove = (language: Language) => {
    const rest = { ...translations };
    delete rest[language];
    focusNext.current = 'picker';
    onChange(rest);
  };

  const hintId = `${id}-hint`;
  return (
    <fieldset className={styles.languages} aria-describedby={hintId}>
      <legend>{t('languages.title')}</legend>
      <p id={hintId} className={`muted small ${styles.hint}`}>
        {t('languages.hint')}
      </p>
      {used.map((language) => {
        const text = translations[language] ?? '';
        const boxId = `${id}-${language}`;
        const errorId = `${boxId}-error`;
        const warningId = `${boxId}-warning`;
        const unknown = warnUnknown ? unknownPlaceholders(text) : [];
        const fieldError = errors[language];
        const describedBy = [fieldError && errorId, unknown.length > 0 && warningId]
          .filter(Boolean)
          .join(' ');
        return (
          <div key={language} className="field">
            <div className={styles.labelRow}>
              <label htmlFor={boxId}>
                {t('languages.messageIn', { language: LANGUAGE_NAMES[language] })}
              </label>
              <button
                type="button"
                className="button secondary small"
                onClick={() => remove(language)}
              >
                <Trans
                  t={t}
                  i18nKey="languages.remove"
                  components={{
                    language: <span className="sr-only">{LANGUAGE_NAMES[language]}</span>,
                  }}
                />
              </button>
            </div>
            <textarea
              ref={(box) => {
                if (box) boxes.current.set(language, box);
                else boxes.current.delete(language);
                textRef?.(language, box);
              }}
              id={boxId}
              className="input"
              lang={language}
              rows={4}
              required
              maxLength={MESSAGE_MAX_LENGTH}
              value={text}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={describedBy || undefined}
              onFocus={() => onTextFocus?.(language)}
              onChange={(e) => onChange({ ...translations, [language]: e.target.value })}
            />
            <FieldError id={errorId} error={fieldError} />
            <UnknownPlaceholders id={warningId} tokens={unknown} list="above" />
          </div>
        );
      })}
      {free.length > 0 && (
        <div className={styles.add}>
          <label htmlFor={`${id}-add`} className="sr-only">
            {t('languages.toAdd')}
          </label>
          <select
            ref={picker}
            id={`${id}-add`}
            className="select"
            value={picked}
            onChange={(e) => setChoice(e.target.value as Language)}
          >
            {free.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
          <button type="button" className="button secondary small" onClick={add}>
            {t('languages.add')}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
