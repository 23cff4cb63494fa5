import { Link, useParams } from 'react-router';
import admin from '../../features/admin/admin.module.css';
import { useAdminDelivery } from '../../features/admin/api.ts';
import { dateTime } from '../../features/admin/format.ts';
import { AdminHead, Facts, Person, StatusBadge } from '../../features/admin/parts.tsx';
import { CHANNEL_LABELS, TYPE_LABELS } from '../../features/notifications/api.ts';
import { ApiError } from '../../lib/api.ts';
import { RetryButton } from '../../features/admin/RetryButton.tsx';
import styles from './DeliveryDetailPage.module.css';

/** One delivery: where it went, its last error, and every attempt. */
export function DeliveryDetailPage() {
  const { id = '' } = useParams();
  const delivery = useAdminDelivery(id);
  const d = delivery.data;
  return (
    <div className="page wide">
      <Link to="/admin/deliveries" className="back-link">
        ← Deliveries
      </Link>
      {delivery.isLoading && <p className="muted">Loading…</p>}
      {delivery.error && (
        <p className="form-error" role="alert">
          {delivery.error instanceof ApiError && delivery.error.status === 404
            ? 'There is no such delivery.'
            : delivery.error.message}
        </p>
      )}
      {d && (
        <>
          <AdminHead
            title={`${CHANNEL_LABELS[d.channel]}: ${d.notification.title}`}
            description={TYPE_LABELS[d.notification.notification_type]}
          >
            <StatusBadge status={d.status} />
            <RetryButton delivery={d} />
          </AdminHead>
          {d.last_error && (
            <div className={styles.errorBox} role="note" aria-label="Last error">
              <strong>Last error</strong>
              <pre>{d.last_error}</pre>
            </div>
          )}
          <section className="card" aria-label="Details">
            <Facts
              items={[
                ['To', <Person key="u" person={d.user} />],
                ['Attempts', d.attempts],
                ['Next attempt', dateTime(d.next_attempt_at)],
                ['Sent', dateTime(d.sent_at)],
                ['Provider id', d.provider_message_id ?? '—'],
                ['Created', dateTime(d.created_at)],
                ['Updated', dateTime(d.updated_at)],
              ]}
            />
          </section>
          <section className={admin.section} aria-labelledby="attempts">
            <h2 id="attempts">Attempts</h2>
            {d.history.length === 0 ? (
              <p className="muted">Not tried yet.</p>
            ) : (
              <ol className={styles.attempts}>
                {d.history.map((a, i) => (
                  <li key={`${a.attempted_at}-${i}`} className="card">
                    <div className={styles.attemptHead}>
                      <strong>Attempt {i + 1}</strong>
                      <StatusBadge status={a.outcome} />
                      <time dateTime={a.attempted_at} className="muted small">
                        {dateTime(a.attempted_at)}
                      </time>
                    </div>
                    {a.response_code && (
                      <p className="small">
                        Provider answered <code>{a.response_code}</code>
                      </p>
                    )}
                    {a.error && <pre className={styles.attemptError}>{a.error}</pre>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </div>
  );
}
