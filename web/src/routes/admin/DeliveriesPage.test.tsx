import { routes } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { DeliveriesPage } from './DeliveriesPage.tsx';

// On the shared demo server: it reads, and leaves every delivery as it found it.
describe('the deliveries page against the real API', () => {
  let client: QueryClient | undefined;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    setSession(
      await api(routes.login, {
        body: { email: 'admin@demo.flexbnb.test', password: 'flexbnb-demo' },
      }),
    );
  });

  afterEach(async () => {
    await waitFor(() => expect(client?.isFetching() ?? 0).toBe(0));
  });

  function mount(search: string) {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/admin/deliveries${search}`]}>
          <Routes>
            <Route path="/admin/deliveries" element={<DeliveriesPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return userEvent.setup();
  }

  it('shows each channel queue, and the deliveries the URL filters for', async () => {
    mount('?channel=email&status=sent');
    for (const channel of ['Email', 'SMS', 'Push']) {
      const queue = await screen.findByRole('listitem', { name: `${channel} queue` });
      await waitFor(() => expect(within(queue).getByText('Oldest due waited')).toBeVisible());
    }
    expect(screen.getByLabelText('Channel')).toHaveValue('email');
    expect(screen.getByLabelText('Status')).toHaveValue('sent');
    const table = screen.getByRole('table', { name: 'Deliveries' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(row).toHaveTextContent('Email');
      expect(row).toHaveTextContent('Sent');
      expect(within(row).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
      // Its time links to the delivery's page, with every attempt.
      expect(within(row).getByRole('link').getAttribute('href')).toMatch(
        /^\/admin\/deliveries\/[0-9a-f-]{36}$/,
      );
    }
  });

  it('asks before retrying every failed delivery, for the channel the list shows', async () => {
    const user = mount('?channel=sms');
    await user.click(screen.getByRole('button', { name: 'Retry all failed' }));
    const dialog = screen.getByRole('dialog', { name: 'Retry failed deliveries?' });
    expect(within(dialog).getByLabelText('Channel')).toHaveValue('sms');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
