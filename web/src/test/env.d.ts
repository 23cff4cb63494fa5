// What the component tests get from their environment: the real server started by
// e2e/global-setup.ts, and happy-dom's control over the page URL (to point requests at it).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's data folder: its emails are files in its outbox there. */
    dataDir: string;
  }
}

declare global {
  interface Window {
    happyDOM: { setURL: (url: string) => void };
  }
}
