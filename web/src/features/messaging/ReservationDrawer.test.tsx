import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReservationDrawer } from './ReservationDrawer.tsx';

describe('ReservationDrawer', () => {
  it('opens the reservation from the thread header and closes with Escape or its button', async () => {
    render(
      <ReservationDrawer>
        <aside aria-label="Stay">Dec 5 – Dec 9, 2026</aside>
      </ReservationDrawer>,
    );
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Reservation' });
    expect(screen.queryByRole('dialog')).toBeNull();

    // The keyboard alone: Tab to it, Enter opens, Escape closes and gives the focus back.
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog', { name: 'Reservation details' });
    expect(within(drawer).getByText('Dec 5 – Dec 9, 2026')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Close reservation details',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
