import { sql, type SQL } from 'drizzle-orm';
import { REMINDER_OFFSETS } from './reminders.schedule.ts';

/** "2 hours", "1 day", "3 days": how long before its moment a reminder goes out. */
export function offsetText(minutes: number): string {
  const [amount, unit] = minutes % 1440 === 0 ? [minutes / 1440, 'day'] : [minutes / 60, 'hour'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

const MOMENT = {
  check_in_reminder: 'Check-in',
  check_out_reminder: 'Check-out',
  payment_due_reminder: 'Payment due',
} as const;

const literal = (text: string) => sql.raw(`'${text.replace(/'/g, "''")}'`);

/**
 * The texts of the reminders in `judged` (rows `j` with reminder_type, offset_minutes,
 * the moment it is about as `moment`, the property's title, address and timezone, the guest's
 * name and the stay's total), written in SQL so a batch is sent in one statement. Dates and
 * times are the property's wall clock, named with its zone.
 */
export function reminderTexts(): { title: SQL; guestMessage: SQL; hostMessage: SQL } {
  const when = sql`to_char(j.moment at time zone j.timezone, 'FMDD Mon') || ' at ' ||
    to_char(j.moment at time zone j.timezone, 'HH24:MI') || ' (' || j.timezone || ' time)'`;
  const titles = REMINDER_OFFSETS.map(
    ({ type, offsetMinutes }) =>
      sql`when j.reminder_type = ${literal(type)} and j.offset_minutes = ${sql.raw(String(offsetMinutes))}
        then ${literal(`${MOMENT[type]} in ${offsetText(offsetMinutes)}`)}`,
  );
  return {
    title: sql`(case ${sql.join(titles, sql` `)} else 'Reminder' end) || ' · ' || j.property_title`,
    guestMessage: sql`case j.reminder_type
      when 'check_in_reminder' then 'Your check-in at ' || j.property_title || ' is on ' || ${when}
        || '. Address: ' || j.address || '.'
      when 'check_out_reminder' then 'Your check-out from ' || j.property_title || ' is on '
        || ${when} || '.'
      else 'The payment for your stay at ' || j.property_title || ' is due on ' || ${when}
        || coalesce(': ' || j.total_price::text, '') || '.'
    end`,
    hostMessage: sql`case j.reminder_type
      when 'check_in_reminder' then j.guest_name || ' checks in at ' || j.property_title || ' on '
        || ${when} || '.'
      when 'check_out_reminder' then j.guest_name || ' checks out of ' || j.property_title
        || ' on ' || ${when} || '.'
    end`,
  };
}
