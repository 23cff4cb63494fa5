import type { ScheduledMessage } from '@flexbnb/contracts';
import { Link, useParams } from 'react-router';
import admin from '../../features/admin/admin.module.css';
import { useAdminReservation } from '../../features/admin/api.ts';
import { conversationColumns, reminderColumns } from '../../features/admin/columns.tsx';
import { DataTable, type Column } from '../../features/admin/DataTable.tsx';
import { dateTime, wallClock } from '../../features/admin/format.ts';
import { stayDates } from '../../lib/time.ts';
import { AdminHead, CellLines, Facts, Person, StatusBadge } from '../../features/admin/parts.tsx';
import { useSupportAccess } from '../../features/admin/SupportAccess.tsx';
import { ApiError } from '../../lib/api.ts';

const REMINDERS = reminderColumns(['Stay', 'Property', 'Guest']);

const SCHEDULED: Column<ScheduledMessage>[] = [
  {
    header: 'From',
    cell: (m) => (m.automation ? m.automation.name : 'Sent later by hand'),
  },
  { header: 'Status', cell: (m) => <StatusBadge status={m.status} /> },
  {
    header: 'Scheduled for',
    cell: (m) => (
      <CellLines>
        <time dateTime={m.scheduled_for}>{wallClock(m.scheduled_for_local)}</time>
        <span className="muted small">{m.timezone}</span>
      </CellLines>
    ),
  },
  { header: 'Sent', cell: (m) => dateTime(m.sent_at) },
  { header: 'Message', kind: 'text', cell: (m) => m.message },
];

/** One reservation: its facts, conversations, reminders and scheduled messages. */
export function ReservationDetailPage() {
  const { id = '' } = useParams();
  const detail = useAdminReservation(id);
  const support = useSupportAccess();
  const d = detail.data;
  const r = d?.reservation;

  return (
    <div className="page wide">
      <Link to="/admin/reservations" className="back-link">
        ← Reservations
      </Link>
      {detail.isLoading && <p className="muted">Loading…</p>}
      {detail.error && (
        <p className="form-error" role="alert">
          {detail.error instanceof ApiError && detail.error.status === 404
            ? 'There is no such reservation.'
            : detail.error.message}
        </p>
      )}
      {d && r && (
        <>
          <AdminHead title={`${r.property.title}: ${stayDates(r.check_in, r.check_out)}`}>
            <StatusBadge status={r.status} />
          </AdminHead>
          <section className="card" aria-label="Details">
            <Facts
              items={[
                [
                  'Property',
                  <Link key="p" to={`/admin/properties/${r.property.id}`}>
                    {r.property.title}
                  </Link>,
                ],
                ['Guest', <Person key="g" person={r.guest} />],
                ['Host', <Person key="h" person={r.host} />],
                ['Guests', r.guests],
                ['Time zone', r.property.timezone],
                ['Payment due', dateTime(r.payment_due_at)],
                ['Booked', dateTime(r.created_at)],
              ]}
            />
          </section>
          <section className={admin.section} aria-labelledby="stay-conversations">
            <h2 id="stay-conversations">Conversations</h2>
            <DataTable
              caption="Conversations"
              columns={conversationColumns(support.ask, ['Property'])}
              rows={d.conversations}
              rowKey={(c) => c.id}
              empty="No conversation about this stay."
            />
          </section>
          <section className={admin.section} aria-labelledby="stay-reminders">
            <h2 id="stay-reminders">Reminders</h2>
            <DataTable
              caption="Reminders"
              columns={REMINDERS}
              rows={d.reminders}
              rowKey={(m) => m.id}
              empty="No reminders."
            />
          </section>
          <section className={admin.section} aria-labelledby="stay-scheduled">
            <h2 id="stay-scheduled">Scheduled messages</h2>
            <DataTable
              caption="Scheduled messages"
              columns={SCHEDULED}
              rows={d.scheduled_messages}
              rowKey={(m) => m.id}
              empty="No scheduled messages."
            />
          </section>
        </>
      )}
      {support.dialog}
    </div>
  );
}
