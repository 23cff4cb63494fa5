import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../lib/api.ts';
import { useAuth } from '../lib/auth.tsx';
import { AuthProvider } from '../lib/auth.tsx';
import { chosenLanguage, i18n, showIn } from '../lib/i18n.ts';
import { RealtimeProvider } from '../lib/realtime.tsx';
import { LoginPage } from '../routes/signed-out/LoginPage.tsx';
import { signUp } from '../test/sign-up.ts';
import { Layout } from '../ui/Layout.tsx';
import { AppLanguage } from './AppLanguage.tsx';

/** The app's frame as App.tsx builds it: the sign-in page signed out, the top bar signed in. */
function Screens() {
  const { user } = useAuth();
  return user ? (
    <RealtimeProvider>
      <Routes>
        <Route element={<Layout />}>
          <Route path="*" element={<p>Page</p>} />
        </Route>
      </Routes>
    </RealtimeProvider>
  ) : (
    <LoginPage />
  );
}

function Harness() {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/trips']}>
        <AuthProvider>
          <AppLanguage>
            <Screens />
          </AppLanguage>
        </AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>
  );
}

let counter = 0;

/** A language's texts load the first time it shows: a moment longer than a render. */
const LOAD_WAIT = 5_000;

/** A new account on the test server whose profile reads `locale`. */
async function personReading(locale: string): Promise<Session> {
  const session = await signUp({
    email: `app-language-${Date.now()}-${++counter}@example.test`,
    password: 'correct horse battery',
    name: 'Lena Language',
  });
  setSession(session);
  const user = await api(routes.updateCurrentUser, { body: { locale } });
  setSession(null);
  return { ...session, user };
}

describe('the app language', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  afterEach(async () => {
    setSession(null);
    await showIn('en');
  });

  it("shows the app in the profile's language after sign-in, and follows its changes", async () => {
    const session = await personReading('pt-BR');
    expect(session.user.language).toBe('pt');
    render(<Harness />);
    // Signed out: the browser's language (jsdom's en-US).
    expect(await screen.findByRole('heading', { name: 'Welcome back' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');

    act(() => setSession(session));
    // The Portuguese texts load on first use.
    const main = await screen.findByRole(
      'navigation',
      { name: 'Principal' },
      { timeout: LOAD_WAIT },
    );
    await waitFor(() => expect(within(main).getByRole('link', { name: 'Viagens' })).toBeVisible());
    expect(within(main).getByRole('link', { name: 'Explorar' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Pular para o conteúdo' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Menu da conta, Lena Language' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('pt');
    expect(i18n.language).toBe('pt');

    // The profile's language changed (the profile form puts the new user in the session).
    act(() => setSession({ ...session, user: { ...session.user, locale: 'de-DE' } }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Reisen' })).toBeInTheDocument(), {
      timeout: LOAD_WAIT,
    });
    expect(document.documentElement.lang).toBe('de');

    // Signed out again: the browser's language.
    act(() => setSession(null));
    expect(await screen.findByRole('heading', { name: 'Welcome back' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches the signed-out pages at once, remembers it, and forgets it at sign-in', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness />);
    const switcher = await screen.findByRole('group', { name: 'Language' });
    expect(within(switcher).getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Each language by its own name, marked as written in it.
    expect(within(switcher).getByRole('button', { name: 'Français' })).toHaveAttribute(
      'lang',
      'fr',
    );

    await user.click(within(switcher).getByRole('button', { name: 'Deutsch' }));
    expect(
      await screen.findByRole('heading', { name: 'Willkommen zurück' }, { timeout: LOAD_WAIT }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Passwort vergessen?' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Sprache' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('de');
    expect(chosenLanguage()).toBe('de');

    // Another visit, signed out: the pick holds.
    unmount();
    await showIn('en');
    render(<Harness />);
    expect(await screen.findByRole('heading', { name: 'Willkommen zurück' })).toBeVisible();

    // Signing in hands over to the profile's language, and the pick is forgotten.
    const session = await personReading('es-ES');
    act(() => setSession(session));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Viajes' })).toBeInTheDocument(), {
      timeout: LOAD_WAIT,
    });
    expect(chosenLanguage()).toBeNull();
  });
});
