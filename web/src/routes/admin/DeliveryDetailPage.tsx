import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import admin from '../../features/admin/admin.module.css';
import { useAdminDelivery } from '../../features/admin/api.ts';
import { dateTime } from '../../features/admin/format.ts';
import { AdminHead, Facts, Person, StatusBadge } from '../../features/admin/parts.tsx';
import { ApiError } from '../../lib/api.ts';
import { RetryButton } from '../../features/admin/RetryButton.tsx';
import styles from './DeliveryDetailPage.module.css';

/** One delivery: where it went, its last error, and every attempt. */
export function DeliveryDetailPage() {
  const { t } = useTranslation('admin');
  const { id = '' } = useParams();
  const delivery = useAdminDelivery(id);
  const d = delivery.data;
  return (
    <div className="page wide">
      <Link to="/admin/deliveries" className="back-link">
        {t('back.deliveries')}
      </Link>
      {delivery.isLoading && <p className="muted">{t('loading')}</p>}
      {delivery.error && (
        <p className="form-error" role="alert">
          {delivery.error instanceof ApiError && delivery.error.status === 404
            ? t('deliveries.notFound')
            : delivery.error.message}
        </p>
      )}
      {d && (
        <>
          <AdminHead
            title={t('deliveries.detailTitle', {
              channel: t(`channel.${d.channel}`),
              title: d.notification.title,
            })}
            description={t(`notificationType.${d.notification.notification_type}`)}
          >
            <StatusBadge status={d.status} label={t(`status.delivery.${d.status}`)} />
            <RetryButton delivery={d} />
          </AdminHead>
          {d.last_error && (
            <div className={styles.errorBox} role="note" aria-label={t('deliveries.lastError')}>
              <strong>{t('deliveries.lastError')}</strong>
              <pre>{d.last_error}</pre>
            </div>
          )}
          <section className="card" aria-label={t('details')}>
            <Facts
              items={[
                [t('field.to'), <Person key="u" person={d.user} />],
                [t('field.attempts'), d.attempts],
                [t('field.nextAttempt'), dateTime(d.next_attempt_at)],
                [t('field.sent'), dateTime(d.sent_at)],
                [t('field.providerId'), d.provider_message_id ?? '—'],
                [t('field.created'), dateTime(d.created_at)],
                [t('field.updated'), dateTime(d.updated_at)],
              ]}
            />
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
                      <StatusBadge status={a.outcome} label={t(`status.delivery.${a.outcome}`)} />
                      <time dateTime={a.attempted_at} className="muted small">
                        {dateTime(a.attempted_at)}
                      </time>
                    </div>
                    {a.response_code && (
                      <p className="small">
                        <Trans
                          t={t}
                          i18nKey="deliveries.providerAnswered"
                          values={{ code: a.response_code }}
                          components={{ code: <code /> }}
                        />
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
