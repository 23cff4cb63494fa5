import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { humanize } from './format.ts';

/** A state as a coloured pill ("Failed", "Sent", "Disabled"). */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return <span className={`status status-${status}`}>{label ?? humanize(status)}</span>;
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
    <span className="cell-person">
      {to ? <Link to={to}>{person.name}</Link> : <strong>{person.name}</strong>}
      {person.email && <span className="muted small">{person.email}</span>}
    </span>
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
    <div className="page-head admin-head">
      <div>
        <h1>{title}</h1>
        {description && <p className="muted">{description}</p>}
      </div>
      {children && <div className="admin-head-actions">{children}</div>}
    </div>
  );
}

/** Facts as a definition list: "Status — Confirmed". */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
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
    <div className={`stat card ${tone ? `stat-${tone}` : ''}`}>
      <span className="stat-label">{label}</span>
      <strong className="stat-value">{value}</strong>
      {hint && <span className="stat-hint muted small">{hint}</span>}
    </div>
  );
}
