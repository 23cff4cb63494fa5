import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { age, wallClock } from './format.ts';
import { MessagesChart } from './MessagesChart.tsx';

describe('MessagesChart', () => {
  const days = Array.from({ length: 30 }, (_, i) => ({
    date: `2027-03-${String(i + 1).padStart(2, '0')}`,
    count: i === 11 ? 9 : i % 3,
  }));

  it('is one named image, each bar titled, with the numbers in a table for screen readers', () => {
    const { container } = render(<MessagesChart days={days} />);
    const chart = screen.getByRole('img', { name: /Messages per day, last 30 days/ });
    expect(chart).toHaveAccessibleName(/messages in all\. The busiest day was .*12.* with 9\./);
    expect(container.querySelectorAll('rect')).toHaveLength(30);
    expect(container.querySelector('rect:nth-of-type(12) title')?.textContent).toMatch(
      /12.*: 9 messages/,
    );
    const table = screen.getByRole('table', { name: 'Messages per day' });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
  });
});

describe('admin formats', () => {
  it('says how long something waited', () => {
    expect(age(null)).toBe('—');
    expect(age(42)).toBe('42 s');
    expect(age(125)).toBe('2 min');
    expect(age(3 * 3600 + 5 * 60)).toBe('3 h 5 min');
    expect(age(2 * 86400 + 4 * 3600)).toBe('2 d 4 h');
  });

  it("reads a time on the property's clock, not the browser's", () => {
    const now = new Date('2027-06-01T12:00:00Z');
    expect(wallClock('2027-03-03T16:00:00+01:00', now)).toMatch(/16:00|4:00\s?PM/);
    expect(wallClock('2027-03-03T16:00:00-08:00', now)).toMatch(/16:00|4:00\s?PM/);
    expect(wallClock('2026-12-31T23:30:00+09:00', now)).toMatch(/2026/);
    expect(wallClock(null)).toBe('—');
  });
});
