import type { AdminUser, AuditEntry } from '@flexbnb/contracts';
import type { AdminUserRow, AuditRow, UserActivity } from './accounts.repo.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentAdminUser(row: AdminUserRow, activity: UserActivity | undefined): AdminUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    role: row.role,
    status: row.disabledAt ? 'disabled' : 'active',
    disabled_at: iso(row.disabledAt),
    last_seen_at: iso(row.lastSeenAt),
    messages_sent: activity?.messagesSent ?? 0,
    properties: activity?.properties ?? 0,
    created_at: row.createdAt.toISOString(),
  };
}

export function presentAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    actor: { id: row.actorId, name: row.actorName, email: row.actorEmail },
    action: row.action,
    target_type: row.targetType,
    target_id: row.targetId,
    reason: row.reason,
    details: row.details,
    created_at: row.createdAt.toISOString(),
  };
}
