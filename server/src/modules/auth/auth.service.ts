import { randomBytes, webcrypto } from 'node:crypto';
import type * as Argon2 from '@node-rs/argon2';
import type { Session } from '@flexbnb/contracts';
import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
} from 'jose';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { getOrCreateSetting } from '../../platform/db/settings.ts';
import { AppError } from '../../platform/errors.ts';
import { createAuthCache } from './auth.cache.ts';
import * as repo from './auth.repo.ts';
import { presentUser } from './auth.presenter.ts';

const ISSUER = 'flexbnb-messenger';

// argon2's native library is loaded at the first password operation, not at start: a node
// whose clients come with tokens (most of a cluster's sockets) never needs it.
let argon2: Promise<typeof Argon2> | undefined;
const passwords = () => (argon2 ??= import('@node-rs/argon2'));
const hash = async (password: string) => (await passwords()).hash(password);
const verify = async (passwordHash: string, password: string) =>
  (await passwords()).verify(passwordHash, password);

/** Accounts stamped as seen in one statement at most. */
const SEEN_BATCH = 1000;
/** The peers' topic on which a node says that an account changed (its id is the message). */
const ACCOUNT_CHANGED = 'auth.account-changed';
// A hash of a random password, verified when the email is unknown so that a login's
// timing does not tell whether an account exists. Made at the first login, which awaits it
// whether the email is known or not.
let dummyHash: Promise<string> | undefined;

export type AuthService = ReturnType<typeof createAuthService>;

/** Whether an account with this e-mail address (in any case) exists. */
export async function emailIsRegistered(db: DbOrTx, email: string): Promise<boolean> {
  return (await repo.findUserByEmail(db, email)) !== undefined;
}

export function createAuthService(deps: ServiceDeps) {
  const { db, config } = deps;
  let secretKey: webcrypto.CryptoKey | undefined;
  const externalJwks = config.externalJwt
    ? createRemoteJWKSet(new URL(config.externalJwt.jwksUrl))
    : undefined;
  // Every authenticated request would otherwise check a signature and read its account.
  const cache = createAuthCache({ accountTtlMs: config.authCacheSeconds * 1000 });
  deps.peers?.subscribe(ACCOUNT_CHANGED, (userId) => cache.forget(userId));

  /** The HMAC key: JWT_SECRET, or one generated once and shared by every node through the database. */
  async function key(): Promise<webcrypto.CryptoKey> {
    if (!secretKey) {
      const secret =
        config.jwtSecret ??
        (await getOrCreateSetting(db, 'jwt_secret', randomBytes(48).toString('base64url')));
      // Imported once: given raw bytes, jose would import the key again for every token.
      secretKey = await webcrypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(secret),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign', 'verify'],
      );
    }
    return secretKey;
  }

  async function issueSession(user: repo.UserRow): Promise<Session> {
    const now = deps.now();
    const iat = Math.floor(now.getTime() / 1000);
    const [refresh] = await Promise.all([
      repo.insertRefreshToken(
        db,
        user.id,
        new Date(now.getTime() + config.refreshTokenTtlSeconds * 1000),
      ),
      repo.touchLastSeen(db, [user.id], now),
    ]);
    const k = await key();
    const access_token = await new SignJWT({ typ: 'access', role: user.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setIssuedAt(iat)
      .setExpirationTime(iat + config.accessTokenTtlSeconds)
      .sign(k);
    const refresh_token = await new SignJWT({ typ: 'refresh' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setJti(refresh.id)
      .setIssuer(ISSUER)
      .setIssuedAt(iat)
      .setExpirationTime(Math.floor(refresh.expiresAt.getTime() / 1000))
      .sign(k);
    return {
      user: presentUser(user),
      access_token,
      refresh_token,
      expires_in: config.accessTokenTtlSeconds,
    };
  }

  async function verifyOwn(token: string, typ: 'access' | 'refresh'): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, await key(), {
      issuer: ISSUER,
      algorithms: ['HS256'],
      currentDate: deps.now(),
    });
    if (payload.typ !== typ || typeof payload.sub !== 'string') {
      throw new AppError('unauthorized', 'Invalid token');
    }
    return payload;
  }

  function tokenError(err: unknown): AppError {
    if (err instanceof AppError) return err;
    if (err instanceof joseErrors.JWTExpired) {
      return new AppError('token_expired', 'The access token has expired; refresh it');
    }
    return new AppError('unauthorized', 'Invalid token');
  }

  function toActor(row: repo.UserRow | undefined): Actor {
    const user = activeUser(row);
    return { id: user.id, role: user.role, name: user.name, email: user.email };
  }

  /** The active account `userId`, from the cache or read (and cached). */
  async function activeActor(userId: string): Promise<Actor> {
    const cached = cache.account(userId);
    if (cached) return cached;
    const stamp = cache.stamp();
    const actor = toActor(await repo.findUserById(db, userId));
    cache.rememberAccount(actor, stamp);
    return actor;
  }

  /** Our own access token's subject: from the cache, or verified (and cached). */
  async function ownAccessSubject(token: string): Promise<string> {
    const known = cache.token(token, Math.floor(deps.now().getTime() / 1000));
    if (known) {
      // One turn of the event loop, as the signature check took on the crypto thread pool: a
      // request served from memory end to end (PGlite, `inject`) must not let a caller that
      // loops on such requests starve timers and I/O.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return known;
    }
    const payload = await verifyOwn(token, 'access');
    if (typeof payload.exp === 'number') {
      cache.rememberToken(token, {
        sub: payload.sub!,
        exp: payload.exp,
        nbf: typeof payload.nbf === 'number' ? payload.nbf : undefined,
      });
    }
    return payload.sub!;
  }

  // Sockets' comings and goings, written behind: one UPDATE at a time per node, and what
  // arrives meanwhile goes into the next one, so a crowd reconnecting after a restart costs a
  // few statements rather than a connection each, and the send path never waits for them.
  const unseen = new Set<string>();
  let stamping = false;

  async function stampSeen() {
    stamping = true;
    while (unseen.size > 0) {
      const ids = [...unseen].slice(0, SEEN_BATCH);
      for (const id of ids) unseen.delete(id);
      try {
        await repo.touchLastSeen(db, ids, deps.now());
      } catch (err) {
        deps.log.warn({ err, users: ids.length }, 'could not record when accounts were last seen');
      }
    }
    stamping = false;
  }

  /** Maps an external issuer's subject to a user, creating one on first sight. */
  async function actorFromExternal(payload: JWTPayload): Promise<Actor> {
    const subject = payload.sub;
    if (!subject) throw new AppError('unauthorized', 'The token has no subject');
    const known = await repo.findUserByExternalSubject(db, subject);
    if (known) return toActor(known);
    const email = typeof payload.email === 'string' ? payload.email : undefined;
    if (!email) throw new AppError('unauthorized', 'An unknown external user needs an email claim');
    const name = typeof payload.name === 'string' && payload.name.trim() ? payload.name : email;
    const existing = await repo.findUserByEmail(db, email);
    if (existing) {
      if (existing.externalSubject && existing.externalSubject !== subject) {
        throw new AppError('unauthorized', 'This email belongs to another external account');
      }
      await repo.linkExternalSubject(db, existing.id, subject);
      return toActor(existing);
    }
    const created =
      (await repo.insertUser(db, { email, name, externalSubject: subject })) ??
      (await repo.findUserByExternalSubject(db, subject));
    return toActor(created);
  }

  return {
    /**
     * Creates an account and signs it in.
     * @throws email_taken when the email is registered already (case-insensitively)
     */
    async register(input: {
      email: string;
      password: string;
      name: string;
      phone?: string;
    }): Promise<Session> {
      const passwordHash = await hash(input.password);
      const user = await repo.insertUser(db, {
        email: input.email.trim(),
        name: input.name,
        phone: input.phone ?? null,
        passwordHash,
      });
      if (!user) throw new AppError('email_taken', 'An account with this email already exists');
      return issueSession(user);
    },

    /** @throws invalid_credentials for an unknown email, a wrong password or a disabled account */
    async login(email: string, password: string): Promise<Session> {
      dummyHash ??= hash(randomBytes(16).toString('hex'));
      const dummy = await dummyHash;
      const user = await repo.findUserByEmail(db, email);
      const ok = await verify(user?.passwordHash ?? dummy, password);
      if (!user || !user.passwordHash || !ok || user.disabledAt) {
        throw new AppError('invalid_credentials', 'Email or password is incorrect');
      }
      return issueSession(user);
    },

    /** Exchanges a refresh token for a new pair; the old one stops working. */
    async refresh(refreshToken: string): Promise<Session> {
      let payload: JWTPayload;
      try {
        payload = await verifyOwn(refreshToken, 'refresh');
      } catch (err) {
        const e = tokenError(err);
        throw e.code === 'token_expired'
          ? new AppError('unauthorized', 'The refresh token has expired')
          : e;
      }
      const used = payload.jti
        ? await repo.consumeRefreshToken(db, payload.jti, deps.now())
        : undefined;
      if (!used)
        throw new AppError('unauthorized', 'The refresh token was already used or revoked');
      return issueSession(activeUser(await repo.findUserById(db, used.userId)));
    },

    /**
     * Verifies a bearer token — ours, or the external issuer's when one is configured.
     * @throws unauthorized, token_expired
     */
    async authenticate(token: string): Promise<Actor> {
      try {
        return await activeActor(await ownAccessSubject(token));
      } catch (ownError) {
        if (!externalJwks || ownError instanceof AppError) throw tokenError(ownError);
        let payload: JWTPayload;
        try {
          ({ payload } = await jwtVerify(token, externalJwks, {
            ...(config.externalJwt?.issuer ? { issuer: config.externalJwt.issuer } : {}),
            ...(config.externalJwt?.audience ? { audience: config.externalJwt.audience } : {}),
            currentDate: deps.now(),
          }));
        } catch (externalError) {
          throw tokenError(
            externalError instanceof joseErrors.JWSSignatureVerificationFailed ||
              externalError instanceof joseErrors.JWKSNoMatchingKey
              ? ownError
              : externalError,
          );
        }
        return actorFromExternal(payload);
      }
    },

    /** Of `userIds`, those whose accounts are disabled or deleted (their sockets must close). */
    async inactiveUsers(userIds: string[]): Promise<string[]> {
      const active = new Set(await repo.findActiveUserIds(db, userIds));
      const inactive = userIds.filter((id) => !active.has(id));
      // Found out before the cache would have: refuse their requests on this node from now.
      for (const id of inactive) cache.forget(id);
      return inactive;
    },

    /**
     * To call after changing an account in a way authentication must see at once — disabling
     * or deleting it, changing its role, name or email: every node serving the API drops the
     * account from its cache, so its next request reads it again. Without it a change is seen
     * within AUTH_CACHE_SECONDS. A node out of touch with Redis at that moment misses the
     * message and is bounded by AUTH_CACHE_SECONDS alone.
     */
    invalidateAccount(userId: string): void {
      cache.forget(userId);
      deps.peers?.publish(ACCOUNT_CHANGED, userId);
    },

    /**
     * Records in the background that the account is active now (a socket opened or closed):
     * `last_seen_at` for the admin console. Never throws; a failed write is logged.
     */
    seen(userId: string): void {
      unseen.add(userId);
      if (!stamping) void stampSeen();
    },

    /** An argon2 hash of `password`, for use cases that write an account's password. */
    hashPassword: (password: string): Promise<string> => hash(password),

    async me(actor: Actor) {
      const user = await repo.findUserById(db, actor.id);
      return presentUser(activeUser(user));
    },

    /** Creates a user with a password; used by the CLI and the demo seed. */
    async createUser(input: {
      email: string;
      password: string;
      name: string;
      phone?: string | null;
      role?: 'user' | 'admin';
    }) {
      const user = await repo.insertUser(db, {
        email: input.email,
        name: input.name,
        phone: input.phone ?? null,
        role: input.role ?? 'user',
        passwordHash: await hash(input.password),
      });
      if (!user) throw new AppError('email_taken', 'An account with this email already exists');
      return user;
    },
  };
}

/** The user a token names, provided the account still exists and is not disabled. */
function activeUser(user: repo.UserRow | undefined): repo.UserRow {
  if (!user || user.disabledAt) throw new AppError('unauthorized', 'Invalid token');
  return user;
}
