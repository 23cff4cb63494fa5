import { z } from 'zod';
import { isoDateTime } from './common.ts';
import { language, languageOfLocale } from './languages.ts';
import { timeZoneName } from './notifications.ts';

export const userRole = z.enum(['user', 'admin']);

export const user = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    role: userRole,
    locale: z
      .string()
      .nullable()
      .describe('BCP 47 tag the app and emails speak to this user; null follows the browser'),
    time_zone: z
      .string()
      .nullable()
      .describe("IANA zone of the user's own clock; null follows the browser"),
    language: language
      .nullable()
      .describe(
        'The language the user reads messages in: their `locale`’s when it is one the messenger ' +
          'speaks, else the one their own messages were last written in; null when unknown',
      ),
    avatar_url: z
      .string()
      .nullable()
      .describe('The profile photo (a thumbnail when one exists), readable by any signed-in user'),
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
        locale: 'en-US',
        time_zone: 'America/New_York',
        language: 'en',
        avatar_url: '/api/messaging/attachments/0b6c3a3e-2f43-4b8e-9a51-3c1f0e2d9a10/thumbnail',
        created_at: '2026-11-25T10:00:00.000Z',
      },
    ],
  });
export type User = z.infer<typeof user>;

/** A character that shows: not white space, not a control or an invisible format character. */
const VISIBLE = /[^\s\p{C}\p{Z}\u115F\u1160\u3164\uFFA0]/u;

/** A person's name as others see it: trimmed, and with at least one visible character. */
export const displayName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .refine((name) => VISIBLE.test(name), 'must contain a visible character');

/** A phone number as people write it (spaces, dashes, brackets), kept as E.164 so SMS can use it. */
export const phoneNumber = z
  .string()
  .trim()
  .max(40)
  .overwrite((value) => value.replace(/[\s().-]/g, ''))
  .regex(/^\+[1-9][0-9]{7,14}$/, 'must be an international number such as +351912345678');

export const password = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(256, 'must be at most 256 characters');

/** Whether `tag` is a well-formed BCP 47 language tag, as the platform's Intl reads it. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag, stored canonicalised (`en-us` becomes `en-US`). */
export const languageTag = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isLanguageTag, 'must be a BCP 47 language tag such as en-US or pt-PT')
  .overwrite((tag) => (isLanguageTag(tag) ? Intl.getCanonicalLocales(tag)[0]! : tag));

/**
 * A browser's choice to keep the refresh token out of its scripts' reach: it goes into an
 * `HttpOnly` cookie scoped to `/api/auth`, and the answer's body leaves it out.
 */
const refreshCookie = z
  .boolean()
  .optional()
  .describe(
    'true: set the refresh token as an HttpOnly, SameSite=Strict cookie (path /api/auth) ' +
      'instead of returning it in the body; for browsers',
  );

export const registerBody = z
  .object({
    email: z.email().max(254),
    password,
    name: displayName,
    phone: phoneNumber.optional(),
  })
  .meta({
    examples: [{ email: 'guest@example.com', password: 'correct horse', name: 'Gina Guest' }],
  });

export const registrationConfirmBody = z
  .object({ token: z.string().min(1).max(200), refresh_cookie: refreshCookie })
  .meta({ examples: [{ token: 'q3Yk…' }] });

export const loginBody = z
  .object({
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(256),
    refresh_cookie: refreshCookie,
  })
  .meta({ examples: [{ email: 'guest@example.com', password: 'correct horse' }] });

export const refreshBody = z
  .object({
    refresh_token: z
      .string()
      .min(1)
      .max(4096)
      .optional()
      .describe("Absent: the refresh cookie's (see `refresh_cookie` on login)"),
    refresh_cookie: refreshCookie,
  })
  .meta({ examples: [{ refresh_token: 'eyJhbGciOiJIUzI1NiJ9…' }] });

export const session = z
  .object({
    user,
    access_token: z.string(),
    refresh_token: z
      .string()
      .optional()
      .describe('Absent when it was set as the HttpOnly refresh cookie instead'),
    expires_in: z.number().int().describe('Seconds until the access token expires'),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof session>;

export const updateProfileBody = z
  .object({
    name: displayName.optional(),
    phone: phoneNumber
      .nullable()
      .optional()
      .describe('E.164 after removing spaces, dashes and brackets; null removes it'),
    locale: languageTag.nullable().optional().describe('null follows the browser'),
    language: language
      .nullable()
      .optional()
      .describe(
        'Sets `locale` to this language (keeping its region when it already speaks it); null ' +
          'as for `locale`. Not with a `locale` of another language',
      ),
    time_zone: timeZoneName.nullable().optional().describe('null follows the browser'),
    avatar_id: z
      .uuid()
      .nullable()
      .optional()
      .describe(
        'An image the caller uploaded (POST /api/messaging/attachments) that nothing uses yet; null removes the photo',
      ),
  })
  .refine(
    (body) =>
      !body.locale ||
      body.language === undefined ||
      languageOfLocale(body.locale) === body.language,
    { path: ['language'], message: 'is not the language of `locale`' },
  )
  .meta({
    examples: [{ name: 'Gina Guest', locale: 'pt-PT', time_zone: 'Europe/Lisbon' }],
  });
export type UpdateProfileBody = z.infer<typeof updateProfileBody>;

export const changePasswordBody = z
  .object({ current_password: z.string().min(1).max(256), new_password: password })
  .meta({ examples: [{ current_password: 'correct horse', new_password: 'battery staple' }] });

export const passwordResetBody = z
  .object({ email: z.string().trim().min(1).max(254) })
  .meta({ examples: [{ email: 'guest@example.com' }] });

export const passwordResetConfirmBody = z
  .object({ token: z.string().min(1).max(200), password })
  .meta({ examples: [{ token: 'q3Yk…', password: 'battery staple' }] });

export const emailChangeBody = z
  .object({ password: z.string().min(1).max(256), new_email: z.email().max(254) })
  .meta({ examples: [{ password: 'correct horse', new_email: 'gina@example.org' }] });

export const emailChangeConfirmBody = z
  .object({ token: z.string().min(1).max(200) })
  .meta({ examples: [{ token: 'q3Yk…' }] });

export const deleteAccountBody = z
  .object({ password: z.string().min(1).max(256) })
  .meta({ examples: [{ password: 'correct horse' }] });

export const accepted = z
  .object({ status: z.literal('accepted') })
  .meta({ examples: [{ status: 'accepted' }] });
