import type { AdminScreening } from './api.ts';
import { SCREENING_KIND_LABELS } from '../messaging/screening.ts';
import { StatusBadge } from './parts.tsx';
import styles from './Screening.module.css';

type Action = AdminScreening['action'];

/** What contact screening did to a message, as the console names it. */
export const SCREENING_ACTION_LABELS: Record<Action, string> = {
  masked: 'Masked',
  flagged: 'Flagged',
  revealed: 'Revealed',
};

/** The same, in a few words more: what the participants saw. */
export const SCREENING_ACTION_MEANING: Record<Action, string> = {
  masked: 'hidden from both sides until the booking is confirmed',
  flagged: 'sent as written before the booking was confirmed',
  revealed: 'hidden at first, shown as written since the booking was confirmed',
};

export const SCREENING_ACTION_OPTIONS = (Object.keys(SCREENING_ACTION_LABELS) as Action[]).map(
  (a) => ({ value: a, label: SCREENING_ACTION_LABELS[a] }),
);

/** What screening did, as a pill. */
export function ScreeningBadge({ action }: { action: Action }) {
  return <StatusBadge status={action} label={SCREENING_ACTION_LABELS[action]} />;
}

/** What screening found, in the order it appears: "Phone number +351 912 345 678". */
export function ScreeningMatches({ matches }: { matches: AdminScreening['matches'] }) {
  if (matches.length === 0) return <span className="muted">—</span>;
  return (
    <ul className={styles.matches} aria-label="What screening found">
      {matches.map((m, i) => (
        <li key={i}>
          <span className={styles.kind}>{SCREENING_KIND_LABELS[m.kind]}</span>{' '}
          <code className={styles.found}>{m.text}</code>
        </li>
      ))}
    </ul>
  );
}
