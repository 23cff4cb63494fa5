import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import {
  STAY_TAB_LABEL,
  STAY_TABS,
  useHostReservations,
  type Reservation,
  type StayTab,
} from '../../features/bookings/api.ts';
import { formatMoney } from '../../features/bookings/format.ts';
import { StayActions } from '../../features/bookings/StayActions.tsx';
import { StatusPill } from '../../features/bookings/StatusPill.tsx';
import { EmptyState } from '../../features/listings/EmptyState.tsx';
import { useProperties } from '../../lib/queries.ts';
import { stayDates } from '../../lib/time.ts';
import styles from './ReservationsPage.module.css';

function StayRow({ stay }: { stay: Reservation }) {
  const { t } = useTranslation('app');
  return (
    <li className={`card ${styles.row}`}>
      <div className={styles.head}>
        <div className={styles.what}>
          <strong>
            <bdi>{stay.guest.name}</bdi>
          </strong>
          <span className="muted small">
            {stay.property.title} · {stayDates(stay.check_in, stay.check_out)} ·{' '}
            {t('stay.nights', { count: stay.nights })} · {t('stay.guests', { count: stay.guests })}
            {stay.total_price && ` · ${formatMoney(stay.total_price, stay.property.currency)}`}
          </span>
        </div>
        <StatusPill status={stay.status} />
      </div>
      <div className={styles.actions}>
        <StayActions reservation={stay} asHost />
        {stay.conversation_id ? (
          <Link className="button secondary small" to={`/host/messages/${stay.conversation_id}`}>
            {t('reservations.openConversation')}
          </Link>
        ) : (
          <span className="muted small">{t('reservations.noConversation')}</span>
        )}
      </div>
    </li>
  );
}

function StayList({ tab, propertyId }: { tab: StayTab; propertyId: string | undefined }) {
  const stays = useHostReservations(tab, propertyId);
  const { t } = useTranslation(['app', 'common']);
  if (stays.isLoading) return <p className="muted">{t('common:loading')}</p>;
  if (stays.isError) {
    return (
      <p className="form-error" role="alert">
        {t('reservations.loadFailed')}
      </p>
    );
  }
  if (stays.data?.length === 0) {
    return <p className={styles.empty}>{t(`reservations.empty.${tab}`)}</p>;
  }
  return (
    <ul className="stack">
      {stays.data?.map((stay) => (
        <StayRow key={stay.id} stay={stay} />
      ))}
    </ul>
  );
}

/**
 * The stays at the host's properties: upcoming, pending, current and past (tabs), narrowed to
 * one property if asked; each with Confirm / Decline / Cancel and its conversation. The tab and
 * the property are in the URL, so a reload or a shared link keeps them.
 */
export function ReservationsPage() {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const properties = useProperties(true);
  const { t } = useTranslation(['app', 'common']);
  const tab = (STAY_TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as StayTab)
    : 'upcoming';
  const propertyId = params.get('property') ?? undefined;
  const change = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  if (properties.data?.length === 0) {
    return (
      <div className="page narrow">
        <h1>{t('reservations.title')}</h1>
        <EmptyState to="/host/properties/new" action={t('nav.listYourPlace')}>
          {t('reservations.noPlaces')}
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page narrow">
      <div className={styles.top}>
        <h1>{t('reservations.title')}</h1>
        <div className={`field ${styles.filter}`}>
          <label htmlFor={`${id}-property`}>{t('reservations.property')}</label>
          <select
            id={`${id}-property`}
            className="input"
            value={propertyId ?? ''}
            onChange={(e) => change('property', e.target.value || undefined)}
          >
            <option value="">{t('common:allProperties')}</option>
            {properties.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Tabs selectedKey={tab} onSelectionChange={(key) => change('tab', String(key))}>
        <TabList aria-label={t('reservations.stays')} className={styles.tabs}>
          {STAY_TABS.map((t) => (
            <Tab key={t} id={t} className={styles.tab}>
              {STAY_TAB_LABEL[t]}
            </Tab>
          ))}
        </TabList>
        {STAY_TABS.map((t) => (
          <TabPanel key={t} id={t} className={styles.panel}>
            <StayList tab={t} propertyId={propertyId} />
          </TabPanel>
        ))}
      </Tabs>
    </div>
  );
}
