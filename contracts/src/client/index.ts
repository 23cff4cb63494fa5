import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './openapi.ts';

export type { components, operations, paths };
export type MessengerClient = Client<paths>;

export interface MessengerClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Where the messenger runs: its PUBLIC_URL (`https://messenger.example.com`). */
  baseUrl: string;
  /**
   * The bearer every request carries: a platform's API key (`fbk_…`) for `/api/platform/*`,
   * or a user's access token for everything else.
   */
  token: string;
}

/**
 * A typed client of the whole API, generated from its OpenAPI document: paths, parameters,
 * bodies and answers are checked by the compiler.
 *
 * ```ts
 * const messenger = createMessengerClient({ baseUrl, token: process.env.FLEXBNB_API_KEY! });
 * const { data, error } = await messenger.PUT('/api/platform/reservations/{external_id}', {
 *   params: { path: { external_id: 'res-1042' } },
 *   body: { property_external_id: 'prop-7', guest_external_id: 'user-311', … },
 * });
 * ```
 */
export function createMessengerClient({
  baseUrl,
  token,
  headers,
  ...options
}: MessengerClientOptions): MessengerClient {
  return createClient<paths>({
    ...options,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    headers: { ...headers, authorization: `Bearer ${token}` },
  });
}
