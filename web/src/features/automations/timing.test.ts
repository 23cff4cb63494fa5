import type { Automation } from '@flexbnb/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { showIn } from '../../lib/i18n.ts';
import {
  EMPTY_DRAFT,
  automationToDraft,
  draftToCreateBody,
  draftToUpdateBody,
  type AutomationDraft,
} from './draft.ts';
import { describeTiming, splitOffset, toOffsetMinutes } from './timing.ts';

describe('describeTiming', () => {
  it('names the amount, the direction and what it is counted from', () => {
    expect(describeTiming('before_check_in', 2 * 1440)).toBe('2 days before check-in');
    expect(describeTiming('after_check_out', 60)).toBe('1 hour after check-out');
    expect(describeTiming('after_check_in', 30)).toBe('30 minutes after check-in');
    expect(describeTiming('before_check_out', 1)).toBe('1 minute before check-out');
    expect(describeTiming('booking_confirmed', 180)).toBe('3 hours after booking confirmation');
  });

  it('says "At …" for no offset', () => {
    expect(describeTiming('booking_confirmed', 0)).toBe('At booking confirmation');
    expect(describeTiming('before_check_in', 0)).toBe('At check-in');
  });

  it('combines days, hours and minutes, leaving out the empty ones', () => {
    expect(describeTiming('before_check_in', 1440 + 6 * 60)).toBe('1 day 6 hours before check-in');
    expect(describeTiming('after_check_out', 90)).toBe('1 hour 30 minutes after check-out');
    expect(describeTiming('before_check_in', 2 * 1440 + 5)).toBe(
      '2 days 5 minutes before check-in',
    );
  });
});

describe('the offset as amount and unit', () => {
  it('converts the form’s amount and unit to minutes', () => {
    expect(toOffsetMinutes(2, 'days')).toBe(2880);
    expect(toOffsetMinutes(3, 'hours')).toBe(180);
    expect(toOffsetMinutes(45, 'minutes')).toBe(45);
    expect(toOffsetMinutes(0, 'days')).toBe(0);
  });

  it('shows minutes in the largest unit that divides them exactly', () => {
    expect(splitOffset(2880)).toEqual({ amount: 2, unit: 'days' });
    expect(splitOffset(1800)).toEqual({ amount: 30, unit: 'hours' });
    expect(splitOffset(90)).toEqual({ amount: 90, unit: 'minutes' });
    expect(splitOffset(0)).toEqual({ amount: 0, unit: 'hours' });
  });

  it('goes back and forth without losing a minute', () => {
    for (const minutes of [0, 1, 59, 60, 61, 1439, 1440, 1500, 2880, 527_040]) {
      const { amount, unit } = splitOffset(minutes);
      expect(toOffsetMinutes(amount, unit)).toBe(minutes);
    }
  });
});

describe('the automation form’s draft', () => {
  const draft: AutomationDraft = {
    ...EMPTY_DRAFT,
    name: 'Check-in instructions',
    quick_reply_id: '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
    message: 'left over from the other choice',
    translations: { de: 'Übrig von der anderen Wahl' },
    offset_amount: '36',
    offset_unit: 'hours',
  };

  it('creates with only the chosen text source, and every property when none is picked', () => {
    expect(draftToCreateBody(draft)).toEqual({
      name: 'Check-in instructions',
      quick_reply_id: '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
      trigger: 'before_check_in',
      offset_minutes: 2160,
      late_booking: 'send_now',
      is_active: true,
    });
    const written = draftToCreateBody({ ...draft, source: 'message', property_id: 'p1' });
    expect(written).toMatchObject({
      message: 'left over from the other choice',
      translations: { de: 'Übrig von der anderen Wahl' },
      property_id: 'p1',
    });
    expect(written).not.toHaveProperty('quick_reply_id');
  });

  it('updates every field, clearing the source not chosen', () => {
    expect(draftToUpdateBody({ ...draft, source: 'message', late_booking: 'skip' })).toEqual({
      name: 'Check-in instructions',
      quick_reply_id: null,
      message: 'left over from the other choice',
      translations: { de: 'Übrig von der anderen Wahl' },
      trigger: 'before_check_in',
      offset_minutes: 2160,
      property_id: null,
      late_booking: 'skip',
      is_active: true,
    });
  });

  it('sends every language of its own message, and none with a template', () => {
    // All of them: one left out is removed.
    expect(draftToUpdateBody({ ...draft, source: 'message', translations: {} })).toHaveProperty(
      'translations',
      {},
    );
    // A template brings its own: the server drops the ones the message had.
    const fromTemplate = draftToUpdateBody(draft);
    expect(fromTemplate).toMatchObject({ quick_reply_id: draft.quick_reply_id, message: null });
    expect(fromTemplate).not.toHaveProperty('translations');
  });

  it('opens a saved automation in its own words', () => {
    const saved: Automation = {
      id: crypto.randomUUID(),
      name: 'Thank you',
      quick_reply_id: null,
      message: 'Thanks for staying!',
      translations: { pt: 'Obrigado pela estadia!' },
      trigger: 'after_check_out',
      offset_minutes: 1440,
      property_id: null,
      late_booking: 'skip',
      is_active: false,
      created_at: '2026-11-25T10:00:00.000Z',
      updated_at: '2026-11-25T10:00:00.000Z',
    };
    expect(automationToDraft(saved)).toEqual({
      name: 'Thank you',
      source: 'message',
      quick_reply_id: '',
      message: 'Thanks for staying!',
      translations: { pt: 'Obrigado pela estadia!' },
      trigger: 'after_check_out',
      offset_amount: '1',
      offset_unit: 'days',
      property_id: null,
      late_booking: 'skip',
      is_active: false,
    });
  });
});

describe('describeTiming in the language shown', () => {
  afterEach(() => showIn('en'));

  it('says it in German, each unit in its plural', async () => {
    await showIn('de');
    expect(describeTiming('before_check_in', 2 * 1440)).toBe('2 Tage vor dem Check-in');
    expect(describeTiming('after_check_out', 60)).toBe('1 Stunde nach dem Check-out');
    expect(describeTiming('booking_confirmed', 0)).toBe('Bei der Buchungsbestätigung');
    expect(describeTiming('before_check_in', 1440 + 6 * 60 + 5)).toBe(
      '1 Tag, 6 Stunden und 5 Minuten vor dem Check-in',
    );
  });

  it('and in French', async () => {
    await showIn('fr');
    expect(describeTiming('after_check_in', 30)).toBe('30 minutes après l’arrivée');
    expect(describeTiming('before_check_out', 0)).toBe('Au départ');
  });
});
