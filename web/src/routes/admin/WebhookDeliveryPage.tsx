import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import admin from '../../features/admin/admin.module.css';
import { useAdminWebhookDelivery, useRedeliverWebhook } from '../../features/admin/api.ts';
import { dateTime } from '../../features/admin/format.ts';
import { AdminHead, Facts, StatusBadge } from '../../features/admin/parts.tsx';
import { ReasonDialog } from '../../features/admin/ReasonDialog.tsx';
import { ApiError } from '../../lib/api.ts';
import styles from './DeliveryDetailPage.module.css';

/** One webhook delivery: where it went, what it carried, and every attempt's answer. */
export function WebhookDeliveryPage() {
  const { id = '' } = useParams();
  const delivery = useAdminWebhookDelivery(id);
  const redeliver = useRedeliverWebhook();
  const [confirming, setConfirming] = useState(false);
  const d = delivery.data;
  return (
    <div className="page wide">
      <Link to="/admin/webhooks" className="back-link">
        ← Webhooks
      </Link>
      {delivery.isLoading && <p className="muted">Loading…</p>}
      {delivery.error && (
        <p className="form-error" role="alert">
          {delivery.error instanceof ApiError && delivery.error.status === 404
            ? 'There is no such webhook delivery.'
            : delivery.error.message}
        </p>
      )}
      {d && (
        <>
          <AdminHead title={d.event_type} description={d.endpoint.url}>
            <StatusBadge status={d.status} />
            {d.status !== 'pending' && (
              <button
                type="button"
                className="button secondary small"
                onClick={() => setConfirming(true)}
              >
                Redeliver
              </button>
            )}
          </AdminHead>
          <section className="card" aria-label="Details">
            <Facts
              items={[
                ['Webhook id', <code key="id">{d.id}</code>],
                ['Endpoint', d.endpoint.active ? 'Active' : 'Turned off'],
                ['Attempts', d.attempts],
                ['Last answer', d.last_status_code ?? '—'],
                ['Next attempt', dateTime(d.next_attempt_at)],
                ['Created', dateTime(d.created_at)],
              ]}
            />
          </section>
          <section className={admin.section} aria-labelledby="body">
            <h2 id="body">Body</h2>
            <pre className={`card ${styles.payload}`}>{JSON.stringify(d.body, null, 2)}</pre>
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
                      <StatusBadge
                        status={a.status_code && a.status_code < 300 ? 'succeeded' : 'failed'}
                        label={a.status_code ? `HTTP ${a.status_code}` : 'No answer'}
                      />
                      <time dateTime={a.attempted_at} className="muted small">
                        {dateTime(a.attempted_at)}
                      </time>
                      <span className="muted small">{a.latency_ms} ms</span>
                    </div>
                    {a.error && <pre className={styles.attemptError}>{a.error}</pre>}
                    {a.response_excerpt && (
                      <pre className={styles.payload}>{a.response_excerpt}</pre>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
          {confirming && (
            <ReasonDialog
              title="Send this webhook again?"
              confirmLabel="Redeliver"
              busy={redeliver.isPending}
              onCancel={() => setConfirming(false)}
              onConfirm={(reason) =>
                redeliver.mutate(
                  { id: d.id, reason },
                  {
                    onSuccess: () => {
                      toast.success('Sending it again: its answer shows under Attempts');
                      setConfirming(false);
                    },
                    onError: (err) => toast.error(err.message),
                  },
                )
              }
            >
              <p>
                One more attempt now, with the same webhook id, even if the endpoint is turned off.
              </p>
            </ReasonDialog>
          )}
        </>
      )}
    </div>
  );
}
