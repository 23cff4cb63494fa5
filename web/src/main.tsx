import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
// A colour emoji font with the app: the picker and reactions draw with it (emoji.module.css).
// The one-file build: Chromium draws the range-split files' emoji as blanks.
import '@fontsource/noto-color-emoji/emoji.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
