import { useTranslation } from 'react-i18next';
import { REMINDER_LABEL, localWhen, offsetLabel, useReminders } from './api.ts';
import styles from './ReminderList.module.css';

/** A reservation's automated reminders: what goes out when, in the property's time. */
export function ReminderList({ reservationId }: { reservationId: string }) {
  const { t } = useTranslation('reservations');
  const reminders = useReminders(reservationId);
  if (reminders.isLoading) return <p className="muted small">{t('reminders.loading')}</p>;
  if (reminders.isError) return <p className="muted small">{t('reminders.failed')}</p>;
  const list = reminders.data ?? [];
  if (list.length === 0) return <p className="muted small">{t('reminders.none')}</p>;
  return (
    <section className={styles.reminders} aria-label={t('reminders.title')}>
      <h4>{t('reminders.title')}</h4>
      <ul>
        {list.map((r) => (
          <li key={r.id} className={styles.reminder} data-status={r.status}>
            <div>
              <strong>{REMINDER_LABEL[r.reminder_type]}</strong>
              <div className="muted small">
                {offsetLabel(r.offset_minutes)} ·{' '}
                <time dateTime={r.scheduled_for_local}>{localWhen(r)}</time>
              </div>
            </div>
            <span className={`status status-${r.status} ${styles.status}`} data-status={r.status}>
              {t(`reminderStatus.${r.status}`)}
            </span>
          </li>
        ))}
      </ul>
      {list[0] && (
        <p className="muted small">{t('reminders.timeZone', { timeZone: list[0].timezone })}</p>
      )}
    </section>
  );
}
