import { routes, type RouteBody, type Session } from '@flexbnb/contracts';
import { inject } from 'vitest';
import { emailedToken } from '../../../server/test/outbox.ts';
import { api } from '../lib/api.ts';

/**
 * Signs up on the test server as a person does: asks for the account, then follows the link
 * the server emailed (written to its outbox, as it has no SMTP server) and answers the session.
 */
export async function signUp(body: RouteBody<typeof routes.registerUser>): Promise<Session> {
  await api(routes.registerUser, { body });
  const token = await emailedToken(inject('dataDir'), body.email, 'confirm-registration');
  return api(routes.confirmRegistration, { body: { token } });
}
