import {
  routes,
  TOTAL_COUNT_HEADER,
  type ContractRoute,
  type ErrorBody,
  type RouteRequest,
  type RouteResponse,
  type Session,
} from '@flexbnb/contracts';

import { i18n } from './i18n.ts';
import { plainErrorMessage, plainRule, plainValidationMessage } from './plain-errors.ts';

const STORAGE_KEY = 'flexbnb.session';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

function readStored(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

let current: Session | null = readStored();

/** The signed-in session, or null. */
export function getSession(): Session | null {
  return current;
}

function adopt(session: Session | null) {
  current = session;
  for (const listener of listeners) listener(session);
}

/**
 * Signs in (or out, with null) in this tab and every other tab of the app: they share the
 * session through localStorage. A refresh token that came in the body (a session from before
 * the cookie) is kept for one more refresh, which moves it into the cookie.
 */
export function setSession(session: Session | null) {
  if (!handOver) {
    if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEY);
  }
  adopt(session);
}

// Another tab signed in, refreshed or signed out: this one follows.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (handOver) return;
  if (event.key === STORAGE_KEY || event.key === null) adopt(readStored());
});

/** Where the chat widget's sessions come from (see `takeSessionsFrom`); null in the app. */
let handOver: (() => Promise<Session | null>) | null = null;

/**
 * Makes this page take its sessions from `source` alone: the chat widget, whose platform page
 * hands over its own user's token. Nothing is read from or written to storage then (the
 * widget's user is not the app's), and a stale token is replaced by asking `source` again
 * instead of spending a refresh token. Answers whether a session came.
 */
export function takeSessionsFrom(source: () => Promise<Session | null>): Promise<boolean> {
  handOver = source;
  current = null;
  return refreshSession();
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs `task` while no other tab of the app refreshes the session: two tabs spending the same
 * refresh token would look like a stolen one and end the sign-in (the server's reuse rule).
 */
function oneTabAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  // The DOM typings nest the callback's promise in the answer's; the lock answers its value.
  return locks ? (locks.request('flexbnb.refresh', task) as unknown as Promise<T>) : task();
}

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for a new access token once, however many requests (and tabs) are
 * waiting; answers whether there is a fresh session. Only the server's 401 signs out: while it
 * is unavailable (503, no network) the session is kept, to try again later. In the chat
 * widget, asks its page for a new token instead (see `takeSessionsFrom`).
 */
export function refreshSession(): Promise<boolean> {
  if (handOver) {
    const source = handOver;
    refreshing ??= source()
      .then((session) => {
        adopt(session);
        return session !== null;
      })
      .catch(() => false)
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }
  if (!current) return Promise.resolve(false);
  const stale = current.access_token;
  refreshing ??= oneTabAtATime(async () => {
    // Another tab refreshed while this one waited: its session is this one's too.
    const stored = readStored();
    if (!stored) {
      adopt(null);
      return false;
    }
    if (stored.access_token !== stale) {
      adopt(stored);
      return true;
    }
    const body: RouteRequest<typeof routes.refreshToken>['body'] = stored.refresh_token
      ? { refresh_token: stored.refresh_token, refresh_cookie: true }
      : {};
    // Not through `api`: its 401 handling would come back here.
    const res = await fetch(url(routes.refreshToken, {}), {
      method: routes.refreshToken.method,
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
    if (res.status === 401) {
      setSession(null);
      return false;
    }
    if (!res.ok) return false;
    setSession((await res.json()) as RouteResponse<typeof routes.refreshToken>);
    return true;
  })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/**
 * Runs `attempt` as the signed-in user: on a 401 the session is refreshed once and the call
 * tried again; a 401 even with a fresh session signs out.
 */
export async function withSession<T extends { status: number }>(
  attempt: () => Promise<T>,
): Promise<T> {
  let res = await attempt();
  if (res.status !== 401 || !current) return res;
  if (!(await refreshSession())) return res;
  res = await attempt();
  if (res.status === 401 && current) setSession(null);
  return res;
}

/** Signs this device out: its sign-in ends on the server too (the cookie's refresh token). */
export async function signOut(): Promise<void> {
  const stored = current?.refresh_token;
  setSession(null);
  const body: RouteRequest<typeof routes.logout>['body'] = stored ? { refresh_token: stored } : {};
  await fetch(url(routes.logout, {}), {
    method: routes.logout.method,
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  }).catch(() => undefined);
}

/** A 400's `{ field, message }` list with each message in words (see `plainRule`). */
function plainDetails(details: unknown): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((detail: unknown) => {
    const message = (detail as { message?: unknown } | null)?.message;
    return typeof message === 'string'
      ? { ...(detail as object), message: plainRule(message) }
      : detail;
  });
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as ErrorBody;
    if (body.error.code === 'validation_failed') {
      // Shown to people as it is (toasts, form errors): in words, not the validator's.
      return new ApiError(
        res.status,
        body.error.code,
        plainValidationMessage(body.error.message),
        plainDetails(body.error.details),
      );
    }
    return new ApiError(
      res.status,
      body.error.code,
      plainErrorMessage(body.error.code, body.error.message),
      body.error.details,
    );
  } catch {
    return new ApiError(
      res.status,
      'http_error',
      i18n.t('common:errors.serverAnswered', { status: res.status }),
    );
  }
}

/** What a call to `route` takes: the parts of its request, and a signal to abort it. */
export type CallOptions<R extends ContractRoute> = RouteRequest<R> & { signal?: AbortSignal };

/** The options may be left out when the route needs none of params, query and body. */
type CallArgs<R extends ContractRoute> =
  object extends RouteRequest<R> ? [options?: CallOptions<R>] : [options: CallOptions<R>];

interface Parts {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * The URL of a call: the route's path with its `:params` filled in, the trailing slash of the
 * specification's paths, and the query's values that are set (empty strings left out).
 */
function url(route: ContractRoute, { params, query }: Parts): string {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(params?.[name] ?? ''),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, String(value));
    }
  }
  const q = search.toString();
  return `${path}/${q ? `?${q}` : ''}`;
}

/**
 * Sends a call as the signed-in user: a stale access token is refreshed once; a 401 after that
 * signs the user out. Answers the response of any 2xx.
 */
async function send(route: ContractRoute, parts: Parts): Promise<Response> {
  const target = url(route, parts);
  const attempt = () =>
    fetch(target, {
      method: route.method,
      signal: parts.signal,
      headers: {
        // What the server writes for someone it does not know yet (a sign-up's email) is in
        // the language on screen.
        'accept-language': i18n.language,
        ...(current ? { authorization: `Bearer ${current.access_token}` } : {}),
        ...(parts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: parts.body !== undefined ? JSON.stringify(parts.body) : undefined,
    });
  const res = await withSession(attempt);
  if (!res.ok) throw await toError(res);
  return res;
}

/**
 * Calls an operation of the contract table as the signed-in user, e.g.
 * `api(routes.getConversation, { params: { id }, query: { before }, signal })`: the request's
 * parts and the answer's type come from the route. A stale access token is refreshed once; a
 * 401 after that signs the user out.
 * @throws ApiError with the server's status, error code and message for any answer but a 2xx
 *   (`http_error` when that answer is not the API's error shape); a network failure rejects
 *   with the fetch error.
 */
export async function api<R extends ContractRoute>(
  route: R,
  ...[options]: CallArgs<R>
): Promise<RouteResponse<R>> {
  // The route's types checked the call; what is sent is the same for every route.
  const res = await send(route, (options ?? {}) as Parts);
  if (res.status === 204) return null as RouteResponse<R>;
  return (await res.json()) as RouteResponse<R>;
}

/** One page of a list: its rows, how many rows match over every page, and where the next starts. */
export interface Page<T> {
  items: T[];
  /** From `X-Total-Count`; null when the list does not count. */
  total: number | null;
  /** The `cursor` of the next page, from `Link: <…>; rel="next"`; null on the last page. */
  nextCursor: string | null;
}

/** The row type of a list route. */
export type ItemOf<R extends ContractRoute> = RouteResponse<R> extends (infer T)[] ? T : never;

/**
 * The `cursor` query parameter of the `rel="next"` URL in a `Link` header; null when there is
 * no next page (or the header names none).
 */
export function nextCursorOf(link: string | null, param = 'cursor'): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const match = /<([^>]*)>\s*;(.*)/.exec(part.trim());
    if (!match || !/\brel="?next"?/.test(match[2] ?? '')) continue;
    return new URL(match[1] ?? '', 'http://link.invalid').searchParams.get(param);
  }
  return null;
}

/**
 * Calls a list operation like `api`, and also reads its paging headers: the total in
 * `X-Total-Count` and the next page's cursor in `Link`.
 * @throws ApiError as `api` does
 */
export async function apiPage<R extends ContractRoute>(
  route: R,
  ...[options]: CallArgs<R>
): Promise<Page<ItemOf<R>>> {
  const res = await send(route, (options ?? {}) as Parts);
  const total = res.headers.get(TOTAL_COUNT_HEADER);
  return {
    items: (await res.json()) as ItemOf<R>[],
    total: total !== null && /^\d+$/.test(total) ? Number(total) : null,
    nextCursor: nextCursorOf(res.headers.get('link')),
  };
}
