import type { ErrorBody, Session } from '@flexbnb/contracts';

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

export function setSession(session: Session | null) {
  current = session;
  if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener(session);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let refreshing: Promise<boolean> | null = null;

/** Trades the refresh token for a new session once, however many requests are waiting. */
export function refreshSession(): Promise<boolean> {
  const refreshToken = current?.refresh_token;
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= fetch('/api/auth/refresh/', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refresh_token: refreshToken }),
  })
    .then(async (res) => {
      if (!res.ok) {
        setSession(null);
        return false;
      }
      setSession((await res.json()) as Session);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as ErrorBody;
    return new ApiError(res.status, body.error.code, body.error.message, body.error.details);
  } catch {
    return new ApiError(res.status, 'http_error', `The server answered ${res.status}`);
  }
}

/** Calls the API as the signed-in user; a stale access token is refreshed once. */
export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const send = () =>
    fetch(path, {
      method: options.method ?? 'GET',
      signal: options.signal,
      headers: {
        ...(current ? { authorization: `Bearer ${current.access_token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  let res = await send();
  if (res.status === 401 && current && (await refreshSession())) res = await send();
  if (res.status === 401 && current) setSession(null);
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const s = search.toString();
  return s ? `?${s}` : '';
}
