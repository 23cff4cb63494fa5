import { STATUS_LABEL } from '../reservations/api.ts';
import type { ReservationStatus } from './api.ts';
import styles from './StatusPill.module.css';

/** A reservation's status as a small pill, as wide as its word (never stretched by its row). */
export function StatusPill({ status }: { status: ReservationStatus }) {
  return <span className={`${styles.pill} ${styles[status]}`}>{STATUS_LABEL[status]}</span>;
}
