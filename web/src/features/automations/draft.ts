import type {
  Automation,
  AutomationTrigger,
  LateBookingPolicy,
  RouteBody,
  routes,
  TemplateTranslations,
} from '@flexbnb/contracts';
import { splitOffset, toOffsetMinutes, type OffsetUnit } from './timing.ts';

/** An automation as its form edits it: the text's source chosen, the offset as amount + unit. */
export interface AutomationDraft {
  name: string;
  source: 'quick_reply' | 'message';
  quick_reply_id: string;
  message: string;
  /** `message` in other languages; kept while a template is chosen, but not sent then. */
  translations: TemplateTranslations;
  trigger: AutomationTrigger;
  /** As typed, so that the box can be empty while the host types. */
  offset_amount: string;
  offset_unit: OffsetUnit;
  property_id: string | null;
  late_booking: LateBookingPolicy;
  is_active: boolean;
}

export const EMPTY_DRAFT: AutomationDraft = {
  name: '',
  source: 'quick_reply',
  quick_reply_id: '',
  message: '',
  translations: {},
  trigger: 'before_check_in',
  offset_amount: '2',
  offset_unit: 'days',
  property_id: null,
  late_booking: 'send_now',
  is_active: true,
};

export function automationToDraft(automation: Automation): AutomationDraft {
  const { amount, unit } = splitOffset(automation.offset_minutes);
  return {
    name: automation.name,
    source: automation.quick_reply_id ? 'quick_reply' : 'message',
    quick_reply_id: automation.quick_reply_id ?? '',
    message: automation.message ?? '',
    translations: automation.translations,
    trigger: automation.trigger,
    offset_amount: String(amount),
    offset_unit: unit,
    property_id: automation.property_id,
    late_booking: automation.late_booking,
    is_active: automation.is_active,
  };
}

/** The draft's `offset_minutes`; NaN when the amount is not a number (the server says why). */
export function draftOffsetMinutes(draft: AutomationDraft): number {
  const amount = draft.offset_amount.trim() === '' ? Number.NaN : Number(draft.offset_amount);
  return toOffsetMinutes(amount, draft.offset_unit);
}

/**
 * A new automation: only the chosen text source is sent (the API refuses both), and the
 * languages only with its own message (a template brings its own; the API refuses them).
 */
export function draftToCreateBody(
  draft: AutomationDraft,
): RouteBody<typeof routes.createAutomation> {
  return {
    name: draft.name,
    ...(draft.source === 'quick_reply'
      ? { quick_reply_id: draft.quick_reply_id }
      : { message: draft.message, translations: draft.translations }),
    trigger: draft.trigger,
    offset_minutes: draftOffsetMinutes(draft),
    ...(draft.property_id && { property_id: draft.property_id }),
    late_booking: draft.late_booking,
    is_active: draft.is_active,
  };
}

/**
 * Every field of an existing automation; the source not chosen is cleared. Its own message
 * goes with all its languages (one removed is left out); with a template none are sent, and
 * the server drops the ones it had.
 */
export function draftToUpdateBody(
  draft: AutomationDraft,
): RouteBody<typeof routes.updateAutomation> {
  const fromTemplate = draft.source === 'quick_reply';
  return {
    name: draft.name,
    quick_reply_id: fromTemplate ? draft.quick_reply_id : null,
    message: fromTemplate ? null : draft.message,
    ...(!fromTemplate && { translations: draft.translations }),
    trigger: draft.trigger,
    offset_minutes: draftOffsetMinutes(draft),
    property_id: draft.property_id,
    late_booking: draft.late_booking,
    is_active: draft.is_active,
  };
}
