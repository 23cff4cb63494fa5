import { ADMIN_USER_SORTS, ADMIN_USER_STATUSES } from '@flexbnb/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import {
  useAdminUsers,
  useUserAction,
  type AdminUser,
  type UserAction,
} from '../../features/admin/api.ts';
import type { Column } from '../../features/admin/DataTable.tsx';
import { ListView } from '../../features/admin/ListView.tsx';
import { FilterBar, SearchFilter, SelectFilter } from '../../features/admin/FilterBar.tsx';
import { count, dateTime } from '../../features/admin/format.ts';
import { i18n } from '../../lib/i18n.ts';
import {
  AdminHead,
  Badges,
  CellLines,
  RowActions,
  StatusBadge,
} from '../../features/admin/parts.tsx';
import { ReasonDialog } from '../../features/admin/ReasonDialog.tsx';
import { listSpec, useListParams } from '../../features/admin/useListParams.ts';
import { useUser } from '../../lib/auth.tsx';

const ROLES = ['user', 'admin'] as const;

const SPEC = listSpec({
  filters: { q: 'text', role: ROLES, status: ADMIN_USER_STATUSES },
  sorts: ADMIN_USER_SORTS,
  defaultSort: '-created_at',
});

type Change = 'disable' | 'enable' | 'promote' | 'demote';

const ACTION: Record<Change, (reason: string | undefined) => UserAction> = {
  disable: (reason) => ({ kind: 'disable', reason }),
  enable: (reason) => ({ kind: 'enable', reason }),
  promote: (reason) => ({ kind: 'role', role: 'admin', reason }),
  demote: (reason) => ({ kind: 'role', role: 'user', reason }),
};

/** The confirmations that stop an admin short: taking an account or admin rights away. */
const DANGER: Record<Change, boolean> = {
  disable: true,
  enable: false,
  promote: false,
  demote: true,
};

/** Everyone with an account: find them, see their activity, disable or enable, grant admin. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  const me = useUser();
  const list = useListParams(SPEC);
  const users = useAdminUsers(list.query);
  const act = useUserAction();
  const [pending, setPending] = useState<{ user: AdminUser; change: Change } | null>(null);

  const run = (user: AdminUser, change: Change, reason: string | undefined) => {
    act.mutate(
      { id: user.id, action: ACTION[change](reason) },
      {
        onSuccess: (saved) => {
          setPending(null);
          toast.success(t(`users.done.${change}`, { name: saved.name }));
        },
        // A 409 (yourself, the last admin) says why in its message.
        onError: (err) => {
          setPending(null);
          toast.error(err.message);
        },
      },
    );
  };

  const columns: Column<AdminUser, (typeof ADMIN_USER_SORTS)[number]>[] = [
    {
      header: t('field.name'),
      sortKey: 'name',
      cell: (u) => (
        <CellLines>
          <Badges>
            <strong>
              <bdi>{u.name}</bdi>
              {u.id === me.id && <span className="muted small"> {t('users.you')}</span>}
            </strong>
            {u.role === 'admin' && <StatusBadge status="admin" label={t('status.role.admin')} />}
          </Badges>
          <span className="muted small">{u.email}</span>
        </CellLines>
      ),
    },
    {
      header: t('field.status'),
      cell: (u) => <StatusBadge status={u.status} label={t(`status.account.${u.status}`)} />,
    },
    {
      header: t('field.messages'),
      kind: 'num',
      cell: (u) => (
        <Link to={`/admin/conversations?user_id=${u.id}`}>{count(u.messages_sent)}</Link>
      ),
    },
    {
      header: t('field.properties'),
      kind: 'num',
      cell: (u) =>
        u.properties > 0 ? (
          <Link to={`/admin/properties?host_id=${u.id}`}>{count(u.properties)}</Link>
        ) : (
          '0'
        ),
    },
    {
      header: t('field.lastSeen'),
      sortKey: 'last_seen_at',
      firstDirection: 'desc',
      cell: (u) => dateTime(u.last_seen_at),
    },
    {
      header: t('field.created'),
      sortKey: 'created_at',
      firstDirection: 'desc',
      // The day is enough for when an account was made; the time would only widen the table.
      cell: (u) =>
        new Date(u.created_at).toLocaleDateString(i18n.language, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
        }),
    },
    {
      header: t('field.actions'),
      actions: true,
      cell: (u) => (
        <RowActions>
          {u.status === 'active' ? (
            <button
              type="button"
              className="button danger small"
              onClick={() => setPending({ user: u, change: 'disable' })}
            >
              {t('users.disable')}
            </button>
          ) : (
            <button
              type="button"
              className="button secondary small"
              onClick={() => setPending({ user: u, change: 'enable' })}
            >
              {t('users.enable')}
            </button>
          )}
          {u.role === 'admin' ? (
            <button
              type="button"
              className="button secondary small"
              onClick={() => setPending({ user: u, change: 'demote' })}
            >
              {t('users.demote')}
            </button>
          ) : (
            <button
              type="button"
              className="button secondary small"
              onClick={() => setPending({ user: u, change: 'promote' })}
            >
              {t('users.promote')}
            </button>
          )}
        </RowActions>
      ),
    },
  ];

  return (
    <div className="page wide">
      <AdminHead title={t('users.title')} description={t('users.description')} />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder={t('users.search')}
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <SelectFilter
          label={t('field.role')}
          value={list.filters.role}
          options={ROLES.map((value) => ({ value, label: t(`status.role.${value}`) }))}
          onChange={(v) => list.setFilter('role', v)}
        />
        <SelectFilter
          label={t('field.status')}
          value={list.filters.status}
          options={ADMIN_USER_STATUSES.map((value) => ({
            value,
            label: t(`status.account.${value}`),
          }))}
          onChange={(v) => list.setFilter('status', v)}
        />
      </FilterBar>
      <ListView
        caption={t('users.title')}
        columns={columns}
        list={list}
        result={users}
        rowKey={(u) => u.id}
        rowTone={(u) => (u.status === 'disabled' ? 'muted' : undefined)}
        empty={t('users.empty')}
      />
      {pending && (
        <ReasonDialog
          title={t(`users.confirm.${pending.change}.title`, { name: pending.user.name })}
          confirmLabel={t(`users.confirm.${pending.change}.button`)}
          danger={DANGER[pending.change]}
          busy={act.isPending}
          onCancel={() => setPending(null)}
          onConfirm={(reason) => run(pending.user, pending.change, reason)}
        >
          <p>{t(`users.confirm.${pending.change}.text`)}</p>
        </ReasonDialog>
      )}
    </div>
  );
}
