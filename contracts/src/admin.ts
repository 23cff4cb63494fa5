import { z } from 'zod';
import { userRole } from './auth.ts';
import { isoDate, isoDateTime, nonBlank } from './common.ts';
import { automationTrigger, scheduledMessage } from './automations.ts';
import { ATTACHMENT_KINDS, MESSAGE_KINDS, systemLine } from './messaging.ts';
import {
  deliveryAttempt,
  deliveryChannel,
  deliveryStatus,
  notificationType,
} from './notifications.ts';
import { quickReplyCategory } from './quick-replies.ts';
import { SCREENING_KINDS } from './screening.ts';
import { reminderStatus, reminderType, reservationStatus } from './reservations.ts';

/**
 * The admin API (`/api/admin/*`): every list is filtered, sorted and paged on the server.
 * Lists answer a JSON array like the rest of the API, the next page's URL in `Link` and the
 * number of rows matching the filters in `X-Total-Count`.
 */

/** Rows per page when `limit` is absent. */
export const ADMIN_PAGE_SIZE = 25;

/** The header that carries how many rows match an admin list's filters, over every page. */
export const TOTAL_COUNT_HEADER = 'x-total-count';

/**
 * `sort`: one of the list's keys, `-` in front for descending (`-created_at`). A list's
 * default is its first key as written in `sorts` (with its sign).
 */
export function sortParam<const K extends readonly [string, ...string[]]>(
  keys: K,
  fallback: string,
) {
  const values = keys.flatMap((k) => [k, `-${k}`]) as [string, ...string[]];
  return z
    .enum(values)
    .optional()
    .describe(
      `One of ${keys.map((k) => `\`${k}\``).join(', ')}; \`-\` in front for descending. Default \`${fallback}\``,
    );
}

const listPaging = {
  limit: z.coerce.number().int().min(1).max(200).optional().describe(`Default ${ADMIN_PAGE_SIZE}`),
  cursor: z.string().max(200).optional(),
};
const search = z.string().trim().max(200).optional().describe('Words to look for');

export const ADMIN_USER_SORTS = ['created_at', 'name', 'email', 'last_seen_at'] as const;
export const ADMIN_USER_STATUSES = ['active', 'disabled'] as const;
export const adminUserStatus = z.enum(ADMIN_USER_STATUSES);

export const adminUserListQuery = z.object({
  q: search.describe('Part of the name or email'),
  role: userRole.optional(),
  status: adminUserStatus.optional(),
  sort: sortParam(ADMIN_USER_SORTS, '-created_at'),
  ...listPaging,
});

export const adminUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    role: userRole,
    status: adminUserStatus,
    disabled_at: isoDateTime.nullable(),
    last_seen_at: isoDateTime
      .nullable()
      .describe('When the account last signed in, refreshed its session or had a socket open'),
    messages_sent: z.number().int(),
    properties: z.number().int().describe('Properties the user hosts'),
    created_at: isoDateTime,
  })
  .meta({ id: 'AdminUser' });
export type AdminUser = z.infer<typeof adminUser>;

export const adminReasonBody = z
  .object({
    reason: z.string().trim().max(500).optional().describe('Why; written to the audit log'),
  })
  .meta({ examples: [{ reason: 'Asked for by the guest on the phone' }] });

export const setRoleBody = z
  .object({
    role: userRole,
    reason: adminReasonBody.shape.reason,
  })
  .meta({ examples: [{ role: 'admin', reason: 'Joins the operations team' }] });

const personRef = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
const propertyRef = z.object({ id: z.uuid(), title: z.string() });

export const ADMIN_PROPERTY_SORTS = ['created_at', 'title', 'host_name', 'reservations'] as const;
export const adminPropertyListQuery = z.object({
  q: search.describe('Part of the title, address or host name'),
  host_id: z.uuid().optional(),
  sort: sortParam(ADMIN_PROPERTY_SORTS, '-created_at'),
  ...listPaging,
});

export const adminProperty = z
  .object({
    id: z.uuid(),
    title: z.string(),
    address: z.string(),
    timezone: z.string(),
    host: personRef,
    reservations: z.number().int(),
    conversations: z.number().int(),
    created_at: isoDateTime,
  })
  .meta({ id: 'AdminProperty' });
export type AdminProperty = z.infer<typeof adminProperty>;

export const ADMIN_RESERVATION_SORTS = ['check_in', 'created_at', 'status'] as const;
export const adminReservationListQuery = z.object({
  q: search.describe("Part of the property's title or the guest's name or email"),
  status: reservationStatus.optional(),
  property_id: z.uuid().optional(),
  sort: sortParam(ADMIN_RESERVATION_SORTS, '-check_in'),
  ...listPaging,
});

export const adminReservation = z
  .object({
    id: z.uuid(),
    status: reservationStatus,
    check_in: isoDate,
    check_out: isoDate,
    guests: z.number().int(),
    property: propertyRef.extend({ timezone: z.string() }),
    guest: personRef,
    host: personRef,
    payment_due_at: isoDateTime.nullable(),
    created_at: isoDateTime,
  })
  .meta({ id: 'AdminReservation' });
export type AdminReservation = z.infer<typeof adminReservation>;

export const ADMIN_CONVERSATION_SORTS = ['last_message_at', 'created_at', 'messages'] as const;
export const adminConversationListQuery = z.object({
  q: search.describe("Part of a participant's name or email, or of the property's title"),
  user_id: z.uuid().optional().describe('Conversations this user takes part in'),
  property_id: z.uuid().optional(),
  reservation_id: z.uuid().optional(),
  sort: sortParam(ADMIN_CONVERSATION_SORTS, '-last_message_at'),
  ...listPaging,
});

/** A conversation as the console lists it: who and when, never what was said. */
export const adminConversation = z
  .object({
    id: z.uuid(),
    property: propertyRef,
    guest: personRef,
    host: personRef,
    reservation_id: z.uuid().nullable(),
    messages: z.number().int(),
    last_message_at: isoDateTime.nullable(),
    created_at: isoDateTime,
  })
  .meta({ id: 'AdminConversation' });
export type AdminConversation = z.infer<typeof adminConversation>;

export const adminReminder = z
  .object({
    id: z.uuid(),
    reminder_type: reminderType,
    offset_minutes: z.number().int(),
    status: reminderStatus,
    scheduled_for: isoDateTime,
    scheduled_for_local: z
      .string()
      .describe("`scheduled_for` in the property's time zone, ISO-8601 with its offset"),
    sent_at: isoDateTime.nullable(),
    sent_at_local: z.string().nullable(),
    timezone: z.string(),
    reservation: z.object({
      id: z.uuid(),
      status: reservationStatus,
      check_in: isoDate,
      check_out: isoDate,
    }),
    property: propertyRef,
    guest: personRef,
  })
  .meta({ id: 'AdminReminder' });
export type AdminReminder = z.infer<typeof adminReminder>;

export const adminPropertyDetail = z
  .object({
    property: adminProperty,
    reservations: z.array(adminReservation).describe('The latest 50 by check-in'),
    conversations: z.array(adminConversation).describe('The latest 50 by activity'),
  })
  .meta({ id: 'AdminPropertyDetail' });

export const adminReservationDetail = z
  .object({
    reservation: adminReservation,
    conversations: z.array(adminConversation),
    reminders: z.array(adminReminder),
    scheduled_messages: z.array(scheduledMessage),
  })
  .meta({ id: 'AdminReservationDetail' });

export const supportViewBody = z
  .object({
    reason: nonBlank(500).describe('Why the conversation is opened; written to the audit log'),
  })
  .meta({ examples: [{ reason: 'The guest reports a message they did not receive' }] });

/** How many of a conversation's latest messages a support view shows. */
export const SUPPORT_VIEW_MESSAGES = 500;

/** What support sees of an attachment: what it was, never its content. */
export const adminAttachmentRef = z
  .object({
    id: z.uuid(),
    kind: z.enum(ATTACHMENT_KINDS),
    content_type: z.string(),
    name: z.string(),
    size: z.number().int(),
  })
  .meta({ id: 'AdminAttachmentRef' });

/** One entry of a message's revision log: what it said before its sender changed it. */
export const adminMessageRevision = z
  .object({
    revision: z.number().int().describe('1 for the first change, then 2, 3…'),
    action: z.enum(['edited', 'unsent']),
    message: z.string().describe('The text before this change'),
    attachments: z.array(adminAttachmentRef).describe('The attachments before this change'),
    actor_id: z.uuid(),
    created_at: isoDateTime.describe('When the change was made'),
  })
  .meta({ id: 'AdminMessageRevision' });
export type AdminMessageRevision = z.infer<typeof adminMessageRevision>;

/** What contact screening found in a message, with the text as its sender wrote it. */
export const adminScreening = z
  .object({
    action: z.enum(['masked', 'flagged', 'revealed']),
    original: z.string().describe('The text as its sender wrote it'),
    matches: z
      .array(z.object({ kind: z.enum(SCREENING_KINDS), text: z.string() }))
      .describe('What was found, in the order it appears'),
  })
  .meta({ id: 'AdminScreening' });
export type AdminScreening = z.infer<typeof adminScreening>;

export const adminConversationView = z
  .object({
    conversation: adminConversation,
    messages: z
      .array(
        z.object({
          id: z.uuid(),
          seq: z.number().int(),
          sender: z.object({ id: z.uuid(), name: z.string() }),
          kind: z.enum(MESSAGE_KINDS),
          system: systemLine.nullable(),
          message: z.string().describe('As it reads now: empty once unsent'),
          attachments: z.array(adminAttachmentRef).describe('As it has them now'),
          is_read: z.boolean(),
          screening: adminScreening
            .nullable()
            .describe('What contact screening found when it was sent (or last edited)'),
          edited_at: isoDateTime.nullable(),
          unsent_at: isoDateTime.nullable(),
          revisions: z
            .array(adminMessageRevision)
            .describe(
              'Its revision log, oldest first: every earlier text, which only admins can read',
            ),
          created_at: isoDateTime,
        }),
      )
      .describe(`The latest ${SUPPORT_VIEW_MESSAGES}, oldest first`),
    truncated: z.boolean().describe('Older messages exist beyond those shown'),
    audit_id: z.uuid().describe('The audit-log entry this view wrote'),
  })
  .meta({ id: 'AdminConversationView' });
export type AdminConversationView = z.infer<typeof adminConversationView>;

export const adminScreenedMessageListQuery = z.object({
  action: z
    .enum(['masked', 'flagged', 'revealed'])
    .optional()
    .describe('Only messages screening treated so'),
  ...listPaging,
});

export const adminScreenedMessage = z
  .object({
    id: z.uuid(),
    conversation_id: z.uuid(),
    property: propertyRef,
    sender: personRef,
    receiver: personRef,
    message: z.string().describe('As the conversation shows it'),
    screening: adminScreening,
    created_at: isoDateTime,
  })
  .meta({ id: 'AdminScreenedMessage' });
export type AdminScreenedMessage = z.infer<typeof adminScreenedMessage>;

export const ADMIN_QUICK_REPLY_SORTS = ['created_at', 'title', 'usage_count'] as const;
export const adminQuickReplyListQuery = z.object({
  q: search.describe('Part of the title or text'),
  host_id: z.uuid().optional(),
  category: quickReplyCategory.optional(),
  sort: sortParam(ADMIN_QUICK_REPLY_SORTS, '-created_at'),
  ...listPaging,
});

export const adminQuickReply = z
  .object({
    id: z.uuid(),
    title: z.string(),
    message: z.string(),
    category: quickReplyCategory,
    host: personRef,
    property: propertyRef.nullable(),
    usage_count: z.number().int(),
    is_active: z.boolean(),
    created_at: isoDateTime,
  })
  .meta({ id: 'AdminQuickReply' });
export type AdminQuickReply = z.infer<typeof adminQuickReply>;

export const ADMIN_AUTOMATION_SORTS = ['created_at', 'name'] as const;
export const adminAutomationListQuery = z.object({
  q: search.describe('Part of the name or text'),
  host_id: z.uuid().optional(),
  trigger: automationTrigger.optional(),
  sort: sortParam(ADMIN_AUTOMATION_SORTS, '-created_at'),
  ...listPaging,
});

export const adminAutomation = z
  .object({
    id: z.uuid(),
    name: z.string(),
    trigger: automationTrigger,
    offset_minutes: z.number().int(),
    host: personRef,
    property: propertyRef.nullable(),
    quick_reply: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    message: z.string().nullable(),
    is_active: z.boolean(),
    scheduled: z.number().int().describe('Its messages still to send'),
    created_at: isoDateTime,
  })
  .meta({ id: 'AdminAutomation' });
export type AdminAutomation = z.infer<typeof adminAutomation>;

export const ADMIN_NOTIFICATION_SORTS = ['created_at'] as const;
export const adminNotificationListQuery = z.object({
  type: notificationType.optional(),
  channel: deliveryChannel.optional().describe('Those with a delivery on this channel'),
  status: deliveryStatus.optional().describe('Those with a delivery in this status'),
  user_id: z.uuid().optional(),
  sort: sortParam(ADMIN_NOTIFICATION_SORTS, '-created_at'),
  ...listPaging,
});

export const adminNotification = z
  .object({
    id: z.uuid(),
    user: personRef,
    notification_type: notificationType,
    title: z.string(),
    message: z.string(),
    is_read: z.boolean(),
    conversation_id: z.uuid().nullable(),
    reservation_id: z.uuid().nullable(),
    deliveries: z.array(
      z.object({
        id: z.uuid(),
        channel: deliveryChannel,
        status: deliveryStatus,
        attempts: z.number().int(),
      }),
    ),
    created_at: isoDateTime,
  })
  .meta({ id: 'AdminNotification' });
export type AdminNotification = z.infer<typeof adminNotification>;

export const ADMIN_DELIVERY_SORTS = ['updated_at', 'created_at', 'attempts'] as const;
export const adminDeliveryListQuery = z.object({
  status: deliveryStatus.optional(),
  channel: deliveryChannel.optional(),
  type: notificationType.optional(),
  user_id: z.uuid().optional(),
  sort: sortParam(ADMIN_DELIVERY_SORTS, '-updated_at'),
  ...listPaging,
});

export const adminDelivery = z
  .object({
    id: z.uuid(),
    channel: deliveryChannel,
    status: deliveryStatus,
    attempts: z.number().int(),
    next_attempt_at: isoDateTime.nullable(),
    sent_at: isoDateTime.nullable(),
    last_error: z.string().nullable(),
    provider_message_id: z.string().nullable(),
    notification: z.object({
      id: z.uuid(),
      notification_type: notificationType,
      title: z.string(),
    }),
    user: personRef,
    created_at: isoDateTime,
    updated_at: isoDateTime,
  })
  .meta({ id: 'AdminDelivery' });
export type AdminDelivery = z.infer<typeof adminDelivery>;

export const adminDeliveryDetail = adminDelivery
  .extend({ history: z.array(deliveryAttempt).describe('Every attempt, oldest first') })
  .meta({ id: 'AdminDeliveryDetail' });
export type AdminDeliveryDetail = z.infer<typeof adminDeliveryDetail>;

export const retryFailedBody = z
  .object({
    channel: deliveryChannel.optional().describe('Only this channel’s failed deliveries'),
  })
  .meta({ examples: [{ channel: 'email' }, {}] });
export const retryFailedResult = z.object({
  retried: z.number().int().describe('Failed deliveries put back in the queue'),
});

/** Per channel: what waits, and how long the oldest due one has waited. */
export const deliveryQueue = z
  .array(
    z.object({
      channel: deliveryChannel,
      pending: z.number().int().describe('Pending, due now or later'),
      due: z.number().int().describe('Pending and due now'),
      deferred: z.number().int().describe('Held by quiet hours'),
      failed: z.number().int(),
      oldest_due_at: isoDateTime.nullable(),
      oldest_due_age_seconds: z
        .number()
        .int()
        .nullable()
        .describe('How long the oldest due delivery has waited'),
    }),
  )
  .meta({ id: 'DeliveryQueue' });
export type DeliveryQueue = z.infer<typeof deliveryQueue>;

export const ADMIN_REMINDER_SORTS = ['scheduled_for', 'sent_at'] as const;
export const adminReminderListQuery = z.object({
  status: reminderStatus.optional(),
  reminder_type: reminderType.optional(),
  property_id: z.uuid().optional(),
  reservation_id: z.uuid().optional(),
  sort: sortParam(ADMIN_REMINDER_SORTS, 'scheduled_for'),
  ...listPaging,
});

export const runDueRemindersResult = z.object({
  sent: z.number().int(),
  skipped: z.number().int().describe('Check-in and check-out reminders of stays not confirmed'),
});

/** A background job's states (the `jobs` table's). */
export const JOB_STATES = ['pending', 'running', 'completed', 'failed'] as const;
export const ADMIN_JOB_SORTS = ['run_at', 'created_at'] as const;
export const adminJobListQuery = z.object({
  state: z.enum(JOB_STATES).optional(),
  kind: z.string().max(100).optional(),
  sort: sortParam(ADMIN_JOB_SORTS, 'run_at'),
  ...listPaging,
});
export const adminJob = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    state: z.enum(JOB_STATES),
    attempts: z.number().int(),
    max_attempts: z.number().int(),
    run_at: isoDateTime,
    last_error: z.string().nullable(),
    created_at: isoDateTime,
    finished_at: isoDateTime.nullable(),
  })
  .meta({ id: 'AdminJob' });
export type AdminJob = z.infer<typeof adminJob>;

export const SERVER_ROLES = ['api', 'worker'] as const;

export const dashboard = z
  .object({
    generated_at: isoDateTime,
    totals: z.object({
      users: z.number().int(),
      admins: z.number().int(),
      disabled_users: z.number().int(),
      properties: z.number().int(),
      reservations: z.number().int(),
      conversations: z.number().int(),
      messages: z.number().int(),
    }),
    messages_today: z.number().int().describe('Since midnight UTC'),
    messages_per_day: z
      .array(z.object({ date: isoDate, count: z.number().int() }))
      .describe('The last 30 days (UTC), oldest first, today included; days without any are 0'),
    notifications_by_channel: z
      .array(
        z.object({
          channel: z.enum(['in_app', 'email', 'sms', 'push']),
          status: z.string().describe('For in_app: `read` or `unread`; else a delivery status'),
          count: z.number().int(),
        }),
      )
      .describe('Over the last 30 days'),
    delivery_success: z
      .array(
        z.object({
          channel: deliveryChannel,
          sent: z.number().int(),
          failed: z.number().int(),
          rate: z
            .number()
            .nullable()
            .describe('sent / (sent + failed) over the last 30 days; null when neither'),
        }),
      )
      .describe('Per channel'),
    reminders: z.object({
      scheduled: z.number().int(),
      overdue: z.number().int().describe('Scheduled for a time already past'),
      failed: z.number().int(),
    }),
    jobs: z.object({
      pending: z.number().int(),
      running: z.number().int(),
      failed: z.number().int(),
      oldest_due_age_seconds: z.number().int().nullable(),
    }),
    nodes: z
      .array(
        z.object({
          id: z.uuid(),
          hostname: z.string(),
          pid: z.number().int(),
          roles: z.array(z.enum(SERVER_ROLES)),
          sockets: z.number().int(),
          started_at: isoDateTime,
          last_seen_at: isoDateTime,
        }),
      )
      .describe('The server nodes alive: each says it is every few seconds'),
  })
  .meta({ id: 'AdminDashboard' });
export type Dashboard = z.infer<typeof dashboard>;

export const AUDIT_ACTIONS = [
  'user.disabled',
  'user.enabled',
  'user.role_changed',
  'conversation.viewed',
  'delivery.retried',
  'deliveries.retried',
  'reminders.run',
  'api_key.created',
  'api_key.updated',
  'api_key.revoked',
  'webhook.redelivered',
] as const;
export const auditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditAction>;

export const ADMIN_AUDIT_SORTS = ['created_at'] as const;
export const auditLogQuery = z.object({
  actor_id: z.uuid().optional(),
  action: auditAction.optional(),
  target_type: z.string().max(50).optional(),
  target_id: z.uuid().optional(),
  sort: sortParam(ADMIN_AUDIT_SORTS, '-created_at'),
  ...listPaging,
});

export const auditEntry = z
  .object({
    id: z.uuid(),
    actor: z
      .object({ id: z.uuid().nullable(), name: z.string(), email: z.string().nullable() })
      .describe('Who acted; as they were named then (a command-line action has no id)'),
    action: auditAction,
    target_type: z.string().describe('`user`, `conversation`, `delivery`, …'),
    target_id: z.uuid().nullable(),
    reason: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    created_at: isoDateTime,
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntry>;
