import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { relativeTime } from '../../lib/time.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { SearchIcon } from '../../ui/icons.tsx';
import { highlightTerms, hitKey, otherPerson, type SearchHit } from './api.ts';
import styles from './SearchCombobox.module.css';
import { Snippet } from './Snippet.tsx';

export type SearchScope = 'all' | 'conversation';

export interface SearchComboboxProps {
  /** What is typed. */
  text: string;
  onTextChange: (text: string) => void;
  /** Enter with no hit chosen: search for what is typed now, without waiting for the pause. */
  onSubmit: () => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The words the hits shown are for. */
  query: string;
  hits: SearchHit[];
  /** The signed-in user: a hit names the other person, and "You" for what they wrote. */
  me: string | undefined;
  /** `searching` until the first hits of these words arrive; `error` when that failed. */
  status: 'searching' | 'error' | 'done';
  /** New words or a new page are on their way. */
  busy: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  onRetry: () => void;
  onChoose: (hit: SearchHit) => void;
  /** Offered when a thread is open: search every conversation, or only that one. */
  scope?: { value: SearchScope; onChange: (scope: SearchScope) => void };
  now?: Date;
}

const MORE = 'more';

/**
 * The search box of the messenger as an ARIA combobox: what is typed searches the caller's
 * conversations, the hits show in a listbox under it — conversations (a name or a title
 * matched), then messages with the matching words marked. ↑/↓ move through the hits and "More
 * results", Enter opens the one chosen, Escape closes the list (and, with it closed, clears).
 */
export function SearchCombobox({
  text,
  onTextChange,
  onSubmit,
  open,
  onOpenChange,
  query,
  hits,
  me,
  status,
  busy,
  hasMore,
  loadingMore,
  onMore,
  onRetry,
  onChoose,
  scope,
  now,
}: SearchComboboxProps) {
  const { t, i18n } = useTranslation('search');
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState<string | null>(null);
  // The keys shown when "More results" was chosen: once the page is in, the first new hit is
  // the active one, so the keys carry on where the list grew.
  const [moreFrom, setMoreFrom] = useState<string[] | null>(null);

  const conversations = hits.filter((h) => h.type === 'conversation');
  const messages = hits.filter((h) => h.type !== 'conversation');
  const ordered = [...conversations, ...messages];
  const keys = [...ordered.map(hitKey), ...(hasMore ? [MORE] : [])];
  const expanded = open && text.trim().length > 0;
  const optionId = (key: string) => `${listId}-${key}`;

  let current = active !== null && keys.includes(active) ? active : null;
  if (active === MORE && moreFrom && !loadingMore) {
    current =
      keys.find((k) => k !== MORE && !moreFrom.includes(k)) ?? current ?? keys.at(-1) ?? null;
  }

  const activate = (key: string | null) => {
    setActive(key);
    setMoreFrom(null);
  };

  useLayoutEffect(() => {
    if (current)
      document.getElementById(`${listId}-${current}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current, listId]);

  const choose = (key: string) => {
    if (key === MORE) {
      if (!loadingMore) {
        setActive(MORE);
        setMoreFrom(keys);
        onMore();
      }
      return;
    }
    const hit = ordered.find((h) => hitKey(h) === key);
    if (hit) {
      activate(null);
      onChoose(hit);
    }
  };

  const move = (step: 1 | -1) => {
    if (!expanded) {
      if (text.trim()) onOpenChange(true);
      activate(step === 1 ? (keys[0] ?? null) : (keys.at(-1) ?? null));
      return;
    }
    if (keys.length === 0) return;
    const at = current === null ? (step === 1 ? -1 : keys.length) : keys.indexOf(current);
    activate(keys[(at + step + keys.length) % keys.length]!);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded && current) choose(current);
      else if (text.trim()) {
        onSubmit();
        onOpenChange(true);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        // Closing comes first; the browser's own Escape would also clear a search field.
        event.preventDefault();
        activate(null);
        onOpenChange(false);
      } else if (text) {
        event.preventDefault();
        onTextChange('');
      }
    }
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) {
      activate(null);
      onOpenChange(false);
    }
  };

  const announce = !expanded
    ? ''
    : status === 'searching'
      ? t('announce.searching')
      : status === 'error'
        ? t('announce.failed')
        : hits.length === 0
          ? t('announce.none', { query })
          : t(hasMore ? 'announce.resultsOrMore' : 'announce.results', { count: hits.length });

  const option = (hit: SearchHit) => {
    const key = hitKey(hit);
    const other = otherPerson(hit, me);
    const conversationHit = hit.type === 'conversation';
    return (
      <div
        key={key}
        id={optionId(key)}
        role="option"
        aria-selected={current === key}
        className={current === key ? `${styles.hit} ${styles.active}` : styles.hit}
        onMouseEnter={() => activate(key)}
        onClick={() => choose(key)}
      >
        <Avatar name={other.name} size={36} />
        <span className={styles.hitBody}>
          <span className={styles.hitTop}>
            <Snippet
              className={styles.hitName}
              parts={
                conversationHit
                  ? highlightTerms(other.name, hit.snippet)
                  : [{ text: other.name, highlight: false }]
              }
            />
            <time
              className={styles.hitTime}
              dateTime={hit.created_at}
              title={new Date(hit.created_at).toLocaleString(i18n.language)}
            >
              {relativeTime(hit.created_at, now)}
            </time>
          </span>
          <Snippet
            className={styles.hitProperty}
            parts={
              conversationHit
                ? highlightTerms(hit.property.title, hit.snippet)
                : [{ text: hit.property.title, highlight: false }]
            }
          />
          {!conversationHit && (
            <span className={styles.hitSnippet}>
              {hit.sender_id !== null && hit.sender_id === me && (
                <span className={styles.hitYou}>{t('you')}</span>
              )}
              <Snippet parts={hit.snippet} />
            </span>
          )}
        </span>
      </div>
    );
  };

  return (
    <div className={styles.box} onBlur={onBlur}>
      <div className="search">
        <SearchIcon />
        <input
          ref={input}
          type="search"
          role="combobox"
          className="search-input"
          aria-label={t('label')}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && current ? optionId(current) : undefined}
          placeholder={t('placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => {
            onTextChange(e.target.value);
            activate(null);
            onOpenChange(true);
          }}
          onFocus={() => {
            if (text.trim()) onOpenChange(true);
          }}
          // A click in the field that kept the focus (after a hit was chosen) opens it again.
          onClick={() => {
            if (text.trim() && !open) onOpenChange(true);
          }}
          onKeyDown={onKeyDown}
        />
        {expanded && busy && <span className={styles.spinner} aria-hidden="true" />}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      <div
        className={styles.panel}
        hidden={!expanded}
        // Clicks inside keep the focus in the field, so the keys keep working.
        onMouseDown={(e) => e.preventDefault()}
      >
        {scope && (
          <div className={styles.scope} role="radiogroup" aria-label={t('scope.label')}>
            {(
              [
                ['all', t('scope.all')],
                ['conversation', t('scope.conversation')],
              ] as const
            ).map(([value, label]) => (
              <button
                key={value}
                type="button"
                role="radio"
                aria-checked={scope.value === value}
                className={scope.value === value ? styles.selected : undefined}
                onClick={() => {
                  scope.onChange(value);
                  activate(null);
                  input.current?.focus();
                }}
              >
                {label}
              </button>
            ))}
          </div>
        )}
        <div
          id={listId}
          role="listbox"
          aria-label={t('results')}
          aria-busy={busy}
          className={styles.results}
        >
          {conversations.length > 0 && (
            <div role="group" aria-labelledby={`${listId}-conversations`}>
              <div role="presentation" id={`${listId}-conversations`} className={styles.group}>
                {t('conversations')}
              </div>
              {conversations.map(option)}
            </div>
          )}
          {messages.length > 0 && (
            <div role="group" aria-labelledby={`${listId}-messages`}>
              <div role="presentation" id={`${listId}-messages`} className={styles.group}>
                {t('messages')}
              </div>
              {messages.map(option)}
            </div>
          )}
          {hasMore && (
            <div
              id={optionId(MORE)}
              role="option"
              aria-selected={current === MORE}
              aria-disabled={loadingMore}
              className={current === MORE ? `${styles.more} ${styles.active}` : styles.more}
              onMouseEnter={() => activate(MORE)}
              onClick={() => choose(MORE)}
            >
              {loadingMore ? t('loadingMore') : t('more')}
            </div>
          )}
        </div>
        {hits.length === 0 && status === 'searching' && (
          <p className={styles.note}>
            <span className={styles.spinner} aria-hidden="true" /> {t('searching')}
          </p>
        )}
        {hits.length === 0 && status === 'done' && (
          <p className={styles.note}>
            {/* The words are escaped as they go into the sentence and unescaped as text: whatever
                was typed shows as typed, never as markup. */}
            <Trans
              t={t}
              i18nKey="noResults"
              values={{ query }}
              components={{ query: <span className={styles.query} /> }}
              shouldUnescape
            />
          </p>
        )}
        {status === 'error' && (
          <p className={`${styles.note} ${styles.error}`}>
            {t('failed')}{' '}
            <button type="button" className="link-button" onClick={onRetry}>
              {t('tryAgain')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
