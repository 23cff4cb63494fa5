import { Link, useParams } from 'react-router';
import { ContactHost } from '../../features/messaging/ContactHost.tsx';
import { useUser } from '../../lib/auth.tsx';
import { useProperties, useProperty } from '../../lib/queries.ts';
import { Avatar } from '../../ui/Avatar.tsx';

/** Places to stay, each with its host one click away. */
export function PropertiesPage() {
  const properties = useProperties(false);
  return (
    <div className="page">
      <h1>Explore stays</h1>
      {properties.isLoading && <p className="muted">Loading…</p>}
      {properties.data?.length === 0 && <p className="muted">No places listed yet.</p>}
      <ul className="card-grid">
        {properties.data?.map((p) => (
          <li key={p.id}>
            <Link to={`/properties/${p.id}`} className="card property-card">
              <span className="property-art" aria-hidden="true">
                {p.title.slice(0, 1)}
              </span>
              <span className="card-body">
                <strong>{p.title}</strong>
                <span className="muted">{p.address}</span>
                <span className="muted small">Hosted by {p.host.name}</span>
              </span>
            </Link>
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
  const p = property.data;
  if (property.isError)
    return (
      <div className="page">
        <h1>This place is not listed</h1>
      </div>
    );
  if (!p) return <div className="page" aria-busy="true" />;
  return (
    <div className="page narrow">
      <Link to="/properties" className="muted">
        ← All stays
      </Link>
      <h1>{p.title}</h1>
      <p className="muted">{p.address}</p>
      <div className="card host-card">
        <Avatar name={p.host.name} size={48} />
        <div>
          <strong>Hosted by {p.host.name}</strong>
          <p className="muted small">
            Check-in from {p.check_in_time} · check-out by {p.check_out_time} · {p.timezone}
          </p>
        </div>
      </div>
      {p.host_id === me.id ? (
        <p className="muted">This is your place. Guests’ messages arrive in your inbox.</p>
      ) : (
        <ContactHost propertyId={p.id} hostName={p.host.name} />
      )}
    </div>
  );
}
