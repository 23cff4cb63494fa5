import type { Property } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { AuthProvider } from '../../lib/auth.tsx';
import { DEFAULT_FILTERS, MessageFilters, type FilterState } from './MessageFilters.tsx';

const property = (title: string): Property => ({
  id: crypto.randomUUID(),
  host_id: crypto.randomUUID(),
  host: { id: crypto.randomUUID(), name: 'Hana Host' },
  title,
  address: '1 Main St',
  timezone: 'UTC',
  check_in_time: '15:00',
  check_out_time: '11:00',
  locale: 'en-US',
  nightly_rate: null,
  currency: 'USD',
  photos: [],
  wifi_name: null,
  wifi_password: null,
  door_code: null,
  parking_info: null,
  house_manual_url: null,
  emergency_phone: null,
  created_at: '2026-11-25T10:00:00.000Z',
  updated_at: '2026-11-25T10:00:00.000Z',
});

function Harness({ seen, properties }: { seen: FilterState[]; properties?: Property[] }) {
  const [value, setValue] = useState<FilterState>(DEFAULT_FILTERS);
  // The search box asks the server for hits and links to threads.
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <AuthProvider>
        <MemoryRouter initialEntries={['/messages']}>
          <MessageFilters
            value={value}
            properties={properties}
            searchDelayMs={50}
            onChange={(next) => {
              seen.push(next);
              setValue(next);
            }}
          />
        </MemoryRouter>
      </AuthProvider>
    </QueryClientProvider>
  );
}

describe('MessageFilters', () => {
  // The search box asks the real server (signed out here, so it answers 401).
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));

  it('offers All (not archived), Unread and Archived as radios, All checked', async () => {
    const seen: FilterState[] = [];
    render(<Harness seen={seen} />);
    const user = userEvent.setup();
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.textContent)).toEqual(['All', 'Unread', 'Archived']);
    expect(screen.getByRole('radio', { name: 'All' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('radio', { name: 'Archived' }));
    expect(screen.getByRole('radio', { name: 'Archived' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: 'All' })).toHaveAttribute('aria-checked', 'false');
    expect(seen).toEqual([{ filter: 'archived', q: '', property_id: '' }]);
  });

  it('searches once the typing pauses, not on every key', async () => {
    const seen: FilterState[] = [];
    render(<Harness seen={seen} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Search conversations' }), 'loft');
    await act(() => new Promise((r) => setTimeout(r, 120)));
    expect(seen).toEqual([{ filter: 'active', q: 'loft', property_id: '' }]);
    // The box asked the server for hits too (refused: nobody is signed in).
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Search failed'));
  });

  it('narrows by property only when the host has several', async () => {
    const seen: FilterState[] = [];
    const loft = property('Seaside Loft');
    const { unmount } = render(<Harness seen={seen} properties={[loft]} />);
    expect(screen.queryByRole('combobox', { name: 'Property' })).not.toBeInTheDocument();
    unmount();
    render(<Harness seen={seen} properties={[loft, property('Pine Cabin')]} />);
    await userEvent
      .setup()
      .selectOptions(screen.getByRole('combobox', { name: 'Property' }), 'Seaside Loft');
    expect(seen).toEqual([{ filter: 'active', q: '', property_id: loft.id }]);
  });
});
