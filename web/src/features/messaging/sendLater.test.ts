import { describe, expect, it } from 'vitest';
import {
  defaultSendAt,
  localInputToIso,
  sendLaterProblem,
  toLocalInputValue,
} from './sendLater.ts';

describe('send later times', () => {
  it('suggests tomorrow at 09:00 in the browser’s zone, across a month’s end', () => {
    expect(defaultSendAt(new Date(2026, 11, 4, 16, 30))).toBe('2026-12-05T09:00');
    expect(defaultSendAt(new Date(2026, 11, 31, 23, 59))).toBe('2027-01-01T09:00');
  });

  it('reads a datetime-local value in the browser’s zone, and back', () => {
    const iso = localInputToIso('2026-12-05T09:00');
    expect(iso).toBe(new Date(2026, 11, 5, 9, 0).toISOString());
    expect(toLocalInputValue(new Date(iso!))).toBe('2026-12-05T09:00');
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('tomorrow')).toBeNull();
  });

  it('refuses a time past, or beyond 90 days', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    expect(sendLaterProblem('2026-12-04T11:59:00.000Z', now)).toBe('Pick a time in the future.');
    expect(sendLaterProblem('2026-12-04T12:00:00.000Z', now)).toBe('Pick a time in the future.');
    expect(sendLaterProblem('2026-12-05T09:00:00.000Z', now)).toBeNull();
    expect(sendLaterProblem('2027-03-04T12:00:00.000Z', now)).toBeNull();
    expect(sendLaterProblem('2027-03-04T12:01:00.000Z', now)).toBe(
      'Pick a time within the next 90 days.',
    );
  });
});
