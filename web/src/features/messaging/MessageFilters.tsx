import type { ConversationFilter, Property } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../search/SearchBox.tsx';
import styles from './MessageFilters.module.css';

/**
 * As Airbnb's inbox: "All" is every conversation not archived (the API's `active`), archived
 * ones wait under their own filter.
 */
export const FILTERS = [
  { value: 'active', label: 'filters.all' },
  { value: 'unread', label: 'filters.unread' },
  { value: 'archived', label: 'filters.archived' },
] as const satisfies readonly { value: ConversationFilter; label: string }[];

/** The inbox as it opens. */
export const DEFAULT_FILTERS: FilterState = { filter: 'active', q: '', property_id: '' };

export interface FilterState {
  filter: ConversationFilter;
  q: string;
  property_id: string;
}

interface Props {
  value: FilterState;
  onChange: (next: FilterState) => void;
  properties?: Property[];
  searchDelayMs?: number;
}

/**
 * The inbox filters: a tab per filter, the search box (its hits under it; the list narrows to
 * the words once the typing pauses) and, for hosts, a property.
 */
export function MessageFilters({ value, onChange, properties, searchDelayMs = 250 }: Props) {
  const { t } = useTranslation('messaging');
  return (
    <div className={styles.filters}>
      <SearchBox
        value={value.q}
        onSearch={(q) => onChange({ ...value, q })}
        propertyId={value.property_id}
        delayMs={searchDelayMs}
      />
      <div className={styles.filterRow}>
        <div className={styles.segmented} role="radiogroup" aria-label={t('filters.show')}>
          {FILTERS.map((f) => (
            <button
              key={f.value}
              type="button"
              role="radio"
              aria-checked={value.filter === f.value}
              className={value.filter === f.value ? styles.selected : undefined}
              onClick={() => onChange({ ...value, filter: f.value })}
            >
              {t(f.label)}
            </button>
          ))}
        </div>
        {properties && properties.length > 1 && (
          <select
            className="select"
            aria-label={t('filters.property')}
            value={value.property_id}
            onChange={(e) => onChange({ ...value, property_id: e.target.value })}
          >
            <option value="">{t('filters.allProperties')}</option>
            {properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        )}
      </div>
    </div>
  );
}
