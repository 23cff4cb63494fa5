import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { showIn } from '../../lib/i18n.ts';
import { offsetLabel, REMINDER_LABEL, STATUS_LABEL } from './api.ts';
import { ReservationActions } from './ReservationActions.tsx';

describe('reservations in another language', () => {
  afterEach(async () => {
    await showIn('en');
  });

  it('offers the host’s choices in Spanish, and asks before declining', async () => {
    await showIn('es');
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <ReservationActions
          reservationId="e0000000-0000-4000-8000-000000000001"
          status="pending"
          asHost
        />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Confirmar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancelar reserva' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rechazar' }));
    const ask = screen.getByRole('group', { name: 'Confirma tu elección' });
    expect(ask).toHaveTextContent('¿Rechazar esta solicitud? Se avisará al huésped.');
    await user.click(screen.getByRole('button', { name: 'Mantenerla' }));
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('names statuses, reminders and their offsets in the language shown', async () => {
    expect(offsetLabel(120)).toBe('2 hours before');
    expect(offsetLabel(1440)).toBe('1 day before');
    await showIn('fr');
    expect(offsetLabel(60)).toBe('1 heure avant');
    expect(offsetLabel(3 * 1440)).toBe('3 jours avant');
    expect(STATUS_LABEL.confirmed).toBe('Confirmée');
    expect(REMINDER_LABEL.check_out_reminder).toBe('Départ');
  });
});
