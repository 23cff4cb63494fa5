import type {
  ADMIN_CONVERSATION_SORTS,
  ADMIN_RESERVATION_SORTS,
  ADMIN_REMINDER_SORTS,
} from '@flexbnb/contracts';
import { Link } from 'react-router';
import { REMINDER_LABEL, offsetLabel } from '../reservations/api.ts';
import type { AdminConversation, AdminReminder, AdminReservation } from './api.ts';
import type { Column } from './DataTable.tsx';
import { stayDates } from '../../lib/time.ts';
import { count, dateTime, wallClock } from './format.ts';
import { CellLines, Person, StatusBadge } from './parts.tsx';
import { OpenForSupportButton } from './SupportAccess.tsx';

/** The columns but those `omit` names (a detail page leaves out what its title says). */
function without<C extends { header: string }>(columns: C[], omit: string[]): C[] {
  return columns.filter((c) => !omit.includes(c.header));
}

/** Conversations: who, where, how much and when — never what was said. */
export function conversationColumns(
  openForSupport: (c: AdminConversation) => void,
  omit: string[] = [],
): Column<AdminConversation, (typeof ADMIN_CONVERSATION_SORTS)[number]>[] {
  return without(
    [
      { header: 'Guest', cell: (c) => <Person person={c.guest} /> },
      { header: 'Host', cell: (c) => <Person person={c.host} /> },
      {
        header: 'Property',
        cell: (c) => <Link to={`/admin/properties/${c.property.id}`}>{c.property.title}</Link>,
      },
      {
        header: 'Messages',
        sortKey: 'messages',
        firstDirection: 'desc',
        sortLabels: ['fewest first', 'most first'],
        kind: 'num',
        cell: (c) => count(c.messages),
      },
      {
        header: 'Last activity',
        sortKey: 'last_message_at',
        firstDirection: 'desc',
        cell: (c) => dateTime(c.last_message_at),
      },
      {
        header: 'Started',
        sortKey: 'created_at',
        firstDirection: 'desc',
        cell: (c) => dateTime(c.created_at),
      },
      {
        header: 'Actions',
        actions: true,
        cell: (c) => <OpenForSupportButton onClick={() => openForSupport(c)} />,
      },
    ],
    omit,
  );
}

export function reservationColumns(
  omit: string[] = [],
): Column<AdminReservation, (typeof ADMIN_RESERVATION_SORTS)[number]>[] {
  return without(
    [
      {
        header: 'Stay',
        sortKey: 'check_in',
        firstDirection: 'desc',
        cell: (r) => (
          <Link to={`/admin/reservations/${r.id}`}>{stayDates(r.check_in, r.check_out)}</Link>
        ),
      },
      {
        header: 'Property',
        cell: (r) => <Link to={`/admin/properties/${r.property.id}`}>{r.property.title}</Link>,
      },
      { header: 'Guest', cell: (r) => <Person person={r.guest} /> },
      { header: 'Host', cell: (r) => <Person person={r.host} /> },
      { header: 'Guests', kind: 'num', cell: (r) => r.guests },
      { header: 'Status', sortKey: 'status', cell: (r) => <StatusBadge status={r.status} /> },
      {
        header: 'Booked',
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
  omit: string[] = [],
): Column<AdminReminder, (typeof ADMIN_REMINDER_SORTS)[number]>[] {
  return without(
    [
      {
        header: 'Reminder',
        cell: (r) => (
          <CellLines>
            <strong>{REMINDER_LABEL[r.reminder_type]}</strong>
            <span className="muted small">{offsetLabel(r.offset_minutes)}</span>
          </CellLines>
        ),
      },
      { header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
      {
        header: 'Scheduled for',
        sortKey: 'scheduled_for',
        firstDirection: 'asc',
        sortLabels: ['soonest first', 'latest first'],
        cell: (r) => (
          <CellLines>
            <time dateTime={r.scheduled_for}>{wallClock(r.scheduled_for_local)}</time>
            <span className="muted small">{r.timezone}</span>
          </CellLines>
        ),
      },
      {
        header: 'Sent',
        sortKey: 'sent_at',
        firstDirection: 'desc',
        cell: (r) =>
          r.sent_at ? <time dateTime={r.sent_at}>{wallClock(r.sent_at_local)}</time> : '—',
      },
      {
        header: 'Stay',
        cell: (r) => (
          <Link to={`/admin/reservations/${r.reservation.id}`}>
            {stayDates(r.reservation.check_in, r.reservation.check_out)}
          </Link>
        ),
      },
      {
        header: 'Property',
        cell: (r) => <Link to={`/admin/properties/${r.property.id}`}>{r.property.title}</Link>,
      },
      { header: 'Guest', cell: (r) => <Person person={r.guest} /> },
    ],
    omit,
  );
}
