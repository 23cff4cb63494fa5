import { z } from 'zod';
import { isoDateTime, userSummary } from './common.ts';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 15:00');
const timezone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Lisbon');

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Canonical form ("pt-pt" → "pt-PT"), so equal tags are stored alike; an invalid tag as is. */
function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

// overwrite, not transform: a transforming schema loses its examples in the OpenAPI document.
const locale = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isLanguageTag, 'must be a BCP 47 language tag such as en-US or pt-PT')
  .overwrite(canonicalTag)
  .describe(
    "BCP 47 tag (en-US, pt-PT, de-DE…) for the dates, times and numbers of the property's messages; stored canonicalised",
  );

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

// Digits with the separators people write (+351 912 345 678, (212) 555-0100); 3 digits for
// short emergency numbers such as 112, at most E.164's 15.
function isPhoneLike(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d\s().-]+$/.test(value) && digits >= 3 && digits <= 15;
}

/**
 * A property detail as a body sets it: trimmed; an empty string or null clears it (the service
 * stores null), so a form can send what its field holds.
 */
const detail = (max: number, check?: { test: (value: string) => boolean; message: string }) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value === '' || !check || check.test(value), check?.message)
    .nullable();

/** How many photos a property shows at most. */
export const MAX_PROPERTY_PHOTOS = 20;

/** A decimal with at most two places, as cents would be. */
const hasCents = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

const nightlyRate = z
  .union([
    z
      .number()
      .nonnegative('must be 0 or more')
      .max(99_999_999.99, 'must be at most 99999999.99')
      .refine(hasCents, 'must have at most 2 decimals'),
    z
      .string()
      .trim()
      .regex(/^\d{1,8}(\.\d{1,2})?$/, 'must be an amount such as 120 or 89.50'),
  ])
  .nullable()
  .describe(
    'The price of one night in `currency`, a decimal string ("120.00") or number, 0 or more with at most 2 decimals; null clears it',
  );

function isCurrencyCode(code: string): boolean {
  try {
    return Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return /^[A-Z]{3}$/.test(code);
  }
}

const currency = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'must be an ISO 4217 currency code such as USD or EUR')
  .overwrite((code) => code.toUpperCase())
  .refine(isCurrencyCode, 'must be an ISO 4217 currency code such as USD or EUR')
  .describe('ISO 4217 code of the nightly rate (USD, EUR…)');

const photoIds = z
  .array(z.uuid())
  .max(MAX_PROPERTY_PHOTOS, `must list at most ${MAX_PROPERTY_PHOTOS} photos`)
  .describe(
    'The photos to show, in order: image uploads of the caller (`POST /api/messaging/attachments/`) not used ' +
      'elsewhere yet, or photos of this property already; its photos left out are released. 400 for any other id',
  );

export const propertyPhoto = z
  .object({
    id: z.uuid(),
    url: z.string(),
    thumbnail_url: z.string().nullable(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
  })
  .meta({ id: 'PropertyPhoto' });
export type PropertyPhoto = z.infer<typeof propertyPhoto>;

/** Who sees `wifi_password` and `door_code`: the rule of properties.policy.ts, for the docs. */
export const PROPERTY_ACCESS_RULE =
  "The host always sees it. Anyone else sees it only while they hold a confirmed reservation of the property whose stay is near: from 24 hours before the check-in day starts (in the property's time zone) until the check-out day ends; otherwise it is null.";

const detailBodyFields = {
  wifi_name: detail(100).describe('The wifi network name; empty or null clears it'),
  wifi_password: detail(200).describe('The wifi password; empty or null clears it'),
  door_code: detail(100).describe('The door or key box code; empty or null clears it'),
  parking_info: detail(2000).describe('Where and how to park; empty or null clears it'),
  house_manual_url: detail(2000, {
    test: isWebUrl,
    message: 'must be an http or https URL',
  }).describe('An http(s) link to the house manual; empty or null clears it'),
  emergency_phone: detail(32, {
    test: isPhoneLike,
    message: 'must be a phone number such as +351 912 345 678',
  }).describe('A phone number for emergencies during the stay; empty or null clears it'),
};

export const property = z
  .object({
    id: z.uuid(),
    host_id: z.uuid(),
    host: userSummary,
    title: z.string(),
    address: z.string(),
    timezone: z.string(),
    check_in_time: z.string(),
    check_out_time: z.string(),
    locale: z
      .string()
      .describe("BCP 47 tag: how dates, times and numbers are written in the property's messages"),
    wifi_name: z.string().nullable(),
    wifi_password: z.string().nullable().describe(`The wifi password. ${PROPERTY_ACCESS_RULE}`),
    door_code: z.string().nullable().describe(`The door or key box code. ${PROPERTY_ACCESS_RULE}`),
    parking_info: z.string().nullable(),
    house_manual_url: z.string().nullable(),
    emergency_phone: z.string().nullable(),
    nightly_rate: z.string().nullable().describe('Decimal amount as a string, e.g. "120.00"'),
    currency: z.string().describe('ISO 4217 code of the nightly rate'),
    photos: z
      .array(propertyPhoto)
      .describe('In the order the host put them; readable by anyone signed in'),
    created_at: isoDateTime,
    updated_at: isoDateTime,
  })
  .meta({
    id: 'Property',
    examples: [
      {
        id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21',
        host_id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
        host: { id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69', name: 'Hana Host' },
        title: 'Seaside loft',
        address: '12 Rua do Mar, Lisbon',
        timezone: 'Europe/Lisbon',
        check_in_time: '15:00',
        check_out_time: '11:00',
        locale: 'pt-PT',
        wifi_name: 'Loft-Guest',
        wifi_password: 'sea-breeze-42',
        door_code: '4711',
        parking_info: 'Space 7 in the garage behind the building',
        house_manual_url: 'https://example.com/seaside-loft/manual',
        emergency_phone: '+351 912 345 678',
        nightly_rate: '120.00',
        currency: 'EUR',
        photos: [
          {
            id: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
            url: '/api/messaging/attachments/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d/content',
            thumbnail_url:
              '/api/messaging/attachments/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d/thumbnail',
            width: 1600,
            height: 1067,
          },
        ],
        created_at: '2026-11-25T10:00:00.000Z',
        updated_at: '2026-11-25T10:00:00.000Z',
      },
    ],
  });
export type Property = z.infer<typeof property>;

export const createPropertyBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    address: z.string().trim().min(1).max(500),
    timezone: timezone.default('UTC'),
    check_in_time: hhmm.default('15:00'),
    check_out_time: hhmm.default('11:00'),
    locale: locale.default('en-US'),
    nightly_rate: nightlyRate.optional(),
    currency: currency.default('USD'),
    photo_ids: photoIds.optional(),
    ...z.object(detailBodyFields).partial().shape,
  })
  .meta({
    examples: [
      {
        title: 'Seaside loft',
        address: '12 Rua do Mar, Lisbon',
        timezone: 'Europe/Lisbon',
        check_in_time: '15:00',
        check_out_time: '11:00',
        locale: 'pt-PT',
        wifi_name: 'Loft-Guest',
        wifi_password: 'sea-breeze-42',
        door_code: '4711',
        house_manual_url: 'https://example.com/seaside-loft/manual',
        emergency_phone: '+351 912 345 678',
        nightly_rate: '120.00',
        currency: 'EUR',
      },
    ],
  });

export const updatePropertyBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    address: z.string().trim().min(1).max(500),
    timezone,
    check_in_time: hhmm,
    check_out_time: hhmm,
    locale,
    nightly_rate: nightlyRate,
    currency,
    photo_ids: photoIds,
    ...detailBodyFields,
  })
  .partial()
  .meta({ examples: [{ check_in_time: '16:00', door_code: '0815', parking_info: null }] });

export const propertyListQuery = z.object({
  mine: z.enum(['true', 'false']).optional().describe('true: only the properties the caller hosts'),
  external_id: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      "Only the property a rental platform keeps in sync under this id (the chat widget's `data-property`)",
    ),
});
