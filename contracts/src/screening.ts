import { z } from 'zod';
import { nonBlank } from './common.ts';

/**
 * What contact screening looks for in a message sent before the stay is confirmed: a phone
 * number, an email address, a link, or a request to pay outside the platform (an IBAN, a
 * payment service, "bank transfer"…).
 */
export const SCREENING_KINDS = ['phone', 'email', 'link', 'payment'] as const;
export type ScreeningKind = (typeof SCREENING_KINDS)[number];

/**
 * What an installation does with such a message (`SCREENING_POLICY`): `mask` hides what was
 * found from both sides (the original is kept for admins), `warn` sends it as written and
 * flags it, `off` does neither.
 */
export const SCREENING_POLICIES = ['mask', 'warn', 'off'] as const;
export type ScreeningPolicy = (typeof SCREENING_POLICIES)[number];

/** How each kind reads in a masked message. */
export const SCREENING_PLACEHOLDERS: Record<ScreeningKind, string> = {
  phone: '[phone number hidden]',
  email: '[email address hidden]',
  link: '[link hidden]',
  payment: '[payment details hidden]',
};

export const screening = z
  .object({
    action: z
      .enum(['masked', 'flagged', 'revealed'])
      .describe(
        '`masked`: what was found is hidden in `message`, from both participants, until the ' +
          'booking is confirmed. `flagged`: sent as written and flagged for admins. `revealed`: ' +
          'was masked, and shown as written once the stay was confirmed',
      ),
    kinds: z.array(z.enum(SCREENING_KINDS)).describe('What was found, each kind once'),
  })
  .describe('Contact screening of a message sent before the stay was confirmed')
  .meta({ id: 'Screening' });
export type Screening = z.infer<typeof screening>;

export const screeningCheckBody = z
  .object({
    conversation_id: z.uuid(),
    message: nonBlank(5000),
  })
  .meta({
    examples: [
      {
        conversation_id: 'c0ffee00-1234-4abc-9def-0123456789ab',
        message: 'Call me on +351 912 345 678',
      },
    ],
  });

export const screeningMatch = z
  .object({
    kind: z.enum(SCREENING_KINDS),
    start: z.number().int().describe('UTF-16 offset in the text checked'),
    end: z.number().int(),
  })
  .meta({ id: 'ScreeningMatch' });
export type ScreeningMatch = z.infer<typeof screeningMatch>;

export const screeningCheck = z
  .object({
    action: z
      .enum(['none', 'mask', 'warn'])
      .describe(
        'What sending this text now would do: `none` (nothing found, the stay is confirmed, or ' +
          'screening is off), `mask` or `warn`',
      ),
    policy: z.enum(SCREENING_POLICIES),
    kinds: z.array(z.enum(SCREENING_KINDS)),
    matches: z.array(screeningMatch),
    message: z.string().describe('The text as the conversation would show it'),
  })
  .meta({ id: 'ScreeningCheck' });
export type ScreeningCheck = z.infer<typeof screeningCheck>;
