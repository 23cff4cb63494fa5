import type { Actor } from '../../platform/context.ts';

/** The part of a verified access token that authentication needs again. */
interface VerifiedToken {
  sub: string;
  /** The sign-in (refresh token family) the token was issued to; absent on older tokens. */
  sid: string | undefined;
  /** Seconds since the epoch; the token is valid while `nbf <= now < exp` (jose's rule). */
  exp: number;
  nbf: number | undefined;
}

interface CachedAccount {
  actor: Actor;
  /** `clock()` when the row was read. */
  readAt: number;
}

export interface AuthCache {
  /** `token` as verified before, if it is still valid at `nowSeconds`. */
  token(token: string, nowSeconds: number): VerifiedToken | undefined;
  rememberToken(token: string, verified: VerifiedToken): void;
  /** The account as read at most `accountTtlMs` ago, if it is still known to be active. */
  account(userId: string): Actor | undefined;
  /**
   * A stamp to take before reading an account from the database, and to give back to
   * `rememberAccount`: a read that an invalidation overtook is not cached.
   */
  stamp(): number;
  rememberAccount(actor: Actor, stamp: number): void;
  /** Drops `userId`'s account, so its next request reads it again. */
  forget(userId: string): void;
  /**
   * Refuses the access tokens of sign-in `sid` from now until `untilSeconds` (when the last
   * of them has expired anyway).
   */
  endSession(sid: string, untilSeconds: number): void;
  /** Whether sign-in `sid` was ended and its tokens may still be presented at `nowSeconds`. */
  sessionEnded(sid: string, nowSeconds: number): boolean;
  readonly size: { tokens: number; accounts: number; endedSessions: number };
}

/**
 * Verified access tokens (by their exact text, until their `exp`) and the accounts they name
 * (for `accountTtlMs`), held in this process so that an authenticated request costs neither a
 * signature check nor a query. A token's validity cannot change once verified (its signature
 * and claims are fixed); an account can, so its entry is bounded in age: a change made
 * without `forget` (a disabled account, a new name) is seen within `accountTtlMs`. Both maps
 * are bounded in size and drop their oldest entries first. `accountTtlMs` 0 caches nothing.
 */
export function createAuthCache(options: {
  accountTtlMs: number;
  maxTokens?: number;
  maxAccounts?: number;
  /** Monotonic milliseconds; injectable for tests. */
  clock?: () => number;
}): AuthCache {
  const { accountTtlMs } = options;
  const maxTokens = options.maxTokens ?? 20_000;
  const maxAccounts = options.maxAccounts ?? 20_000;
  const clock = options.clock ?? (() => performance.now());
  const enabled = accountTtlMs > 0;
  // Insertion-ordered, so the first key is the oldest.
  const tokens = new Map<string, VerifiedToken>();
  const accounts = new Map<string, CachedAccount>();
  // Not bounded by count: forgetting an ended sign-in would let its tokens in again. Each
  // lives only as long as an access token, and there is one per sign-out.
  const endedSessions = new Map<string, number>();
  let invalidations = 0;

  function bound<K, V>(map: Map<K, V>, max: number) {
    while (map.size > max) map.delete(map.keys().next().value as K);
  }

  return {
    token(token, nowSeconds) {
      const hit = tokens.get(token);
      if (!hit) return undefined;
      if (nowSeconds >= hit.exp || (hit.nbf !== undefined && nowSeconds < hit.nbf)) {
        // Expired (or not yet valid, on a clock moved back): the full check gives the error.
        tokens.delete(token);
        return undefined;
      }
      return hit;
    },
    rememberToken(token, verified) {
      if (!enabled) return;
      tokens.set(token, verified);
      bound(tokens, maxTokens);
    },
    account(userId) {
      const hit = accounts.get(userId);
      if (!hit) return undefined;
      const age = clock() - hit.readAt;
      if (age < 0 || age >= accountTtlMs) {
        accounts.delete(userId);
        return undefined;
      }
      return hit.actor;
    },
    stamp: () => invalidations,
    rememberAccount(actor, stamp) {
      // An invalidation since the read began may concern this very account: do not cache it.
      if (!enabled || stamp !== invalidations) return;
      accounts.delete(actor.id);
      accounts.set(actor.id, { actor, readAt: clock() });
      bound(accounts, maxAccounts);
    },
    forget(userId) {
      invalidations += 1;
      accounts.delete(userId);
    },
    endSession(sid, untilSeconds) {
      // Sign-outs are rare: each clears those whose tokens have all expired.
      const nowSeconds = Date.now() / 1000;
      for (const [ended, until] of endedSessions)
        if (until <= nowSeconds) endedSessions.delete(ended);
      endedSessions.set(sid, untilSeconds);
    },
    sessionEnded(sid, nowSeconds) {
      const until = endedSessions.get(sid);
      if (until === undefined) return false;
      if (nowSeconds < until) return true;
      endedSessions.delete(sid);
      return false;
    },
    get size() {
      return { tokens: tokens.size, accounts: accounts.size, endedSessions: endedSessions.size };
    },
  };
}
