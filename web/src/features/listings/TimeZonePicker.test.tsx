import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { showIn } from '../../lib/i18n.ts';
import { TimeZonePicker } from './TimeZonePicker.tsx';

function picker(address: string, value = '') {
  const chosen: string[] = [];
  render(<TimeZonePicker value={value} onChange={(zone) => chosen.push(zone)} address={address} />);
  return chosen;
}

describe('the time zone picker', () => {
  it('offers the zone of the city the address names', async () => {
    const chosen = picker('Calle Mayor 5, Madrid, Spain');
    expect(screen.getByText(/From the address: Europe \/ Madrid/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Use it' }));
    expect(chosen).toEqual(['Europe/Madrid']);
  });

  it('offers each zone of a country that has a few, by name', async () => {
    const chosen = picker('Rua das Flores 12, Porto, Portugal');
    expect(screen.getByText(/Portugal has 3 time zones/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Use Europe / Lisbon' }));
    expect(chosen).toEqual(['Europe/Lisbon']);
  });

  it('asks for a city where the country has many zones, and says nothing once one is chosen', () => {
    picker('12 Main St, Springfield, USA');
    expect(screen.getByText(/time zones: search for the city nearest your place/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
  });

  it('says nothing when the chosen zone is the one the address points to', () => {
    picker('Rua das Flores 12, Porto, Portugal', 'Atlantic/Madeira');
    expect(screen.queryByText(/time zones/)).toBeNull();
  });
});

describe('the time zone picker in Spanish', () => {
  afterEach(() => showIn('en'));

  it('says what the address points to in the language shown', async () => {
    await showIn('es');
    picker('Rua das Flores 12, Porto, Portugal');
    expect(screen.getByText(/Portugal tiene 3 zonas horarias:/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Usar Europe / Lisbon' })).toBeInTheDocument();
    expect(screen.getByText('Zona horaria')).toBeInTheDocument();
  });
});
