import { routes, type User } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, ApiError, setSession } from '../../lib/api.ts';
import { i18n, showIn } from '../../lib/i18n.ts';
import { signUp } from '../../test/sign-up.ts';
import { PasswordForm } from './PasswordForm.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import type { ProfileUpdate } from './api.ts';
import {
  checkEmail,
  checkName,
  checkNewPassword,
  checkPasswordRepeat,
  checkPhone,
  normalisePhone,
} from './validation.ts';

describe('the account checks', () => {
  it('want a name with something visible in it', () => {
    expect(checkName('Gina')).toBeNull();
    expect(checkName('  ')).toBe('Enter your name.');
    expect(checkName('\u200b\u200b')).toMatch(/visible/);
    expect(checkName('x'.repeat(121))).toMatch(/under 120/);
  });

  it('take a phone as people write it and keep it in E.164', () => {
    expect(checkPhone('')).toBeNull();
    expect(checkPhone('+351 912 345 678')).toBeNull();
    expect(normalisePhone(' +1 (555) 010-9999 ')).toBe('+15550109999');
    expect(checkPhone('912 345 678')).toMatch(/country code/);
    expect(checkPhone('+12')).toMatch(/does not look like a phone number/);
  });

  it('count what a new password still needs, in words', () => {
    expect(checkNewPassword('')).toBe('Choose a password.');
    expect(checkNewPassword('abc')).toBe('Use at least 8 characters (5 more).');
    expect(checkNewPassword('abcdefgh')).toBeNull();
    expect(checkPasswordRepeat('abcdefgh', 'abcdefg')).toBe('The two passwords are not the same.');
    expect(checkPasswordRepeat('abcdefgh', 'abcdefgh')).toBeNull();
  });

  it('want an email that looks like one', () => {
    expect(checkEmail('gina@example.com')).toBeNull();
    expect(checkEmail('gina@')).toMatch(/does not look like an email/);
    expect(checkEmail(' ')).toBe('Enter an email address.');
  });
});

const gina: User = {
  id: '7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11',
  email: 'gina@example.com',
  name: 'Gina Guest',
  phone: null,
  role: 'user',
  locale: null,
  time_zone: 'Europe/Lisbon',
  language: null,
  avatar_url: null,
  created_at: '2026-11-25T10:00:00.000Z',
};

/** The form asks the server whether it translates messages: a query, on the real test server. */
function withQueries(form: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{form}</QueryClientProvider>);
}

describe('ProfileForm', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  afterEach(() => setSession(null));

  it('checks as you type and sends only what changed, phone in E.164', async () => {
    const sent: ProfileUpdate[] = [];
    withQueries(
      <ProfileForm
        user={gina}
        onSave={async (update) => {
          sent.push(update);
          return { ...gina, ...update };
        }}
      />,
    );
    const user = userEvent.setup();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, '\u200b');
    await user.tab();
    expect(screen.getByText(/needs at least one visible letter/)).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(sent).toEqual([]);

    await user.clear(name);
    await user.type(name, 'Gina G.');
    expect(screen.queryByText(/visible letter/)).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Phone (optional)' }), '+351 912 345 678');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(sent).toEqual([{ name: 'Gina G.', phone: '+351912345678' }]);
  });

  it("shows the server's refusal of a field in words under it", async () => {
    withQueries(
      <ProfileForm
        user={gina}
        onSave={() =>
          Promise.reject(
            new ApiError(400, 'validation_failed', 'Phone is not valid', [
              { field: 'body.phone', message: 'Phone is not valid' },
            ]),
          )
        }
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Phone (optional)' }), '+15550100999');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Phone is not valid')).toBeInTheDocument();
    expect(screen.queryByText(/body\./)).not.toBeInTheDocument();
  });
});

describe('ProfileForm: the language messages are read in', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  afterEach(() => setSession(null));

  it('says under the Language select that this server shows messages as written', async () => {
    // The test server has no translation service configured.
    const session = await signUp({
      email: `lena.${crypto.randomUUID().slice(0, 8)}@example.test`,
      password: 'correct horse battery',
      name: 'Lena',
    });
    setSession(session);
    withQueries(<ProfileForm user={session.user} onSave={async () => session.user} />);
    const hint = await screen.findByText(
      'This server does not translate messages: they show as written.',
    );
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveAccessibleDescription(
      hint.textContent ?? '',
    );
    expect(screen.queryByText(/are translated into this one/)).toBeNull();
  });
});

describe('PasswordForm', () => {
  it('asks for 8 characters and the same password twice before sending', async () => {
    const sent: unknown[] = [];
    render(<PasswordForm onSave={async (body) => void sent.push(body)} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Current password'), 'old-password');
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.type(screen.getByLabelText('New password again'), 'shorter');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByText('Use at least 8 characters (3 more).')).toBeInTheDocument();
    expect(screen.getByText('The two passwords are not the same.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(screen.getByLabelText('New password'), 'ened');
    await user.clear(screen.getByLabelText('New password again'));
    await user.type(screen.getByLabelText('New password again'), 'shortened');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(sent).toEqual([{ current_password: 'old-password', new_password: 'shortened' }]);
  });

  it('says so plainly when the current password is wrong', async () => {
    render(
      <PasswordForm
        onSave={() =>
          Promise.reject(
            new ApiError(400, 'validation_failed', 'The password is incorrect', [
              { field: 'body.current_password', message: 'is incorrect' },
            ]),
          )
        }
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Current password'), 'not-it');
    await user.type(screen.getByLabelText('New password'), 'long-enough');
    await user.type(screen.getByLabelText('New password again'), 'long-enough');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('That is not your current password.')).toBeInTheDocument();
  });
});

describe('ProfileForm: the language of the app', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  afterEach(async () => {
    setSession(null);
    await showIn('en');
  });

  it('lists each language by its own name, and the browser’s', () => {
    withQueries(<ProfileForm user={gina} onSave={async () => gina} />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'As my browser (English)',
      'English',
      'Português',
      'Español',
      'Français',
      'Deutsch',
    ]);
    expect(screen.getByRole('group', { name: 'Language' })).toHaveAccessibleDescription(
      'The app, emails and notifications come in this language.',
    );
  });

  it('switches the app to the language saved: picking Deutsch shows the form in German', async () => {
    const session = await signUp({
      email: `dora.${crypto.randomUUID().slice(0, 8)}@example.test`,
      password: 'correct horse battery',
      name: 'Dora',
    });
    setSession(session);
    const sent: ProfileUpdate[] = [];
    withQueries(
      <ProfileForm
        user={session.user}
        onSave={(update) => {
          sent.push(update);
          return api(routes.updateCurrentUser, { body: update });
        }}
      />,
    );
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    // The German texts load first (a chunk of their own in the browser).
    expect(
      await screen.findByRole('heading', { name: 'Profil' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(screen.getByRole('button', { name: 'Profil speichern' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Telefon (optional)' })).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Dieser Server übersetzt keine Nachrichten: Sie erscheinen so, wie sie geschrieben wurden.',
      ),
    ).toBeInTheDocument();
    expect(i18n.language).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    // What the server keeps: the user reads German from now on. (A new account has no time
    // zone yet: the form proposes the browser's too.)
    expect(sent).toEqual([expect.objectContaining({ language: 'de' })]);
    const me = await api(routes.getCurrentUser);
    expect(me.language).toBe('de');
    expect(me.locale).toMatch(/^de\b/);
  });

  it('follows the browser again when "As my browser" is saved', async () => {
    await showIn('de');
    const german = { ...gina, locale: 'de-DE', language: 'de' as const };
    const sent: ProfileUpdate[] = [];
    withQueries(
      <ProfileForm
        user={german}
        onSave={async (update) => {
          sent.push(update);
          return { ...german, locale: null, language: null };
        }}
      />,
    );
    const user = userEvent.setup();
    const select = screen.getByRole('combobox', { name: 'Sprache' });
    expect(select).toHaveValue('de');
    await user.selectOptions(select, 'Wie mein Browser (English)');
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));
    expect(
      await screen.findByRole('button', { name: 'Save profile' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(sent).toEqual([{ language: null }]);
    expect(i18n.language).toBe('en');
  });
});
