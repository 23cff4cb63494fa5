import { en } from '@flexbnb/contracts/i18n';
import { sql, type SQL } from 'drizzle-orm';
import { sqlText } from '../../platform/i18n.ts';
import { REMINDER_OFFSETS } from './reminders.schedule.ts';

/** The reminders' English texts, the record a notification is stored with. */
const EN = en.notify.reminders;
const GROUP = {
  check_in_reminder: EN.checkIn,
  check_out_reminder: EN.checkOut,
  payment_due_reminder: EN.paymentDue,
} as const;

const literal = (text: string) => sql.raw(`'${text.replace(/'/g, "''")}'`);

/** A reminder's title in English, for its kind and offset (English plurals: one is 1). */
function titleOf(type: keyof typeof GROUP, offsetMinutes: number): SQL {
  const days = offsetMinutes % 1440 === 0;
  const count = days ? offsetMinutes / 1440 : offsetMinutes / 60;
  const texts = GROUP[type];
  const template = days
    ? count === 1
      ? texts.titleDays_one
      : texts.titleDays_other
    : count === 1
      ? texts.titleHours_one
      : texts.titleHours_other;
  return sqlText(template, { count, property: sql`j.property_title` });
}

/**
 * The texts of the reminders in `judged` (rows `j` with reminder_type, offset_minutes,
 * the moment it is about as `moment`, the property's title, address and timezone, the guest's
 * name and the stay's total), written in SQL so a batch is sent in one statement, in English
 * from the `notify` catalogue; `params` is what they are worded from, so that each reader reads
 * them in their language. Dates and times are the property's wall clock, named with its zone.
 */
export function reminderTexts(): {
  title: SQL;
  guestMessage: SQL;
  hostMessage: SQL;
  params: SQL;
} {
  const when = sqlText(EN.moment, {
    date: sql`to_char(j.moment at time zone j.timezone, 'FMDD Mon')`,
    time: sql`to_char(j.moment at time zone j.timezone, 'HH24:MI')`,
    zone: sql`j.timezone`,
  });
  const values = {
    property: sql`j.property_title`,
    when,
    address: sql`j.address`,
    guest: sql`j.guest_name`,
  };
  const titles = REMINDER_OFFSETS.map(
    ({ type, offsetMinutes }) =>
      sql`when j.reminder_type = ${literal(type)} and j.offset_minutes = ${sql.raw(String(offsetMinutes))}
        then ${titleOf(type, offsetMinutes)}`,
  );
  return {
    title: sql`case ${sql.join(titles, sql` `)} else ${sqlText(EN.title, values)} end`,
    guestMessage: sql`case j.reminder_type
      when 'check_in_reminder' then ${sqlText(EN.checkIn.guest, values)}
      when 'check_out_reminder' then ${sqlText(EN.checkOut.guest, values)}
      else coalesce(${sqlText(EN.paymentDue.guest, { ...values, total: sql`j.total_price::text` })},
        ${sqlText(EN.paymentDue.guestWithoutTotal, values)})
    end`,
    hostMessage: sql`case j.reminder_type
      when 'check_in_reminder' then ${sqlText(EN.checkIn.host, values)}
      when 'check_out_reminder' then ${sqlText(EN.checkOut.host, values)}
    end`,
    params: sql`jsonb_build_object('offsetMinutes', j.offset_minutes, 'property', j.property_title,
      'address', j.address, 'timezone', j.timezone,
      'moment', to_char(j.moment at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      'total', j.total_price::text, 'guest', j.guest_name)`,
  };
}
