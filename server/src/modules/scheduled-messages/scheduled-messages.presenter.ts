import type { Automation, ScheduledMessage } from '@flexbnb/contracts';
import { localIso } from '../reminders/index.ts';
import type { AutomationRow, ScheduledView } from './scheduled-messages.repo.ts';

export function presentAutomation(row: AutomationRow): Automation {
  return {
    id: row.id,
    name: row.name,
    quick_reply_id: row.quickReplyId,
    message: row.message,
    translations: row.translations ?? {},
    trigger: row.trigger,
    offset_minutes: row.offsetMinutes,
    property_id: row.propertyId,
    late_booking: row.lateBooking,
    is_active: row.isActive,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** `rendered`: its text as it would go out now, and what it lacks for that. */
export function presentScheduled(
  view: ScheduledView,
  rendered: { text: string; missing: string[] },
): ScheduledMessage {
  const { row } = view;
  return {
    id: row.id,
    sender_id: row.senderId,
    reservation_id: row.reservationId,
    conversation_id: row.conversationId,
    automation:
      row.automationId && view.automationName !== null
        ? { id: row.automationId, name: view.automationName }
        : null,
    scheduled_for: row.scheduledFor.toISOString(),
    scheduled_for_local: localIso(row.scheduledFor, view.timezone),
    timezone: view.timezone,
    status: row.status,
    // A sent message as it went out; one still waiting as it would go out now.
    message: view.sentText ?? rendered.text,
    template: view.template ?? '',
    is_quick_reply: view.templateIsQuickReply || row.quickReplyId !== null,
    is_edited: row.automationId !== null && row.message !== null,
    missing_placeholders:
      row.status === 'scheduled' || row.status === 'held' ? rendered.missing : [],
    sent_at: row.sentAt?.toISOString() ?? null,
    sent_message_id: row.sentMessageId,
    created_at: row.createdAt.toISOString(),
  };
}
