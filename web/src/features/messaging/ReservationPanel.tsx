import type { Conversation, ReservationStatus } from '@flexbnb/contracts';
import { stayDates } from '../../lib/time.ts';
import { Avatar } from '../../ui/Avatar.tsx';

const STATUS_LABEL: Record<ReservationStatus, string> = {
  pending: 'Pending',
  confirmed: 'Confirmed',
  declined: 'Declined',
  cancelled: 'Cancelled',
  completed: 'Completed',
};

function nights(checkIn: string, checkOut: string) {
  return Math.round((Date.parse(checkOut) - Date.parse(checkIn)) / 86_400_000);
}

/** Beside the host's thread: who the guest is and their stay (room for reservation actions). */
export function ReservationPanel({ conversation }: { conversation: Conversation }) {
  const r = conversation.reservation;
  return (
    <aside className="reservation-panel" aria-label="Reservation details">
      <div className="rp-guest">
        <Avatar name={conversation.guest.name} size={56} />
        <h3>{conversation.guest.name}</h3>
        <p>{conversation.property.title}</p>
      </div>
      {r ? (
        <dl className="rp-facts">
          <div>
            <dt>Status</dt>
            <dd>
              <span className={`status status-${r.status}`}>{STATUS_LABEL[r.status]}</span>
            </dd>
          </div>
          <div>
            <dt>Dates</dt>
            <dd>{stayDates(r.check_in, r.check_out)}</dd>
          </div>
          <div>
            <dt>Nights</dt>
            <dd>{nights(r.check_in, r.check_out)}</dd>
          </div>
          <div>
            <dt>Guests</dt>
            <dd>{r.guests}</dd>
          </div>
        </dl>
      ) : (
        <p className="rp-none">No reservation yet — this guest is asking before booking.</p>
      )}
    </aside>
  );
}
