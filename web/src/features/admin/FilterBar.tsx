import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../ui/icons.tsx';
import styles from './FilterBar.module.css';

/** The filters above a list: a search box, selects, and a way back to everything. */
export function FilterBar({
  children,
  filtered,
  onClear,
}: {
  children: ReactNode;
  filtered?: boolean;
  onClear?: () => void;
}) {
  const { t } = useTranslation('admin');
  return (
    <div className={styles.bar} role="group" aria-label={t('filters.label')}>
      {children}
      {filtered && onClear && (
        <button type="button" className="link-button subtle" onClick={onClear}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}

const SEARCH_DELAY_MS = 300;

/**
 * A search box, labelled "Search" unless told otherwise. What is typed reaches the URL (and so the server) after a
 * short pause, replacing the history entry so that typing a word is not ten back-button steps;
 * Enter sends it at once.
 */
export function SearchFilter({
  value,
  onChange,
  placeholder,
  label,
}: {
  value: string | undefined;
  onChange: (value: string | undefined, replace: boolean) => void;
  placeholder?: string;
  /** Its accessible name, when it looks for one field rather than words anywhere. */
  label?: string;
}) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value ?? '');
  const [sent, setSent] = useState<string | null>(null);
  // The URL changed under the box (back button, "Clear filters"): show what it says now, unless
  // it is only what this box sent (the person may have typed on since).
  if ((value ?? '') !== shown) {
    setShown(value ?? '');
    if ((value ?? '') !== sent) setDraft(value ?? '');
  }
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  useEffect(() => {
    if (draft.trim() === (value ?? '')) return;
    const timer = setTimeout(() => {
      setSent(draft.trim());
      latest.current(draft.trim() || undefined, true);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);

  return (
    <form
      role="search"
      className={`search ${styles.search}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.trim() === (value ?? '')) return;
        setSent(draft.trim());
        onChange(draft.trim() || undefined, false);
      }}
    >
      <SearchIcon />
      <input
        type="search"
        className="search-input"
        aria-label={label ?? t('filters.search')}
        placeholder={placeholder}
        value={draft}
        maxLength={200}
        onChange={(e) => setDraft(e.target.value)}
      />
    </form>
  );
}

/** A select filter: its first option, "Any" unless told otherwise, clears it. */
export function SelectFilter<V extends string>({
  label,
  value,
  options,
  onChange,
  anyLabel,
}: {
  label: string;
  value: V | undefined;
  options: readonly V[] | readonly { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
  anyLabel?: string;
}) {
  const { t } = useTranslation('admin');
  const id = useId();
  return (
    <span className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as V | undefined)}
      >
        <option value="">{anyLabel ?? t('filters.any')}</option>
        {options.map((option) => {
          const { value: v, label: text } =
            typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
    </span>
  );
}

/** The records a list can be narrowed to, one at a time each (`?host_id=…`). */
export type RecordFilterKind = 'host' | 'user' | 'property' | 'reservation' | 'target' | 'actor';

/** A filter by one record (`?user_id=…`), shown as a chip that removes it. */
export function RecordFilter({
  kind,
  value,
  onClear,
}: {
  kind: RecordFilterKind;
  value: string | undefined;
  onClear: () => void;
}) {
  const { t } = useTranslation('admin');
  if (!value) return null;
  return (
    <span className={styles.chip}>
      {t('filters.chip', { label: t(`filters.record.${kind}.label`) })}{' '}
      <code title={value}>{value.slice(0, 8)}</code>
      <button
        type="button"
        className="link-button subtle"
        aria-label={t(`filters.record.${kind}.remove`)}
        onClick={onClear}
      >
        {t('filters.remove')}
      </button>
    </span>
  );
}
