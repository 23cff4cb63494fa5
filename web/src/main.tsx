// The design tokens and the shared controls first: every component's module comes after them
// in the cascade, so a component's own rule wins over a base rule of equal weight.
import './ui/tokens.css';
import './ui/base.css';
// A colour emoji font with the app: the picker and reactions draw with it (emoji.module.css).
// The one-file build: Chromium draws the range-split files' emoji as blanks.
import '@fontsource/noto-color-emoji/emoji.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './lib/i18n.ts';
import { startHandover } from './embed/handover.ts';
import { EMBED_PREFIX } from './embed/protocol.ts';

// The chat widget's page is signed in by the platform's page that frames it, never with this
// origin's stored session.
if (location.pathname.startsWith(EMBED_PREFIX)) void startHandover();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
