import { routes, type NotificationSettings } from '@flexbnb/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, ApiError, setSession } from '../../lib/api.ts';
import { showIn } from '../../lib/i18n.ts';
import { CHANNEL_LABELS, TYPE_LABELS, type SettingsUpdate } from './api.ts';
import { NotificationSettingsForm } from './NotificationSettingsForm.tsx';
import { changesOf, draftOf } from './settings.ts';
import { signUp } from '../../test/sign-up.ts';

const channels = (email: boolean, sms: boolean, push: boolean) =>
  ({ in_app: true, email, sms, push }) as const;

function settings(overrides: Partial<NotificationSettings> = {}): NotificationSettings {
  return {
    types: {
      new_message: channels(true, false, true),
      booking_request: channels(true, true, false),
      booking_confirmed: channels(true, false, true),
      check_in_reminder: channels(true, true, false),
      check_out_reminder: channels(true, false, false),
      payment_due_reminder: channels(true, false, false),
      booking_declined: channels(true, true, false),
      booking_cancelled: channels(true, true, false),
      scheduled_message_held: channels(true, true, true),
      webhook_disabled: channels(true, false, false),
    },
    quiet_hours: null,
    phone: null,
    ...overrides,
  };
}

describe('the settings draft', () => {
  const zone = { start: '22:00', end: '07:00', timezone: 'Europe/Lisbon' };

  it('asks for nothing when nothing changed, and for only the cells that did', () => {
    const saved = draftOf(settings(), zone);
    expect(changesOf(saved, saved)).toEqual({});
    const draft = structuredClone(saved);
    draft.types.new_message.email = false;
    draft.types.payment_due_reminder.sms = true;
    draft.types.payment_due_reminder.push = true;
    expect(changesOf(saved, draft)).toEqual({
      types: { new_message: { email: false }, payment_due_reminder: { sms: true, push: true } },
    });
    // Changed back: nothing to send again.
    draft.types.new_message.email = true;
    expect(changesOf(saved, draft).types).toEqual({
      payment_due_reminder: { sms: true, push: true },
    });
  });

  it('sends quiet hours when switched on or edited while on, null when switched off', () => {
    const off = draftOf(settings(), zone);
    expect(off.quiet).toEqual({ enabled: false, ...zone });
    // Edited while off: kept for later, not sent.
    expect(changesOf(off, { ...off, quiet: { ...off.quiet, start: '21:00' } })).toEqual({});
    expect(changesOf(off, { ...off, quiet: { ...off.quiet, enabled: true } })).toEqual({
      quiet_hours: zone,
    });

    const on = draftOf(settings({ quiet_hours: { ...zone, timezone: 'Asia/Tokyo' } }), zone);
    expect(on.quiet).toEqual({ enabled: true, ...zone, timezone: 'Asia/Tokyo' });
    expect(changesOf(on, { ...on, quiet: { ...on.quiet, end: '06:30' } })).toEqual({
      quiet_hours: { start: '22:00', end: '06:30', timezone: 'Asia/Tokyo' },
    });
    expect(changesOf(on, { ...on, quiet: { ...on.quiet, enabled: false } })).toEqual({
      quiet_hours: null,
    });
  });

  it('sends the phone in E.164 as typed with spaces, and null once cleared', () => {
    const saved = draftOf(settings({ phone: '+351912345678' }), zone);
    expect(saved.phone).toBe('+351912345678');
    expect(changesOf(saved, { ...saved, phone: '+351 912 345 678' })).toEqual({});
    expect(changesOf(saved, { ...saved, phone: '+1 (555) 010-9999' })).toEqual({
      phone: '+15550109999',
    });
    expect(changesOf(saved, { ...saved, phone: '  ' })).toEqual({ phone: null });
  });
});

function mount(
  initial: NotificationSettings,
  answer?: (u: SettingsUpdate) => NotificationSettings,
) {
  const sent: SettingsUpdate[] = [];
  render(
    <NotificationSettingsForm
      settings={initial}
      defaultTimeZone="Europe/Lisbon"
      onSave={async (update) => {
        sent.push(update);
        return answer ? answer(update) : initial;
      }}
    />,
  );
  return { sent, user: userEvent.setup() };
}

describe('NotificationSettingsForm', () => {
  it('shows kinds × channels, in-app always on, and saves only the changed cells', async () => {
    const initial = settings();
    const { sent, user } = mount(initial, () =>
      settings({
        types: {
          ...initial.types,
          new_message: channels(false, false, true),
          booking_request: channels(true, true, true),
        },
      }),
    );
    const grid = screen.getByRole('table');
    const rows = within(grid).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual([
      'New messages',
      'Booking requests',
      'Booking confirmed',
      'Check-in reminders',
      'Check-out reminders',
      'Payment reminders',
      'Booking declined',
      'Booking cancelled',
      'Held scheduled messages',
    ]);
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Notification', 'In-app', 'Email', 'SMS', 'Push']);
    const inApp = screen.getByRole('checkbox', { name: 'New messages: In-app (always on)' });
    expect(inApp).toBeChecked();
    expect(inApp).toBeDisabled();

    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    const email = screen.getByRole('checkbox', { name: 'New messages: Email' });
    expect(email).toBeChecked();
    await user.click(email);
    await user.click(screen.getByRole('checkbox', { name: 'Booking requests: Push' }));
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(save);
    expect(sent).toEqual([
      { types: { new_message: { email: false }, booking_request: { push: true } } },
    ]);
    // The answer is the new baseline.
    expect(await screen.findByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'New messages: Email' })).not.toBeChecked();
  });

  it('turns quiet hours on in the given time zone, and asks for a phone when SMS are wanted', async () => {
    const { sent, user } = mount(settings({ types: { ...settings().types } }));
    const from = screen.getByLabelText('From');
    expect(from).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Lisbon');
    await user.click(screen.getByRole('checkbox', { name: /Hold email, SMS and push/ }));
    expect(from).toBeEnabled();
    await user.clear(from);
    await user.type(from, '23:30');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time zone' }), 'Asia/Tokyo');
    // Booking requests go by SMS in these settings, and there is no phone yet.
    expect(screen.getByText(/Add a mobile number/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Mobile number' }), '+351 912 345 678');
    expect(screen.queryByText(/Add a mobile number/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([
      {
        quiet_hours: { start: '23:30', end: '07:00', timezone: 'Asia/Tokyo' },
        phone: '+351912345678',
      },
    ]);
  });

  it("shows the server's validation errors under their fields", async () => {
    const sent: SettingsUpdate[] = [];
    render(
      <NotificationSettingsForm
        settings={settings()}
        onSave={(update) => {
          sent.push(update);
          return Promise.reject(
            new ApiError(400, 'validation_failed', 'body.phone: must be an E.164 number', [
              { field: 'body.phone', message: 'must be an E.164 number such as +351912345678' },
            ]),
          );
        }}
      />,
    );
    const user = userEvent.setup();
    const phone = screen.getByRole('textbox', { name: 'Mobile number' });
    await user.type(phone, '912345678');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sent).toEqual([{ phone: '912345678' }]);
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(/must be an E\.164 number such as \+351912345678/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('NotificationSettingsForm in another language', () => {
  afterEach(async () => {
    await showIn('en');
  });

  it('shows the grid, quiet hours and the phone in French', async () => {
    await showIn('fr');
    const { sent, user } = mount(settings());
    expect(screen.getByRole('form', { name: 'Paramètres de notification' })).toBeInTheDocument();
    const grid = screen.getByRole('table');
    expect(within(grid).getAllByRole('rowheader')[0]).toHaveTextContent('Nouveaux messages');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Notification', 'Dans l’app', 'E-mail', 'SMS', 'Push']);
    expect(
      screen.getByRole('checkbox', { name: 'Nouveaux messages : Dans l’app (toujours activé)' }),
    ).toBeDisabled();
    expect(screen.getByRole('heading', { name: 'Heures de silence' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Fuseau horaire' })).toHaveValue('Europe/Lisbon');
    expect(screen.getByText(/Ajoutez un numéro de mobile/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Rappels de paiement : Push' }));
    expect(screen.getByText('Modifications non enregistrées')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(sent).toEqual([{ types: { payment_due_reminder: { push: true } } }]);
  });

  it('names kinds and channels in the language shown when they are read', async () => {
    expect(TYPE_LABELS.booking_request).toBe('Booking requests');
    await showIn('de');
    expect(TYPE_LABELS.booking_request).toBe('Buchungsanfragen');
    expect(CHANNEL_LABELS.email).toBe('E-Mail');
    expect(Object.keys(TYPE_LABELS)).toContain('webhook_disabled');
  });
});

// The same form against the real API: its answers and its 400s as the server words them.
describe('notification settings against the real API', () => {
  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    setSession(
      await signUp({
        email: `settings-${crypto.randomUUID()}@example.test`,
        password: 'a long enough password',
        name: 'Sam Settings',
      }),
    );
  });

  it('saves a change, and puts a refused one under its field', async () => {
    const initial = await api(routes.getNotificationSettings);
    render(
      <NotificationSettingsForm
        settings={initial}
        defaultTimeZone="Europe/Lisbon"
        onSave={(body) => api(routes.updateNotificationSettings, { body })}
      />,
    );
    const user = userEvent.setup();
    const push = screen.getByRole('checkbox', { name: 'Payment reminders: Push' });
    const wanted = !initial.types.payment_due_reminder.push;
    await user.click(push);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled());
    await expect
      .poll(async () => (await api(routes.getNotificationSettings)).types.payment_due_reminder)
      .toMatchObject({ push: wanted });

    // Quiet hours that start when they end: the server names the end time.
    await user.click(screen.getByRole('checkbox', { name: /Hold email, SMS and push/ }));
    const until = screen.getByLabelText('Until');
    await user.clear(until);
    await user.type(until, '22:00');
    await user.type(screen.getByRole('textbox', { name: 'Mobile number' }), '12');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('start and end must differ')).toBeInTheDocument();
    expect(until).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Mobile number' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect((await api(routes.getNotificationSettings)).quiet_hours).toBeNull();
  });
});
