import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Dialog } from 'react-aria-components';
import { CATEGORY_LABELS, type QuickReply } from './api.ts';
import styles from './QuickReplyPicker.module.css';

interface Props {
  templates: QuickReply[];
  loading?: boolean;
  initialQuery?: string;
  onPick: (template: QuickReply) => void;
}

/** Filters templates by title, text or category; the words typed must all appear. */
export function filterTemplates(templates: QuickReply[], search: string): QuickReply[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return templates.filter((t) => {
    const haystack = `${t.title} ${t.message} ${CATEGORY_LABELS[t.category]}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/**
 * The composer's template search: a combobox over the host's active templates. Arrow keys move,
 * Enter picks. The dialog of the composer's popover, which closes it on Escape or a click
 * elsewhere.
 */
export function QuickReplyPicker({ templates, loading, initialQuery = '', onPick }: Props) {
  const [search, setSearch] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => filterTemplates(templates, search), [templates, search]);
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
    <Dialog className={styles.picker} aria-label="Quick replies">
      <div className={styles.head}>
        <input
          ref={input}
          className="input"
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={matches[current] ? `${listId}-${matches[current].id}` : undefined}
          aria-label="Search quick replies"
          placeholder="Search templates…"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} role="listbox" aria-label="Templates" className={styles.list}>
        {loading && <li className={styles.empty}>Loading templates…</li>}
        {!loading && matches.length === 0 && (
          <li className={styles.empty}>
            {templates.length === 0
              ? 'No quick replies yet — create some under Quick replies.'
              : 'No template matches.'}
          </li>
        )}
        {matches.map((t, i) => (
          <li
            key={t.id}
            id={`${listId}-${t.id}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? `${styles.option} ${styles.active}` : styles.option}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(t)}
          >
            <span className={styles.title}>
              {t.title}
              <span className="chip">{CATEGORY_LABELS[t.category]}</span>
              {t.attachments.length > 0 && (
                // The files go with the template: the host should know before picking it.
                <span
                  className={`chip subtle ${styles.files}`}
                  title={t.attachments.map((a) => a.name).join(', ')}
                >
                  <span aria-hidden="true">📎 {t.attachments.length}</span>
                  <span className="sr-only">
                    , with {t.attachments.length}{' '}
                    {t.attachments.length === 1 ? 'attachment' : 'attachments'}
                  </span>
                </span>
              )}
            </span>
            <span className={styles.text}>{t.message}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
