import { ADMIN_CONVERSATION_SORTS } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { useAdminConversations } from '../../features/admin/api.ts';
import { conversationColumns } from '../../features/admin/columns.tsx';
import { FilterBar, RecordFilter, SearchFilter } from '../../features/admin/FilterBar.tsx';
import { ListView } from '../../features/admin/ListView.tsx';
import { AdminHead } from '../../features/admin/parts.tsx';
import { useSupportAccess } from '../../features/admin/SupportAccess.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';

const SPEC = listSpec({
  filters: { q: 'text', user_id: 'uuid', property_id: 'uuid', reservation_id: 'uuid' },
  sorts: ADMIN_CONVERSATION_SORTS,
  defaultSort: '-last_message_at',
});

/**
 * Every conversation: who, where, how many messages and when — never what was said. Reading
 * one takes "Open for support" and a reason, which the audit log keeps.
 */
export function ConversationsPage() {
  const { t } = useTranslation('admin');
  const list = useListParams(SPEC);
  const conversations = useAdminConversations(list.query);
  const support = useSupportAccess();
  return (
    <div className="page wide">
      <AdminHead title={t('conversations.title')} description={t('conversations.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder={t('conversations.search')}
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <RecordFilter
          kind="user"
          value={list.filters.user_id}
          onClear={() => list.setFilter('user_id', undefined)}
        />
        <RecordFilter
          kind="property"
          value={list.filters.property_id}
          onClear={() => list.setFilter('property_id', undefined)}
        />
        <RecordFilter
          kind="reservation"
          value={list.filters.reservation_id}
          onClear={() => list.setFilter('reservation_id', undefined)}
        />
      </FilterBar>
      <ListView
        caption={t('conversations.title')}
        columns={conversationColumns(t, support.ask)}
        list={list}
        result={conversations}
        rowKey={(c) => c.id}
      />
      {support.dialog}
    </div>
  );
}
