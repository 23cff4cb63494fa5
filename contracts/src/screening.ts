import { z } from 'zod';
import { nonBlank } from './common.ts';
import { screening as de } from './i18n/de/screening.ts';
import { screening as en } from './i18n/en/screening.ts';
import { screening as es } from './i18n/es/screening.ts';
import { screening as fr } from './i18n/fr/screening.ts';
import { screening as pt } from './i18n/pt/screening.ts';

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
 * flags it, `off` does neither. A platform's API key may set its own for the conversations
 * about the properties it syncs (`screening_policy`).
 */
export const SCREENING_POLICIES = ['mask', 'warn', 'off'] as const;
export type ScreeningPolicy = (typeof SCREENING_POLICIES)[number];

export const screeningPolicy = z
  .enum(SCREENING_POLICIES)
  .describe(
    'Contact screening before the booking is confirmed: `mask` hides phone numbers, email ' +
      'addresses, links and payment details from both participants, `warn` sends them as ' +
      'written and flags the message for admins, `off` does neither',
  )
  .meta({ id: 'ScreeningPolicy' });

/**
 * How each kind reads in a masked message whose receiver reads English; the other languages'
 * are in the `screening` namespace of the messenger's texts (`placeholder.<kind>`).
 */
export const SCREENING_PLACEHOLDERS: Record<ScreeningKind, string> = en.placeholder;

/**
 * Every kind's placeholder in every language the messenger speaks, for a client that marks
 * them in a masked text: a masked message reads in its receiver's language, which its sender
 * (who sees it masked too) may not share.
 */
export const SCREENING_PLACEHOLDER_TEXTS: readonly string[] = [
  ...new Set([en, pt, es, fr, de].flatMap((texts) => Object.values(texts.placeholder))),
];

export const screening = z
  .object({
    action: z
      .enum(['masked', 'flagged', 'revealed'])
      .describe(
        '`masked`: what was found is hidden in `message`, from both participants, until the ' +
          'booking is confirmed; each detail reads as a placeholder ("[phone number hidden]") in ' +
          'the language its receiver read when it was sent. `flagged`: sent as written and flagged for admins. `revealed`: ' +
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
    policy: z
      .enum(SCREENING_POLICIES)
      .describe(
        "The policy of the conversation: its platform's (the API key that synced its property), " +
          "else the installation's",
      ),
    kinds: z.array(z.enum(SCREENING_KINDS)),
    matches: z.array(screeningMatch),
    message: z
      .string()
      .describe(
        'The text as the conversation would show it: masked, the placeholders in the language ' +
          'of its receiver',
      ),
  })
  .meta({ id: 'ScreeningCheck' });
export type ScreeningCheck = z.infer<typeof screeningCheck>;
