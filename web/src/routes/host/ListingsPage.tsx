import { Link } from 'react-router';
import { EmptyState } from '../../features/listings/EmptyState.tsx';
import { ListingCard } from '../../features/listings/ListingCard.tsx';
import { useProperties } from '../../lib/queries.ts';

/** The host's own listings, each with its cover photo and "Edit"; a way to list another. */
export function ListingsPage() {
  const properties = useProperties(true);
  const list = properties.data;
  return (
    <div className="page">
      <div className="page-head">
        <h1>Your listings</h1>
        {list && list.length > 0 && (
          <Link to="/host/properties/new" className="button primary">
            List your place
          </Link>
        )}
      </div>
      {properties.isLoading && <p className="muted">Loading…</p>}
      {properties.isError && (
        <p className="form-error" role="alert">
          Could not load your listings. Try again.
        </p>
      )}
      {list?.length === 0 && (
        <EmptyState to="/host/properties/new" action="List your place">
          You have no places listed yet. Add one and guests can find it on Explore.
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
