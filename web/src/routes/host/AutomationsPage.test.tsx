import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AutomationsPage } from './AutomationsPage.tsx';
import { signUp } from '../../test/sign-up.ts';

/** The page as `host` sees it, with a cache of its own. */
function mountAs(host: Session) {
  setSession(host);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <AutomationsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

// A host of their own: no automations until these tests make them.
describe('the automations page against the real API', () => {
  let host: Session;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    host = await signUp({
      email: `ada-host-${crypto.randomUUID()}@example.test`,
      password: 'a long enough password',
      name: 'Ada Host',
    });
    setSession(host);
    await api(routes.createProperty, { body: { title: 'Hill Barn', address: '9 Hill Road' } });
    await api(routes.createQuickReply, {
      body: {
        title: 'Check-in instructions',
        message: 'Hi {guest_first_name}, the code is {door_code}.',
        category: 'check_in_instructions',
      },
    });
  });

  it('explains automations when there are none, and creates one from a quick reply', async () => {
    const user = mountAs(host);
    expect(await screen.findByText('No automations yet')).toBeInTheDocument();
    expect(
      screen.getByText(/2 days before check-in, send the check-in instructions/),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'New automation' }));
    const form = screen.getByRole('form', { name: 'New automation' });
    await user.type(within(form).getByLabelText('Name'), 'Arrival info');
    expect(within(form).getByRole('radio', { name: 'From a quick reply' })).toBeChecked();
    await within(form).findByRole('option', { name: 'Check-in instructions' });
    await user.selectOptions(within(form).getByLabelText('Template'), 'Check-in instructions');
    await user.selectOptions(within(form).getByLabelText('Trigger'), 'Before check-in');
    await user.clear(within(form).getByLabelText('Offset'));
    await user.type(within(form).getByLabelText('Offset'), '30');
    await user.selectOptions(within(form).getByLabelText('Unit'), 'hours');
    expect(within(form).getByText('Goes out: 1 day 6 hours before check-in')).toBeVisible();
    await user.selectOptions(within(form).getByLabelText('Property'), 'Hill Barn');
    await user.click(within(form).getByRole('radio', { name: 'Skip' }));
    await user.click(within(form).getByRole('button', { name: 'Create automation' }));

    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    const list = await screen.findByRole('list', { name: 'Your automations' });
    expect(within(list).getByText('1 day 6 hours before check-in')).toBeVisible();
    expect(within(list).getByText('Hill Barn')).toBeVisible();
    const [saved] = await api(routes.listAutomations);
    expect(saved).toMatchObject({
      name: 'Arrival info',
      trigger: 'before_check_in',
      offset_minutes: 1800,
      late_booking: 'skip',
      message: null,
      is_active: true,
    });
  });

  it("shows the server's refusal beside the field it names", async () => {
    const user = mountAs(host);
    await user.click(await screen.findByRole('button', { name: 'New automation' }));
    const form = screen.getByRole('form', { name: 'New automation' });
    await user.type(within(form).getByLabelText('Name'), 'Far too early');
    await user.click(within(form).getByRole('radio', { name: 'Write a message' }));
    await user.type(within(form).getByLabelText('Message text'), 'Hello!');
    await user.clear(within(form).getByLabelText('Offset'));
    await user.type(within(form).getByLabelText('Offset'), '400');
    await user.selectOptions(within(form).getByLabelText('Unit'), 'days');
    await user.click(within(form).getByRole('button', { name: 'Create automation' }));

    const offset = within(form).getByLabelText('Offset');
    await waitFor(() => expect(offset).toHaveAttribute('aria-invalid', 'true'));
    expect(offset).toHaveAccessibleDescription(/527040|less than|at most/i);
    expect(within(form).getByRole('alert')).toBeVisible();
    expect(await api(routes.listAutomations)).toHaveLength(1);
  });

  it('switches one off, and deletes it after asking', async () => {
    const user = mountAs(host);
    const active = await screen.findByRole('checkbox', { name: 'Active Arrival info' });
    expect(active).toBeChecked();
    await user.click(active);
    await waitFor(() => expect(active).not.toBeChecked());

    await user.click(screen.getByRole('button', { name: 'Delete Arrival info' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deleting Arrival info' });
    await user.click(within(confirm).getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByText('No automations yet')).toBeInTheDocument();
    expect(await api(routes.listAutomations)).toEqual([]);
  });
});

// Another host of their own: an automation in its own words, with another language.
describe('an automation in other languages, against the real API', () => {
  let host: Session;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    host = await signUp({
      email: `eva-host-${crypto.randomUUID()}@example.test`,
      password: 'a long enough password',
      name: 'Eva Host',
    });
    setSession(host);
    await api(routes.createQuickReply, {
      body: { title: 'Goodbye', message: 'Safe travels!', translations: { de: 'Gute Reise!' } },
    });
  });

  it('saves its message with a German text, and drops it for a template', async () => {
    const user = mountAs(host);
    await user.click(await screen.findByRole('button', { name: 'New automation' }));
    const form = screen.getByRole('form', { name: 'New automation' });
    await user.type(within(form).getByLabelText('Name'), 'Farewell');
    await user.click(within(form).getByRole('radio', { name: 'Write a message' }));
    await user.type(within(form).getByLabelText('Message text'), 'Thanks for staying!');
    await user.selectOptions(within(form).getByLabelText('Language to add'), 'Deutsch');
    await user.click(within(form).getByRole('button', { name: 'Add language' }));
    // Only spaces: the server's refusal shows beside the text.
    await user.keyboard('   ');
    await user.click(within(form).getByRole('button', { name: 'Create automation' }));
    const german = within(form).getByLabelText('Message in Deutsch');
    await waitFor(() => expect(german).toHaveAttribute('aria-invalid', 'true'));
    expect(german).toHaveAccessibleDescription('must not be empty');
    expect(await api(routes.listAutomations)).toEqual([]);

    await user.clear(german);
    await user.type(german, 'Danke für Ihren Aufenthalt!');
    await user.click(within(form).getByRole('button', { name: 'Create automation' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());

    const list = await screen.findByRole('list', { name: 'Your automations' });
    expect(within(list).getByText('DE')).toBeVisible();
    const [created] = await api(routes.listAutomations);
    expect(created).toMatchObject({
      message: 'Thanks for staying!',
      translations: { de: 'Danke für Ihren Aufenthalt!' },
    });

    // Switched to a template: the section hides, and the server drops the texts.
    await user.click(within(list).getByRole('button', { name: 'Edit Farewell' }));
    const edit = screen.getByRole('form', { name: 'Edit automation' });
    expect(within(edit).getByLabelText('Message in Deutsch')).toHaveValue(
      'Danke für Ihren Aufenthalt!',
    );
    await user.click(within(edit).getByRole('radio', { name: 'From a quick reply' }));
    expect(within(edit).queryByRole('group', { name: 'Other languages' })).toBeNull();
    await user.selectOptions(within(edit).getByLabelText('Template'), 'Goodbye');
    await user.click(within(edit).getByRole('button', { name: 'Save automation' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    const [switched] = await api(routes.listAutomations);
    expect(switched).toMatchObject({ message: null, translations: {} });
    expect(switched!.quick_reply_id).not.toBeNull();
  });
});
