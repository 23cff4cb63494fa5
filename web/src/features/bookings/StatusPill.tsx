import { useTranslation } from 'react-i18next';
import type { ReservationStatus } from './api.ts';
import styles from './StatusPill.module.css';

/** A reservation's status as a small pill, as wide as its word (never stretched by its row). */
export function StatusPill({ status }: { status: ReservationStatus }) {
  const { t } = useTranslation('reservations');
  return <span className={`${styles.pill} ${styles[status]}`}>{t(`status.${status}`)}</span>;
}
