import type { Reminder } from '@flexbnb/contracts';
import type { ReminderRow } from './reminders.repo.ts';
import { localIso } from './reminders.schedule.ts';

export function presentReminder(row: ReminderRow, timezone: string): Reminder {
  return {
    id: row.id,
    reservation_id: row.reservationId,
    reminder_type: row.reminderType,
    offset_minutes: row.offsetMinutes,
    scheduled_for: row.scheduledFor.toISOString(),
    scheduled_for_local: localIso(row.scheduledFor, timezone),
    timezone,
    status: row.status,
    is_sent: row.isSent,
    sent_at: row.sentAt?.toISOString() ?? null,
    notification_id: row.notificationId,
  };
}
