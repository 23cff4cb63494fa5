import type { AttachmentKind, NotificationType } from '@flexbnb/contracts';
import { en } from '@flexbnb/contracts/i18n';
import { sql, type SQL } from 'drizzle-orm';
import type { QueryBuilder } from 'drizzle-orm/pg-core';
import type { HandlerDeps } from '../../platform/context.ts';
import { messages, notifications, properties, users } from '../../platform/db/schema.ts';
import { on, type EventName, type Subscription } from '../../platform/events/index.ts';
import { sqlText } from '../../platform/i18n.ts';
import { raiseCtes, readCtes } from './notifications.raise.ts';

/**
 * The texts a notification is stored with are English, worded from the `notify` catalogue in
 * SQL (see `sqlText`); `params` keeps what they are worded from, for readers of other
 * languages (see notifications.texts.ts).
 */
const EN = en.notify;

/** A stay's dates in English: "20 Dec – 24 Dec 2026". */
const stayDates = sqlText(EN.stayDates, {
  checkIn: sql`to_char(e.check_in, 'FMDD Mon')`,
  checkOut: sql`to_char(e.check_out, 'FMDD Mon YYYY')`,
});
/** What a stay's texts are worded from: its property and dates (ISO). */
const stayParams = sql`jsonb_build_object('property', p.title,
  'checkIn', to_char(e.check_in, 'YYYY-MM-DD'), 'checkOut', to_char(e.check_out, 'YYYY-MM-DD'))`;

const count = sql`jsonb_array_length(e.attachments)::text`;
const SENT: Record<AttachmentKind, 'sentPhotos' | 'sentVoiceMessages' | 'sentFiles'> = {
  image: 'sentPhotos',
  audio: 'sentVoiceMessages',
  file: 'sentFiles',
};
const byKind = (form: 'one' | 'other') =>
  sql.join(
    Object.entries(SENT).map(
      ([kind, key]) =>
        sql`when ${sql.raw(`'${kind}'`)} then ${sqlText(EN.newMessage[`${key}_${form}`], { count })}`,
    ),
    sql` `,
  );
/** A message of attachments only, and whether they are of several kinds. */
const attachmentsOnly = sql`e.message = '' and coalesce(jsonb_array_length(e.attachments), 0) > 0`;
const severalKinds = sql`(select count(distinct a->>'kind') from jsonb_array_elements(e.attachments) a) > 1`;

/**
 * A new message's text in its notification (what the in-app list and the SMS show): its own,
 * or for a message of attachments only what it sent, worded as `sentAttachmentsText` words it.
 */
const newMessageText = sql`case
  when not (${attachmentsOnly}) then left(e.message, 500)
  when ${severalKinds} then ${sqlText(EN.newMessage.sentAttachments, { count })}
  when jsonb_array_length(e.attachments) = 1 then case e.attachments->0->>'kind' ${byKind('one')} end
  else case e.attachments->0->>'kind' ${byKind('other')} end
end`;
/** Its sender, and for attachments only how many of which kind (`mixed` for several). */
const newMessageParams = sql`jsonb_build_object('sender', sender.name) || case
  when not (${attachmentsOnly}) then '{}'::jsonb
  else jsonb_build_object('sent', jsonb_build_object('count', jsonb_array_length(e.attachments),
    'kind', case when ${severalKinds} then 'mixed' else e.attachments->0->>'kind' end))
end`;

/**
 * Notifications are raised and read in the statement of the event that causes them, so a
 * send stays one round trip: the in-app notification, its deliveries and their jobs commit
 * with the message, or not at all. What they raised or read goes on to the change feed
 * (`outputs.notifications`).
 */
export function notificationsHandlers(deps: HandlerDeps): Subscription[] {
  /** Raises notifications of `types` from the rows `drafts` selects from the event. */
  const raising = (
    event: EventName,
    types: readonly NotificationType[],
    drafts: (source: SQL) => SQL,
  ) =>
    on(event, {
      name: `notifications.raise.${event}`,
      sql: (source: SQL, qb: QueryBuilder) => {
        const { ctes, changes, wake } = raiseCtes(
          qb,
          `notify_${event.replace('.', '_')}`,
          { rows: drafts(source), types },
          deps.config.notifications,
        );
        return { ctes, result: wake, outputs: { notifications: changes } };
      },
    });

  return [
    // One notification per thread until its receiver reads it: later messages join it (the
    // email lists them all), so a busy thread costs a key lookup per message, not a row.
    raising(
      'message.created',
      ['new_message'],
      (source) => sql`
        select null::uuid as id, e.receiver_id as user_id, 'new_message'::text as notification_type,
               ${sqlText(EN.newMessage.title, { sender: sql`sender.name` })} as title,
               ${newMessageText} as message, ${newMessageParams} as params, e.conversation_id, null::uuid as reservation_id, e.message_id,
               false as urgent, e.created_at
        from ${source} e join ${users} sender on sender.id = e.sender_id`,
    ),
    raising(
      'reservation.created',
      ['booking_request'],
      (source) => sql`
        select null::uuid as id, e.host_id as user_id, 'booking_request'::text as notification_type,
               ${sqlText(EN.bookingRequest.title)} as title,
               ${sqlText(EN.bookingRequest.message, { guest: sql`guest.name`, property: sql`p.title`, dates: stayDates })} as message,
               ${stayParams} || jsonb_build_object('guest', guest.name) as params,
               null::uuid as conversation_id, e.reservation_id, null::uuid as message_id,
               false as urgent, now() as created_at
        from ${source} e
        join ${users} guest on guest.id = e.guest_id
        join ${properties} p on p.id = e.property_id`,
    ),
    raising(
      'reservation.confirmed',
      ['booking_confirmed'],
      (source) => sql`
        select null::uuid as id, e.guest_id as user_id, 'booking_confirmed'::text as notification_type,
               ${sqlText(EN.bookingConfirmed.title)} as title,
               ${sqlText(EN.bookingConfirmed.message, { property: sql`p.title`, dates: stayDates })} as message,
               ${stayParams} as params, null::uuid as conversation_id, e.reservation_id, null::uuid as message_id,
               false as urgent, now() as created_at
        from ${source} e join ${properties} p on p.id = e.property_id`,
    ),
    raising(
      'reservation.declined',
      ['booking_declined'],
      (source) => sql`
        select null::uuid as id, e.guest_id as user_id, 'booking_declined'::text as notification_type,
               ${sqlText(EN.bookingDeclined.title)} as title,
               ${sqlText(EN.bookingDeclined.message, { property: sql`p.title`, dates: stayDates })} as message,
               ${stayParams} as params, null::uuid as conversation_id, e.reservation_id, null::uuid as message_id,
               false as urgent, now() as created_at
        from ${source} e join ${properties} p on p.id = e.property_id`,
    ),
    // The side that did not cancel is told.
    raising(
      'reservation.cancelled',
      ['booking_cancelled'],
      (source) => sql`
        select null::uuid as id,
               case when e.cancelled_by = e.guest_id then e.host_id else e.guest_id end as user_id,
               'booking_cancelled'::text as notification_type,
               ${sqlText(EN.bookingCancelled.title)} as title,
               case when e.cancelled_by = e.guest_id
                 then ${sqlText(EN.bookingCancelled.byGuest, { guest: sql`guest.name`, property: sql`p.title`, dates: stayDates })}
                 else ${sqlText(EN.bookingCancelled.byHost, { property: sql`p.title`, dates: stayDates })}
               end as message,
               ${stayParams} || jsonb_build_object('guest', guest.name,
                 'by', case when e.cancelled_by = e.guest_id then 'guest' else 'host' end) as params,
               null::uuid as conversation_id, e.reservation_id, null::uuid as message_id,
               false as urgent, now() as created_at
        from ${source} e
        join ${users} guest on guest.id = e.guest_id
        join ${properties} p on p.id = e.property_id`,
    ),
    // A reminder tells its guest, under the id the reminder names, and the host of check-in
    // and check-out ones.
    raising(
      'reminder.sent',
      ['check_in_reminder', 'check_out_reminder', 'payment_due_reminder'],
      (source) => sql`
        select e.guest_notification_id as id, e.guest_id as user_id,
               e.reminder_type as notification_type, e.title, e.guest_message as message,
               e.params || '{"audience": "guest"}'::jsonb as params, null::uuid as conversation_id, e.reservation_id, null::uuid as message_id,
               e.urgent, e.sent_at as created_at
        from ${source} e
        union all
        select null::uuid, e.host_id, e.reminder_type, e.title, e.host_message,
               e.params || '{"audience": "host"}'::jsonb, null::uuid, e.reservation_id, null::uuid, e.urgent, e.sent_at
        from ${source} e where e.host_message is not null`,
    ),
    // Its sender is told a scheduled message waits for details only they can fill in.
    raising(
      'scheduled_message.held',
      ['scheduled_message_held'],
      (source) => sql`
        select null::uuid as id, e.sender_id as user_id,
               'scheduled_message_held'::text as notification_type, e.title, e.message,
               e.params, e.conversation_id, e.reservation_id, null::uuid as message_id,
               false as urgent, now() as created_at
        from ${source} e`,
    ),
    // Every active admin is told that a platform's webhook endpoint was turned off.
    raising(
      'webhook.disabled',
      ['webhook_disabled'],
      (source) => sql`
        select null::uuid as id, admin.id as user_id,
               'webhook_disabled'::text as notification_type,
               ${sqlText(EN.webhookDisabled.title)} as title,
               ${sqlText(EN.webhookDisabled.message, { url: sql`e.url`, reason: sql`e.reason`, endpointId: sql`e.endpoint_id::text` })} as message,
               jsonb_build_object('url', e.url, 'reason', e.reason, 'endpointId', e.endpoint_id)
                 as params,
               null::uuid as conversation_id, null::uuid as reservation_id,
               null::uuid as message_id, false as urgent, now() as created_at
        from ${source} e
        join ${users} admin on admin.role = 'admin' and admin.disabled_at is null
          and admin.deleted_at is null`,
    ),
    // Reading a whole thread reads its new-message notification, and whatever of it had not
    // gone out yet (a push or email waiting to escalate) never will.
    on('message.read', {
      name: 'notifications.read-with-thread',
      sql: (source, qb) => {
        const { ctes, changes } = readCtes(
          qb,
          'notify_message_read',
          sql`select e.reader_id as user_id, n.id as notification_id, e.read_at
              from ${source} e
              join ${notifications} n on n.user_id = e.reader_id
                and n.conversation_id = e.conversation_id
                and n.notification_type = 'new_message' and not n.is_read
              where e.unread_after = 0`,
        );
        return { ctes, outputs: { notifications: changes } };
      },
    }),
    // A new message's notification says what the message says now: what its sender took back
    // is not left readable in the list, nor in an email, push or SMS that goes out later. The
    // notification is found as raised: the receiver's, at the message's own time.
    on('message.updated', {
      name: 'notifications.follow-message',
      sql: (source, qb) => ({
        ctes: [
          qb.$with('notify_message_updated', {}).as(sql`
            update ${notifications} n set message = case when m.unsent_at is not null
                then ${sqlText(EN.newMessage.unsent)} else left(m.message, 500) end,
              params = case when m.unsent_at is not null
                then (n.params - 'sent') || '{"unsent": true}'::jsonb
                else n.params - 'sent' - 'unsent' end
            from ${source} e join ${messages} m on m.id = e.message_id
            where e.change in ('edited', 'unsent')
              and n.user_id = m.receiver_id and n.created_at = m.created_at
              and n.message_id = m.id and n.notification_type = 'new_message'
            returning n.id`),
        ],
      }),
    }),
  ];
}
