import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../bookings/format.ts';
import type { Property } from './api.ts';
import styles from './ListingCard.module.css';
import { PropertyPhoto } from './PropertyPhoto.tsx';

/**
 * A property as a card with its cover photo: on Explore a link to its page; for its host,
 * with an "Edit" link as well.
 */
export function ListingCard({
  property,
  editable = false,
}: {
  property: Property;
  editable?: boolean;
}) {
  const { t } = useTranslation('listings');
  const p = property;
  return (
    <article className={`card ${styles.card}`}>
      <PropertyPhoto photo={p.photos[0]} title={p.title} />
      <div className={styles.body}>
        <h2 className={styles.title}>
          <Link to={`/properties/${p.id}`} className={styles.link}>
            {p.title}
          </Link>
        </h2>
        <span className="muted">{p.address}</span>
        {!editable && (
          <span className="muted small">
            <Trans t={t} i18nKey="card.hostedBy" components={{ host: <bdi>{p.host.name}</bdi> }} />
          </span>
        )}
        {p.nightly_rate && (
          <span>
            <strong>{formatMoney(p.nightly_rate, p.currency)}</strong>{' '}
            <span className="muted">{t('card.perNight')}</span>
          </span>
        )}
      </div>
      {editable && (
        <div className={styles.actions}>
          <Link
            to={`/host/properties/${p.id}/edit`}
            className="button secondary small"
            aria-label={t('card.editTitle', { title: p.title })}
          >
            {t('card.edit')}
          </Link>
          <span className="muted small">{t('card.photos', { count: p.photos.length })}</span>
        </div>
      )}
    </article>
  );
}
