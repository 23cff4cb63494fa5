import {
  API_KEY_SCOPES,
  ATTACHMENT_KINDS,
  AUDIT_ACTIONS,
  AUTOMATION_TRIGGERS,
  SERVER_ROLES,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  JOB_STATES,
  NOTIFICATION_TYPES,
  QUICK_REPLY_CATEGORIES,
  LANGUAGES,
  REMINDER_STATUSES,
  REMINDER_TYPES,
  LATE_BOOKING_POLICIES,
  RESERVATION_STATUSES,
  SCHEDULED_MESSAGE_STATUSES,
  SCREENING_POLICIES,
  TRANSLATION_PROVIDERS,
  type ReplyQuote,
  type ScreeningKind,
  type TemplateTranslations,
  type SystemLine,
} from '@flexbnb/contracts';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Every time is kept to the millisecond, like the JavaScript Dates it comes from and goes back
// to: a paging cursor made from a row's time then names exactly that row's time.
const createdAt = () =>
  timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

/** The hour a time falls in, as `conversations.activity_hour` keeps it. */
const listOf = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A column of texts by language holds an object whose keys are languages the messenger speaks. */
const onlyLanguages = (column: AnyPgColumn) =>
  sql`${column} is null or (jsonb_typeof(${column}) = 'object'
    and ${column} - ${sql.raw(`array[${listOf(LANGUAGES)}]`)} = '{}'::jsonb)`;

export const activityHourOf = (time: SQL) =>
  sql`date_bin('1 hour', ${time}, timestamptz '2000-01-01 00:00:00+00')`;

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash'),
    role: text('role', { enum: ['user', 'admin'] })
      .notNull()
      .default('user'),
    externalSubject: text('external_subject'),
    disabledAt: timestamp('disabled_at', { withTimezone: true, precision: 3 }),
    /** Last sign-in, session refresh, or socket connect or disconnect: activity for admins. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, precision: 3 }),
    /** BCP 47: the language the app and the user's emails speak; null follows the browser. */
    locale: text('locale'),
    /** IANA: the zone of the user's own clock; null follows the browser. */
    timeZone: text('time_zone'),
    /**
     * The language the user's own messages were last detected in: who has not chosen a
     * language (`locale`) reads translations into this one.
     */
    detectedLanguage: text('detected_language'),
    /**
     * When the user deleted their account: the row stays, emptied, so that the other side
     * of each conversation keeps its messages, from a "Former user".
     */
    deletedAt: timestamp('deleted_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    // Search finds guests by name, misspelt too (pg_trgm).
    index('users_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    uniqueIndex('users_external_subject_key').on(t.externalSubject),
    check('users_role_check', sql`${t.role} in ('user', 'admin')`),
    check('users_detected_language_check', sql.raw(`detected_language in (${listOf(LANGUAGES)})`)),
  ],
);

/** Rotating refresh tokens: a used or revoked one can't be presented again. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The sign-in: every token refreshed from one login shares it, and ends with it. */
    familyId: uuid('family_id').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    index('refresh_tokens_user_idx').on(t.userId),
    index('refresh_tokens_family_idx').on(t.familyId),
  ],
);

export const ACCOUNT_TOKEN_PURPOSES = ['password_reset', 'email_change'] as const;

/**
 * Single-use links sent by email: a password reset, or the confirmation of a new address
 * (`new_email`). Only the token's SHA-256 is kept.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ACCOUNT_TOKEN_PURPOSES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    newEmail: text('new_email'),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('account_tokens_token_hash_key').on(t.tokenHash),
    index('account_tokens_user_idx').on(t.userId, t.purpose),
    check(
      'account_tokens_purpose_check',
      sql.raw(`purpose in (${ACCOUNT_TOKEN_PURPOSES.map((p) => `'${p}'`).join(', ')})`),
    ),
    check(
      'account_tokens_new_email_check',
      sql`(${t.purpose} = 'email_change') = (${t.newEmail} is not null)`,
    ),
  ],
);

/**
 * A sign-up waiting for its emailed link: the account is created only when the link is
 * followed, so that registering never tells whether an address has an account. Only the
 * token's SHA-256 is kept; the password is kept hashed, as an account's is.
 */
export const pendingRegistrations = pgTable(
  'pending_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('pending_registrations_token_hash_key').on(t.tokenHash),
    index('pending_registrations_expires_idx').on(t.expiresAt),
  ],
);

/** Key-value settings the nodes share, such as the generated token-signing secret. */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

/** A text search configuration's name (`english`, `simple`…). */
const regconfig = customType<{ data: string }>({ dataType: () => 'regconfig' });

export const properties = pgTable(
  'properties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hostId: uuid('host_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    address: text('address').notNull(),
    timezone: text('timezone').notNull().default('UTC'),
    checkInTime: text('check_in_time').notNull().default('15:00'),
    checkOutTime: text('check_out_time').notNull().default('11:00'),
    // What hosts put in their messages; the guest sees the door code and the wifi password
    // only around a confirmed stay (properties.presenter.ts).
    wifiName: text('wifi_name'),
    wifiPassword: text('wifi_password'),
    doorCode: text('door_code'),
    parkingInfo: text('parking_info'),
    houseManualUrl: text('house_manual_url'),
    emergencyPhone: text('emergency_phone'),
    /** BCP 47: how dates and times are written in the property's messages. */
    locale: text('locale').notNull().default('en-US'),
    /** The price of a night, in `currency`; null while the host has not set one. */
    nightlyRate: numeric('nightly_rate', { precision: 10, scale: 2 }),
    /** ISO 4217. */
    currency: text('currency').notNull().default('USD'),
    // The stemming of the property's messages, worked out once per property rather than in
    // every send (messenger_search_config in migration 0014).
    /** The platform's own id of the property, when a platform keeps it in sync (`PUT /api/platform/properties/<id>/`). */
    externalId: text('external_id'),
    /**
     * The platform's API key that synced the property last: its `screening_policy`, when set,
     * screens the property's conversations in place of the installation's.
     */
    apiKeyId: uuid('api_key_id').references((): AnyPgColumn => apiKeys.id, {
      onDelete: 'set null',
    }),
    searchConfig: regconfig('search_config')
      .notNull()
      .generatedAlwaysAs(sql`messenger_search_config(locale)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('properties_host_idx').on(t.hostId),
    uniqueIndex('properties_external_id_key').on(t.externalId),
    index('properties_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    check(
      'properties_check_in_time_check',
      sql`${t.checkInTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
    check(
      'properties_check_out_time_check',
      sql`${t.checkOutTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
    check('properties_nightly_rate_check', sql`${t.nightlyRate} >= 0`),
    check('properties_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const reservations = pgTable(
  'reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id')
      .notNull()
      .references(() => properties.id),
    guestId: uuid('guest_id')
      .notNull()
      .references(() => users.id),
    checkIn: date('check_in', { mode: 'string' }).notNull(),
    checkOut: date('check_out', { mode: 'string' }).notNull(),
    guests: integer('guests').notNull().default(1),
    totalPrice: numeric('total_price', { precision: 12, scale: 2 }),
    paymentDueAt: timestamp('payment_due_at', { withTimezone: true, precision: 3 }),
    status: text('status', { enum: RESERVATION_STATUSES }).notNull().default('pending'),
    /** The platform's own id of the reservation, when a platform keeps it in sync. */
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('reservations_property_idx').on(t.propertyId),
    index('reservations_guest_idx').on(t.guestId),
    uniqueIndex('reservations_external_id_key').on(t.externalId),
    check('reservations_dates_check', sql`${t.checkOut} > ${t.checkIn}`),
    check('reservations_guests_check', sql`${t.guests} > 0`),
    check('reservations_status_check', sql.raw(`status in (${listOf(RESERVATION_STATUSES)})`)),
    // Also: reservations_no_overlap, an exclusion constraint (migration 0010) that keeps two
    // confirmed or completed stays of one property from sharing a night; Drizzle cannot
    // declare one.
  ],
);

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    propertyId: uuid('property_id')
      .notNull()
      .references(() => properties.id),
    guestId: uuid('guest_id')
      .notNull()
      .references(() => users.id),
    hostId: uuid('host_id')
      .notNull()
      .references(() => users.id),
    reservationId: uuid('reservation_id').references(() => reservations.id),
    isArchivedByGuest: boolean('is_archived_by_guest').notNull().default(false),
    isArchivedByHost: boolean('is_archived_by_host').notNull().default(false),
    // Denormalised so the inbox and the badges never count messages: kept in step by
    // the message service inside the transaction that changes the messages.
    lastSeq: integer('last_seq').notNull().default(0),
    lastMessageId: uuid('last_message_id'),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true, precision: 3 }),
    // The inbox order: creation, then every message; archiving does not move a thread.
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true, precision: 3 })
      .notNull()
      .defaultNow(),
    // What the inbox indexes instead of the exact time: the hour of the last activity. A send
    // updates this row's hot columns (last message, activity, unread counts), none of them
    // indexed, so the update is heap-only (HOT): no index entry is written and page pruning
    // reclaims the old version without a vacuum. Only the first message of an hour moves the
    // index. The inbox reads the index hour by hour and sorts each hour's threads by time.
    activityHour: timestamp('activity_hour', { withTimezone: true, precision: 3 })
      .notNull()
      .generatedAlwaysAs(activityHourOf(sql`last_activity_at`)),
    guestUnreadCount: integer('guest_unread_count').notNull().default(0),
    hostUnreadCount: integer('host_unread_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('conversations_property_guest_key')
      .on(t.propertyId, t.guestId)
      .where(sql`${t.reservationId} is null`),
    uniqueIndex('conversations_property_guest_reservation_key')
      .on(t.propertyId, t.guestId, t.reservationId)
      .where(sql`${t.reservationId} is not null`),
    // No index reads a column a send changes (see activity_hour), nor filters on one.
    index('conversations_host_activity_hour_idx').on(t.hostId, t.activityHour.desc()),
    index('conversations_guest_activity_hour_idx').on(t.guestId, t.activityHour.desc()),
    check('conversations_participants_check', sql`${t.guestId} <> ${t.hostId}`),
    check(
      'conversations_unread_check',
      sql`${t.guestUnreadCount} >= 0 and ${t.hostUnreadCount} >= 0`,
    ),
  ],
);

/** A document for full-text search; only PostgreSQL reads it. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * What a message keeps of each of its attachments, in its own row: the thread shows them without
 * a join, and the send's event carries them. `attachments` holds the same and who may fetch.
 */
export interface MessageAttachment {
  id: string;
  kind: (typeof ATTACHMENT_KINDS)[number];
  content_type: string;
  size: number;
  name: string;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  has_thumbnail: boolean;
}

/**
 * What contact screening found in a message sent before its stay was confirmed. When masked,
 * `message` holds the masked text and `original` what the sender wrote (admins read it);
 * flagged, the message is as written.
 */
export interface StoredScreening {
  action: 'masked' | 'flagged' | 'revealed';
  matches: { kind: ScreeningKind; text: string }[];
  original?: string;
}

/** Each emoji under a message and who used it, in order; `message_reactions` is the record. */
export type MessageReactions = { emoji: string; user_ids: string[] }[];

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => users.id),
    receiverId: uuid('receiver_id')
      .notNull()
      .references(() => users.id),
    message: text('message').notNull(),
    isRead: boolean('is_read').notNull().default(false),
    readAt: timestamp('read_at', { withTimezone: true, precision: 3 }),
    isQuickReply: boolean('is_quick_reply').notNull().default(false),
    clientMessageId: text('client_message_id'),
    // A system line: what the messenger wrote about the stay, read from the start. Its
    // sender is whoever made the change.
    systemEvent: jsonb('system_event').$type<SystemLine>(),
    // The message this one answers (same conversation: the send checks) and its quote as sent.
    replyToId: uuid('reply_to_id').references((): AnyPgColumn => messages.id, {
      onDelete: 'set null',
    }),
    replyTo: jsonb('reply_to').$type<ReplyQuote>(),
    // Null when none, so a plain message stores nothing for them.
    attachments: jsonb('attachments').$type<MessageAttachment[]>(),
    reactions: jsonb('reactions').$type<MessageReactions>(),
    // Null for a message screening let through as written (most of them).
    screening: jsonb('screening').$type<StoredScreening>(),
    /** The language the text was detected in when sent; null when too short to tell. */
    language: text('language'),
    editedAt: timestamp('edited_at', { withTimezone: true, precision: 3 }),
    unsentAt: timestamp('unsent_at', { withTimezone: true, precision: 3 }),
    // Stemming follows the property's language (its search_config when the message is sent);
    // system lines and messages of unknown languages use `simple`.
    searchConfig: regconfig('search_config')
      .notNull()
      .default(sql`'simple'::regconfig`),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector(search_config, message)`),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('messages_conversation_seq_key').on(t.conversationId, t.seq),
    // New entries wait in the index's pending list until it is merged into the tree, which
    // the insert that finds the list over its limit does (or a vacuum). At PostgreSQL's
    // default 4 MB that merge held one send for ~100 ms every ~20,000 messages; at 128 kB it
    // takes ~3 ms, for the same work in all (README, Benchmarks).
    index('messages_search_idx').using('gin', t.searchVector).with({ gin_pending_list_limit: 128 }),
    index('messages_reply_to_idx')
      .on(t.replyToId)
      .where(sql`${t.replyToId} is not null`),
    uniqueIndex('messages_client_id_key')
      .on(t.conversationId, t.senderId, t.clientMessageId)
      .where(sql`${t.clientMessageId} is not null`),
    index('messages_unread_idx')
      .on(t.conversationId, t.receiverId)
      .where(sql`not ${t.isRead}`),
    // The admin console's list of screened messages, newest first; few rows have one.
    index('messages_screened_idx')
      .on(t.createdAt.desc())
      .where(sql`${t.screening} is not null`),
    // Empty only for a message of attachments, or one unsent.
    check(
      'messages_length_check',
      sql`char_length(${t.message}) <= 5000 and (char_length(${t.message}) >= 1 or ${t.attachments} is not null or ${t.unsentAt} is not null)`,
    ),
    check(
      'messages_unsent_check',
      sql`${t.unsentAt} is null or (${t.message} = '' and ${t.attachments} is null)`,
    ),
    check('messages_seq_check', sql`${t.seq} > 0`),
    check('messages_language_check', sql.raw(`language in (${listOf(LANGUAGES)})`)),
    check('messages_read_check', sql`${t.isRead} = (${t.readAt} is not null)`),
    check(
      'messages_system_check',
      sql`${t.systemEvent} is null or (jsonb_typeof(${t.systemEvent}) = 'object' and ${t.isRead})`,
    ),
  ],
);

/**
 * A message's columns but those search reads in SQL: what a query that presents messages selects,
 * so a thread never carries their search documents.
 */
export const messageColumns = (() => {
  const { searchConfig, searchVector, ...presented } = getTableColumns(messages);
  void searchConfig;
  void searchVector;
  return presented;
})();
export type MessageRow = Omit<typeof messages.$inferSelect, 'searchConfig' | 'searchVector'>;

export const quickReplyTemplates = pgTable(
  'quick_reply_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hostId: uuid('host_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    propertyId: uuid('property_id').references(() => properties.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    message: text('message').notNull(),
    /** The text in other languages, by language; null when none (see `onlyLanguages`). */
    translations: jsonb('translations').$type<TemplateTranslations>(),
    category: text('category', { enum: QUICK_REPLY_CATEGORIES }).notNull().default('custom'),
    usageCount: integer('usage_count').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('quick_reply_templates_host_usage_idx').on(t.hostId, t.usageCount.desc()),
    check('quick_reply_templates_title_check', sql`char_length(${t.title}) between 1 and 100`),
    check('quick_reply_templates_message_check', sql`char_length(${t.message}) between 1 and 5000`),
    check('quick_reply_templates_usage_check', sql`${t.usageCount} >= 0`),
    check('quick_reply_templates_translations_check', onlyLanguages(t.translations)),
    check(
      'quick_reply_templates_category_check',
      sql.raw(`category in (${QUICK_REPLY_CATEGORIES.map((c) => `'${c}'`).join(', ')})`),
    ),
  ],
);

/**
 * Uploaded files. An upload belongs to its uploader until a send claims it (`message_id`) or a
 * quick reply keeps it (`quick_reply_id`); unclaimed uploads are removed after a day. A quick
 * reply's attachment is copied, sharing its stored object, for each message sent with it, so an
 * object is deleted only when no row names its key.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uploaderId: uuid('uploader_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    quickReplyId: uuid('quick_reply_id').references(() => quickReplyTemplates.id, {
      onDelete: 'set null',
    }),
    /** A photo of a property, shown at `position` (0 first) on its card and page. */
    propertyId: uuid('property_id').references(() => properties.id, { onDelete: 'set null' }),
    position: integer('position'),
    /** The profile photo of this user. */
    profileOf: uuid('profile_of').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ATTACHMENT_KINDS }).notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    name: text('name').notNull(),
    width: integer('width'),
    height: integer('height'),
    durationMs: integer('duration_ms'),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    createdAt: createdAt(),
  },
  (t) => [
    index('attachments_message_idx')
      .on(t.messageId)
      .where(sql`${t.messageId} is not null`),
    index('attachments_quick_reply_idx')
      .on(t.quickReplyId)
      .where(sql`${t.quickReplyId} is not null`),
    index('attachments_property_idx')
      .on(t.propertyId, t.position)
      .where(sql`${t.propertyId} is not null`),
    uniqueIndex('attachments_profile_of_key')
      .on(t.profileOf)
      .where(sql`${t.profileOf} is not null`),
    // The sweep of unclaimed uploads, and counting who still names an object.
    index('attachments_unclaimed_idx')
      .on(t.createdAt)
      .where(
        sql`${t.messageId} is null and ${t.quickReplyId} is null and ${t.propertyId} is null and ${t.profileOf} is null`,
      ),
    index('attachments_storage_key_idx').on(t.storageKey),
    // One owner at most: a message, a quick reply, a property or a profile.
    check(
      'attachments_owner_check',
      sql`num_nonnulls(${t.messageId}, ${t.quickReplyId}, ${t.propertyId}, ${t.profileOf}) <= 1`,
    ),
    check('attachments_position_check', sql`${t.position} >= 0`),
    check('attachments_kind_check', sql.raw(`kind in (${listOf(ATTACHMENT_KINDS)})`)),
    check('attachments_size_check', sql`${t.size} >= 0`),
    check('attachments_name_check', sql`char_length(${t.name}) between 1 and 255`),
  ],
);

/** Who reacted to which message with what: one row per person, message and emoji. */
export const messageReactions = pgTable(
  'message_reactions',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    emoji: text('emoji').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'message_reactions_pkey', columns: [t.messageId, t.userId, t.emoji] }),
    check('message_reactions_emoji_check', sql`char_length(${t.emoji}) between 1 and 32`),
  ],
);

/**
 * Messages machine-translated into a reader's language, one row per message and language,
 * made by a job after the send. An edit deletes them (the text they translate is gone).
 */
export const messageTranslations = pgTable(
  'message_translations',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    text: text('text').notNull(),
    provider: text('provider', { enum: TRANSLATION_PROVIDERS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'message_translations_pkey', columns: [t.messageId, t.language] }),
    check('message_translations_language_check', sql.raw(`language in (${listOf(LANGUAGES)})`)),
    check(
      'message_translations_provider_check',
      sql.raw(`provider in (${listOf(TRANSLATION_PROVIDERS)})`),
    ),
  ],
);

export const MESSAGE_REVISION_ACTIONS = ['edited', 'unsent'] as const;

/**
 * What a message said before each edit or unsend: append-only (a trigger of migration 0014
 * refuses UPDATE and DELETE, so a message with revisions cannot be deleted either), read only
 * by admins. Who acted is copied, as in the audit log.
 */
export const messageRevisions = pgTable(
  'message_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    action: text('action', { enum: MESSAGE_REVISION_ACTIONS }).notNull(),
    /** The text before the change. */
    message: text('message').notNull(),
    /** The attachments before the change (an unsend removes them). */
    attachments: jsonb('attachments').$type<MessageAttachment[]>(),
    actorId: uuid('actor_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('message_revisions_message_revision_key').on(t.messageId, t.revision),
    check('message_revisions_revision_check', sql`${t.revision} > 0`),
    check(
      'message_revisions_action_check',
      sql.raw(`action in (${listOf(MESSAGE_REVISION_ACTIONS)})`),
    ),
  ],
);

export const CHANGE_EVENT_TYPES = [
  'message.created',
  'message.read',
  'message.updated',
  'message.reaction',
  'message.translated',
  'conversation.updated',
  'notification.created',
  'unread.changed',
] as const;

/**
 * Each user's realtime counters, changed only in the statement that records the user's
 * events (see sync.repo.ts), which row-locks them until its transaction ends:
 * - `last_cursor`, the user's last change-event cursor, so a user's cursors commit in order
 *   and without gaps: a reader that sees cursor N knows every cursor below N is committed;
 * - the unread badge: the sum of the user's per-conversation unread counts and how many of
 *   their conversations have any, kept by the same statement that changes those counts, so
 *   reading the badge is one row however big the inbox.
 */
export const userCounters = pgTable(
  'user_counters',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    lastCursor: bigint('last_cursor', { mode: 'number' }).notNull().default(0),
    unreadMessages: integer('unread_messages').notNull().default(0),
    unreadConversations: integer('unread_conversations').notNull().default(0),
    unreadNotifications: integer('unread_notifications').notNull().default(0),
  },
  (t) => [
    check(
      'user_counters_unread_check',
      sql`${t.unreadMessages} >= 0 and ${t.unreadConversations} >= 0 and ${t.unreadConversations} <= ${t.unreadMessages}`,
    ),
    check('user_counters_unread_notifications_check', sql`${t.unreadNotifications} >= 0`),
  ],
);

/** What changed for a user, written with the change: the record that sync reads. */
export const changeEvents = pgTable(
  'change_events',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    cursor: bigint('cursor', { mode: 'number' }).notNull(),
    type: text('type', { enum: CHANGE_EVENT_TYPES }).notNull(),
    // What the event names, as columns: the feed is written twice per message, and a uuid
    // column is 16 bytes where the same in jsonb is a keyed string of 36. No foreign keys:
    // the feed is a log, a name that no longer resolves is skipped (sync.service.ts), and a
    // key check would lock the message the same statement inserted.
    conversationId: uuid('conversation_id'),
    messageId: uuid('message_id'),
    /**
     * What the columns do not say (a read receipt's messages and time). Events written before
     * the columns existed keep everything here, `type` included.
     */
    payload: jsonb('payload'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'change_events_pkey', columns: [t.userId, t.cursor] }),
    // For pruning by age: rows arrive in time order, so a BRIN index (a few pages, nearly
    // free to keep up on every insert) finds the old ones without reading the table.
    index('change_events_created_brin').using('brin', t.createdAt),
    check('change_events_cursor_check', sql`${t.cursor} > 0`),
    check(
      'change_events_subject_check',
      sql`${t.payload} is not null or (${t.type} = 'conversation.updated' and ${t.conversationId} is not null) or (${t.type} in ('message.created', 'message.updated') and ${t.conversationId} is not null and ${t.messageId} is not null)`,
    ),
    check(
      'change_events_type_check',
      sql.raw(`type in (${CHANGE_EVENT_TYPES.map((c) => `'${c}'`).join(', ')})`),
    ),
  ],
);

/**
 * Background jobs (platform/jobs): a row per job, claimed by workers with
 * `FOR UPDATE SKIP LOCKED` and held under a lease (`locked_until`).
 *
 * Laid out for few dead rows, since PostgreSQL may run without autovacuum:
 * - the table is created with fillfactor 50 (in the migration), so a claim's new row version
 *   fits on its page, even when one claim takes every row of the page, and the update is
 *   HOT: no index entry is written, and page pruning reclaims the old version without a
 *   vacuum;
 * - a claim changes only `state`, `attempts` and `locked_until`, none of them indexed or in an
 *   index predicate (the due index keys on `run_at` for rows with no `finished_at`), so it
 *   stays HOT; finishing a job is the one update per job that has to touch an index;
 * - three secondary entries per job at most: the idempotency key, the due index while it is
 *   unfinished and the finished index once it is done, which the prune walks to delete old
 *   completed rows in batches.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    // Unique per kind; the job's id when the caller gives none. Kept after completion (for the
    // retention period) so that enqueuing the same key again still creates nothing.
    idempotencyKey: text('idempotency_key').notNull(),
    payload: jsonb('payload').notNull(),
    state: text('state', { enum: JOB_STATES }).notNull().default('pending'),
    runAt: timestamp('run_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    // Attempts started, counted when claimed (so a crash counts); a graceful release gives
    // the attempt back.
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(10),
    lockedUntil: timestamp('locked_until', { withTimezone: true, precision: 3 }),
    lastError: text('last_error'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('jobs_kind_idempotency_key_key').on(t.kind, t.idempotencyKey),
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.finishedAt} is null`),
    index('jobs_finished_idx')
      .on(t.finishedAt)
      .where(sql`${t.finishedAt} is not null`),
    check('jobs_state_check', sql.raw(`state in (${JOB_STATES.map((s) => `'${s}'`).join(', ')})`)),
    check(
      'jobs_attempts_check',
      sql`${t.maxAttempts} >= 1 and ${t.attempts} >= 0 and ${t.attempts} <= ${t.maxAttempts}`,
    ),
    check('jobs_lease_check', sql`(${t.state} = 'running') = (${t.lockedUntil} is not null)`),
    check(
      'jobs_finished_check',
      sql`(${t.state} in ('completed', 'failed')) = (${t.finishedAt} is not null)`,
    ),
    check('jobs_kind_check', sql`char_length(${t.kind}) between 1 and 100`),
    check('jobs_idempotency_key_check', sql`char_length(${t.idempotencyKey}) between 1 and 200`),
  ],
);

/**
 * What a user is told, in the app and on the channels of `notification_deliveries`. A new
 * message raises one per conversation until its receiver reads it (the partial unique key):
 * the messages that follow join it, so a busy thread writes no notification per message.
 * Raised in the send's own statement, so it keeps to two indexes besides its key: the list
 * (a user's, newest first; the unread filter reads it too) and the thread's unread one.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    notificationType: text('notification_type', { enum: NOTIFICATION_TYPES }).notNull(),
    title: text('title').notNull(),
    message: text('message').notNull(),
    /**
     * What the title and message are worded from (names, dates, counts), so that each reader
     * reads them in their own language; null for a text that is shown as written.
     */
    params: jsonb('params').$type<Record<string, unknown>>(),
    conversationId: uuid('conversation_id').references(() => conversations.id, {
      onDelete: 'cascade',
    }),
    reservationId: uuid('reservation_id').references(() => reservations.id, {
      onDelete: 'cascade',
    }),
    /** The message that raised it (a new message's first unread one); no key, like the feed. */
    messageId: uuid('message_id'),
    /** The channels it was meant for when raised, as the specification writes it: `in_app,push`. */
    deliveryMethod: text('delivery_method').notNull(),
    /** Goes through quiet hours (a guest's message close to the stay, a 2-hour reminder). */
    urgent: boolean('urgent').notNull().default(false),
    isRead: boolean('is_read').notNull().default(false),
    readAt: timestamp('read_at', { withTimezone: true, precision: 3 }),
    emailSent: boolean('email_sent').notNull().default(false),
    emailSentAt: timestamp('email_sent_at', { withTimezone: true, precision: 3 }),
    smsSent: boolean('sms_sent').notNull().default(false),
    smsSentAt: timestamp('sms_sent_at', { withTimezone: true, precision: 3 }),
    pushSent: boolean('push_sent').notNull().default(false),
    pushSentAt: timestamp('push_sent_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    uniqueIndex('notifications_unread_thread_key')
      .on(t.userId, t.conversationId)
      .where(sql`${t.notificationType} = 'new_message' and not ${t.isRead}`),
    check(
      'notifications_type_check',
      sql.raw(`notification_type in (${listOf(NOTIFICATION_TYPES)})`),
    ),
    check('notifications_read_check', sql`${t.isRead} = (${t.readAt} is not null)`),
    check('notifications_title_check', sql`char_length(${t.title}) between 1 and 200`),
  ],
);

/**
 * One row per channel a notification goes out on: its status, attempts and schedule. Each
 * attempt is a job of the backbone (`notifications.deliver`), keyed by the delivery and the
 * attempt, so two workers never send one twice. A first attempt due at once gets its job with
 * the row; one due later (a new message's push and email escalate after a while) gets it from
 * the sweep when due, so a send writes no job for them.
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: DELIVERY_CHANNELS }).notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }),
    sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('notification_deliveries_notification_channel_key').on(t.notificationId, t.channel),
    // The first attempts still to start, by when: what the sweep turns into jobs when due.
    index('notification_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending' and ${t.attempts} = 0`),
    check(
      'notification_deliveries_channel_check',
      sql.raw(`channel in (${listOf(DELIVERY_CHANNELS)})`),
    ),
    check(
      'notification_deliveries_status_check',
      sql.raw(`status in (${listOf(DELIVERY_STATUSES)})`),
    ),
    check('notification_deliveries_attempts_check', sql`${t.attempts} >= 0`),
    check(
      'notification_deliveries_sent_check',
      sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`,
    ),
  ],
);

export const DELIVERY_OUTCOMES = ['sent', 'failed', 'deferred', 'skipped', 'cancelled'] as const;

/** Every try of a delivery and how it ended: the delivery's timeline. */
export const notificationDeliveryAttempts = pgTable(
  'notification_delivery_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => notificationDeliveries.id, { onDelete: 'cascade' }),
    attemptedAt: timestamp('attempted_at', { withTimezone: true, precision: 3 })
      .notNull()
      .defaultNow(),
    outcome: text('outcome', { enum: DELIVERY_OUTCOMES }).notNull(),
    responseCode: text('response_code'),
    error: text('error'),
  },
  (t) => [
    index('notification_delivery_attempts_delivery_idx').on(t.deliveryId, t.attemptedAt),
    check(
      'notification_delivery_attempts_outcome_check',
      sql.raw(`outcome in (${listOf(DELIVERY_OUTCOMES)})`),
    ),
  ],
);

/** A user's channels per notification type; no row means the type's defaults. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    notificationType: text('notification_type', { enum: NOTIFICATION_TYPES }).notNull(),
    email: boolean('email').notNull(),
    sms: boolean('sms').notNull(),
    push: boolean('push').notNull(),
  },
  (t) => [
    primaryKey({ name: 'notification_preferences_pkey', columns: [t.userId, t.notificationType] }),
    check(
      'notification_preferences_type_check',
      sql.raw(`notification_type in (${listOf(NOTIFICATION_TYPES)})`),
    ),
  ],
);

/** A user's quiet hours, in their own time zone; no row means none. */
export const quietHours = pgTable(
  'quiet_hours',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    start: text('start').notNull(),
    end: text('end').notNull(),
    timezone: text('timezone').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('quiet_hours_start_check', sql`${t.start} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check('quiet_hours_end_check', sql`${t.end} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check('quiet_hours_window_check', sql`${t.start} <> ${t.end}`),
  ],
);

/** Browsers' Web Push subscriptions; one a push service calls gone is deleted. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_key').on(t.endpoint),
    index('push_subscriptions_user_idx').on(t.userId),
  ],
);

/**
 * A reservation's automated reminders (the specification's AutomatedReminder): one row per
 * (type, offset) — the key makes a second impossible — rescheduled while not sent. Each
 * scheduled one has a job due at `scheduled_for`; sending marks it sent in the transaction
 * that raises its notifications.
 */
export const automatedReminders = pgTable(
  'automated_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reservationId: uuid('reservation_id')
      .notNull()
      .references(() => reservations.id, { onDelete: 'cascade' }),
    reminderType: text('reminder_type', { enum: REMINDER_TYPES }).notNull(),
    /** How long before the moment it is about (check-in, check-out, payment due). */
    offsetMinutes: integer('offset_minutes').notNull(),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true, precision: 3 }).notNull(),
    status: text('status', { enum: REMINDER_STATUSES }).notNull().default('scheduled'),
    isSent: boolean('is_sent').notNull().default(false),
    sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }),
    /** The guest's notification, once sent. */
    notificationId: uuid('notification_id').references(() => notifications.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('automated_reminders_key').on(t.reservationId, t.reminderType, t.offsetMinutes),
    index('automated_reminders_due_idx')
      .on(t.scheduledFor)
      .where(sql`${t.status} = 'scheduled'`),
    check(
      'automated_reminders_type_check',
      sql.raw(`reminder_type in (${listOf(REMINDER_TYPES)})`),
    ),
    check('automated_reminders_status_check', sql.raw(`status in (${listOf(REMINDER_STATUSES)})`)),
    check('automated_reminders_offset_check', sql`${t.offsetMinutes} > 0`),
    check(
      'automated_reminders_sent_check',
      sql`${t.isSent} = (${t.status} = 'sent') and ${t.isSent} = (${t.sentAt} is not null)`,
    ),
  ],
);

/** A host's message sent on each stay's timeline: a trigger and an offset from it. */
export const automations = pgTable(
  'automations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hostId: uuid('host_id')
      .notNull()
      .references(() => users.id),
    /** Null: every property of the host. */
    propertyId: uuid('property_id').references(() => properties.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The text comes from this template when it is sent, or from `message`. */
    quickReplyId: uuid('quick_reply_id').references(() => quickReplyTemplates.id),
    message: text('message'),
    /** `message` in other languages; null when none (a template brings its own). */
    translations: jsonb('translations').$type<TemplateTranslations>(),
    trigger: text('trigger', { enum: AUTOMATION_TRIGGERS }).notNull(),
    /** Before or after the trigger as it names; after, for `booking_confirmed`. */
    offsetMinutes: integer('offset_minutes').notNull(),
    lateBooking: text('late_booking', { enum: LATE_BOOKING_POLICIES })
      .notNull()
      .default('send_now'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('automations_host_idx').on(t.hostId, t.createdAt),
    check('automations_trigger_check', sql.raw(`trigger in (${listOf(AUTOMATION_TRIGGERS)})`)),
    check(
      'automations_late_booking_check',
      sql.raw(`late_booking in (${listOf(LATE_BOOKING_POLICIES)})`),
    ),
    check('automations_text_check', sql`(${t.quickReplyId} is null) <> (${t.message} is null)`),
    check('automations_offset_check', sql`${t.offsetMinutes} between 0 and 527040`),
    check('automations_name_check', sql`char_length(${t.name}) between 1 and 100`),
    check('automations_translations_check', onlyLanguages(t.translations)),
  ],
);

/**
 * One message due to go out later: an automation's for one stay, or a single message its
 * sender asked to send later. Sent once, by the statement that marks it sent.
 */
export const scheduledMessages = pgTable(
  'scheduled_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => users.id),
    /** An automation's: the stay it is for. */
    reservationId: uuid('reservation_id').references(() => reservations.id, {
      onDelete: 'cascade',
    }),
    automationId: uuid('automation_id').references(() => automations.id, {
      onDelete: 'set null',
    }),
    /** Where it goes: known for a message sent later, found or opened for a stay's. */
    conversationId: uuid('conversation_id').references(() => conversations.id, {
      onDelete: 'cascade',
    }),
    quickReplyId: uuid('quick_reply_id').references(() => quickReplyTemplates.id, {
      onDelete: 'set null',
    }),
    /** This message's own text; null: the automation's, as it is when sent. */
    message: text('message'),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true, precision: 3 }).notNull(),
    status: text('status', { enum: SCHEDULED_MESSAGE_STATUSES }).notNull().default('scheduled'),
    /** Placeholders without a value when it was last due: why it is held. */
    missingPlaceholders: text('missing_placeholders')
      .array()
      .notNull()
      .default(sql`'{}'`),
    clientMessageId: text('client_message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }),
    sentMessageId: uuid('sent_message_id').references(() => messages.id, {
      onDelete: 'set null',
    }),
    lastError: text('last_error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('scheduled_messages_stay_key')
      .on(t.reservationId, t.automationId)
      .where(sql`${t.automationId} is not null`),
    uniqueIndex('scheduled_messages_client_id_key')
      .on(t.conversationId, t.senderId, t.clientMessageId)
      .where(sql`${t.clientMessageId} is not null`),
    index('scheduled_messages_due_idx')
      .on(t.scheduledFor)
      .where(sql`${t.status} = 'scheduled'`),
    index('scheduled_messages_reservation_idx').on(t.reservationId),
    index('scheduled_messages_conversation_idx').on(t.conversationId, t.scheduledFor),
    check(
      'scheduled_messages_status_check',
      sql.raw(`status in (${listOf(SCHEDULED_MESSAGE_STATUSES)})`),
    ),
    check(
      'scheduled_messages_target_check',
      sql`${t.reservationId} is not null or ${t.conversationId} is not null`,
    ),
    check(
      'scheduled_messages_text_check',
      sql`${t.message} is not null or ${t.automationId} is not null or ${t.quickReplyId} is not null
          or ${t.status} not in ('scheduled', 'held')`,
    ),
    check('scheduled_messages_sent_check', sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
    check('scheduled_messages_length_check', sql`char_length(${t.message}) between 1 and 5000`),
  ],
);

/**
 * What admins did, and every conversation they opened for support: append-only (a trigger
 * refuses UPDATE and DELETE). Who acted is copied, not referenced, so an entry outlives its
 * actor's account; a command-line action has no actor id.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    actorEmail: text('actor_email'),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id'),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('audit_log_target_idx').on(t.targetType, t.targetId),
    index('audit_log_actor_idx').on(t.actorId),
    check('audit_log_action_check', sql.raw(`action in (${listOf(AUDIT_ACTIONS)})`)),
    check('audit_log_reason_check', sql`char_length(${t.reason}) <= 500`),
  ],
);

/**
 * The server nodes, each writing its row every few seconds (its heartbeat): who is alive, in
 * which roles, holding how many sockets. A row not refreshed for a minute is a node gone.
 */
export const serverNodes = pgTable(
  'server_nodes',
  {
    id: uuid('id').primaryKey(),
    hostname: text('hostname').notNull(),
    pid: integer('pid').notNull(),
    roles: text('roles', { enum: SERVER_ROLES }).array().notNull(),
    sockets: integer('sockets').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('server_nodes_last_seen_idx').on(t.lastSeenAt)],
);

/**
 * A rental platform's keys to `/api/platform/*`, made by an admin. Only the key's SHA-256 is
 * kept (a key is 32 random bytes, so a fast hash is enough); `prefix` tells keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    scopes: text('scopes', { enum: API_KEY_SCOPES }).array().notNull(),
    /**
     * The contact screening of the conversations about the properties the key synced, in place
     * of the installation's `SCREENING_POLICY`; null follows the installation.
     */
    screeningPolicy: text('screening_policy', { enum: SCREENING_POLICIES }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, precision: 3 }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('api_keys_key_hash_key').on(t.keyHash),
    index('api_keys_created_idx').on(t.createdAt.desc()),
    check('api_keys_name_check', sql`char_length(${t.name}) between 1 and 100`),
    check('api_keys_scopes_check', sql`cardinality(${t.scopes}) >= 1`),
    check(
      'api_keys_screening_policy_check',
      sql.raw(`screening_policy in (${listOf(SCREENING_POLICIES)})`),
    ),
  ],
);

/** A platform's webhook subscription: where to POST which events, signed with `secret`. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    url: text('url').notNull(),
    events: text('events').array().notNull(),
    /** `whsec_` and the base64 of the signing key, as the Standard Webhooks specification writes it. */
    secret: text('secret').notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    /** Deliveries that failed for good in a row; reset by a success. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** Why the messenger turned it off (it kept failing); null when active or turned off by hand. */
    disabledReason: text('disabled_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('webhook_endpoints_url_check', sql`char_length(${t.url}) between 1 and 2000`)],
);

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

/**
 * One event to one endpoint: its id is the `webhook-id` header, the same on every attempt so
 * that the receiver can drop a repeat.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }),
    lastStatusCode: integer('last_status_code'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt.desc()),
    index('webhook_deliveries_created_idx').on(t.createdAt.desc(), t.id.desc()),
    check(
      'webhook_deliveries_status_check',
      sql.raw(`status in (${listOf(WEBHOOK_DELIVERY_STATUSES)})`),
    ),
  ],
);

/** Every attempt of a webhook delivery: what the receiver answered, and how fast. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attemptedAt: timestamp('attempted_at', { withTimezone: true, precision: 3 }).notNull(),
    /** Null when no answer came (refused, timed out, address not allowed). */
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms').notNull(),
    /** The first 1 KB of the answer's body. */
    responseExcerpt: text('response_excerpt'),
    error: text('error'),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attemptedAt)],
);
