import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../features/listings/EmptyState.tsx';
import { ListingCard } from '../../features/listings/ListingCard.tsx';
import { useProperties } from '../../lib/queries.ts';

/** The host's own listings, each with its cover photo and "Edit"; a way to list another. */
export function ListingsPage() {
  const properties = useProperties(true);
  const { t } = useTranslation(['app', 'common']);
  const list = properties.data;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('listings.title')}</h1>
        {list && list.length > 0 && (
          <Link to="/host/properties/new" className="button primary">
            {t('nav.listYourPlace')}
          </Link>
        )}
      </div>
      {properties.isLoading && <p className="muted">{t('common:loading')}</p>}
      {properties.isError && (
        <p className="form-error" role="alert">
          {t('listings.loadFailed')}
        </p>
      )}
      {list?.length === 0 && (
        <EmptyState to="/host/properties/new" action={t('nav.listYourPlace')}>
          {t('listings.empty')}
        </EmptyState>
      )}
      {list && list.length > 0 && (
        <ul className="card-grid">
          {list.map((p) => (
            <li key={p.id}>
              <ListingCard property={p} editable />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
