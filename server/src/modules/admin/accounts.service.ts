import type { AdminUser, AuditEntry } from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { presentAdminUser, presentAuditEntry } from './accounts.presenter.ts';
import * as repo from './accounts.repo.ts';
import { recordAudit } from './admin.audit.ts';
import type { AdminPage } from './admin.paging.ts';
import { requireAdmin } from './admin.policy.ts';
import type { AdminModules } from './admin.modules.ts';

export type AccountsAdmin = ReturnType<typeof createAccountsAdmin>;

/** What `session.ended` tells the sockets of an account being disabled. */
const DISABLED_MESSAGE = 'The account is disabled';
/** The name of an account that ADMIN_EMAIL creates. */
const BOOTSTRAP_NAME = 'Administrator';

/** What creating or promoting an administrator from outside the API did. */
export interface AdminBootstrap {
  id: string;
  created: boolean;
  promoted: boolean;
  enabled: boolean;
  passwordSet: boolean;
}

/**
 * The console's accounts side: finding users with their activity, disabling and enabling
 * them, making and unmaking admins (never the last active one), the audit log, and the first
 * admin (the command line, ADMIN_EMAIL at start-up). Every change is audited in its own
 * transaction and reaches authentication on every node at once after the commit.
 */
export function createAccountsAdmin(deps: ServiceDeps, modules: AdminModules) {
  const { db, now } = deps;

  async function present(rows: repo.AdminUserRow[]): Promise<AdminUser[]> {
    const activity = await repo.activityOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => presentAdminUser(r, activity.get(r.id)));
  }

  async function userById(id: string): Promise<AdminUser> {
    const row = await repo.findUser(db, id);
    if (!row) throw notFound('User');
    const [user] = await present([row]);
    return user!;
  }

  /** Locks the target and the active admins (see `lockAccountAndAdmins`). */
  async function lockForChange(tx: DbOrTx, userId: string) {
    const { target, activeAdmins } = await repo.lockAccountAndAdmins(tx, userId);
    if (!target) throw notFound('User');
    return { target, activeAdmins };
  }

  /**
   * Checked with the admins locked, before a change is written: the role the request was let
   * in with may have been taken away, or the account disabled, by a change that committed
   * meanwhile.
   */
  function assertStillAdmin(actor: Actor, activeAdmins: string[]) {
    if (!activeAdmins.includes(actor.id)) throw forbidden('Only an admin may do this');
  }

  /**
   * Creates the administrator `email`, or makes the account with that address (in any case)
   * one; with `reset`, also sets its password and enables it. Safe when several nodes do it at
   * once: the address's unique index decides which insert wins, the row lock which promotion,
   * and only the one that changes something writes an audit entry (actor: the command line).
   */
  async function upsertAdmin(
    input: { email: string; password: string; name?: string },
    options: { reset: boolean; source: string },
  ): Promise<AdminBootstrap> {
    const email = input.email.trim();
    const existing = await repo.findAccountByEmail(db, email);
    if (existing?.role === 'admin' && !options.reset) {
      return {
        id: existing.id,
        created: false,
        promoted: false,
        enabled: false,
        passwordSet: false,
      };
    }
    // Hashed before the transaction (argon2 takes a while), and only when it will be written.
    let passwordHash =
      !existing || options.reset ? await modules.auth.hashPassword(input.password) : undefined;
    const result = await db.transaction(async (tx): Promise<AdminBootstrap> => {
      let account = await repo.lockAccountByEmail(tx, email);
      if (!account) {
        passwordHash ??= await modules.auth.hashPassword(input.password);
        const inserted = await repo.insertAdmin(tx, {
          email,
          name: input.name?.trim() || BOOTSTRAP_NAME,
          passwordHash,
        });
        if (inserted) {
          await recordAudit(tx, null, {
            action: 'user.role_changed',
            targetType: 'user',
            targetId: inserted.id,
            details: { from: null, to: 'admin', created: true, source: options.source },
          });
          return {
            id: inserted.id,
            created: true,
            promoted: false,
            enabled: false,
            passwordSet: true,
          };
        }
        // Another node inserted it first; the insert waited for its commit, so it is there now.
        account = await repo.lockAccountByEmail(tx, email);
        if (!account) throw new AppError('conflict', 'The account changed meanwhile; try again');
      }
      const promoted = account.role !== 'admin';
      const enabled = options.reset && account.disabledAt !== null;
      if (promoted) {
        await repo.setRole(tx, account.id, 'admin');
        await recordAudit(tx, null, {
          action: 'user.role_changed',
          targetType: 'user',
          targetId: account.id,
          details: { from: account.role, to: 'admin', source: options.source },
        });
      }
      if (enabled) {
        await repo.setDisabledAt(tx, account.id, null);
        await recordAudit(tx, null, {
          action: 'user.enabled',
          targetType: 'user',
          targetId: account.id,
          details: { source: options.source },
        });
      }
      if (options.reset) await repo.setPasswordHash(tx, account.id, passwordHash!);
      return { id: account.id, created: false, promoted, enabled, passwordSet: options.reset };
    });
    if (result.promoted || result.enabled) modules.auth.invalidateAccount(result.id);
    return result;
  }

  return {
    /** A page of users matching the filter, with their activity, and how many match. */
    async users(
      filter: repo.UserFilter,
      page: AdminPage<repo.UserSort>,
    ): Promise<{ items: AdminUser[]; total: number }> {
      const { rows, total } = await repo.listUsers(db, filter, page);
      return { items: await present(rows), total };
    },

    /**
     * One user with their activity.
     * @throws not_found when there is no such user
     */
    user: userById,

    /**
     * Disables an account: in one transaction it is stamped disabled, every refresh token of
     * it is revoked and the change is audited (`user.disabled`, with the reason); after the
     * commit every node forgets the account (its access tokens get 401 from the next request)
     * and closes its sockets, each told `session.ended` first. Disabling an account already
     * disabled changes nothing and writes no audit entry.
     * @throws forbidden unless the actor is (still) an active admin
     * @throws not_found when there is no such user
     * @throws conflict for the actor's own account, or the last active admin
     */
    async disable(actor: Actor, userId: string, reason?: string): Promise<AdminUser> {
      requireAdmin(actor);
      const changed = await db.transaction(async (tx) => {
        const { target, activeAdmins } = await lockForChange(tx, userId);
        if (target.id === actor.id) {
          throw new AppError('conflict', 'You cannot disable your own account', {
            rule: 'own_account',
          });
        }
        if (target.disabledAt) return false;
        if (activeAdmins.length === 1 && activeAdmins[0] === target.id) {
          throw new AppError('conflict', 'The last active admin cannot be disabled', {
            rule: 'last_admin',
          });
        }
        assertStillAdmin(actor, activeAdmins);
        const at = now();
        await repo.setDisabledAt(tx, target.id, at);
        const revoked = await repo.revokeRefreshTokens(tx, target.id, at);
        await recordAudit(tx, actor, {
          action: 'user.disabled',
          targetType: 'user',
          targetId: target.id,
          reason,
          details: { refresh_tokens_revoked: revoked },
        });
        return true;
      });
      if (changed) {
        modules.auth.invalidateAccount(userId);
        deps.endSessions?.(userId, DISABLED_MESSAGE);
      }
      return userById(userId);
    },

    /**
     * Enables a disabled account, audited as `user.enabled` with the reason; its owner signs in
     * again (its old sessions stay revoked). Enabling an active account changes nothing and
     * writes no audit entry.
     * @throws forbidden unless the actor is (still) an active admin
     * @throws not_found when there is no such user
     */
    async enable(actor: Actor, userId: string, reason?: string): Promise<AdminUser> {
      requireAdmin(actor);
      const changed = await db.transaction(async (tx) => {
        const { target, activeAdmins } = await lockForChange(tx, userId);
        if (!target.disabledAt) return false;
        assertStillAdmin(actor, activeAdmins);
        await repo.setDisabledAt(tx, target.id, null);
        await recordAudit(tx, actor, {
          action: 'user.enabled',
          targetType: 'user',
          targetId: target.id,
          reason,
        });
        return true;
      });
      if (changed) modules.auth.invalidateAccount(userId);
      return userById(userId);
    },

    /**
     * Makes or unmakes an admin, audited as `user.role_changed` with `{from, to}` and the
     * reason; the new role applies to the account's next request on every node. Giving the
     * role it has changes nothing and writes no audit entry. Admins may unmake themselves while
     * another active admin remains.
     * @throws forbidden unless the actor is (still) an active admin
     * @throws not_found when there is no such user
     * @throws conflict when it would unmake the last active admin
     */
    async setRole(
      actor: Actor,
      userId: string,
      role: 'user' | 'admin',
      reason?: string,
    ): Promise<AdminUser> {
      requireAdmin(actor);
      const changed = await db.transaction(async (tx) => {
        const { target, activeAdmins } = await lockForChange(tx, userId);
        if (target.role === role) return false;
        if (role !== 'admin' && activeAdmins.length === 1 && activeAdmins[0] === target.id) {
          throw new AppError('conflict', 'The last active admin cannot be unmade', {
            rule: 'last_admin',
          });
        }
        assertStillAdmin(actor, activeAdmins);
        await repo.setRole(tx, target.id, role);
        await recordAudit(tx, actor, {
          action: 'user.role_changed',
          targetType: 'user',
          targetId: target.id,
          reason,
          details: { from: target.role, to: role },
        });
        return true;
      });
      if (changed) modules.auth.invalidateAccount(userId);
      return userById(userId);
    },

    /** A page of the audit log matching the filter, and how many entries match. */
    async auditLog(
      filter: repo.AuditFilter,
      page: AdminPage<'created_at'>,
    ): Promise<{ items: AuditEntry[]; total: number }> {
      const { rows, total } = await repo.listAudit(db, filter, page);
      return { items: rows.map(presentAuditEntry), total };
    },

    /**
     * `create-admin` on the command line: creates the administrator, or makes the existing
     * account with that address one, sets its password and enables it if it was disabled.
     * Audited with the command line as the actor. Safe to repeat.
     */
    createAdmin(input: { email: string; password: string; name?: string }) {
      return upsertAdmin(input, { reset: true, source: 'create-admin' });
    },

    /**
     * ADMIN_EMAIL and ADMIN_PASSWORD at a node's start: creates that administrator with that
     * password, or makes the existing account with that address one. An existing account keeps
     * its password and, if an admin disabled it, stays disabled: a restart never undoes what
     * was done in the console. Idempotent, also when several nodes start at once; audited
     * (actor: the command line) only when it changes something.
     */
    ensureAdmin(input: { email: string; password: string }) {
      return upsertAdmin(input, { reset: false, source: 'ADMIN_EMAIL' });
    },
  };
}
