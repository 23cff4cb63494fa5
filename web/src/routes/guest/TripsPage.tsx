import { useState } from 'react';
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
  const open = useOpenStayConversation();
  if (trip.conversation_id) {
    return (
      <Link className="button secondary small" to={`/messages/${trip.conversation_id}`}>
        Message host
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
      Message host
    </button>
  );
}

/** My trips: each with its status, dates, host, a way to message them, Cancel, the reminders. */
export function TripsPage() {
  const trips = useTrips();
  const [showReminders, setShowReminders] = useState<string | null>(null);
  return (
    <div className="page narrow">
      <h1>Trips</h1>
      {trips.isLoading && <p className="muted">Loading…</p>}
      {trips.isError && (
        <p className="form-error" role="alert">
          Could not load your trips. Try again.
        </p>
      )}
      {trips.data?.length === 0 && (
        <EmptyState to="/properties" action="Explore stays">
          No trips booked yet. Find a place and request to book it.
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
                  {stayDates(r.check_in, r.check_out)} · {r.nights}{' '}
                  {r.nights === 1 ? 'night' : 'nights'} · {r.guests}{' '}
                  {r.guests === 1 ? 'guest' : 'guests'}
                </span>
                <span className="muted small">
                  Hosted by <bdi>{r.host.name}</bdi>
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
                Reminders
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
