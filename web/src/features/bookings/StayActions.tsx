import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('bookings');
  const action = useReservationAction(reservation.id);
  const { status } = reservation;
  if (status !== 'pending' && status !== 'confirmed') return null;
  const error =
    action.error instanceof ApiError
      ? action.error.message
      : action.error
        ? t('actions.unreachable')
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
            {t('actions.confirm')}
          </button>
          <ConfirmButton
            label={t('actions.decline')}
            className="button secondary small"
            title={t('actions.declineTitle')}
            confirmLabel={t('actions.declineConfirm')}
            keepLabel={t('actions.keep')}
            isDisabled={action.isPending}
            onConfirm={() => action.mutate('decline')}
          >
            <ConfirmDialogText reservation={reservation} other={other} />
          </ConfirmButton>
        </>
      )}
      <ConfirmButton
        label={t('actions.cancel')}
        title={t('actions.cancelTitle')}
        confirmLabel={t('actions.cancelConfirm')}
        keepLabel={t('actions.keep')}
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
