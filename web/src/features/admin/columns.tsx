import type {
  ADMIN_CONVERSATION_SORTS,
  ADMIN_RESERVATION_SORTS,
  ADMIN_REMINDER_SORTS,
} from '@flexbnb/contracts';
import { Link } from 'react-router';
import type { AdminConversation, AdminReminder, AdminReservation } from './api.ts';
import type { Column } from './DataTable.tsx';
import { stayDates } from '../../lib/time.ts';
import { count, dateTime, wallClock } from './format.ts';
import { offsetLabel, type AdminT } from './labels.ts';
import { CellLines, Person, StatusBadge } from './parts.tsx';
import { OpenForSupportButton } from './SupportAccess.tsx';

/** The columns a table of each kind may leave out (a detail page, what its title says). */
type ColumnId = 'guest' | 'host' | 'property' | 'stay';

/** The columns but those `omit` names. */
function without<C extends { id?: string }>(columns: C[], omit: ColumnId[]): C[] {
  return columns.filter((c) => !omit.includes(c.id as ColumnId));
}

/** Conversations: who, where, how much and when — never what was said. */
export function conversationColumns(
  t: AdminT,
  openForSupport: (c: AdminConversation) => void,
  omit: ColumnId[] = [],
): Column<AdminConversation, (typeof ADMIN_CONVERSATION_SORTS)[number]>[] {
  return without(
    [
      { id: 'guest', header: t('field.guest'), cell: (c) => <Person person={c.guest} /> },
      { id: 'host', header: t('field.host'), cell: (c) => <Person person={c.host} /> },
      {
        id: 'property',
        header: t('field.property'),
        cell: (c) => <Link to={`/admin/properties/${c.property.id}`}>{c.property.title}</Link>,
      },
      {
        id: 'messages',
        header: t('field.messages'),
        sortKey: 'messages',
        firstDirection: 'desc',
        sortLabels: [t('table.order.fewestFirst'), t('table.order.mostFirst')],
        kind: 'num',
        cell: (c) => count(c.messages),
      },
      {
        id: 'lastActivity',
        header: t('field.lastActivity'),
        sortKey: 'last_message_at',
        firstDirection: 'desc',
        cell: (c) => dateTime(c.last_message_at),
      },
      {
        id: 'started',
        header: t('field.started'),
        sortKey: 'created_at',
        firstDirection: 'desc',
        cell: (c) => dateTime(c.created_at),
      },
      {
        id: 'actions',
        header: t('field.actions'),
        actions: true,
        cell: (c) => <OpenForSupportButton onClick={() => openForSupport(c)} />,
      },
    ],
    omit,
  );
}

export function reservationColumns(
  t: AdminT,
  omit: ColumnId[] = [],
): Column<AdminReservation, (typeof ADMIN_RESERVATION_SORTS)[number]>[] {
  return without(
    [
      {
        id: 'stay',
        header: t('field.stay'),
        sortKey: 'check_in',
        firstDirection: 'desc',
        cell: (r) => (
          <Link to={`/admin/reservations/${r.id}`}>{stayDates(r.check_in, r.check_out)}</Link>
        ),
      },
      {
        id: 'property',
        header: t('field.property'),
        cell: (r) => <Link to={`/admin/properties/${r.property.id}`}>{r.property.title}</Link>,
      },
      { id: 'guest', header: t('field.guest'), cell: (r) => <Person person={r.guest} /> },
      { id: 'host', header: t('field.host'), cell: (r) => <Person person={r.host} /> },
      { id: 'guests', header: t('field.guests'), kind: 'num', cell: (r) => count(r.guests) },
      {
        id: 'status',
        header: t('field.status'),
        sortKey: 'status',
        cell: (r) => <StatusBadge status={r.status} label={t(`status.reservation.${r.status}`)} />,
      },
      {
        id: 'booked',
        header: t('field.booked'),
        sortKey: 'created_at',
        firstDirection: 'desc',
        cell: (r) => dateTime(r.created_at),
      },
    ],
    omit,
  );
}

/** Reminders, their times on the property's clock (its zone named beside them). */
export function reminderColumns(
  t: AdminT,
  omit: ColumnId[] = [],
): Column<AdminReminder, (typeof ADMIN_REMINDER_SORTS)[number]>[] {
  return without(
    [
      {
        id: 'reminder',
        header: t('field.reminder'),
        cell: (r) => (
          <CellLines>
            <strong>{t(`reminderType.${r.reminder_type}`)}</strong>
            <span className="muted small">{offsetLabel(t, r.offset_minutes)}</span>
          </CellLines>
        ),
      },
      {
        id: 'status',
        header: t('field.status'),
        cell: (r) => <StatusBadge status={r.status} label={t(`status.reminder.${r.status}`)} />,
      },
      {
        id: 'scheduledFor',
        header: t('field.scheduledFor'),
        sortKey: 'scheduled_for',
        firstDirection: 'asc',
        sortLabels: [t('table.order.soonestFirst'), t('table.order.latestFirst')],
        cell: (r) => (
          <CellLines>
            <time dateTime={r.scheduled_for}>{wallClock(r.scheduled_for_local)}</time>
            <span className="muted small">{r.timezone}</span>
          </CellLines>
        ),
      },
      {
        id: 'sent',
        header: t('field.sent'),
        sortKey: 'sent_at',
        firstDirection: 'desc',
        cell: (r) =>
          r.sent_at ? <time dateTime={r.sent_at}>{wallClock(r.sent_at_local)}</time> : '—',
      },
      {
        id: 'stay',
        header: t('field.stay'),
        cell: (r) => (
          <Link to={`/admin/reservations/${r.reservation.id}`}>
            {stayDates(r.reservation.check_in, r.reservation.check_out)}
          </Link>
        ),
      },
      {
        id: 'property',
        header: t('field.property'),
        cell: (r) => <Link to={`/admin/properties/${r.property.id}`}>{r.property.title}</Link>,
      },
      { id: 'guest', header: t('field.guest'), cell: (r) => <Person person={r.guest} /> },
    ],
    omit,
  );
}
