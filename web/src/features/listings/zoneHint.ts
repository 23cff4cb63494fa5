import { getAllCountries, getTimezone, type Country } from 'countries-and-timezones';

/** What the address tells of its time zone: the zones to offer, and the place they come from. */
export interface ZoneHint {
  /** The city or country the address names, as written in the hint. */
  place: string;
  /** The zones to offer, most likely first; more than a few means "search a city". */
  zones: string[];
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Where `name` last appears in `text` as whole words, or -1. */
function lastWordAt(text: string, name: string): number {
  if (name.length < 2 || !text.includes(name)) return -1;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let at = -1;
  for (const match of text.matchAll(
    new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'),
  )) {
    at = match.index;
  }
  return at;
}

// How people write a country at the end of an address, besides its name.
const ALIASES: Record<string, string[]> = {
  US: ['USA', 'U.S.A.', 'United States of America'],
  GB: ['UK', 'U.K.', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain'],
  AE: ['UAE'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czech Republic'],
};

interface NamedCountry {
  country: Country;
  names: string[];
}

let named: NamedCountry[] | undefined;

// Addresses name their country in its own language or the host's; these and the browser's.
const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl'];

/** Every country with its names in the common languages, the browser's, and its aliases. */
function countries(): NamedCountry[] {
  if (named) return named;
  const languages = [...new Set([...LANGUAGES, ...(globalThis.navigator?.languages ?? [])])];
  const displays = languages.flatMap((language) => {
    try {
      return [new Intl.DisplayNames([language], { type: 'region' })];
    } catch {
      return [];
    }
  });
  named = Object.values(getAllCountries()).map((country) => {
    const names = [country.name, ...(ALIASES[country.id] ?? [])];
    for (const display of displays) {
      const name = display.of(country.id);
      if (name && name !== country.id) names.push(name);
    }
    return { country, names: [...new Set(names.map(fold))] };
  });
  return named;
}

/**
 * A country's own zones: those it shares with a neighbour only for an enclave (Germany's
 * Büsingen keeps Zurich's clock) are the neighbour's, not its.
 */
function ownZones(country: Country, known: ReadonlySet<string>): string[] {
  return country.timezones
    .filter((zone) => known.has(zone) && getTimezone(zone)?.countries[0] === country.id)
    .sort((a, b) => cityOf(a).localeCompare(cityOf(b)));
}

const cityOf = (zone: string) => zone.split('/').at(-1)!.replace(/_/g, ' ');

/**
 * The time zone an address points to: the zone of a city it names ("…, Lisbon" →
 * Europe/Lisbon), else the zones of the country it names ("…, Porto, Portugal" → Lisbon,
 * Madeira, Azores). The last place named wins: addresses end with the city and the country.
 * `zones` are those the browser knows; nothing is offered outside them.
 */
export function zoneHintFromAddress(
  address: string,
  zones: readonly string[],
): ZoneHint | undefined {
  const text = fold(address);
  if (!text.trim()) return undefined;
  let city: { zone: string; at: number } | undefined;
  for (const zone of zones) {
    const name = cityOf(zone);
    if (name.length < 4) continue;
    const at = lastWordAt(text, fold(name));
    if (at >= 0 && (!city || at > city.at)) city = { zone, at };
  }
  let country: { found: NamedCountry; at: number } | undefined;
  for (const found of countries()) {
    for (const name of found.names) {
      const at = lastWordAt(text, name);
      if (at >= 0 && (!country || at > country.at)) country = { found, at };
    }
  }
  const known = new Set(zones);
  const countryZones = country ? ownZones(country.found.country, known) : [];
  // A city in the named country (or with no country named) is the sharper hint.
  if (city && (!country || countryZones.includes(city.zone) || city.at > country.at)) {
    return { place: cityOf(city.zone), zones: [city.zone] };
  }
  if (country && countryZones.length > 0) {
    return { place: country.found.country.name, zones: countryZones };
  }
  return undefined;
}
