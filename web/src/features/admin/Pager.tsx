import { ADMIN_PAGE_SIZE } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { count as format } from './format.ts';
import styles from './Pager.module.css';

interface Props {
  /** Rows on this page. */
  count: number;
  total: number | null;
  /** Pages before this one; null when unknown (a link opened mid-list). */
  pageIndex: number | null;
  nextCursor: string | null;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
  /** A list whose rows are not yet those of the page asked for. */
  busy?: boolean;
}

/** "26–50 of 132", with the previous and next pages. */
export function Pager({ count, total, pageIndex, nextCursor, onNext, onPrevious, busy }: Props) {
  const { t } = useTranslation('admin');
  const first = pageIndex === null ? null : pageIndex * ADMIN_PAGE_SIZE + 1;
  const range =
    first === null || count === 0
      ? t('pager.shown', { n: format(count) })
      : count === 1
        ? format(first)
        : t('pager.range', { first: format(first), last: format(first + count - 1) });
  const summary = total === null ? range : t('pager.ofTotal', { range, total: format(total) });
  return (
    <nav className={styles.pager} aria-label={t('pager.label')}>
      <p className="muted small" aria-live="polite">
        {count === 0 && total === 0 ? t('pager.noResults') : summary}
      </p>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button secondary small"
          disabled={pageIndex === 0 || busy}
          onClick={onPrevious}
        >
          {t('pager.previous')}
        </button>
        <button
          type="button"
          className="button secondary small"
          disabled={!nextCursor || busy}
          onClick={() => nextCursor && onNext(nextCursor)}
        >
          {t('pager.next')}
        </button>
      </div>
    </nav>
  );
}
