import { z } from 'zod';
import { isoDateTime } from './common.ts';

export const userRole = z.enum(['user', 'admin']);

export const user = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    role: userRole,
    created_at: isoDateTime,
  })
  .meta({
    id: 'User',
    examples: [
      {
        id: '7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11',
        email: 'guest@example.com',
        name: 'Gina Guest',
        phone: '+15555550100',
        role: 'user',
        created_at: '2026-11-25T10:00:00.000Z',
      },
    ],
  });
export type User = z.infer<typeof user>;

export const registerBody = z
  .object({
    email: z.email().max(254),
    password: z.string().min(8, 'must be at least 8 characters').max(256),
    name: z.string().trim().min(1).max(120),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number such as +15555550100')
      .optional(),
  })
  .meta({
    examples: [{ email: 'guest@example.com', password: 'correct horse', name: 'Gina Guest' }],
  });

export const loginBody = z
  .object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(256) })
  .meta({ examples: [{ email: 'guest@example.com', password: 'correct horse' }] });

export const refreshBody = z
  .object({ refresh_token: z.string().min(1).max(4096) })
  .meta({ examples: [{ refresh_token: 'eyJhbGciOiJIUzI1NiJ9…' }] });

export const session = z
  .object({
    user,
    access_token: z.string(),
    refresh_token: z.string(),
    expires_in: z.number().int().describe('Seconds until the access token expires'),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof session>;
