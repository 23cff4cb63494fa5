import { SCREENING_PLACEHOLDERS } from '@flexbnb/contracts';
import { loadCatalogue } from '@flexbnb/contracts/i18n';
import { describe, expect, it } from 'vitest';
import {
  flaggedSentence,
  kindsInWords,
  maskedSentence,
  splitPlaceholders,
  worthChecking,
} from './screening.ts';

describe('contact screening in words', () => {
  it('names the kinds found, each once, in a sentence', () => {
    expect(kindsInWords(['phone'])).toBe('Phone numbers');
    expect(kindsInWords(['email', 'phone'])).toBe('Phone numbers and email addresses');
    expect(kindsInWords(['payment', 'link', 'email', 'phone'])).toBe(
      'Phone numbers, email addresses, links and payment details',
    );
    expect(kindsInWords([])).toBe('Contact details');
    expect(maskedSentence(['link'])).toBe('Links are hidden until the booking is confirmed.');
  });

  it('says what a flag is for', () => {
    expect(flaggedSentence(['phone', 'email'])).toBe(
      'Sharing contact details before the booking is confirmed is flagged for review.',
    );
    expect(flaggedSentence(['payment'])).toBe(
      'Sharing payment details before the booking is confirmed is flagged for review.',
    );
    expect(flaggedSentence(['phone', 'payment'])).toContain('contact or payment details');
  });
});

describe('splitPlaceholders', () => {
  it("finds every kind's placeholder, and keeps the text around them", () => {
    const { phone, email, link, payment } = SCREENING_PLACEHOLDERS;
    expect(splitPlaceholders(`Call ${phone}, write ${email}`)).toEqual([
      { text: 'Call ', placeholder: false },
      { text: phone, placeholder: true },
      { text: ', write ', placeholder: false },
      { text: email, placeholder: true },
    ]);
    expect(splitPlaceholders(`${link}${payment}`)).toEqual([
      { text: link, placeholder: true },
      { text: payment, placeholder: true },
    ]);
    expect(splitPlaceholders('Nothing hidden [here]')).toEqual([
      { text: 'Nothing hidden [here]', placeholder: false },
    ]);
  });

  it('finds the placeholders of the language the receiver read, whichever the reader reads', async () => {
    const german = (await loadCatalogue('de')).screening.placeholder.phone;
    expect(german).not.toBe(SCREENING_PLACEHOLDERS.phone);
    expect(splitPlaceholders(`Ruf mich an: ${german}`)).toEqual([
      { text: 'Ruf mich an: ', placeholder: false },
      { text: german, placeholder: true },
    ]);
  });
});

describe('worthChecking', () => {
  it('asks about what could hold contact details, never about short chat', () => {
    expect(worthChecking('+351 912 345 678')).toBe(true);
    expect(worthChecking('ana@mail')).toBe(true);
    expect(worthChecking('example.com')).toBe(true);
    expect(worthChecking('paypal me')).toBe(true);
    expect(worthChecking('Hi there, how is the weather in Porto this week?')).toBe(true);
    expect(worthChecking('Thanks!')).toBe(false);
    expect(worthChecking('   ')).toBe(false);
    expect(worthChecking('1'.repeat(5001))).toBe(false);
  });
});
