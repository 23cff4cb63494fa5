/**
 * The messages between the chat widget's loader (widget.ts, on the platform's page) and the
 * chat it frames (/embed/chat, on the messenger's origin), sent with `postMessage`.
 */

/** The chat asks the page for its user's token: at start, and when the token went stale. */
export const TOKEN_REQUEST = 'flexbnb:token-request';

/** The page's answer: `{ type, token }`, the token null when no one is signed in there. */
export const TOKEN_ANSWER = 'flexbnb:token';

export interface TokenAnswer {
  type: typeof TOKEN_ANSWER;
  token: string | null;
}

/** How long the chat waits for the page's answer before it says no one is signed in. */
export const TOKEN_WAIT_MS = 10_000;

/** The app's pages that the widget frames (the server lets the embedding origins frame them). */
export const EMBED_PREFIX = '/embed/';

/** The chat's page, framed by the loader: `?property=<the platform's id of the property>`. */
export const EMBED_CHAT_PATH = `${EMBED_PREFIX}chat`;
