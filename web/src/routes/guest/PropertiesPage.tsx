import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BookingBox } from '../../features/bookings/BookingBox.tsx';
import { ListingCard } from '../../features/listings/ListingCard.tsx';
import { LocalTime } from '../../features/listings/LocalTime.tsx';
import { PropertyPhoto } from '../../features/listings/PropertyPhoto.tsx';
import { ContactHost } from '../../features/messaging/ContactHost.tsx';
import { useUser } from '../../lib/auth.tsx';
import { useProperties, useProperty } from '../../lib/queries.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import styles from './PropertiesPage.module.css';

/** Places to stay, each with its photo and its host one click away. */
export function PropertiesPage() {
  const properties = useProperties(false);
  const { t } = useTranslation(['app', 'common']);
  return (
    <div className="page">
      <h1>{t('explore.title')}</h1>
      {properties.isLoading && <p className="muted">{t('common:loading')}</p>}
      {properties.data?.length === 0 && <p className="muted">{t('explore.empty')}</p>}
      <ul className="card-grid">
        {properties.data?.map((p) => (
          <li key={p.id}>
            <ListingCard property={p} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PropertyPage() {
  const { id = '' } = useParams();
  const me = useUser();
  const property = useProperty(id);
  const { t } = useTranslation('app');
  const p = property.data;
  if (property.isError)
    return (
      <div className="page">
        <h1>{t('explore.notListed')}</h1>
        <Link to="/properties" className="button secondary">
          {t('explore.exploreOthers')}
        </Link>
      </div>
    );
  if (!p) return <div className="page" aria-busy="true" />;
  const mine = p.host_id === me.id;
  return (
    <div className="page">
      <Link to="/properties" className="muted">
        {t('explore.allStays')}
      </Link>
      <h1 className={styles.title}>{p.title}</h1>
      <p className="muted">{p.address}</p>
      {p.photos.length > 0 && (
        <div className={styles.gallery} data-count={Math.min(p.photos.length, 5)}>
          {p.photos.slice(0, 5).map((photo, index) => (
            <PropertyPhoto
              key={photo.id}
              photo={photo}
              title={p.title}
              full={index === 0}
              className={index === 0 ? styles.cover : styles.more}
            />
          ))}
        </div>
      )}
      <div className={styles.columns}>
        <div className={styles.main}>
          <div className={`card ${styles.host}`}>
            <Avatar name={p.host.name} size={48} />
            <div>
              <strong>
                <Trans
                  t={t}
                  i18nKey="stay.hostedBy"
                  values={{ name: p.host.name }}
                  components={{ bdi: <bdi /> }}
                />
              </strong>
              <p className="muted small">
                {t('explore.times', { checkIn: p.check_in_time, checkOut: p.check_out_time })} ·{' '}
                <LocalTime timeZone={p.timezone} />
              </p>
            </div>
          </div>
          {mine ? (
            <p className="muted">
              {t('explore.yours')}{' '}
              <Link to={`/host/properties/${p.id}/edit`}>{t('explore.editListing')}</Link>
            </p>
          ) : (
            <ContactHost propertyId={p.id} hostName={p.host.name} />
          )}
        </div>
        {!mine && (
          <aside className={styles.aside} aria-label={t('explore.book')}>
            <BookingBox property={p} />
          </aside>
        )}
      </div>
    </div>
  );
}
