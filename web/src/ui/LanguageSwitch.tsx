import { LANGUAGE_NAMES, LANGUAGES } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../lib/i18n.ts';
import styles from './LanguageSwitch.module.css';

/**
 * The signed-out pages' language picker: the messenger's languages, each by its own name. A
 * press shows the app in it at once, and it is remembered until someone signs in (their
 * profile's language takes over then).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <div role="group" aria-label={t('language')} className={styles.switch}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className={styles.option}
          aria-pressed={i18n.language === language}
          onClick={() => void chooseLanguage(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
