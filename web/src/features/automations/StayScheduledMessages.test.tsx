import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Toaster } from 'sonner';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { StayScheduledMessages } from './StayScheduledMessages.tsx';
import { signUp } from '../../test/sign-up.ts';

const register = (name: string) =>
  signUp({
    email: `${name.toLowerCase().replace(/\W/g, '-')}-${crypto.randomUUID()}@example.test`,
    password: 'a long enough password',
    name,
  });

/** `days` from today, as a calendar date. */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// A host of their own with one confirmed stay, and two automations planned on it: a thank-you
// after check-out (created first) and the door code before check-in, a code the property
// does not have yet.
describe("a stay's scheduled messages against the real API", () => {
  let host: Session;
  let reservationId: string;
  let propertyId: string;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    host = await register('Hugo Host');
    setSession(host);
    const property = await api(routes.createProperty, {
      body: { title: 'River Cabin', address: '3 River Lane', timezone: 'Europe/Lisbon' },
    });
    propertyId = property.id;
    setSession(await register('Greta Guest'));
    const reservation = await api(routes.createReservation, {
      body: { property_id: property.id, check_in: inDays(10), check_out: inDays(13), guests: 2 },
    });
    reservationId = reservation.id;
    setSession(host);
    await api(routes.confirmReservation, { params: { id: reservationId } });
    await api(routes.createAutomation, {
      body: {
        name: 'Thank you',
        message: 'Thanks for staying, {guest_first_name}!',
        trigger: 'after_check_out',
        offset_minutes: 24 * 60,
      },
    });
    await api(routes.createAutomation, {
      body: {
        name: 'Door code',
        message: 'The door code is {door_code}.',
        trigger: 'before_check_in',
        offset_minutes: 2 * 24 * 60,
      },
    });
    await api(routes.createAutomation, {
      body: {
        name: 'Wifi',
        message: 'The wifi is {wifi_name}.',
        trigger: 'before_check_in',
        offset_minutes: 24 * 60,
      },
    });
  });

  function mount() {
    setSession(host);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <StayScheduledMessages reservationId={reservationId} propertyId={propertyId} />
          <Toaster />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return { user: userEvent.setup() };
  }

  const item = (name: string) =>
    screen
      .getAllByRole('listitem')
      .find((li) => within(li).queryByText(name, { selector: 'strong' }))!;

  it('lists them in time order, in the property’s zone, and says what a message waits for', async () => {
    mount();
    const region = screen.getByRole('region', { name: 'Scheduled messages' });
    await within(region).findByText('Door code', { selector: 'strong' });
    const names = within(region)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
    expect(names).toEqual(['Door code', 'Wifi', 'Thank you']);
    expect(within(item('Door code')).getByText('Scheduled')).toHaveAttribute(
      'data-status',
      'scheduled',
    );
    expect(within(item('Door code')).getByText(/^Missing: door code/)).toBeInTheDocument();
    expect(within(item('Door code')).getByText(/Nothing to send yet/)).toBeInTheDocument();
    expect(within(item('Thank you')).getByText('Thanks for staying, Greta!')).toBeInTheDocument();
    expect(within(region).getByText('Times are the property’s (Europe/Lisbon).')).toBeVisible();
  });

  it('refuses to send one with a missing detail, with the server’s reason as a toast', async () => {
    const { user } = mount();
    await screen.findByText('Door code', { selector: 'strong' });
    await user.click(within(item('Door code')).getByRole('button', { name: /^Send now/ }));
    expect(await screen.findByText(/Fill in .*door code/i)).toBeInTheDocument();
    expect(within(item('Door code')).getByText('Scheduled')).toBeInTheDocument();
  });

  it('edits this stay’s copy, then sends it now; skips another', async () => {
    const { user } = mount();
    await screen.findByText('Door code', { selector: 'strong' });
    await user.click(within(item('Door code')).getByRole('button', { name: /^Edit/ }));
    const box = screen.getByRole('textbox', { name: 'Text of Door code' });
    // The text as written, placeholders and all.
    expect(box).toHaveValue('The door code is {door_code}.');
    await user.clear(box);
    await user.type(box, 'I will meet you at the door.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('textbox')).not.toBeInTheDocument());
    expect(within(item('Door code')).getByText('I will meet you at the door.')).toBeVisible();
    expect(within(item('Door code')).queryByText(/^Missing:/)).not.toBeInTheDocument();
    expect(within(item('Door code')).getByText(/edited/)).toBeInTheDocument();

    await user.click(within(item('Door code')).getByRole('button', { name: /^Send now/ }));
    await waitFor(() => expect(within(item('Door code')).getByText('Sent')).toBeVisible());
    expect(within(item('Door code')).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(item('Thank you')).getByRole('button', { name: 'Skip Thank you' }));
    await waitFor(() => expect(within(item('Thank you')).getByText('Skipped')).toBeVisible());
    const forecast = await api(routes.listStayScheduledMessages, {
      params: { id: reservationId },
    });
    expect(forecast.map((m) => [m.automation?.name, m.status])).toEqual([
      ['Door code', 'sent'],
      ['Wifi', 'scheduled'],
      ['Thank you', 'skipped'],
    ]);
  });

  it('fills in the property detail a message waits for, where the host sees it', async () => {
    const { user } = mount();
    await screen.findByText('Wifi', { selector: 'strong' });
    expect(within(item('Wifi')).getByText(/^Missing: wifi name/)).toBeInTheDocument();
    await user.click(within(item('Wifi')).getByRole('button', { name: 'Fill in Wifi' }));
    const form = screen.getByRole('form', { name: 'Property details' });
    await user.type(within(form).getByRole('textbox', { name: 'Wifi name' }), 'RiverNet');
    await user.click(within(form).getByRole('button', { name: 'Save details' }));
    await waitFor(() =>
      expect(within(item('Wifi')).getByText('The wifi is RiverNet.')).toBeVisible(),
    );
    expect(within(item('Wifi')).queryByText(/^Missing:/)).not.toBeInTheDocument();
    const property = await api(routes.getProperty, { params: { id: propertyId } });
    expect(property.wifi_name).toBe('RiverNet');
  });
});
