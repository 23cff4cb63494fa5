import type { ConversationFilter, Property } from '@flexbnb/contracts';
import { useEffect, useState } from 'react';
import { SearchIcon } from '../../ui/icons.tsx';

export const FILTERS: { value: ConversationFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'unread', label: 'Unread' },
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

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

/** The inbox filters: a tab per filter, a search box (debounced) and, for hosts, a property. */
export function MessageFilters({ value, onChange, properties, searchDelayMs = 250 }: Props) {
  const [q, setQ] = useState(value.q);

  useEffect(() => {
    if (q === value.q) return;
    const timer = setTimeout(() => onChange({ ...value, q }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [q, value, onChange, searchDelayMs]);

  return (
    <div className="filters">
      <div className="search">
        <SearchIcon />
        <input
          type="search"
          className="search-input"
          aria-label="Search conversations"
          placeholder="Search names, places, messages"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <div className="filter-row">
        <div className="segmented" role="radiogroup" aria-label="Show">
          {FILTERS.map((f) => (
            <button
              key={f.value}
              type="button"
              role="radio"
              aria-checked={value.filter === f.value}
              className={value.filter === f.value ? 'selected' : ''}
              onClick={() => onChange({ ...value, filter: f.value })}
            >
              {f.label}
            </button>
          ))}
        </div>
        {properties && properties.length > 1 && (
          <select
            className="select"
            aria-label="Property"
            value={value.property_id}
            onChange={(e) => onChange({ ...value, property_id: e.target.value })}
          >
            <option value="">All properties</option>
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
