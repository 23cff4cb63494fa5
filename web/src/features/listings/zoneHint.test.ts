import { describe, expect, it } from 'vitest';
import { zoneHintFromAddress } from './zoneHint.ts';

const zones = Intl.supportedValuesOf('timeZone');

describe('the time zone an address points to', () => {
  it('is the zone of the city it names, accents and case aside', () => {
    expect(zoneHintFromAddress('Calle Mayor 5, Madrid, Spain', zones)).toEqual({
      place: 'Madrid',
      zones: ['Europe/Madrid'],
    });
    expect(zoneHintFromAddress('350 5th Ave, new york, NY, USA', zones)?.zones).toEqual([
      'America/New_York',
    ]);
    expect(zoneHintFromAddress('Av. Paulista 1000, São Paulo, Brasil', zones)?.zones).toEqual([
      'America/Sao_Paulo',
    ]);
  });

  it('else the zones of the country it names, in English or its own language', () => {
    expect(zoneHintFromAddress('Rua das Flores 12, Porto, Portugal', zones)).toEqual({
      place: 'Portugal',
      zones: ['Atlantic/Azores', 'Europe/Lisbon', 'Atlantic/Madeira'],
    });
    expect(zoneHintFromAddress('Via Garibaldi 3, 50123 Firenze, Italia', zones)?.zones).toEqual([
      'Europe/Rome',
    ]);
    // Germany shares Zurich's zone only for an enclave: its own is Berlin's.
    expect(zoneHintFromAddress('Marienplatz 1, München, Deutschland', zones)?.zones).toEqual([
      'Europe/Berlin',
    ]);
    const usa = zoneHintFromAddress('12 Main St, Springfield, USA', zones);
    expect(usa?.zones).toContain('America/Chicago');
    expect(usa?.zones.length).toBeGreaterThan(10);
  });

  it('names nothing for an address without a known place, and never a zone the browser lacks', () => {
    expect(zoneHintFromAddress('Somewhere quiet', zones)).toBeUndefined();
    expect(zoneHintFromAddress('', zones)).toBeUndefined();
    expect(zoneHintFromAddress('Rua das Flores 12, Porto, Portugal', ['Europe/Lisbon'])).toEqual({
      place: 'Portugal',
      zones: ['Europe/Lisbon'],
    });
  });

  it('does not take a word inside another for a place', () => {
    // "Roman" holds "Rome"'s letters only in part; "Parisian" is not Paris.
    expect(zoneHintFromAddress('The Parisian Loft, Romanstraße', zones)).toBeUndefined();
  });
});
