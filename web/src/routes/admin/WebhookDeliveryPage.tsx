import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import admin from '../../features/admin/admin.module.css';
import { useAdminWebhookDelivery, useRedeliverWebhook } from '../../features/admin/api.ts';
import { count, dateTime } from '../../features/admin/format.ts';
import { AdminHead, Facts, StatusBadge } from '../../features/admin/parts.tsx';
import { ReasonDialog } from '../../features/admin/ReasonDialog.tsx';
import { ApiError } from '../../lib/api.ts';
import styles from './DeliveryDetailPage.module.css';

/** One webhook delivery: where it went, what it carried, and every attempt's answer. */
export function WebhookDeliveryPage() {
  const { t } = useTranslation('admin');
  const { id = '' } = useParams();
  const delivery = useAdminWebhookDelivery(id);
  const redeliver = useRedeliverWebhook();
  const [confirming, setConfirming] = useState(false);
  const d = delivery.data;
  return (
    <div className="page wide">
      <Link to="/admin/webhooks" className="back-link">
        {t('back.webhooks')}
      </Link>
      {delivery.isLoading && <p className="muted">{t('loading')}</p>}
      {delivery.error && (
        <p className="form-error" role="alert">
          {delivery.error instanceof ApiError && delivery.error.status === 404
            ? t('webhooks.notFound')
            : delivery.error.message}
        </p>
      )}
      {d && (
        <>
          <AdminHead title={d.event_type} description={d.endpoint.url}>
            <StatusBadge status={d.status} label={t(`status.webhook.${d.status}`)} />
            {d.status !== 'pending' && (
              <button
                type="button"
                className="button secondary small"
                onClick={() => setConfirming(true)}
              >
                {t('webhooks.redeliver')}
              </button>
            )}
          </AdminHead>
          <section className="card" aria-label={t('details')}>
            <Facts
              items={[
                [t('field.webhookId'), <code key="id">{d.id}</code>],
                [
                  t('field.endpoint'),
                  d.endpoint.active ? t('webhooks.active') : t('webhooks.turnedOff'),
                ],
                [t('field.attempts'), d.attempts],
                [t('field.lastAnswer'), d.last_status_code ?? '—'],
                [t('field.nextAttempt'), dateTime(d.next_attempt_at)],
                [t('field.created'), dateTime(d.created_at)],
              ]}
            />
          </section>
          <section className={admin.section} aria-labelledby="body">
            <h2 id="body">{t('webhooks.body')}</h2>
            <pre className={`card ${styles.payload}`}>{JSON.stringify(d.body, null, 2)}</pre>
          </section>
          <section className={admin.section} aria-labelledby="attempts">
            <h2 id="attempts">{t('deliveries.attempts')}</h2>
            {d.history.length === 0 ? (
              <p className="muted">{t('deliveries.notTried')}</p>
            ) : (
              <ol className={styles.attempts}>
                {d.history.map((a, i) => (
                  <li key={`${a.attempted_at}-${i}`} className="card">
                    <div className={styles.attemptHead}>
                      <strong>{t('deliveries.attempt', { n: i + 1 })}</strong>
                      <StatusBadge
                        status={a.status_code && a.status_code < 300 ? 'succeeded' : 'failed'}
                        label={
                          a.status_code
                            ? t('webhooks.http', { code: a.status_code })
                            : t('webhooks.noAnswer')
                        }
                      />
                      <time dateTime={a.attempted_at} className="muted small">
                        {dateTime(a.attempted_at)}
                      </time>
                      <span className="muted small">
                        {t('webhooks.latency', { ms: count(a.latency_ms) })}
                      </span>
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
              title={t('webhooks.redeliverTitle')}
              confirmLabel={t('webhooks.redeliver')}
              busy={redeliver.isPending}
              onCancel={() => setConfirming(false)}
              onConfirm={(reason) =>
                redeliver.mutate(
                  { id: d.id, reason },
                  {
                    onSuccess: () => {
                      toast.success(t('webhooks.redelivering'));
                      setConfirming(false);
                    },
                    onError: (err) => toast.error(err.message),
                  },
                )
              }
            >
              <p>{t('webhooks.redeliverText')}</p>
            </ReasonDialog>
          )}
        </>
      )}
    </div>
  );
}
