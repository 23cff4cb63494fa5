import { stayDates } from '../../lib/time.ts';
import type { Reservation } from './api.ts';

/** What a decline or cancel dialog says: which stay, and that the other side is told. */
export function ConfirmDialogText({
  reservation,
  other,
}: {
  reservation: Reservation;
  other: string;
}) {
  return (
    <p>
      {reservation.property.title}, {stayDates(reservation.check_in, reservation.check_out)}.{' '}
      {other} is told, and the stay’s reminders stop. This cannot be undone.
    </p>
  );
}
