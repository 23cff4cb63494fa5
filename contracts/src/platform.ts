import { z } from 'zod';

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

export const createApiKeyBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(apiKeyScope)
      .min(1)
      .max(API_KEY_SCOPES.length)
      .refine((s) => new Set(s).size === s.length, 'must not repeat a scope'),
  })
  .meta({
    examples: [{ name: 'Booking site backend', scopes: ['users:write', 'reservations:write'] }],
  });

export const apiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** The key's first characters, to tell keys apart; the key itself is shown only once. */
    prefix: z.string(),
    scopes: z.array(apiKeyScope),
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
