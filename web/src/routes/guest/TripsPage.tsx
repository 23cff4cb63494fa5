import { useState } from 'react';
import { ContactHost } from '../../features/messaging/ContactHost.tsx';
import { STATUS_LABEL } from '../../features/reservations/api.ts';
import { ReminderList } from '../../features/reservations/ReminderList.tsx';
import { ReservationActions } from '../../features/reservations/ReservationActions.tsx';
import { useUser } from '../../lib/auth.tsx';
import { useReservations } from '../../lib/queries.ts';
import { stayDates } from '../../lib/time.ts';

/** My reservations as a guest: status, a way to message the host, cancel, the reminders. */
export function TripsPage() {
  const me = useUser();
  const reservations = useReservations();
  const [open, setOpen] = useState<string | null>(null);
  const [showReminders, setShowReminders] = useState<string | null>(null);
  const trips = reservations.data?.filter((r) => r.guest_id === me.id);
  return (
    <div className="page narrow">
      <h1>Trips</h1>
      {reservations.isLoading && <p className="muted">Loading…</p>}
      {trips?.length === 0 && <p className="muted">No trips booked yet.</p>}
      <ul className="stack">
        {trips?.map((r) => (
          <li key={r.id} className="card trip-card">
            <div className="trip-head">
              <div>
                <strong>{r.property.title}</strong>
                <p className="muted small">
                  {stayDates(r.check_in, r.check_out)} · {r.nights} nights · {r.guests} guests
                </p>
              </div>
              <span className={`status status-${r.status}`}>{STATUS_LABEL[r.status]}</span>
            </div>
            {open === r.id ? (
              <ContactHost propertyId={r.property_id} reservationId={r.id} />
            ) : (
              <div className="trip-actions">
                <button type="button" className="button secondary" onClick={() => setOpen(r.id)}>
                  Contact host
                </button>
                <button
                  type="button"
                  className="button secondary"
                  aria-expanded={showReminders === r.id}
                  onClick={() => setShowReminders(showReminders === r.id ? null : r.id)}
                >
                  Reminders
                </button>
              </div>
            )}
            <ReservationActions reservationId={r.id} status={r.status} asHost={false} />
            {showReminders === r.id && <ReminderList reservationId={r.id} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
