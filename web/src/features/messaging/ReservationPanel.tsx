import type { Conversation } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../lib/auth.tsx';
import { stayDates } from '../../lib/time.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { StayScheduledMessages } from '../automations/StayScheduledMessages.tsx';
import { STATUS_LABEL } from '../reservations/api.ts';
import { ReminderList } from '../reservations/ReminderList.tsx';
import { ReservationActions } from '../reservations/ReservationActions.tsx';
import { usePropertyLocale } from './usePropertyLocale.ts';
import styles from './ReservationPanel.module.css';

function nights(checkIn: string, checkOut: string) {
  return Math.round((Date.parse(checkOut) - Date.parse(checkIn)) / 86_400_000);
}

/**
 * Beside the host's thread: who the guest is, their stay, what to do with it, its reminders and
 * its scheduled messages.
 */
export function ReservationPanel({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation('messaging');
  const me = useUser();
  const r = conversation.reservation;
  // The timeline is the host's: the API shows a guest none of it.
  const isHost = conversation.host_id === me.id;
  // The stay is the property's: its dates as the property writes them, as in the thread.
  const locale = usePropertyLocale(conversation.property_id);
  return (
    <aside className={styles.reservationPanel} aria-label={t('reservation.details')}>
      <div className={styles.guest}>
        <Avatar name={conversation.guest.name} size={56} />
        <h3>
          <bdi>{conversation.guest.name}</bdi>
        </h3>
        <p>{conversation.property.title}</p>
      </div>
      {r ? (
        <dl className={styles.facts}>
          <div>
            <dt>{t('reservation.status')}</dt>
            <dd>
              <span className={`status status-${r.status}`}>{STATUS_LABEL[r.status]}</span>
            </dd>
          </div>
          <div>
            <dt>{t('reservation.dates')}</dt>
            <dd>{stayDates(r.check_in, r.check_out, locale)}</dd>
          </div>
          <div>
            <dt>{t('reservation.nights')}</dt>
            <dd>{nights(r.check_in, r.check_out)}</dd>
          </div>
          <div>
            <dt>{t('reservation.guests')}</dt>
            <dd>{r.guests}</dd>
          </div>
        </dl>
      ) : (
        <p className={styles.none}>{t('reservation.none')}</p>
      )}
      {r && (
        <>
          <ReservationActions reservationId={r.id} status={r.status} asHost />
          <ReminderList reservationId={r.id} />
          {isHost && (
            <StayScheduledMessages reservationId={r.id} propertyId={conversation.property_id} />
          )}
        </>
      )}
    </aside>
  );
}
