import type { ReactNode } from 'react';
import { Link } from 'react-router';
import table from './DataTable.module.css';
import styles from './parts.module.css';
import tones from './status.module.css';

/**
 * The pill classes for a state: the console's own colours (accounts, jobs), or base.css's
 * `.status-*` for those of stays, reminders, scheduled messages and deliveries.
 */
export function statusClass(status: string) {
  return `status ${tones[status] ?? `status-${status}`}`;
}

/** A state as a coloured pill ("Failed", "Sent", "Disabled"): its code colours it, `label` names it. */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={statusClass(status)}>{label}</span>;
}

/** Lines stacked in one cell: a name over its email, a state over its channel. */
export function CellLines({ children }: { children: ReactNode }) {
  return <span className={table.cellLines}>{children}</span>;
}

/** Pills beside a name, kept on its line in a table and wrapping on a phone's card. */
export function Badges({ children }: { children: ReactNode }) {
  return <span className={table.badges}>{children}</span>;
}

/** A row's buttons, at the end of the row (under the card on a phone). */
export function RowActions({ children }: { children: ReactNode }) {
  return <div className={table.rowActions}>{children}</div>;
}

/** An error a cell reports (a delivery's or a job's last one). */
export function ErrorText({ children }: { children: ReactNode }) {
  return <span className={table.errorText}>{children}</span>;
}

/** A person in a cell: the name, the email under it; the name links when `to` is given. */
export function Person({
  person,
  to,
}: {
  person: { name: string; email: string | null };
  to?: string;
}) {
  return (
    <CellLines>
      {to ? (
        <Link to={to}>
          <bdi>{person.name}</bdi>
        </Link>
      ) : (
        <strong>
          <bdi>{person.name}</bdi>
        </strong>
      )}
      {person.email && <span className="muted small">{person.email}</span>}
    </CellLines>
  );
}

/** A page's title, what it is for, and its main actions. */
export function AdminHead({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="page-head">
      <div>
        <h1>{title}</h1>
        {description && <p className="muted">{description}</p>}
      </div>
      {children && <div className={styles.headActions}>{children}</div>}
    </div>
  );
}

/**
 * Facts as a definition list: "Status — Confirmed". Compact: one a line, the term left and its
 * figure right (a queue's counts).
 */
export function Facts({ items, compact }: { items: [string, ReactNode][]; compact?: boolean }) {
  return (
    <dl className={compact ? `${styles.facts} ${styles.compact}` : styles.facts}>
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Stats side by side; compact ones are smaller, for a card's backlog. */
export function StatGrid({ children, compact }: { children: ReactNode; compact?: boolean }) {
  return (
    <div className={compact ? `${styles.statGrid} ${styles.compact}` : styles.statGrid}>
      {children}
    </div>
  );
}

/** A number with what it counts, for the dashboard and the queue. */
export function Stat({
  label,
  value,
  hint,
  tone,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: 'warn' | 'bad' | 'ok';
}) {
  return (
    <div className={[styles.stat, 'card', tone && styles[tone]].filter(Boolean).join(' ')}>
      <span className={styles.statLabel}>{label}</span>
      <strong className={styles.statValue}>{value}</strong>
      {hint && <span className="muted small">{hint}</span>}
    </div>
  );
}
