import { ApiError } from '../../lib/api.ts';
import { useReservationAction } from '../reservations/api.ts';
import type { Reservation } from './api.ts';
import { ConfirmDialogText } from './ConfirmDialogText.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import styles from './StayActions.module.css';

/**
 * What the viewer can do with a stay: its host confirms or declines a request; either side
 * cancels one that is pending or confirmed. Declining and cancelling ask first, in a dialog.
 */
export function StayActions({
  reservation,
  asHost,
}: {
  reservation: Reservation;
  asHost: boolean;
}) {
  const action = useReservationAction(reservation.id);
  const { status } = reservation;
  if (status !== 'pending' && status !== 'confirmed') return null;
  const error =
    action.error instanceof ApiError
      ? action.error.message
      : action.error
        ? 'Could not reach the server. Try again.'
        : null;
  const other = asHost ? reservation.guest.name : reservation.host.name;
  return (
    <div className={styles.actions}>
      {asHost && status === 'pending' && (
        <>
          <button
            type="button"
            className="button primary small"
            disabled={action.isPending}
            onClick={() => action.mutate('confirm')}
          >
            Confirm
          </button>
          <ConfirmButton
            label="Decline"
            className="button secondary small"
            title="Decline this request?"
            confirmLabel="Decline request"
            isDisabled={action.isPending}
            onConfirm={() => action.mutate('decline')}
          >
            <ConfirmDialogText reservation={reservation} other={other} />
          </ConfirmButton>
        </>
      )}
      <ConfirmButton
        label="Cancel"
        title="Cancel this reservation?"
        confirmLabel="Cancel reservation"
        isDisabled={action.isPending}
        onConfirm={() => action.mutate('cancel')}
      >
        <ConfirmDialogText reservation={reservation} other={other} />
      </ConfirmButton>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
