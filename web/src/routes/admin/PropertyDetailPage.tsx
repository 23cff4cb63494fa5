import { Link, useParams } from 'react-router';
import admin from '../../features/admin/admin.module.css';
import { useAdminProperty } from '../../features/admin/api.ts';
import { conversationColumns, reservationColumns } from '../../features/admin/columns.tsx';
import { DataTable } from '../../features/admin/DataTable.tsx';
import { count, dateTime } from '../../features/admin/format.ts';
import { AdminHead, Facts, Person } from '../../features/admin/parts.tsx';
import { useSupportAccess } from '../../features/admin/SupportAccess.tsx';
import { ApiError } from '../../lib/api.ts';

const RESERVATIONS = reservationColumns(['Property', 'Host']);

/** One property: its facts, its latest reservations and conversations. */
export function PropertyDetailPage() {
  const { id = '' } = useParams();
  const detail = useAdminProperty(id);
  const support = useSupportAccess();
  const p = detail.data?.property;

  return (
    <div className="page wide">
      <Link to="/admin/properties" className="back-link">
        ← Properties
      </Link>
      {detail.isLoading && <p className="muted">Loading…</p>}
      {detail.error && (
        <p className="form-error" role="alert">
          {detail.error instanceof ApiError && detail.error.status === 404
            ? 'There is no such property.'
            : detail.error.message}
        </p>
      )}
      {p && detail.data && (
        <>
          <AdminHead title={p.title} description={p.address} />
          <section className="card" aria-label="Details">
            <Facts
              items={[
                ['Host', <Person key="host" person={p.host} />],
                ['Time zone', p.timezone],
                ['Reservations', count(p.reservations)],
                ['Conversations', count(p.conversations)],
                ['Created', dateTime(p.created_at)],
              ]}
            />
          </section>
          <section className={admin.section} aria-labelledby="property-reservations">
            <div className={admin.sectionHead}>
              <h2 id="property-reservations">Latest reservations</h2>
              <Link to={`/admin/reservations?property_id=${p.id}`}>All reservations</Link>
            </div>
            <DataTable
              caption="Latest reservations"
              columns={RESERVATIONS}
              rows={detail.data.reservations}
              rowKey={(r) => r.id}
              empty="No reservations."
            />
          </section>
          <section className={admin.section} aria-labelledby="property-conversations">
            <div className={admin.sectionHead}>
              <h2 id="property-conversations">Latest conversations</h2>
              <Link to={`/admin/conversations?property_id=${p.id}`}>All conversations</Link>
            </div>
            <DataTable
              caption="Latest conversations"
              columns={conversationColumns(support.ask, ['Property', 'Host'])}
              rows={detail.data.conversations}
              rowKey={(c) => c.id}
              empty="No conversations."
            />
          </section>
        </>
      )}
      {support.dialog}
    </div>
  );
}
