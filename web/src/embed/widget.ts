/**
 * The chat widget's loader, served as `/widget.js` and put on a rental platform's listing page:
 *
 * ```html
 * <script src="https://messenger.example.com/widget.js" data-property="listing-42"></script>
 * <script>FlexBNB.init({ getToken: () => myAuth.currentAccessToken() });</script>
 * ```
 *
 * It draws a "Message host" button and, when pressed, a panel framing the messenger's own chat
 * (`/embed/chat`) for that property. Everything it draws lives in a shadow root, so the page's
 * styles and the widget's leave each other alone. The chat asks for the signed-in user's token
 * (see protocol.ts); the loader answers with what `getToken` gives, to the messenger's origin
 * only. Built on its own as one classic script (vite.widget.config.ts): it imports nothing
 * at run time. It speaks the page's language (`data-lang`, else the page's `<html lang>`, else
 * the browser's) when the messenger does, else English.
 */
import { widget as de } from '../../../contracts/src/i18n/de/app.ts';
import { widget as en } from '../../../contracts/src/i18n/en/app.ts';
import { widget as es } from '../../../contracts/src/i18n/es/app.ts';
import { widget as fr } from '../../../contracts/src/i18n/fr/app.ts';
import { widget as pt } from '../../../contracts/src/i18n/pt/app.ts';
import { EMBED_CHAT_PATH, TOKEN_ANSWER, TOKEN_REQUEST, type TokenAnswer } from './protocol.ts';

// Only the widget's own texts: the app's catalogue (and i18next) would outweigh the loader.
const TEXTS: Record<string, typeof en> = { en, pt, es, fr, de };

/** The widget's texts in the first of `tags` (BCP 47) the messenger speaks; else English's. */
function textsFor(tags: (string | null | undefined)[]): typeof en {
  for (const tag of tags) {
    const primary = tag?.split('-')[0]?.toLowerCase();
    if (primary && Object.hasOwn(TEXTS, primary)) return TEXTS[primary]!;
  }
  return en;
}

interface InitOptions {
  /** The platform's token for its signed-in user (null or empty: no one is signed in). */
  getToken: () => string | null | undefined | Promise<string | null | undefined>;
}

declare global {
  interface Window {
    FlexBNB?: { init: (options: InitOptions) => void };
  }
}

const STYLE = `
:host { all: initial; }
.launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;
  font: 600 15px/1 system-ui, sans-serif; color: #fff; background: #d0104c;
  border: none; border-radius: 999px; padding: 14px 20px; cursor: pointer;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.2);
}
.launcher:hover { background: #a80b3c; }
.launcher:focus-visible, .close:focus-visible { outline: 3px solid #1a66d6; outline-offset: 2px; }
.panel {
  position: fixed; right: 20px; bottom: 84px; z-index: 2147483000;
  width: 380px; height: min(600px, calc(100vh - 110px));
  display: flex; flex-direction: column; background: #fff;
  border-radius: 14px; overflow: hidden; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
}
.panel[hidden] { display: none; }
.bar {
  display: flex; align-items: center; justify-content: space-between; gap: 8px;
  padding: 8px 8px 8px 16px; border-bottom: 1px solid #e6e6e6;
  font: 600 15px/1.2 system-ui, sans-serif; color: #1f1f1f;
}
.close {
  border: none; background: none; cursor: pointer; font-size: 22px; line-height: 1;
  width: 40px; height: 40px; border-radius: 999px; color: #1f1f1f;
}
.close:hover { background: #f2f2f2; }
iframe { flex: 1; width: 100%; border: none; }
@media (max-width: 480px) {
  .panel { inset: 0; width: auto; height: auto; border-radius: 0; }
  /* The panel fills the screen, with its own close button: the launcher would cover its composer. */
  .launcher[aria-expanded="true"] { display: none; }
}
`;

function start(script: HTMLScriptElement) {
  const origin = new URL(script.src).origin;
  const property = script.dataset.property ?? '';
  const texts = textsFor([script.dataset.lang, document.documentElement.lang, navigator.language]);
  let frame: HTMLIFrameElement | null = null;

  let init: (options: InitOptions) => void = () => undefined;
  const ready = new Promise<InitOptions>((resolve) => {
    init = resolve;
  });
  window.FlexBNB = { init: (options) => init(options) };

  const tokenOfPage = async (): Promise<string | null> => {
    try {
      const token = await (await ready).getToken();
      return token || null;
    } catch {
      return null;
    }
  };

  window.addEventListener('message', (event: MessageEvent) => {
    // Only the chat this loader framed, on the messenger's origin, is given the token.
    if (!frame || event.source !== frame.contentWindow || event.origin !== origin) return;
    if ((event.data as { type?: unknown } | null)?.type !== TOKEN_REQUEST) return;
    void tokenOfPage().then((token) => {
      const answer: TokenAnswer = { type: TOKEN_ANSWER, token };
      frame?.contentWindow?.postMessage(answer, origin);
    });
  });

  const host = document.createElement('div');
  host.setAttribute('data-flexbnb-widget', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.textContent = script.dataset.label || texts.launcher;
  launcher.setAttribute('aria-expanded', 'false');

  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', texts.title);
  const bar = document.createElement('div');
  bar.className = 'bar';
  const title = document.createElement('span');
  title.textContent = texts.title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', texts.close);
  close.textContent = '×';
  bar.append(title, close);
  panel.append(bar);

  const open = (show: boolean) => {
    if (show && !frame) {
      // Framed on first open only: a page that never opens the chat loads nothing more.
      frame = document.createElement('iframe');
      frame.title = texts.frame;
      frame.allow = 'microphone; clipboard-write';
      frame.src = `${origin}${EMBED_CHAT_PATH}?property=${encodeURIComponent(property)}`;
      panel.append(frame);
    }
    panel.hidden = !show;
    launcher.setAttribute('aria-expanded', String(show));
    if (show) frame?.focus();
    else launcher.focus();
  };
  launcher.addEventListener('click', () => open(panel.hidden));
  close.addEventListener('click', () => open(false));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') open(false);
  });

  root.append(style, panel, launcher);
  document.body.append(host);
}

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  if (document.body) start(script);
  else document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
}
