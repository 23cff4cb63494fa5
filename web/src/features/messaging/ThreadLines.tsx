import type { ReactNode } from 'react';
import styles from './ThreadLines.module.css';

/** Where a new day starts in a thread ("Today", "Wednesday, December 2"). */
export function DaySeparator({ label }: { label: string }) {
  return (
    <div className={styles.daySeparator} role="separator" aria-label={label}>
      <span>{label}</span>
    </div>
  );
}

/** A line the system wrote into the thread (a stay confirmed, changed…), with when. */
export function SystemLine({ text, at, time }: { text: ReactNode; at: string; time: string }) {
  return (
    <p className={styles.systemLine} role="note">
      <span>{text}</span> <time dateTime={at}>{time}</time>
    </p>
  );
}
