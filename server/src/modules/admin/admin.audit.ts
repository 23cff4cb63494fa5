import type { AuditAction } from '@flexbnb/contracts';
import type { Actor } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { auditLog } from '../../platform/db/schema.ts';

export interface AuditRecord {
  action: AuditAction;
  targetType: 'user' | 'conversation' | 'delivery' | 'reminder' | 'api_key' | 'webhook_delivery';
  targetId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Writes one audit-log entry for what `actor` did (null: the command line or start-up), in the
 * caller's transaction, so the action and its entry commit together or not at all.
 */
export async function recordAudit(
  db: DbOrTx,
  actor: Pick<Actor, 'id' | 'name' | 'email'> | null,
  record: AuditRecord,
): Promise<{ id: string }> {
  const [row] = await db
    .insert(auditLog)
    .values({
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? 'command line',
      actorEmail: actor?.email ?? null,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId ?? null,
      reason: record.reason?.trim() || null,
      details: record.details ?? {},
    })
    .returning({ id: auditLog.id });
  return row!;
}
