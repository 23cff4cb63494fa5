import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  useOpenStayConversation,
  useTrips,
  type Reservation,
} from '../../features/bookings/api.ts';
import { formatMoney } from '../../features/bookings/format.ts';
import { StayActions } from '../../features/bookings/StayActions.tsx';
import { StatusPill } from '../../features/bookings/StatusPill.tsx';
import { EmptyState } from '../../features/listings/EmptyState.tsx';
import { ReminderList } from '../../features/reservations/ReminderList.tsx';
import { stayDates } from '../../lib/time.ts';
import styles from './TripsPage.module.css';

function MessageHost({ trip }: { trip: Reservation }) {
  const navigate = useNavigate();
  const { t } = useTranslation('app');
  const open = useOpenStayConversation();
  if (trip.conversation_id) {
    return (
      <Link className="button secondary small" to={`/messages/${trip.conversation_id}`}>
        {t('trips.messageHost')}
      </Link>
    );
  }
  return (
    <button
      type="button"
      className="button secondary small"
      disabled={open.isPending}
      onClick={() => open.mutate(trip, { onSuccess: (id) => void navigate(`/messages/${id}`) })}
    >
      {t('trips.messageHost')}
    </button>
  );
}

/** My trips: each with its status, dates, host, a way to message them, Cancel, the reminders. */
export function TripsPage() {
  const trips = useTrips();
  const { t } = useTranslation(['app', 'common']);
  const [showReminders, setShowReminders] = useState<string | null>(null);
  return (
    <div className="page narrow">
      <h1>{t('trips.title')}</h1>
      {trips.isLoading && <p className="muted">{t('common:loading')}</p>}
      {trips.isError && (
        <p className="form-error" role="alert">
          {t('trips.loadFailed')}
        </p>
      )}
      {trips.data?.length === 0 && (
        <EmptyState to="/properties" action={t('trips.exploreStays')}>
          {t('trips.empty')}
        </EmptyState>
      )}
      <ul className="stack">
        {trips.data?.map((r) => (
          <li key={r.id} className={`card ${styles.trip}`}>
            <div className={styles.head}>
              <div className={styles.what}>
                <Link to={`/properties/${r.property_id}`} className={styles.title}>
                  {r.property.title}
                </Link>
                <span className="muted small">
                  {stayDates(r.check_in, r.check_out)} · {t('stay.nights', { count: r.nights })} ·{' '}
                  {t('stay.guests', { count: r.guests })}
                </span>
                <span className="muted small">
                  <Trans
                    t={t}
                    i18nKey="stay.hostedBy"
                    values={{ name: r.host.name }}
                    components={{ bdi: <bdi /> }}
                  />
                  {r.total_price && ` · ${formatMoney(r.total_price, r.property.currency)}`}
                </span>
              </div>
              <StatusPill status={r.status} />
            </div>
            <div className={styles.actions}>
              <MessageHost trip={r} />
              <button
                type="button"
                className="button secondary small"
                aria-expanded={showReminders === r.id}
                onClick={() => setShowReminders(showReminders === r.id ? null : r.id)}
              >
                {t('trips.reminders')}
              </button>
              <StayActions reservation={r} asHost={false} />
            </div>
            {showReminders === r.id && <ReminderList reservationId={r.id} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
