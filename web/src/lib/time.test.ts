import { afterEach, describe, expect, it } from 'vitest';
import { clockTime, dayAndTime, relativeTime, setViewerLocale, stayDates } from './time.ts';
import { showIn } from './i18n.ts';

afterEach(() => setViewerLocale(null));

describe('times and dates', () => {
  it("writes a stay's dates as the property's locale does when it speaks the app's language", async () => {
    setViewerLocale('en-US');
    const lisbon = (d: string, year: boolean) =>
      new Date(`${d}T12:00:00Z`).toLocaleDateString('pt-PT', {
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
        ...(year && { year: 'numeric' }),
      });
    // An English screen keeps its words English: the viewer's locale, not Lisbon's.
    expect(stayDates('2026-12-05', '2026-12-09', 'pt-PT')).toBe('Dec 5 – Dec 9, 2026');
    expect(stayDates('2026-12-05', '2026-12-09', 'en-GB')).toBe('5 Dec – 9 Dec 2026');
    // Calendar dates: no zone moves them, whatever the browser's.
    expect(stayDates('2026-12-31', '2027-01-02', 'en-US')).toBe('Dec 31 – Jan 2, 2027');
    setViewerLocale('pt-BR');
    await showIn('pt');
    try {
      expect(stayDates('2026-12-05', '2026-12-09', 'pt-PT')).toBe(
        `${lisbon('2026-12-05', false)} – ${lisbon('2026-12-09', true)}`,
      );
    } finally {
      await showIn('en');
    }
  });

  it("falls back to the viewer's locale without a property locale, or with a broken one", () => {
    setViewerLocale('en-GB');
    expect(stayDates('2026-12-05', '2026-12-09')).toBe('5 Dec – 9 Dec 2026');
    expect(stayDates('2026-12-05', '2026-12-09', 'not a locale!')).toBe('5 Dec – 9 Dec 2026');
  });

  it("writes the viewer's own clock in the locale of their profile", () => {
    const at = '2026-12-04T15:20:00.000Z';
    setViewerLocale('en-US');
    expect(clockTime(at)).toBe(
      new Date(at).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' }),
    );
    expect(clockTime(at)).toMatch(/[AP]M$/);
    setViewerLocale('de-DE');
    expect(clockTime(at)).toMatch(/^\d{2}:20$/);
    const now = new Date('2026-12-07T12:00:00.000Z');
    expect(relativeTime('2026-11-20T12:00:00.000Z', now)).toBe('20. Nov.');
  });

  it("writes a stay's time in the property's zone and locale", () => {
    setViewerLocale('en-US');
    // 15:00 in Lisbon is 10:00 in New York.
    expect(dayAndTime('2026-12-05T15:00:00.000Z', 'Europe/Lisbon', 'en-GB')).toBe(
      'Sat 5 Dec, 15:00',
    );
    expect(dayAndTime('2026-12-05T15:00:00.000Z', 'America/New_York', 'en-GB')).toBe(
      'Sat 5 Dec, 10:00',
    );
  });
});
