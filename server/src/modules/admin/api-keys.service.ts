import { createHash, randomBytes } from 'node:crypto';
import type { ApiKey, ApiKeyScope, CreatedApiKey, ScreeningPolicy } from '@flexbnb/contracts';
import type { Actor, PlatformCaller, ServiceDeps } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { recordAudit } from './admin.audit.ts';
import { presentApiKey } from './api-keys.presenter.ts';
import * as repo from './api-keys.repo.ts';

export type ApiKeysAdmin = ReturnType<typeof createApiKeysAdmin>;

/** How keys start, so that one pasted where a user's token belongs is told apart at a glance. */
const KEY_PREFIX = 'fbk_';
/** `last_used_at` is written at most this often per key. */
const TOUCH_EVERY_MS = 60_000;

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** A rental platform's API keys: made and revoked by admins, checked on `/api/platform/*`. */
export function createApiKeysAdmin(deps: ServiceDeps) {
  const { db, now } = deps;

  return {
    /**
     * Makes a key with `scopes` (and, when given, its own screening policy: see `update`); the
     * answer is the only time the key itself is shown (only its hash is kept). Audited.
     */
    async create(
      actor: Actor,
      input: { name: string; scopes: ApiKeyScope[]; screening_policy?: ScreeningPolicy | null },
    ): Promise<CreatedApiKey> {
      const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
      const row = await db.transaction(async (tx) => {
        const created = await repo.insertApiKey(tx, {
          name: input.name,
          prefix: key.slice(0, KEY_PREFIX.length + 6),
          keyHash: hashKey(key),
          scopes: input.scopes,
          screeningPolicy: input.screening_policy ?? null,
          createdBy: actor.id,
        });
        await recordAudit(tx, actor, {
          action: 'api_key.created',
          targetType: 'api_key',
          targetId: created.id,
          details: {
            name: created.name,
            scopes: created.scopes,
            ...(created.screeningPolicy && { screening_policy: created.screeningPolicy }),
          },
        });
        return created;
      });
      return { ...presentApiKey(row), key };
    },

    /** Every key, revoked ones too, newest first. */
    async list(): Promise<ApiKey[]> {
      return (await repo.listApiKeys(db)).map(presentApiKey);
    },

    /**
     * Renames a key or sets its screening policy: the contact screening of the conversations
     * about the properties it synced last, in place of the installation's (null follows the
     * installation). The send reads it, so it holds from the next message on, on every node.
     * Audited when something changed: the key's name and policy now, and `from`, what the
     * fields that changed were.
     * @throws not_found
     */
    async update(
      actor: Actor,
      id: string,
      input: { name?: string; screening_policy?: ScreeningPolicy | null },
    ): Promise<ApiKey> {
      const row = await db.transaction(async (tx) => {
        const updated = await repo.updateApiKey(tx, id, {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.screening_policy !== undefined && {
            screeningPolicy: input.screening_policy,
          }),
        });
        if (!updated) throw notFound('API key');
        const { before, after } = updated;
        // What the fields that changed were before.
        const from = {
          ...(before.name !== after.name && { name: before.name }),
          ...(before.screeningPolicy !== after.screeningPolicy && {
            screening_policy: before.screeningPolicy,
          }),
        };
        if (Object.keys(from).length > 0) {
          await recordAudit(tx, actor, {
            action: 'api_key.updated',
            targetType: 'api_key',
            targetId: after.id,
            details: { name: after.name, screening_policy: after.screeningPolicy, from },
          });
        }
        return after;
      });
      return presentApiKey(row);
    },

    /**
     * Revokes a key: the next request made with it is refused, on every node. Revoking a
     * revoked key answers it as it is. Audited.
     * @throws not_found
     */
    async revoke(actor: Actor, id: string, reason?: string): Promise<ApiKey> {
      const revoked = await db.transaction(async (tx) => {
        const row = await repo.revokeApiKey(tx, id);
        if (row) {
          await recordAudit(tx, actor, {
            action: 'api_key.revoked',
            targetType: 'api_key',
            targetId: row.id,
            reason,
            details: { name: row.name },
          });
        }
        return row;
      });
      const row = revoked ?? (await repo.findApiKey(db, id));
      if (!row) throw notFound('API key');
      return presentApiKey(row);
    },

    /**
     * The platform a key belongs to, when the key is known, not revoked, and holds `scope`.
     * Read from the database on every request, so a revocation holds at once on every node.
     * @throws unauthorized for an unknown or revoked key; forbidden without the scope
     */
    async verify(key: string, scope: ApiKeyScope): Promise<PlatformCaller> {
      const row = key.startsWith(KEY_PREFIX)
        ? await repo.findApiKeyByHash(db, hashKey(key))
        : undefined;
      if (!row) throw new AppError('unauthorized', 'Unknown API key');
      if (row.revokedAt) throw new AppError('unauthorized', 'This API key was revoked');
      if (!row.scopes.includes(scope)) {
        throw forbidden(`This API key lacks the scope ${scope}`);
      }
      const at = now();
      if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
        await repo.touchApiKey(db, row.id, at, TOUCH_EVERY_MS);
      }
      return { keyId: row.id, keyName: row.name, scopes: row.scopes };
    },
  };
}
