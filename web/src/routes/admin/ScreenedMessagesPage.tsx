import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAdminScreenedMessages, type AdminScreenedMessage } from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { FilterBar, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { dateTime } from '../../features/admin/format.ts';
import type { AdminT } from '../../features/admin/labels.ts';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead, RowActions } from '../../features/admin/parts.tsx';
import {
  ScreeningBadge,
  ScreeningMatches,
  screeningActionOptions,
} from '../../features/admin/Screening.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';
import { ScreenedText } from '../../features/messaging/Screening.tsx';

// The list is newest first and has no other order: the sort is the spec's only, never sent.
const SPEC = listSpec({
  filters: { action: ['masked', 'flagged', 'revealed'] },
  sorts: ['created_at'],
  defaultSort: '-created_at',
});

const columns = (t: AdminT): Column<AdminScreenedMessage, 'created_at'>[] => [
  { header: t('field.sent'), cell: (m) => dateTime(m.created_at) },
  { header: t('field.action'), cell: (m) => <ScreeningBadge action={m.screening.action} /> },
  {
    header: t('field.property'),
    cell: (m) => <Link to={`/admin/properties/${m.property.id}`}>{m.property.title}</Link>,
  },
  {
    header: t('field.fromTo'),
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
    header: t('field.shownAs'),
    kind: 'text',
    cell: (m) =>
      m.screening.action === 'masked' ? <ScreenedText text={m.message} links={false} /> : m.message,
  },
  { header: t('field.asWritten'), kind: 'text', cell: (m) => m.screening.original },
  { header: t('field.found'), cell: (m) => <ScreeningMatches matches={m.screening.matches} /> },
  {
    header: t('field.actions'),
    actions: true,
    cell: (m) => (
      <RowActions>
        <Link className="button secondary small" to={`/admin/conversations/${m.conversation_id}`}>
          {t('support.open')}
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
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const messages = useAdminScreenedMessages({
    ...(list.filters.action && { action: list.filters.action }),
    ...(list.cursor && { cursor: list.cursor }),
  });
  return (
    <div className="page wide">
      <AdminHead title={t('screened.title')} description={t('screened.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SelectFilter
          label={t('field.action')}
          anyLabel={t('filters.all')}
          value={list.filters.action}
          options={screeningActionOptions(t)}
          onChange={(v) => list.setFilter('action', v)}
        />
      </FilterBar>
      <ListView
        caption={t('screened.title')}
        columns={columns(t)}
        list={list}
        result={messages}
        rowKey={(m) => m.id}
        empty={list.filtered ? t('screened.emptyFiltered') : t('screened.empty')}
      />
    </div>
  );
}
