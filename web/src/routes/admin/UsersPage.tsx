import { ADMIN_USER_SORTS, ADMIN_USER_STATUSES } from '@flexbnb/contracts';
import { useState } from 'react';
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

const DONE: Record<Change, (name: string) => string> = {
  disable: (name) => `${name} is disabled`,
  enable: (name) => `${name} is enabled`,
  promote: (name) => `${name} is now an admin`,
  demote: (name) => `${name} is no longer an admin`,
};

const CONFIRM: Record<
  Change,
  { title: (name: string) => string; text: string; button: string; danger?: boolean }
> = {
  disable: {
    title: (name) => `Disable ${name}?`,
    text: 'They are signed out everywhere at once and cannot sign in until the account is enabled again.',
    button: 'Disable account',
    danger: true,
  },
  enable: {
    title: (name) => `Enable ${name}?`,
    text: 'They can sign in again.',
    button: 'Enable account',
  },
  promote: {
    title: (name) => `Make ${name} an admin?`,
    text: 'Admins see every user, conversation and delivery of this installation.',
    button: 'Make admin',
  },
  demote: {
    title: (name) => `Remove ${name} as an admin?`,
    text: 'They keep their account, without the admin console.',
    button: 'Remove admin',
    danger: true,
  },
};

/** Everyone with an account: find them, see their activity, disable or enable, grant admin. */
export function UsersPage() {
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
          toast.success(DONE[change](saved.name));
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
      header: 'Name',
      sortKey: 'name',
      cell: (u) => (
        <CellLines>
          <Badges>
            <strong>
              <bdi>{u.name}</bdi>
              {u.id === me.id && <span className="muted small"> (you)</span>}
            </strong>
            {u.role === 'admin' && <StatusBadge status="admin" />}
          </Badges>
          <span className="muted small">{u.email}</span>
        </CellLines>
      ),
    },
    {
      header: 'Status',
      cell: (u) => <StatusBadge status={u.status} />,
    },
    {
      header: 'Messages',
      kind: 'num',
      cell: (u) => (
        <Link to={`/admin/conversations?user_id=${u.id}`}>{count(u.messages_sent)}</Link>
      ),
    },
    {
      header: 'Properties',
      kind: 'num',
      cell: (u) =>
        u.properties > 0 ? (
          <Link to={`/admin/properties?host_id=${u.id}`}>{count(u.properties)}</Link>
        ) : (
          '0'
        ),
    },
    {
      header: 'Last seen',
      sortKey: 'last_seen_at',
      firstDirection: 'desc',
      cell: (u) => dateTime(u.last_seen_at),
    },
    {
      header: 'Created',
      sortKey: 'created_at',
      firstDirection: 'desc',
      // The day is enough for when an account was made; the time would only widen the table.
      cell: (u) =>
        new Date(u.created_at).toLocaleDateString(undefined, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
        }),
    },
    {
      header: 'Actions',
      actions: true,
      cell: (u) => (
        <RowActions>
          {u.status === 'active' ? (
            <button
              type="button"
              className="button danger small"
              onClick={() => setPending({ user: u, change: 'disable' })}
            >
              Disable
            </button>
          ) : (
            <button
              type="button"
              className="button secondary small"
              onClick={() => setPending({ user: u, change: 'enable' })}
            >
              Enable
            </button>
          )}
          {u.role === 'admin' ? (
            <button
              type="button"
              className="button secondary small"
              onClick={() => setPending({ user: u, change: 'demote' })}
            >
              Remove admin
            </button>
          ) : (
            <button
              type="button"
              className="button secondary small"
              onClick={() => setPending({ user: u, change: 'promote' })}
            >
              Make admin
            </button>
          )}
        </RowActions>
      ),
    },
  ];

  const confirm = pending ? CONFIRM[pending.change] : null;
  return (
    <div className="page wide">
      <AdminHead title="Users" description="Everyone with an account, their role and activity." />
      <FilterBar filtered={list.filtered} onClear={list.clearFilters}>
        <SearchFilter
          value={list.filters.q}
          placeholder="Name or email"
          onChange={(v, replace) => list.setFilter('q', v, replace)}
        />
        <SelectFilter
          label="Role"
          value={list.filters.role}
          options={[
            { value: 'user', label: 'User' },
            { value: 'admin', label: 'Admin' },
          ]}
          onChange={(v) => list.setFilter('role', v)}
        />
        <SelectFilter
          label="Status"
          value={list.filters.status}
          options={[
            { value: 'active', label: 'Active' },
            { value: 'disabled', label: 'Disabled' },
          ]}
          onChange={(v) => list.setFilter('status', v)}
        />
      </FilterBar>
      <ListView
        caption="Users"
        columns={columns}
        list={list}
        result={users}
        rowKey={(u) => u.id}
        rowTone={(u) => (u.status === 'disabled' ? 'muted' : undefined)}
        empty="No user matches these filters."
      />
      {pending && confirm && (
        <ReasonDialog
          title={confirm.title(pending.user.name)}
          confirmLabel={confirm.button}
          danger={confirm.danger}
          busy={act.isPending}
          onCancel={() => setPending(null)}
          onConfirm={(reason) => run(pending.user, pending.change, reason)}
        >
          <p>{confirm.text}</p>
        </ReasonDialog>
      )}
    </div>
  );
}
