import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import admin from '../../features/admin/admin.module.css';
import { useAdminProperty } from '../../features/admin/api.ts';
import { conversationColumns, reservationColumns } from '../../features/admin/columns.tsx';
import { DataTable } from '../../features/admin/DataTable.tsx';
import { count, dateTime } from '../../features/admin/format.ts';
import { AdminHead, Facts, Person } from '../../features/admin/parts.tsx';
import { useSupportAccess } from '../../features/admin/SupportAccess.tsx';
import { ApiError } from '../../lib/api.ts';

/** One property: its facts, its latest reservations and conversations. */
export function PropertyDetailPage() {
  const { t } = useTranslation('admin');
  const { id = '' } = useParams();
  const detail = useAdminProperty(id);
  const support = useSupportAccess();
  const p = detail.data?.property;

  return (
    <div className="page wide">
      <Link to="/admin/properties" className="back-link">
        {t('back.properties')}
      </Link>
      {detail.isLoading && <p className="muted">{t('loading')}</p>}
      {detail.error && (
        <p className="form-error" role="alert">
          {detail.error instanceof ApiError && detail.error.status === 404
            ? t('properties.notFound')
            : detail.error.message}
        </p>
      )}
      {p && detail.data && (
        <>
          <AdminHead title={p.title} description={p.address} />
          <section className="card" aria-label={t('details')}>
            <Facts
              items={[
                [t('field.host'), <Person key="host" person={p.host} />],
                [t('field.timeZone'), p.timezone],
                [t('field.reservations'), count(p.reservations)],
                [t('field.conversations'), count(p.conversations)],
                [t('field.created'), dateTime(p.created_at)],
              ]}
            />
          </section>
          <section className={admin.section} aria-labelledby="property-reservations">
            <div className={admin.sectionHead}>
              <h2 id="property-reservations">{t('properties.latestReservations')}</h2>
              <Link to={`/admin/reservations?property_id=${p.id}`}>
                {t('properties.allReservations')}
              </Link>
            </div>
            <DataTable
              caption={t('properties.latestReservations')}
              columns={reservationColumns(t, ['property', 'host'])}
              rows={detail.data.reservations}
              rowKey={(r) => r.id}
              empty={t('properties.noReservations')}
            />
          </section>
          <section className={admin.section} aria-labelledby="property-conversations">
            <div className={admin.sectionHead}>
              <h2 id="property-conversations">{t('properties.latestConversations')}</h2>
              <Link to={`/admin/conversations?property_id=${p.id}`}>
                {t('properties.allConversations')}
              </Link>
            </div>
            <DataTable
              caption={t('properties.latestConversations')}
              columns={conversationColumns(t, support.ask, ['property', 'host'])}
              rows={detail.data.conversations}
              rowKey={(c) => c.id}
              empty={t('properties.noConversations')}
            />
          </section>
        </>
      )}
      {support.dialog}
    </div>
  );
}
