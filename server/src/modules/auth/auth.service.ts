import { createHash, randomBytes, randomUUID, webcrypto } from 'node:crypto';
import type * as Argon2 from '@node-rs/argon2';
import {
  languageOfLocale,
  type Language,
  type Session,
  type UpdateProfileBody,
  type User,
} from '@flexbnb/contracts';
import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
} from 'jose';
import type { TFunction } from 'i18next';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { getOrCreateSetting } from '../../platform/db/settings.ts';
import { languageOfUser, loadTexts } from '../../platform/i18n.ts';
import { AppError, badRequest, pgErrorCode, PG_UNIQUE_VIOLATION } from '../../platform/errors.ts';
import { createMailSender, messageIdHeader, type MailSender } from '../notifications/index.ts';
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
/** The topic on which a node says that a sign-in ended: `<session id> <until, epoch seconds>`. */
const SESSION_ENDED = 'auth.session-ended';
// A hash of a random password, verified when the email is unknown so that a login's
// timing does not tell whether an account exists. Made at the first login, which awaits it
// whether the email is known or not.
let dummyHash: Promise<string> | undefined;

/** How long an emailed link (password reset, new address) works. */
export const ACCOUNT_LINK_TTL_MS = 60 * 60 * 1000;
/** How long a sign-up's link works: longer than a reset's, as it may wait in an inbox a while. */
export const REGISTRATION_LINK_TTL_MS = 24 * 60 * 60 * 1000;
/** The name a deleted account's messages are shown from. */
export const FORMER_USER_NAME = 'Former user';

/** What the database keeps of an emailed link's token: its SHA-256, never the token. */
const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidLink = () =>
  badRequest('This link is invalid or has expired; ask for a new one', [
    { field: 'body.token', message: 'is invalid or has expired' },
  ]);

/**
 * The locale a profile change that names a `language` leaves: the one given or held, when it
 * speaks that language already (its region stays), else the bare language; null with null.
 */
function localeSpeaking(body: UpdateProfileBody, held: string | null): string | null {
  if (body.language == null) return null;
  const locale = body.locale !== undefined ? body.locale : held;
  return languageOfLocale(locale) === body.language ? locale : body.language;
}

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
  deps.peers?.subscribe(SESSION_ENDED, (message) => {
    const [sid, until] = message.split(' ');
    if (sid && Number(until) > 0) cache.endSession(sid, Number(until));
  });

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

  /**
   * A new access and refresh token for `user`: of sign-in `familyId` when refreshing one,
   * else of a new sign-in. Every refresh token of a sign-in is one family: a spent one shown
   * again means it was copied, and ends them all (see `refresh`).
   */
  async function issueSession(
    user: repo.UserRow,
    familyId: string = randomUUID(),
  ): Promise<Session> {
    const now = deps.now();
    const iat = Math.floor(now.getTime() / 1000);
    const [refresh] = await Promise.all([
      repo.insertRefreshToken(db, {
        userId: user.id,
        familyId,
        expiresAt: new Date(now.getTime() + config.refreshTokenTtlSeconds * 1000),
      }),
      repo.touchLastSeen(db, [user.id], now),
    ]);
    const k = await key();
    const access_token = await new SignJWT({ typ: 'access', role: user.role, sid: familyId })
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
      user: presentUser(user, await repo.findAvatar(db, user.id)),
      access_token,
      refresh_token,
      expires_in: config.accessTokenTtlSeconds,
    };
  }

  async function verifyOwn(token: string, typ: 'access' | 'refresh'): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, await key(), {
      issuer: ISSUER,
      algorithms: ['HS256'],
      // A token that never expires is refused, whoever signed it.
      requiredClaims: ['exp'],
      currentDate: deps.now(),
    });
    if (payload.typ !== typ || typeof payload.sub !== 'string') {
      throw new AppError('unauthorized', 'Invalid token');
    }
    return payload;
  }

  /**
   * A token's refusal as the client gets it. Anything but a refusal (the database down while
   * the account is read) is thrown as it is: answered 503, never 401, so that a short outage
   * does not sign anyone out.
   */
  function tokenError(err: unknown): AppError {
    if (err instanceof AppError) return err;
    if (!(err instanceof joseErrors.JOSEError)) throw err;
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

  /**
   * Our own access token's subject and sign-in: from the cache, or verified (and cached).
   * @throws unauthorized when its sign-in has ended (signed out, or its refresh token reused)
   */
  async function ownAccessToken(token: string): Promise<{ sub: string; sid?: string }> {
    const nowSeconds = Math.floor(deps.now().getTime() / 1000);
    let verified = cache.token(token, nowSeconds);
    if (verified) {
      // One turn of the event loop, as the signature check took on the crypto thread pool: a
      // request served from memory end to end (PGlite, `inject`) must not let a caller that
      // loops on such requests starve timers and I/O.
      await new Promise<void>((resolve) => setImmediate(resolve));
    } else {
      const payload = await verifyOwn(token, 'access');
      verified = {
        sub: payload.sub!,
        sid: typeof payload.sid === 'string' ? payload.sid : undefined,
        exp: payload.exp!,
        nbf: typeof payload.nbf === 'number' ? payload.nbf : undefined,
      };
      cache.rememberToken(token, verified);
    }
    if (verified.sid && cache.sessionEnded(verified.sid, nowSeconds)) {
      throw new AppError('unauthorized', 'This sign-in has ended; sign in again');
    }
    return verified;
  }

  /**
   * Ends sign-in `familyId` of `userId` everywhere: its refresh tokens are revoked (by the
   * caller), its access tokens refused on every node until they expire, its sockets closed.
   */
  function endSignIn(userId: string, familyId: string, message: string) {
    const until = Math.ceil(deps.now().getTime() / 1000) + config.accessTokenTtlSeconds;
    cache.endSession(familyId, until);
    deps.peers?.publish(SESSION_ENDED, `${familyId} ${until}`);
    deps.endSessions?.(userId, message, familyId);
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

  // Built on the first account email; SMTP as the notifications' email channel sends it.
  let mailer: MailSender | undefined;
  const sending = new Set<Promise<void>>();

  /**
   * Sends an account email after the answer, so that its timing tells nothing (a reset for an
   * unknown address answers as fast). A failure is logged: the user can ask again.
   */
  function sendAccountEmail(
    to: { email: string; name: string },
    language: Language,
    compose: (t: TFunction<'notify'>) => { subject: string; paragraphs: string[] },
  ) {
    mailer ??= createMailSender({
      smtpUrl: config.notifications.smtpUrl,
      from: config.notifications.emailFrom,
      dataDir: config.dataDir,
      log: deps.log,
    });
    const sender = mailer;
    const messageId = randomUUID();
    const sent = (async () => {
      let subject: string | undefined;
      try {
        const t = (await (deps.texts ?? loadTexts())).in(language, 'notify');
        const email = compose(t);
        subject = email.subject;
        // Its paragraphs after a greeting, a blank line apart; its links alone on their line.
        const text = `${[t('account.greeting', { name: to.name }), ...email.paragraphs].join('\n\n')}\n`;
        await sender.send(
          {
            from: config.notifications.emailFrom,
            to: { name: to.name, address: to.email },
            subject,
            text,
            messageId: messageIdHeader(messageId),
            headers: { 'Auto-Submitted': 'auto-generated' },
          },
          messageId,
        );
      } catch (err) {
        deps.log.warn({ err, subject }, 'could not send an account email');
      }
    })().finally(() => sending.delete(sent));
    sending.add(sent);
  }

  /** Where emailed links point: PUBLIC_URL, or the origin the request came from. */
  const linkBase = (origin: string) => (config.publicUrl ?? origin).replace(/\/+$/, '');

  /** A new single-use link for `purpose`; earlier unused ones of the user stop working. */
  async function issueLink(
    userId: string,
    purpose: repo.AccountTokenPurpose,
    newEmail?: string,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const at = deps.now();
    await db.transaction(async (tx) => {
      await repo.supersedeAccountTokens(tx, userId, purpose, at);
      await repo.insertAccountToken(tx, {
        userId,
        purpose,
        tokenHash: hashLinkToken(token),
        newEmail,
        expiresAt: new Date(at.getTime() + ACCOUNT_LINK_TTL_MS),
      });
    });
    return token;
  }

  /** @throws validation_failed (400, on `field`) when `password` is not the account's */
  async function checkPassword(user: repo.UserRow, password: string, field: string) {
    dummyHash ??= hash(randomBytes(16).toString('hex'));
    const ok = await verify(user.passwordHash ?? (await dummyHash), password);
    if (!user.passwordHash || !ok) {
      throw badRequest('The password is incorrect', [
        { field: `body.${field}`, message: 'is incorrect' },
      ]);
    }
  }

  async function present(row: repo.UserRow): Promise<User> {
    return presentUser(row, await repo.findAvatar(db, row.id));
  }

  /**
   * After a change that must end the account's sign-ins (whose refresh tokens, `families`,
   * the caller revoked): their access tokens refused, the account read again, sockets closed —
   * all but those of sign-in `keep`, the device that made the change, which goes on with the
   * session it is given.
   */
  function endEverySession(
    userId: string,
    families: readonly string[],
    message: string,
    keep?: string,
  ) {
    const until = Math.ceil(deps.now().getTime() / 1000) + config.accessTokenTtlSeconds;
    const ended = families.filter((familyId) => familyId !== keep);
    for (const familyId of ended) {
      cache.endSession(familyId, until);
      deps.peers?.publish(SESSION_ENDED, `${familyId} ${until}`);
    }
    invalidateAccount(userId);
    if (!keep) deps.endSessions?.(userId, message);
    else for (const familyId of ended) deps.endSessions?.(userId, message, familyId);
  }

  function invalidateAccount(userId: string): void {
    cache.forget(userId);
    deps.peers?.publish(ACCOUNT_CHANGED, userId);
  }

  /**
   * Empties an account rather than removing it (see `deleteAccount`), in one transaction in
   * which `stillThere` checks the locked row again; then its sessions end everywhere.
   * @throws conflict while the user has a pending or confirmed stay that has not ended
   */
  async function emptyAccount(
    user: repo.UserRow,
    stillThere: (row: repo.UserRow | undefined) => repo.UserRow,
  ): Promise<void> {
    const families = await db.transaction(async (tx) => {
      const at = deps.now();
      stillThere(await repo.lockUser(tx, user.id));
      if (await repo.hasUpcomingStay(tx, user.id, at.toISOString().slice(0, 10))) {
        throw new AppError(
          'conflict',
          'You have an upcoming stay. Cancel or decline it before deleting your account.',
          { rule: 'upcoming_stay' },
        );
      }
      await repo.updateUser(tx, user.id, {
        name: FORMER_USER_NAME,
        // Unique (the email index) and undeliverable (RFC 2606's .invalid).
        email: `deleted-${user.id}@users.invalid`,
        phone: null,
        passwordHash: null,
        locale: null,
        timeZone: null,
        deletedAt: at,
      });
      const revoked = await repo.revokeRefreshTokens(tx, user.id, at);
      await repo.releaseAvatar(tx, user.id);
      await repo.deleteContactSettings(tx, user.id);
      await repo.supersedeAccountTokens(tx, user.id, 'password_reset', at);
      await repo.supersedeAccountTokens(tx, user.id, 'email_change', at);
      return revoked;
    });
    endEverySession(user.id, families, 'Your account was deleted');
  }

  return {
    /**
     * Starts a sign-up: emails a link that creates the account. The answer, its timing and
     * the work done are the same whether or not the address has an account (which is told
     * by email instead), so that nobody learns from it who is registered.
     */
    async register(
      input: { email: string; password: string; name: string; phone?: string },
      origin: string,
      /** The language of the sign-up's email (an account's own emails are in its language). */
      language: Language = 'en',
    ): Promise<void> {
      const email = input.email.trim();
      const passwordHash = await hash(input.password);
      const existing = await repo.findUserByEmail(db, email);
      const base = linkBase(origin);
      if (existing) {
        // A deleted or disabled account's owner learns nothing new from an email either.
        if (existing.deletedAt || existing.disabledAt) return;
        sendAccountEmail(existing, languageOfUser(existing), (t) => ({
          subject: t('account.alreadyRegistered.subject'),
          paragraphs: [
            t('account.alreadyRegistered.signIn'),
            `${base}/login`,
            t('account.alreadyRegistered.forgotPassword'),
            `${base}/forgot-password`,
            t('account.alreadyRegistered.notYou'),
          ],
        }));
        return;
      }
      const token = randomBytes(32).toString('base64url');
      const at = deps.now();
      await repo.insertPendingRegistration(
        db,
        {
          email,
          name: input.name,
          phone: input.phone ?? null,
          passwordHash,
          tokenHash: hashLinkToken(token),
          expiresAt: new Date(at.getTime() + REGISTRATION_LINK_TTL_MS),
        },
        at,
      );
      sendAccountEmail({ email, name: input.name }, language, (t) => ({
        subject: t('account.confirmRegistration.subject'),
        paragraphs: [
          t('account.confirmRegistration.open'),
          `${base}/confirm-registration?token=${token}`,
          t('account.confirmRegistration.notYou'),
        ],
      }));
    },

    /**
     * Creates the account of a sign-up with its emailed link, and signs it in. The link works
     * once.
     * @throws validation_failed for a link unknown, used or expired
     * @throws email_taken when the address got an account meanwhile (another sign-up's link)
     */
    async confirmRegistration(token: string): Promise<Session> {
      let user: repo.UserRow | undefined;
      try {
        user = await db.transaction(async (tx) => {
          const pending = await repo.consumePendingRegistration(
            tx,
            hashLinkToken(token),
            deps.now(),
          );
          if (!pending) throw invalidLink();
          const created = await repo.insertUser(tx, {
            email: pending.email,
            name: pending.name,
            phone: pending.phone,
            passwordHash: pending.passwordHash,
          });
          if (!created) {
            throw new AppError('email_taken', 'An account with this email already exists');
          }
          return created;
        });
      } catch (err) {
        if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
          throw new AppError('email_taken', 'An account with this email already exists');
        }
        throw err;
      }
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

    /**
     * Exchanges a refresh token for a new pair of the same sign-in; the old one stops working.
     * A spent one shown again was copied (by a thief, or by the owner from whom it was
     * stolen): the whole sign-in ends, so that neither keeps it.
     */
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
      const now = deps.now();
      const used = payload.jti ? await repo.consumeRefreshToken(db, payload.jti, now) : undefined;
      if (!used) {
        const spent = payload.jti ? await repo.findRefreshToken(db, payload.jti) : undefined;
        if (spent && spent.expiresAt > now) {
          await repo.revokeRefreshFamily(db, spent.familyId, now);
          endSignIn(spent.userId, spent.familyId, 'This sign-in was ended for your safety');
          deps.log.warn(
            { userId: spent.userId, sessionId: spent.familyId },
            'a spent refresh token was presented again: its sign-in is ended',
          );
        }
        throw new AppError('unauthorized', 'The refresh token was already used or revoked');
      }
      return issueSession(activeUser(await repo.findUserById(db, used.userId)), used.familyId);
    },

    /**
     * Ends the sign-in of `refreshToken` (this device's): its refresh tokens, access tokens
     * and sockets. A token that is not ours, expired or already signed out ends nothing.
     */
    async logout(refreshToken: string): Promise<void> {
      let payload: JWTPayload;
      try {
        payload = await verifyOwn(refreshToken, 'refresh');
      } catch {
        return;
      }
      const token = payload.jti ? await repo.findRefreshToken(db, payload.jti) : undefined;
      if (!token) return;
      await repo.revokeRefreshFamily(db, token.familyId, deps.now());
      endSignIn(token.userId, token.familyId, 'You signed out');
    },

    /**
     * Verifies a bearer token — ours, or the external issuer's when one is configured.
     * @throws unauthorized, token_expired
     */
    async authenticate(token: string): Promise<Actor> {
      try {
        const { sub, sid } = await ownAccessToken(token);
        const actor = await activeActor(sub);
        return sid ? { ...actor, sessionId: sid } : actor;
      } catch (ownError) {
        // Only a token that is not ours may be the platform's.
        if (!externalJwks || !(ownError instanceof joseErrors.JOSEError))
          throw tokenError(ownError);
        let payload: JWTPayload;
        try {
          ({ payload } = await jwtVerify(token, externalJwks, {
            requiredClaims: ['exp'],
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
    invalidateAccount,

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
      return present(activeUser(await repo.findUserById(db, actor.id)));
    },

    /**
     * Changes the fields given of the caller's profile. A new `avatar_id` is claimed as the
     * profile photo and the previous one released (the sweep of unclaimed uploads removes it).
     * @throws validation_failed when `avatar_id` is not an image the caller uploaded that
     *   nothing uses yet
     */
    async updateProfile(actor: Actor, body: UpdateProfileBody): Promise<User> {
      const user = await db.transaction(async (tx) => {
        const current = activeUser(await repo.lockUser(tx, actor.id));
        const values = {
          ...(body.name !== undefined && { name: body.name }),
          ...(body.phone !== undefined && { phone: body.phone }),
          ...(body.locale !== undefined && { locale: body.locale }),
          ...(body.language !== undefined && { locale: localeSpeaking(body, current.locale) }),
          ...(body.time_zone !== undefined && { timeZone: body.time_zone }),
        };
        const row =
          Object.keys(values).length > 0 ? await repo.updateUser(tx, current.id, values) : current;
        if (body.avatar_id === null) {
          await repo.releaseAvatar(tx, current.id);
        } else if (body.avatar_id !== undefined) {
          const avatar = await repo.findAvatar(tx, current.id);
          if (avatar?.id !== body.avatar_id) {
            // Released first: a user has one photo at most (a unique index).
            await repo.releaseAvatar(tx, current.id);
            if (!(await repo.claimAvatar(tx, current.id, body.avatar_id))) {
              throw badRequest('The photo must be an image you uploaded that is not used yet', [
                { field: 'body.avatar_id', message: 'is not an unused image you uploaded' },
              ]);
            }
          }
        }
        return row;
      });
      // The name is part of what authentication caches.
      if (body.name !== undefined) invalidateAccount(actor.id);
      return present(user);
    },

    /**
     * Sets a new password after checking the current one. Every refresh token of the account
     * is revoked and every other device signed out; the caller gets a new session.
     * @throws validation_failed when `currentPassword` is wrong
     */
    async changePassword(
      actor: Actor,
      currentPassword: string,
      newPassword: string,
    ): Promise<Session> {
      const user = activeUser(await repo.findUserById(db, actor.id));
      await checkPassword(user, currentPassword, 'current_password');
      const passwordHash = await hash(newPassword);
      const { changed, families } = await db.transaction(async (tx) => {
        const revoked = await repo.revokeRefreshTokens(tx, user.id, deps.now());
        await repo.supersedeAccountTokens(tx, user.id, 'password_reset', deps.now());
        return { changed: await repo.updateUser(tx, user.id, { passwordHash }), families: revoked };
      });
      // This device stays signed in (its socket too) on the session answered here.
      endEverySession(
        user.id,
        families,
        'Your password was changed; sign in again',
        actor.sessionId,
      );
      return issueSession(changed);
    },

    /**
     * Emails a single-use link to choose a new password, if `email` has an active account;
     * answers the same, as fast, when it has not.
     */
    async requestPasswordReset(email: string, origin: string): Promise<void> {
      const user = await repo.findUserByEmail(db, email.trim());
      if (!user || user.disabledAt || user.deletedAt) return;
      const token = await issueLink(user.id, 'password_reset');
      const url = `${linkBase(origin)}/reset-password?token=${token}`;
      sendAccountEmail(user, languageOfUser(user), (t) => ({
        subject: t('account.passwordReset.subject'),
        paragraphs: [t('account.passwordReset.open'), url, t('account.passwordReset.notYou')],
      }));
    },

    /**
     * Sets the password with an emailed link, and signs out every session of the account.
     * @throws validation_failed for a link unknown, used, superseded or expired
     */
    async confirmPasswordReset(token: string, password: string): Promise<void> {
      const passwordHash = await hash(password);
      const { userId, families } = await db.transaction(async (tx) => {
        const at = deps.now();
        const used = await repo.consumeAccountToken(tx, hashLinkToken(token), 'password_reset', at);
        const user = used && (await repo.lockUser(tx, used.userId));
        if (!user || user.deletedAt) throw invalidLink();
        await repo.updateUser(tx, user.id, { passwordHash });
        return { userId: user.id, families: await repo.revokeRefreshTokens(tx, user.id, at) };
      });
      endEverySession(userId, families, 'Your password was changed; sign in again');
    },

    /**
     * Emails a link to `newEmail` that makes it the account's address.
     * @throws validation_failed when the password is wrong or the address is the current one
     * @throws email_taken when the address has an account
     */
    async requestEmailChange(
      actor: Actor,
      password: string,
      newEmail: string,
      origin: string,
    ): Promise<void> {
      const user = activeUser(await repo.findUserById(db, actor.id));
      await checkPassword(user, password, 'password');
      const email = newEmail.trim();
      if (email.toLowerCase() === user.email.toLowerCase()) {
        throw badRequest('That is already your email address', [
          { field: 'body.new_email', message: 'is your current address' },
        ]);
      }
      if (await repo.findUserByEmail(db, email)) {
        throw new AppError('email_taken', 'An account with this email already exists');
      }
      const token = await issueLink(user.id, 'email_change', email);
      const url = `${linkBase(origin)}/confirm-email?token=${token}`;
      sendAccountEmail({ email, name: user.name }, languageOfUser(user), (t) => ({
        subject: t('account.emailChange.subject'),
        paragraphs: [
          t('account.emailChange.open', { email }),
          url,
          t('account.emailChange.notYou'),
        ],
      }));
    },

    /**
     * Makes the address an emailed link was sent to the account's.
     * @throws validation_failed for a link unknown, used, superseded or expired
     * @throws email_taken when another account took the address meanwhile
     */
    async confirmEmailChange(token: string): Promise<User> {
      let changed: repo.UserRow;
      try {
        changed = await db.transaction(async (tx) => {
          const at = deps.now();
          const used = await repo.consumeAccountToken(tx, hashLinkToken(token), 'email_change', at);
          const user = used && (await repo.lockUser(tx, used.userId));
          if (!used?.newEmail || !user || user.deletedAt || user.disabledAt) throw invalidLink();
          const holder = await repo.findUserByEmail(tx, used.newEmail);
          if (holder && holder.id !== user.id) {
            throw new AppError('email_taken', 'An account with this email already exists');
          }
          return repo.updateUser(tx, user.id, { email: used.newEmail });
        });
      } catch (err) {
        // Two confirmations of one address at once: the unique index decides.
        if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
          throw new AppError('email_taken', 'An account with this email already exists');
        }
        throw err;
      }
      invalidateAccount(changed.id);
      return present(changed);
    },

    /** Revokes every refresh token of the caller and closes their sockets. */
    async logoutAll(actor: Actor): Promise<void> {
      const families = await repo.revokeRefreshTokens(db, actor.id, deps.now());
      endEverySession(actor.id, families, 'You signed out everywhere');
    },

    /**
     * Empties the caller's account rather than removing it, so that the other side keeps the
     * conversations, from "Former user": profile, password, photo, push subscriptions and
     * notification settings go, sessions end, and sign-in is refused from then on.
     * @throws validation_failed when the password is wrong
     * @throws conflict while the user has a pending or confirmed stay that has not ended, as
     *   guest or host: the other side is counting on it
     */
    async deleteAccount(actor: Actor, password: string): Promise<void> {
      const user = activeUser(await repo.findUserById(db, actor.id));
      await checkPassword(user, password, 'password');
      await emptyAccount(user, activeUser);
    },

    /**
     * Deletes an account as its owner's own deletion does (`deleteAccount`), without asking for
     * a password: for the rental platform the account is synced from, which deletes its user
     * (a disabled account too).
     * @throws not_found when there is no such account, or it was deleted already
     * @throws conflict while the user has a pending or confirmed stay that has not ended
     */
    async deleteAccountWithoutPassword(userId: string): Promise<void> {
      const existing = (row: repo.UserRow | undefined) => {
        if (!row || row.deletedAt) throw new AppError('not_found', 'User not found');
        return row;
      };
      await emptyAccount(existing(await repo.findUserById(db, userId)), existing);
    },

    /** Waits for the account emails on their way, then closes the SMTP connections. */
    async close(): Promise<void> {
      await Promise.all([...sending]);
      mailer?.close();
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

/** The user a token names, provided the account still exists and is not disabled or deleted. */
function activeUser(user: repo.UserRow | undefined): repo.UserRow {
  if (!user || user.disabledAt || user.deletedAt)
    throw new AppError('unauthorized', 'Invalid token');
  return user;
}
