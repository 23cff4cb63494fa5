import { routes, type Session, type User } from '@flexbnb/contracts';
import { takeSessionsFrom } from '../lib/api.ts';
import { TOKEN_ANSWER, TOKEN_REQUEST, TOKEN_WAIT_MS, type TokenAnswer } from './protocol.ts';

/**
 * Asks the page that frames the chat for its user's token (a token of the platform, which the
 * messenger trusts through its JWKS issuer). Only the framing page's answer counts; none
 * within `TOKEN_WAIT_MS` is no token.
 */
export function askPageForToken(page: Window = window.parent): Promise<string | null> {
  return new Promise((resolve) => {
    const done = (token: string | null) => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(token);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== page) return;
      const answer = event.data as Partial<TokenAnswer> | null;
      if (answer?.type !== TOKEN_ANSWER) return;
      done(typeof answer.token === 'string' && answer.token ? answer.token : null);
    };
    const timer = setTimeout(() => done(null), TOKEN_WAIT_MS);
    window.addEventListener('message', onMessage);
    // The request carries nothing secret, and the page's origin is not known here: which
    // pages may frame the chat at all is the server's frame-ancestors.
    page.postMessage({ type: TOKEN_REQUEST }, '*');
  });
}

/**
 * A session made of the token the page hands over: its user as the messenger knows them
 * (created on first sight from the token's claims). Null when the page has no signed-in user
 * or the messenger refuses the token.
 */
export async function handedOverSession(): Promise<Session | null> {
  const token = await askPageForToken();
  if (!token) return null;
  const res = await fetch(`${routes.getCurrentUser.path}/`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) return null;
  // The platform's token expires when the platform says; a 401 asks the page again.
  return { access_token: token, user: (await res.json()) as User, expires_in: 0 };
}

let handover: Promise<boolean> | null = null;

/**
 * Starts (once) taking this page's sessions from the page that frames it; answers whether a
 * signed-in user came. Called before the app first renders, so that nothing of this origin's
 * own stored session shows in the widget.
 */
export function startHandover(): Promise<boolean> {
  handover ??= takeSessionsFrom(handedOverSession);
  return handover;
}
