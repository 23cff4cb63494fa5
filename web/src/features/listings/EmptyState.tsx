import type { ReactNode } from 'react';
import { Link } from 'react-router';
import styles from './EmptyState.module.css';

/** A list with nothing in it yet: what that means, and the one thing to do next. */
export function EmptyState({
  children,
  action,
  to,
}: {
  children: ReactNode;
  action: string;
  to: string;
}) {
  return (
    <div className={styles.empty}>
      <p>{children}</p>
      <Link to={to} className="button primary">
        {action}
      </Link>
    </div>
  );
}
