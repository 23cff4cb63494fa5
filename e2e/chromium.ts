/** Debian's Chromium, or the browser CHROMIUM_PATH names: what the browser tests drive. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
