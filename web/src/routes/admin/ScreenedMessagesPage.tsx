import { Link } from 'react-router';
import { useAdminScreenedMessages, type AdminScreenedMessage } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { dateTime } from '../../features/admin/format.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, RowActions } from '../../features/admin/parts.tsx';
import {
  SCREENING_ACTION_OPTIONS,
  ScreeningBadge,
  ScreeningMatches,
} from '../../features/admin/Screening.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';
import { ScreenedText } from '../../features/messaging/Screening.tsx';

// The list is newest first and has no other order: the sort is the spec's only, never sent.
const SPEC = listSpec({
  filters: { action: ['masked', 'flagged', 'revealed'] },
  sorts: ['created_at'],
  defaultSort: '-created_at',
});

const COLUMNS: Column<AdminScreenedMessage, 'created_at'>[] = [
  { header: 'Sent', cell: (m) => dateTime(m.created_at) },
  { header: 'Action', cell: (m) => <ScreeningBadge action={m.screening.action} /> },
  {
    header: 'Property',
    cell: (m) => <Link to={`/admin/properties/${m.property.id}`}>{m.property.title}</Link>,
  },
  {
    header: 'From → to',
    cell: (m) => (
      <span>
        <strong>
          <bdi>{m.sender.name}</bdi>
        </strong>{' '}
        → <bdi>{m.receiver.name}</bdi>
      </span>
    ),
  },
  {
    header: 'Shown as',
    kind: 'text',
    cell: (m) =>
      m.screening.action === 'masked' ? <ScreenedText text={m.message} links={false} /> : m.message,
  },
  { header: 'As written', kind: 'text', cell: (m) => m.screening.original },
  { header: 'Found', cell: (m) => <ScreeningMatches matches={m.screening.matches} /> },
  {
    header: 'Actions',
    actions: true,
    cell: (m) => (
      <RowActions>
        <Link className="button secondary small" to={`/admin/conversations/${m.conversation_id}`}>
          Open for support
        </Link>
      </RowActions>
    ),
  },
];

/**
 * Messages contact screening treated before their stay was confirmed: masked (hidden from
 * both sides), flagged (sent as written), or revealed once the booking was confirmed. Each with
 * what its sender wrote and what matched; its conversation opens for support (with a reason).
 */
export function ScreenedMessagesPage() {
  const list = useListParams(SPEC);
  const messages = useAdminScreenedMessages({
    ...(list.filters.action && { action: list.filters.action }),
    ...(list.cursor && { cursor: list.cursor }),
  });
  return (
    <div className="page wide">
      <AdminHead
        title="Screened messages"
        description="Phone numbers, email addresses, links and requests to pay outside the platform, sent before a booking was confirmed. Newest first."
      />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label="Action"
          anyLabel="All"
          value={list.filters.action}
          options={SCREENING_ACTION_OPTIONS}
          onChange={(v) => list.setFilter('action', v)}
        />
      </FilterBar>
      <ListView
        caption="Screened messages"
        columns={COLUMNS}
        list={list}
        result={messages}
        rowKey={(m) => m.id}
        empty={list.filtered ? 'No message was screened so.' : 'No message has been screened yet.'}
      />
    </div>
  );
}
