import { z } from 'zod';
import { displayName, languageTag, phoneNumber } from './auth.ts';
import { errorBody, isoDateTime, nonBlank } from './common.ts';
import { MESSAGE_MAX_LENGTH } from './messaging.ts';
import { screeningPolicy } from './screening.ts';
import { timeZoneName } from './notifications.ts';
import { createPropertyBody, property, updatePropertyBody } from './properties.ts';
import {
  createReservationBody,
  reservation,
  reservationStatus,
  updateReservationBody,
} from './reservations.ts';

/**
 * What a platform's API key may do on `/api/platform/*`: each route names the one scope it
 * needs. A key never acts as a user: the user routes refuse it as they refuse any bad token.
 */
export const API_KEY_SCOPES = [
  'users:write',
  'properties:write',
  'reservations:write',
  'messages:write',
  'webhooks:manage',
] as const;
export const apiKeyScope = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof apiKeyScope>;

/**
 * A key's own contact screening: the policy of the conversations about the properties it syncs
 * (`PUT /api/platform/properties/{external_id}` and the import record the key that synced a
 * property last), in place of the installation's `SCREENING_POLICY`; null follows the
 * installation.
 */
const keyScreeningPolicy = screeningPolicy
  .nullable()
  .describe(
    "The contact screening of the conversations about the properties this key syncs, in place of the installation's " +
      '`SCREENING_POLICY`: `mask`, `warn` or `off`; null follows the installation',
  );

const apiKeyName = z.string().trim().min(1).max(100);

export const createApiKeyBody = z
  .object({
    name: apiKeyName,
    scopes: z
      .array(apiKeyScope)
      .min(1)
      .max(API_KEY_SCOPES.length)
      .refine((s) => new Set(s).size === s.length, 'must not repeat a scope'),
    screening_policy: keyScreeningPolicy
      .optional()
      .describe(
        "The contact screening of the conversations about the properties this key syncs, in place of the installation's " +
          '`SCREENING_POLICY`: `mask`, `warn` or `off`; null or absent follows the installation',
      ),
  })
  .meta({
    examples: [
      { name: 'Booking site backend', scopes: ['users:write', 'reservations:write'] },
      { name: 'Long-stay partner', scopes: ['properties:write'], screening_policy: 'warn' },
    ],
  });

export const updateApiKeyBody = z
  .object({
    name: apiKeyName.optional(),
    screening_policy: keyScreeningPolicy
      .optional()
      .describe(
        "The key's contact screening (see `ApiKey`); null returns its properties' conversations to " +
          "the installation's `SCREENING_POLICY`, absent keeps it",
      ),
  })
  .refine((k) => Object.values(k).some((v) => v !== undefined), {
    message: 'Give at least one of name, screening_policy',
  })
  .meta({ examples: [{ screening_policy: 'off' }, { name: 'Booking site (EU)' }] });

export const apiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** The key's first characters, to tell keys apart; the key itself is shown only once. */
    prefix: z.string(),
    scopes: z.array(apiKeyScope),
    screening_policy: keyScreeningPolicy,
    created_at: z.string(),
    /** Set at most once a minute, by the requests the key makes. */
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof apiKey>;

/** The answer to creating a key: the only time the whole key is shown. */
export const createdApiKey = apiKey.extend({ key: z.string() }).meta({ id: 'CreatedApiKey' });
export type CreatedApiKey = z.infer<typeof createdApiKey>;

// ——— The sync API: the platform's users, properties and reservations, by the platform's ids ———

/**
 * The platform's own id of a user, property or reservation, as its URLs carry it: for a user,
 * the `sub` its tokens carry (the external issuer's subject), so that they sign in as the synced user.
 */
export const externalId = z
  .string()
  .min(1)
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\s\p{C}]+$/u, 'must be visible characters without spaces')
  .describe("The platform's own id (for a user: the `sub` of its tokens)");

export const externalIdParams = z.object({ external_id: externalId });

export const upsertPlatformUserBody = z
  .object({
    email: z.email().max(254),
    name: displayName,
    phone: phoneNumber
      .nullable()
      .optional()
      .describe(
        'E.164 after removing spaces, dashes and brackets; null removes it, absent keeps it',
      ),
    locale: languageTag.nullable().optional().describe('null follows the browser; absent keeps it'),
    time_zone: timeZoneName
      .nullable()
      .optional()
      .describe('null follows the browser; absent keeps it'),
  })
  .meta({
    examples: [
      {
        email: 'gina@example.com',
        name: 'Gina Guest',
        phone: '+351912345678',
        locale: 'pt-PT',
        time_zone: 'Europe/Lisbon',
      },
    ],
  });

export const platformUser = z
  .object({
    id: z.uuid().describe("The messenger's own id"),
    external_id: z.string(),
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    locale: z.string().nullable(),
    time_zone: z.string().nullable(),
    created_at: isoDateTime,
  })
  .meta({
    id: 'PlatformUser',
    examples: [
      {
        id: '7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11',
        external_id: 'usr_1842',
        email: 'gina@example.com',
        name: 'Gina Guest',
        phone: '+351912345678',
        locale: 'pt-PT',
        time_zone: 'Europe/Lisbon',
        created_at: '2026-11-25T10:00:00.000Z',
      },
    ],
  });
export type PlatformUser = z.infer<typeof platformUser>;

const propertyFields = createPropertyBody.shape;
const propertyDetailFields = updatePropertyBody.shape;

export const upsertPlatformPropertyBody = z
  .object({
    host_external_id: externalId.describe(
      'The external id of its host, synced first (`PUT /api/platform/users/{external_id}`)',
    ),
    title: propertyFields.title,
    address: propertyFields.address,
    timezone: propertyDetailFields.timezone.unwrap(),
    check_in_time: propertyDetailFields.check_in_time,
    check_out_time: propertyDetailFields.check_out_time,
    locale: propertyDetailFields.locale,
    nightly_rate: propertyDetailFields.nightly_rate,
    currency: propertyDetailFields.currency,
    wifi_name: propertyDetailFields.wifi_name,
    wifi_password: propertyDetailFields.wifi_password,
    door_code: propertyDetailFields.door_code,
    parking_info: propertyDetailFields.parking_info,
    house_manual_url: propertyDetailFields.house_manual_url,
    emergency_phone: propertyDetailFields.emergency_phone,
  })
  .meta({
    examples: [
      {
        host_external_id: 'usr_77',
        title: 'Seaside loft',
        address: '12 Rua do Mar, Lisbon',
        timezone: 'Europe/Lisbon',
        check_in_time: '15:00',
        check_out_time: '11:00',
        locale: 'pt-PT',
        nightly_rate: '120.00',
        currency: 'EUR',
        wifi_name: 'Loft-Guest',
        wifi_password: 'sea-breeze-42',
        door_code: '4711',
      },
    ],
  });

export const platformProperty = property
  .extend({ external_id: z.string() })
  .meta({ id: 'PlatformProperty' });
export type PlatformProperty = z.infer<typeof platformProperty>;

const stayFields = createReservationBody.shape;

export const upsertPlatformReservationBody = z
  .object({
    property_external_id: externalId.describe(
      'The external id of the property, synced first (`PUT /api/platform/properties/{external_id}`)',
    ),
    guest_external_id: externalId.describe(
      'The external id of the guest, synced first (`PUT /api/platform/users/{external_id}`)',
    ),
    check_in: stayFields.check_in,
    check_out: stayFields.check_out,
    guests: stayFields.guests.unwrap(),
    status: reservationStatus.describe(
      'Where the reservation is now; reached through the same steps as the messenger’s own endpoints',
    ),
    payment_due_at: updateReservationBody.shape.payment_due_at,
    total_price: stayFields.total_price,
  })
  .refine((r) => r.check_out > r.check_in, {
    message: 'check_out must be after check_in',
    path: ['check_out'],
  })
  .meta({
    examples: [
      {
        property_external_id: 'lst_310',
        guest_external_id: 'usr_1842',
        check_in: '2026-12-20',
        check_out: '2026-12-24',
        guests: 2,
        status: 'confirmed',
        payment_due_at: '2026-12-10T12:00:00Z',
        total_price: '480.00',
      },
    ],
  });

export const platformReservation = reservation
  .extend({ external_id: z.string() })
  .meta({ id: 'PlatformReservation' });
export type PlatformReservation = z.infer<typeof platformReservation>;

export const PLATFORM_MESSAGE_SENDERS = ['host', 'system'] as const;

export const postPlatformMessageBody = z
  .object({
    reservation_external_id: externalId.describe(
      'The external id of the reservation whose conversation gets the message',
    ),
    message: nonBlank(MESSAGE_MAX_LENGTH),
    as: z
      .enum(PLATFORM_MESSAGE_SENDERS)
      .describe(
        '`host`: an ordinary message from the host (the guest is notified). `system`: a system line ' +
          '(`kind: system`, `system.type: platform_note.posted`), read from the start and never notified',
      ),
    idempotency_key: z
      .string()
      .min(1)
      .max(100)
      .describe(
        'The same key again answers the first message (200) instead of posting another; kept as its `client_message_id`',
      ),
  })
  .meta({
    examples: [
      {
        reservation_external_id: 'bkg_9001',
        message: 'Payment received',
        as: 'system',
        idempotency_key: 'payment-bkg_9001',
      },
    ],
  });

// ——— The bulk import: the first sync of a platform's records, one JSON object per line ———

/** What one line of an import syncs, and the scope of the key it needs. */
export const IMPORT_RECORD_TYPES = ['user', 'property', 'reservation'] as const;
export const importRecordType = z.enum(IMPORT_RECORD_TYPES);
export type ImportRecordType = z.infer<typeof importRecordType>;

/** Lines longer than this are refused (each line is one record, a few hundred bytes). */
export const IMPORT_MAX_LINE_BYTES = 64 * 1024;
/** The lines one import reads; the rest of a longer body is left unread and said so. */
export const IMPORT_MAX_LINES = 100_000;

/** What every line names first: what it syncs, and the platform's id of it. */
export const importLineHead = z.object({
  type: importRecordType,
  external_id: externalId,
});

const lineOf = <T extends z.ZodType>(type: ImportRecordType, body: T) =>
  z.intersection(z.object({ type: z.literal(type), external_id: externalId }), body);

/**
 * One line of an import: a user, property or reservation with the same fields as its `PUT`,
 * plus `type` and `external_id`.
 */
export const importLine = z
  .union([
    lineOf('user', upsertPlatformUserBody),
    lineOf('property', upsertPlatformPropertyBody),
    lineOf('reservation', upsertPlatformReservationBody),
  ])
  .meta({
    id: 'PlatformImportLine',
    examples: [
      {
        type: 'reservation',
        external_id: 'bkg_9001',
        property_external_id: 'lst_310',
        guest_external_id: 'usr_1842',
        check_in: '2026-12-20',
        check_out: '2026-12-24',
        guests: 2,
        status: 'confirmed',
      },
    ],
  });

export const IMPORT_OUTCOMES = ['created', 'updated', 'failed'] as const;

/** What became of one line, in the order the lines came. */
export const importLineResult = z
  .object({
    line: z.int().min(1).describe('1 for the first line of the body'),
    type: importRecordType.nullable().describe('null when the line did not say a valid one'),
    external_id: z.string().nullable(),
    result: z
      .enum(IMPORT_OUTCOMES)
      .describe(
        "`created`; `updated`: it existed and now has the line's values (nothing is recorded when " +
          'nothing changed); `failed`: nothing of this line was written, `error` says why',
      ),
    id: z.uuid().nullable().describe("The messenger's own id of the record"),
    error: errorBody.shape.error.nullable(),
  })
  .meta({ id: 'PlatformImportLineResult' });
export type ImportLineResult = z.infer<typeof importLineResult>;

/** The import's last line: it read the whole body (or `IMPORT_MAX_LINES` of it). */
export const importSummary = z
  .object({
    done: z.literal(true),
    lines: z.int().min(0),
    created: z.int().min(0),
    updated: z.int().min(0),
    failed: z.int().min(0),
    truncated: z
      .boolean()
      .describe(`The body had more than ${IMPORT_MAX_LINES} lines: the rest was not read`),
  })
  .meta({ id: 'PlatformImportSummary' });
export type ImportSummary = z.infer<typeof importSummary>;

export const importAnswerLine = z.union([importLineResult, importSummary]);
