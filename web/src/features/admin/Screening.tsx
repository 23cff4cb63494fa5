import { useTranslation } from 'react-i18next';
import type { AdminScreening } from './api.ts';
import type { AdminT } from './labels.ts';
import { StatusBadge } from './parts.tsx';
import styles from './Screening.module.css';

type Action = AdminScreening['action'];

const ACTIONS: readonly Action[] = ['masked', 'flagged', 'revealed'];

/** What screening may have done, as the filter offers it. */
export const screeningActionOptions = (t: AdminT) =>
  ACTIONS.map((value) => ({ value, label: t(`screening.action.${value}`) }));

/** What screening did, as a pill. */
export function ScreeningBadge({ action }: { action: Action }) {
  const { t } = useTranslation('admin');
  return <StatusBadge status={action} label={t(`screening.action.${action}`)} />;
}

/** What screening found, in the order it appears: "Phone number +351 912 345 678". */
export function ScreeningMatches({ matches }: { matches: AdminScreening['matches'] }) {
  const { t } = useTranslation('admin');
  if (matches.length === 0) return <span className="muted">—</span>;
  return (
    <ul className={styles.matches} aria-label={t('screening.found')}>
      {matches.map((m, i) => (
        <li key={i}>
          <span className={styles.kind}>{t(`screening.kind.${m.kind}`)}</span>{' '}
          <code className={styles.found}>{m.text}</code>
        </li>
      ))}
    </ul>
  );
}
