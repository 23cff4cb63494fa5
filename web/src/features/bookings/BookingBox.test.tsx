import type { Property } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { showIn } from '../../lib/i18n.ts';
import { BookingBox } from './BookingBox.tsx';
import type { Reservation } from './api.ts';
import { ConfirmDialogText } from './ConfirmDialogText.tsx';
import { StatusPill } from './StatusPill.tsx';

const loft: Property = {
  id: 'b0000000-0000-4000-8000-000000000001',
  host_id: 'a0000000-0000-4000-8000-000000000001',
  host: { id: 'a0000000-0000-4000-8000-000000000001', name: 'Hana Host' },
  title: 'Seaside Loft',
  address: '12 Rua do Mar, Lisbon',
  timezone: 'Europe/Lisbon',
  check_in_time: '15:00',
  check_out_time: '11:00',
  locale: 'pt-PT',
  wifi_name: null,
  wifi_password: null,
  door_code: null,
  parking_info: null,
  house_manual_url: null,
  emergency_phone: null,
  nightly_rate: '120.00',
  currency: 'EUR',
  photos: [],
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
};

function mount() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <BookingBox property={loft} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('booking a stay in another language', () => {
  afterEach(async () => {
    await showIn('en');
  });

  it('shows the booking box in Portuguese, its price and its checks', async () => {
    await showIn('pt');
    const user = mount();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/120,00.*por noite$/);
    expect(screen.getByLabelText('Hóspedes')).toHaveValue(1);
    expect(screen.getByLabelText('Mensagem para Hana (opcional)')).toHaveAttribute(
      'placeholder',
      'Diga olá e conte um pouco sobre a sua viagem',
    );
    expect(
      screen.getByText('Você ainda não será cobrado: Hana confirma primeiro.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Solicitar reserva' }));
    expect(screen.getByText('Escolha o dia da chegada')).toBeInTheDocument();
    expect(screen.getByText('Escolha o dia da saída')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText(/^Check-in/), { target: { value: '2099-01-10' } });
    fireEvent.change(screen.getByLabelText(/^Check-out/), { target: { value: '2099-01-13' } });
    expect(screen.getByText(/120,00 × 3 noites$/)).toBeInTheDocument();
    expect(screen.queryByText('Escolha o dia da chegada')).toBeNull();
  });

  it('says what declining or cancelling does, and a stay’s status, in German', async () => {
    await showIn('de');
    const stay = {
      property: { title: 'Seaside Loft' },
      check_in: '2099-01-10',
      check_out: '2099-01-13',
    } as Reservation;
    render(
      <>
        <StatusPill status="cancelled" />
        <ConfirmDialogText reservation={stay} other="Gina" />
      </>,
    );
    expect(screen.getByText('Storniert')).toBeInTheDocument();
    expect(
      screen.getByText(/^Seaside Loft, .+\. Gina wird benachrichtigt, und die Erinnerungen/),
    ).toHaveTextContent(/Das lässt sich nicht rückgängig machen\.$/);
  });
});
