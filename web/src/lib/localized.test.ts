import { routes } from '@flexbnb/contracts';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, ApiError } from './api.ts';
import { showIn } from './i18n.ts';
import { fieldLabel, plainRule, plainValidationMessage } from './plain-errors.ts';
import { dayLabel, relativeTime, setViewerLocale } from './time.ts';

afterEach(async () => {
  setViewerLocale(null);
  await showIn('en');
});

describe('times in the app language', () => {
  it('says now, yesterday and today in Portuguese', async () => {
    await showIn('pt');
    const now = new Date(2026, 11, 7, 12, 0);
    expect(relativeTime(new Date(2026, 11, 7, 11, 59, 40).toISOString(), now)).toBe('agora');
    expect(relativeTime(new Date(2026, 11, 6, 12, 0).toISOString(), now)).toBe('Ontem');
    expect(dayLabel(new Date(2026, 11, 7, 8, 0).toISOString(), now)).toBe('Hoje');
    // Without a profile locale, dates follow the app's language, not the browser's English.
    expect(relativeTime(new Date(2026, 10, 20, 12, 0).toISOString(), now)).toBe(
      new Date(2026, 10, 20, 12, 0).toLocaleDateString('pt', { month: 'short', day: 'numeric' }),
    );
  });

  it('keeps English as it was', () => {
    const now = new Date(2026, 11, 7, 12, 0);
    expect(relativeTime(new Date(2026, 11, 7, 11, 55).toISOString(), now)).toBe('5m');
    expect(relativeTime(new Date(2026, 11, 7, 9, 0).toISOString(), now)).toBe('3h');
    expect(relativeTime(new Date(2026, 11, 6, 12, 0).toISOString(), now)).toBe('Yesterday');
    expect(dayLabel(new Date(2026, 11, 7, 8, 0).toISOString(), now)).toBe('Today');
  });
});

describe('errors in the app language', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));

  it('puts validation messages in German', async () => {
    await showIn('de');
    expect(plainValidationMessage('body.password: must be at least 8 characters')).toBe(
      'Passwort muss mindestens 8 Zeichen lang sein',
    );
    expect(
      plainValidationMessage('body.name: Invalid input: expected string, received undefined'),
    ).toBe('Name ist erforderlich');
    expect(plainRule('Too small: expected string to have >=1 characters')).toBe(
      'muss mindestens 1 Zeichen lang sein',
    );
    expect(fieldLabel('body.wifi_password')).toBe('WLAN-Passwort');
  });

  it("turns the server's real errors into French", async () => {
    await showIn('fr');
    const invalid = await api(routes.registerUser, {
      body: { email: 'plain-french@example.test', password: 'short', name: 'Pat' },
    }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ApiError);
    expect(invalid).toMatchObject({
      code: 'validation_failed',
      message: 'Mot de passe : doit contenir au moins 8 caractères',
      details: [{ field: 'body.password', message: 'doit contenir au moins 8 caractères' }],
    });

    const refused = await api(routes.login, {
      body: { email: 'nobody-here@example.test', password: 'not the password' },
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'invalid_credentials',
      message: 'E-mail ou mot de passe incorrect',
    });
  });
});
