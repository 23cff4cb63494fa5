import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('bookings');
  return (
    <p>
      {t('actions.consequence', {
        property: reservation.property.title,
        dates: stayDates(reservation.check_in, reservation.check_out),
        other,
      })}
    </p>
  );
}
