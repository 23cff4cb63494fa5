import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { Dialog } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n.ts';
import type { QuickReply } from './api.ts';
import styles from './QuickReplyPicker.module.css';

interface Props {
  templates: QuickReply[];
  loading?: boolean;
  initialQuery?: string;
  onPick: (template: QuickReply) => void;
}

/**
 * Filters templates by title, text or category (its name in the language shown); the words
 * typed must all appear.
 */
export function filterTemplates(
  templates: QuickReply[],
  search: string,
  t: TFunction<'quickReplies'> = i18n.getFixedT(null, 'quickReplies'),
): QuickReply[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return templates.filter((template) => {
    const category = t(`categories.${template.category}`);
    const haystack = `${template.title} ${template.message} ${category}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/**
 * The composer's template search: a combobox over the host's active templates. Arrow keys move,
 * Enter picks. The dialog of the composer's popover, which closes it on Escape or a click
 * elsewhere.
 */
export function QuickReplyPicker({ templates, loading, initialQuery = '', onPick }: Props) {
  const { t } = useTranslation('quickReplies');
  const [search, setSearch] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => filterTemplates(templates, search, t), [templates, search, t]);
  const current = Math.min(active, Math.max(matches.length - 1, 0));

  // The search takes the focus once the dialog has taken it on opening (its effect runs first).
  useEffect(() => input.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current + 1) % Math.max(matches.length, 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current - 1 + matches.length) % Math.max(matches.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const pick = matches[current];
      if (pick) onPick(pick);
    }
  };

  return (
    <Dialog className={styles.picker} aria-label={t('picker.title')}>
      <div className={styles.head}>
        <input
          ref={input}
          className="input"
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={matches[current] ? `${listId}-${matches[current].id}` : undefined}
          aria-label={t('picker.search')}
          placeholder={t('picker.searchPlaceholder')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} role="listbox" aria-label={t('picker.templates')} className={styles.list}>
        {loading && <li className={styles.empty}>{t('picker.loading')}</li>}
        {!loading && matches.length === 0 && (
          <li className={styles.empty}>
            {templates.length === 0 ? t('picker.none') : t('picker.noMatch')}
          </li>
        )}
        {matches.map((template, i) => (
          <li
            key={template.id}
            id={`${listId}-${template.id}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? `${styles.option} ${styles.active}` : styles.option}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(template)}
          >
            <span className={styles.title}>
              {template.title}
              <span className="chip">{t(`categories.${template.category}`)}</span>
              {template.attachments.length > 0 && (
                // The files go with the template: the host should know before picking it.
                <span
                  className={`chip subtle ${styles.files}`}
                  title={template.attachments.map((a) => a.name).join(', ')}
                >
                  <span aria-hidden="true">📎 {template.attachments.length}</span>
                  <span className="sr-only">
                    {t('picker.withFiles', { count: template.attachments.length })}
                  </span>
                </span>
              )}
            </span>
            <span className={styles.text}>{template.message}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
