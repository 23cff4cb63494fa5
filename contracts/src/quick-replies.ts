import { z } from 'zod';
import { isoDateTime, nonBlank } from './common.ts';
import { language, type Language } from './languages.ts';
import { attachment, MAX_ATTACHMENTS_PER_MESSAGE, MESSAGE_MAX_LENGTH } from './messaging.ts';
import { quickReplies } from './i18n/en/quick-replies.ts';

/** The specification's quick reply categories, in its order. */
export const QUICK_REPLY_CATEGORIES = [
  'greeting',
  'booking_confirmation',
  'check_in_instructions',
  'check_out_instructions',
  'amenities_info',
  'directions',
  'house_rules',
  'emergency',
  'thank_you',
  'custom',
] as const;

export const quickReplyCategory = z
  .enum(QUICK_REPLY_CATEGORIES)
  .meta({ id: 'QuickReplyCategory', examples: ['check_in_instructions'] });
export type QuickReplyCategory = z.infer<typeof quickReplyCategory>;

export const QUICK_REPLY_TITLE_MAX_LENGTH = 100;

/**
 * The placeholders a template may contain, each written in braces (`{guest_first_name}`),
 * with what it becomes (the English catalogue's words, which the OpenAPI descriptions use too).
 * The composer can offer them as buttons.
 */
export const QUICK_REPLY_PLACEHOLDERS = quickReplies.placeholders;
export type QuickReplyPlaceholder = keyof typeof QUICK_REPLY_PLACEHOLDERS;

/** How a template becomes a message; shared by the OpenAPI descriptions and the web client. */
export const QUICK_REPLY_RENDERING_RULES =
  'Templates are plain text. Each placeholder in braces is filled from the conversation, its property ' +
  'and its reservation: ' +
  Object.keys(QUICK_REPLY_PLACEHOLDERS)
    .map((p) => `\`{${p}}\``)
    .join(', ') +
  ". Dates, times and amounts are written in the property's locale (a BCP 47 tag such as en-US " +
  'or pt-PT) and dates in its time zone: for en-US dates such as "Sun, Dec 20, 2026", times such ' +
  'as "3:00 PM" and amounts such as "1,234.50"; for pt-PT "domingo, 20/12/2026", "16:00" and ' +
  '"1234,50". A placeholder without a value (the reservation placeholders when the conversation ' +
  'has no reservation, a property detail the host left empty) is never printed: the sentence holding it is left out — a ' +
  'sentence ends at ".", "!" or "?" followed by a space, or at the end of a line — along with the ' +
  'space before it, and a line left empty that way is removed. Anything else in braces, such as ' +
  '`{foo}`, `{{guest_name}}`, HTML or a value that itself contains braces, stays exactly as written: ' +
  'nothing is interpreted or escaped, and filled-in values are never filled in again.';

/**
 * A template's text in other languages, written by the host: the one of the guest's language
 * is sent to them, the template's own `message` to anyone else.
 */
export const templateTranslations = z
  .partialRecord(language, nonBlank(MESSAGE_MAX_LENGTH))
  .describe(
    'The text in other languages, by language code, with the same placeholders: a guest who reads ' +
      'one of them (their profile’s language, or the one they write in) gets that text, anyone ' +
      'else `message`. Dates and amounts in a text of another language than the property’s ' +
      'are written in that language',
  )
  .meta({ id: 'TemplateTranslations' });
export type TemplateTranslations = Partial<Record<Language, string>>;

const quickReplyExample = {
  id: '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
  host_id: '3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69',
  property_id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21',
  property: { id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21', title: 'Seaside loft' },
  title: 'Check-in',
  message:
    'Hi {guest_first_name}! Check-in is on {check_in_date} from {check_in_time}. The key box code is 4711.',
  translations: {
    pt: 'Olá {guest_first_name}! O check-in é a {check_in_date} a partir das {check_in_time}. O código da caixa das chaves é 4711.',
  },
  category: 'check_in_instructions',
  usage_count: 12,
  is_active: true,
  attachments: [],
  created_at: '2026-11-25T10:00:00.000Z',
  updated_at: '2026-11-25T10:00:00.000Z',
};

const propertySummary = z.object({ id: z.uuid(), title: z.string() });

export const quickReply = z
  .object({
    id: z.uuid(),
    host_id: z.uuid(),
    property_id: z
      .uuid()
      .nullable()
      .describe('null: a global template, usable in any conversation'),
    property: propertySummary.nullable(),
    title: z.string(),
    message: z.string().describe('The template, placeholders unfilled'),
    translations: templateTranslations,
    category: quickReplyCategory,
    usage_count: z.number().int().describe('Messages sent with this template'),
    is_active: z.boolean(),
    attachments: z
      .array(attachment)
      .describe(
        'Files sent with the template (the house manual, a parking map), in the order they were uploaded: ' +
          'each message sent from it carries copies of them',
      ),
    created_at: isoDateTime,
    updated_at: isoDateTime,
  })
  .meta({ id: 'QuickReply', examples: [quickReplyExample] });
export type QuickReply = z.infer<typeof quickReply>;

export const quickReplyList = z.array(quickReply).meta({ examples: [[quickReplyExample]] });

export const quickReplyListQuery = z.object({
  category: quickReplyCategory.optional(),
  property_id: z
    .uuid()
    .optional()
    .describe("One of the caller's properties: its templates plus the global ones"),
  include_inactive: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: also the templates switched off with is_active = false'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(1000).optional(),
});

const templateTitle = nonBlank(QUICK_REPLY_TITLE_MAX_LENGTH);
const templateMessage = nonBlank(MESSAGE_MAX_LENGTH);
const templateProperty = z
  .uuid()
  .nullable()
  .describe("One of the caller's properties, or null for a global template");
const templateAttachments = z
  .array(z.uuid())
  .max(MAX_ATTACHMENTS_PER_MESSAGE)
  .describe(
    "The template's attachments: uploads of the caller not sent yet (`POST /api/messaging/attachments/`), " +
      'or ones the template has already (400 for any other id); those it had and are left out are ' +
      'let go. Left out: they stay as they are',
  );

export const createQuickReplyBody = z
  .object({
    title: templateTitle,
    message: templateMessage,
    translations: templateTranslations.optional(),
    category: quickReplyCategory.default('custom'),
    property_id: templateProperty.optional(),
    is_active: z.boolean().default(true),
    attachment_ids: templateAttachments.optional(),
  })
  .meta({
    examples: [
      {
        title: 'Check-in',
        message:
          'Hi {guest_first_name}! Check-in is on {check_in_date} from {check_in_time}. The key box code is 4711.',
        category: 'check_in_instructions',
        property_id: '0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21',
      },
    ],
  });

/** PUT: title, message and category are required; property_id and is_active keep their value when left out. */
export const replaceQuickReplyBody = z
  .object({
    title: templateTitle,
    message: templateMessage,
    translations: templateTranslations
      .optional()
      .describe('Every language the template has: those left out are removed. Left out: kept'),
    category: quickReplyCategory,
    property_id: templateProperty.optional(),
    is_active: z.boolean().optional(),
    attachment_ids: templateAttachments.optional(),
  })
  .meta({
    examples: [
      {
        title: 'Check-in',
        message:
          'Hi {guest_first_name}! Check-in is from {check_in_time}. The key box code is 0815.',
        category: 'check_in_instructions',
        property_id: null,
        is_active: true,
      },
    ],
  });

/** PATCH: any of the fields. */
export const updateQuickReplyBody = replaceQuickReplyBody
  .partial()
  .meta({ examples: [{ is_active: false }] });

export const quickReplyPreviewQuery = z.object({
  conversation_id: z.uuid().describe('A conversation of the caller the template is filled for'),
});

export const quickReplyPreview = z
  .object({
    quick_reply_id: z.uuid(),
    conversation_id: z.uuid(),
    message: z
      .string()
      .describe(
        'The rendered text, as POST /api/messaging/messages/send/ with quick_reply_id would send it; empty when nothing is left',
      ),
    missing_placeholders: z
      .array(z.string())
      .describe('Placeholders the template uses that have no value in this conversation'),
  })
  .meta({
    id: 'QuickReplyPreview',
    examples: [
      {
        quick_reply_id: '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
        conversation_id: 'c0ffee00-1234-4abc-9def-0123456789ab',
        message:
          'Hi Gina! Check-in is on Sun, Dec 20, 2026 from 3:00 PM. The key box code is 4711.',
        missing_placeholders: [],
      },
    ],
  });
export type QuickReplyPreview = z.infer<typeof quickReplyPreview>;
