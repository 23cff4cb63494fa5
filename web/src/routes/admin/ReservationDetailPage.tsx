import type { ScheduledMessage } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import admin from '../../features/admin/admin.module.css';
import { useAdminReservation } from '../../features/admin/api.ts';
import { conversationColumns, reminderColumns } from '../../features/admin/columns.tsx';
import { DataTable, type Column } from '../../features/admin/DataTable.tsx';
import { count, dateTime, wallClock } from '../../features/admin/format.ts';
import type { AdminT } from '../../features/admin/labels.ts';
import { stayDates } from '../../lib/time.ts';
import { AdminHead, CellLines, Facts, Person, StatusBadge } from '../../features/admin/parts.tsx';
import { useSupportAccess } from '../../features/admin/SupportAccess.tsx';
import { ApiError } from '../../lib/api.ts';

const scheduledColumns = (t: AdminT): Column<ScheduledMessage>[] => [
  {
    header: t('field.from'),
    cell: (m) => (m.automation ? m.automation.name : t('reservations.sentByHand')),
  },
  {
    header: t('field.status'),
    cell: (m) => <StatusBadge status={m.status} label={t(`status.scheduled.${m.status}`)} />,
  },
  {
    header: t('field.scheduledFor'),
    cell: (m) => (
      <CellLines>
        <time dateTime={m.scheduled_for}>{wallClock(m.scheduled_for_local)}</time>
        <span className="muted small">{m.timezone}</span>
      </CellLines>
    ),
  },
  { header: t('field.sent'), cell: (m) => dateTime(m.sent_at) },
  { header: t('field.message'), kind: 'text', cell: (m) => m.message },
];

/** One reservation: its facts, conversations, reminders and scheduled messages. */
export function ReservationDetailPage() {
  const { t } = useTranslation('admin');
  const { id = '' } = useParams();
  const detail = useAdminReservation(id);
  const support = useSupportAccess();
  const d = detail.data;
  const r = d?.reservation;

  return (
    <div className="page wide">
      <Link to="/admin/reservations" className="back-link">
        {t('back.reservations')}
      </Link>
      {detail.isLoading && <p className="muted">{t('loading')}</p>}
      {detail.error && (
        <p className="form-error" role="alert">
          {detail.error instanceof ApiError && detail.error.status === 404
            ? t('reservations.notFound')
            : detail.error.message}
        </p>
      )}
      {d && r && (
        <>
          <AdminHead
            title={t('reservations.detailTitle', {
              property: r.property.title,
              dates: stayDates(r.check_in, r.check_out),
            })}
          >
            <StatusBadge status={r.status} label={t(`status.reservation.${r.status}`)} />
          </AdminHead>
          <section className="card" aria-label={t('details')}>
            <Facts
              items={[
                [
                  t('field.property'),
                  <Link key="p" to={`/admin/properties/${r.property.id}`}>
                    {r.property.title}
                  </Link>,
                ],
                [t('field.guest'), <Person key="g" person={r.guest} />],
                [t('field.host'), <Person key="h" person={r.host} />],
                [t('field.guests'), count(r.guests)],
                [t('field.timeZone'), r.property.timezone],
                [t('field.paymentDue'), dateTime(r.payment_due_at)],
                [t('field.booked'), dateTime(r.created_at)],
              ]}
            />
          </section>
          <section className={admin.section} aria-labelledby="stay-conversations">
            <h2 id="stay-conversations">{t('field.conversations')}</h2>
            <DataTable
              caption={t('field.conversations')}
              columns={conversationColumns(t, support.ask, ['property'])}
              rows={d.conversations}
              rowKey={(c) => c.id}
              empty={t('reservations.noConversations')}
            />
          </section>
          <section className={admin.section} aria-labelledby="stay-reminders">
            <h2 id="stay-reminders">{t('reservations.reminders')}</h2>
            <DataTable
              caption={t('reservations.reminders')}
              columns={reminderColumns(t, ['stay', 'property', 'guest'])}
              rows={d.reminders}
              rowKey={(m) => m.id}
              empty={t('reservations.noReminders')}
            />
          </section>
          <section className={admin.section} aria-labelledby="stay-scheduled">
            <h2 id="stay-scheduled">{t('reservations.scheduled')}</h2>
            <DataTable
              caption={t('reservations.scheduled')}
              columns={scheduledColumns(t)}
              rows={d.scheduled_messages}
              rowKey={(m) => m.id}
              empty={t('reservations.noScheduled')}
            />
          </section>
        </>
      )}
      {support.dialog}
    </div>
  );
}
