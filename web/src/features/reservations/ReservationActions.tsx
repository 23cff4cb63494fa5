import { useState } from 'react';
import { ApiError } from '../../lib/api.ts';
import { useReservationAction, type ReservationAction, type ReservationStatus } from './api.ts';
import styles from './ReservationActions.module.css';

const ASK: Record<Exclude<ReservationAction, 'confirm'>, string> = {
  decline: 'Decline this request? The guest is told.',
  cancel: 'Cancel this reservation? The other side is told and its reminders stop.',
};

/**
 * What the viewer can do with a reservation: the host confirms or declines a request; either
 * side cancels one that is pending or confirmed. Declining and cancelling ask first.
 */
export function ReservationActions({
  reservationId,
  status,
  asHost,
}: {
  reservationId: string;
  status: ReservationStatus;
  asHost: boolean;
}) {
  const action = useReservationAction(reservationId);
  const [asking, setAsking] = useState<Exclude<ReservationAction, 'confirm'> | null>(null);
  const open = status === 'pending' || status === 'confirmed';
  if (!open) return null;
  const run = (what: ReservationAction) => {
    setAsking(null);
    action.mutate(what);
  };
  const error =
    action.error instanceof ApiError
      ? action.error.message
      : action.error
        ? 'Could not reach the server. Try again.'
        : null;
  return (
    <div className={styles.actions}>
      {asking ? (
        <div className={styles.confirmBox} role="group" aria-label="Confirm your choice">
          <p>{ASK[asking]}</p>
          <div className={styles.row}>
            <button type="button" className="button danger small" onClick={() => run(asking)}>
              {asking === 'decline' ? 'Yes, decline' : 'Yes, cancel it'}
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => setAsking(null)}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className={styles.row}>
          {asHost && status === 'pending' && (
            <>
              <button
                type="button"
                className="button primary small"
                disabled={action.isPending}
                onClick={() => run('confirm')}
              >
                Confirm
              </button>
              <button
                type="button"
                className="button secondary small"
                disabled={action.isPending}
                onClick={() => setAsking('decline')}
              >
                Decline
              </button>
            </>
          )}
          <button
            type="button"
            className="button danger small"
            disabled={action.isPending}
            onClick={() => setAsking('cancel')}
          >
            Cancel reservation
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
