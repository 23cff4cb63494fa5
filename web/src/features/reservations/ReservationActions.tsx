import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { useReservationAction, type ReservationAction, type ReservationStatus } from './api.ts';
import styles from './ReservationActions.module.css';

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
  const { t } = useTranslation('reservations');
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
        ? t('actions.unreachable')
        : null;
  return (
    <div className={styles.actions}>
      {asking ? (
        <div className={styles.confirmBox} role="group" aria-label={t('actions.confirmChoice')}>
          <p>{t(asking === 'decline' ? 'actions.askDecline' : 'actions.askCancel')}</p>
          <div className={styles.row}>
            <button type="button" className="button danger small" onClick={() => run(asking)}>
              {t(asking === 'decline' ? 'actions.yesDecline' : 'actions.yesCancel')}
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => setAsking(null)}
            >
              {t('actions.keep')}
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
                {t('actions.confirm')}
              </button>
              <button
                type="button"
                className="button secondary small"
                disabled={action.isPending}
                onClick={() => setAsking('decline')}
              >
                {t('actions.decline')}
              </button>
            </>
          )}
          <button
            type="button"
            className="button danger small"
            disabled={action.isPending}
            onClick={() => setAsking('cancel')}
          >
            {t('actions.cancel')}
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
