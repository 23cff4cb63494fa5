import { useEffect, useState, type ReactNode } from 'react';
import { useAuth } from '../lib/auth.tsx';
import { appLanguage, chooseLanguage, i18n, showIn } from '../lib/i18n.ts';

/**
 * Shows the app in its user's language (see `appLanguage`): their profile's once signed in,
 * following every change of it, else the one picked on the signed-out pages or the browser's.
 * `<html lang>` follows. The first screen waits for its language's texts, so that no English
 * flashes before them.
 */
export function AppLanguage({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const signedIn = user !== null;
  const locale = user?.locale ?? null;
  const language = appLanguage(signedIn ? { locale } : null);
  const [ready, setReady] = useState(() => i18n.hasResourceBundle(language, 'app'));

  useEffect(() => {
    let live = true;
    // Signed in, the profile speaks: the signed-out pages' pick is forgotten.
    const shown = signedIn ? chooseLanguage(null).then(() => showIn(language)) : showIn(language);
    void shown.finally(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [signedIn, language]);

  return ready ? children : null;
}
