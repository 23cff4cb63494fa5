import { i18n } from '../../lib/i18n.ts';

/** "€269.70": an amount in its currency, as the app's language writes money. */
export function formatMoney(amount: number | string, currency: string): string {
  const value = typeof amount === 'string' ? Number(amount) : amount;
  try {
    return new Intl.NumberFormat(i18n.language, { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

/** Nights between two ISO dates (YYYY-MM-DD); 0 unless check-out is after check-in. */
export function nightsBetween(checkIn: string, checkOut: string): number {
  if (!checkIn || !checkOut) return 0;
  const days =
    (Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(days) && days > 0 ? Math.round(days) : 0;
}

/** A stay's total at a nightly rate, counted in cents as the server counts it. */
export function stayTotal(nightlyRate: string, nights: number): number {
  return (Math.round(Number(nightlyRate) * 100) * nights) / 100;
}

/** Today's date in the viewer's zone, as an ISO date. */
export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
