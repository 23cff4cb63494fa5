import { z } from 'zod';
import {
  accepted,
  changePasswordBody,
  deleteAccountBody,
  emailChangeBody,
  emailChangeConfirmBody,
  loginBody,
  passwordResetBody,
  passwordResetConfirmBody,
  refreshBody,
  registerBody,
  registrationConfirmBody,
  session,
  updateProfileBody,
  user,
} from './auth.ts';
import { errorBody, idParams, paging } from './common.ts';
import { demoAccount } from './demo.ts';
import { screeningCheck, screeningCheckBody } from './screening.ts';
import { translationStatus } from './languages.ts';
import {
  apiKey,
  type ApiKeyScope,
  createApiKeyBody,
  createdApiKey,
  externalIdParams,
  IMPORT_MAX_LINE_BYTES,
  IMPORT_MAX_LINES,
  importAnswerLine,
  importLine,
  platformProperty,
  platformReservation,
  platformUser,
  postPlatformMessageBody,
  updateApiKeyBody,
  upsertPlatformPropertyBody,
  upsertPlatformReservationBody,
  upsertPlatformUserBody,
} from './platform.ts';
import {
  attachment,
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_UPLOAD_FIELD,
  conversation,
  conversationDetail,
  conversationDetailQuery,
  conversationListQuery,
  createConversationBody,
  editMessageBody,
  EDIT_WINDOW_MS,
  markAllReadResult,
  MAX_EMOJIS_PER_PERSON,
  message,
  reactionBody,
  reactionParams,
  searchHit,
  searchQuery,
  sendMessageBody,
  unreadCount,
  UNSEND_WINDOW_MS,
} from './messaging.ts';
import {
  createPropertyBody,
  property,
  propertyListQuery,
  updatePropertyBody,
} from './properties.ts';
import {
  createQuickReplyBody,
  QUICK_REPLY_CATEGORIES,
  QUICK_REPLY_RENDERING_RULES,
  quickReply,
  quickReplyList,
  quickReplyListQuery,
  quickReplyPreview,
  quickReplyPreviewQuery,
  replaceQuickReplyBody,
  updateQuickReplyBody,
} from './quick-replies.ts';
import {
  delivery,
  markAllNotificationsReadResult,
  messageDeliveries,
  notification,
  notificationListQuery,
  notificationSettings,
  pushSubscription,
  pushSubscriptionBody,
  unsubscribeQuery,
  unsubscribeResult,
  updateNotificationSettingsBody,
  vapidPublicKey,
} from './notifications.ts';
import { syncQuery, syncResult } from './realtime.ts';
import {
  adminAutomation,
  adminAutomationListQuery,
  adminConversation,
  adminConversationListQuery,
  adminConversationView,
  adminDelivery,
  adminDeliveryDetail,
  adminDeliveryListQuery,
  adminJob,
  adminJobListQuery,
  adminNotification,
  adminNotificationListQuery,
  adminProperty,
  adminPropertyDetail,
  adminPropertyListQuery,
  adminQuickReply,
  adminQuickReplyListQuery,
  adminScreenedMessage,
  adminScreenedMessageListQuery,
  adminReasonBody,
  adminReminder,
  adminReminderListQuery,
  adminReservation,
  adminReservationDetail,
  adminReservationListQuery,
  adminUser,
  adminUserListQuery,
  auditEntry,
  auditLogQuery,
  dashboard,
  deliveryQueue,
  retryFailedBody,
  retryFailedResult,
  runDueRemindersResult,
  setRoleBody,
  supportViewBody,
} from './admin.ts';
import {
  automation,
  createAutomationBody,
  scheduledMessage,
  SEND_LATER_MAX_DAYS,
  updateAutomationBody,
  updateScheduledMessageBody,
} from './automations.ts';
import {
  createReservationBody,
  reservationListQuery,
  reminder,
  reservation,
  updateReservationBody,
} from './reservations.ts';
import {
  adminWebhookDelivery,
  adminWebhookDeliveryDetail,
  adminWebhookDeliveryListQuery,
  createWebhookBody,
  updateWebhookBody,
  webhookDelivery,
  webhookDeliveryListQuery,
  webhookEndpoint,
  webhookEndpointWithSecret,
} from './webhooks.ts';

/**
 * The HTTP API as one table: every operation the server serves, with its schemas. The server
 * registers its routes from it (and its OpenAPI document follows), and the web client infers
 * each call's request and response types from the entry it calls.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The groups of the API documentation, in the order the docs show them. */
export const API_TAGS = {
  auth: 'Accounts and tokens',
  properties: 'Places to stay and their hosts',
  reservations: 'Bookings of a property by a guest',
  conversations: 'Threads between a guest and the host of a property',
  messages: 'Sending messages and read receipts',
  attachments:
    'Photos, PDFs and voice messages: uploaded first, then sent with a message or kept on a quick reply',
  'quick replies': "A host's saved message templates",
  'scheduled messages':
    "A host's messages sent on each stay's timeline (automations), and messages sent later",
  notifications: 'In-app notifications, their deliveries by email, SMS and push, and preferences',
  realtime: 'Catching up with every change after a cursor (the socket pushes the same events)',
  demo: 'One-click sign-in on a demo database',
  platform:
    "A rental platform's backend keeping its users, properties and reservations in sync, posting messages and receiving webhooks (an API key, never a user's token)",
  health: 'Liveness and readiness probes for load balancers and orchestrators',
  admin:
    'Operating the installation: users, content, deliveries, reminders, the audit log (role `admin` only; everyone else gets 403)',
} as const;
export type ApiTag = keyof typeof API_TAGS;

/** Statuses a route answers with a body of its own; everything from 400 up is `errorBody`. */
type SuccessStatus = 200 | 201 | 202 | 204 | 206;
/** A conditional GET of a file whose `ETag` the client has (see `binary`): no body. */
type NotModifiedStatus = 304;
/**
 * The errors a route lists itself; 400, 401, 413 and 415 follow from its shape (see
 * `ImpliedErrors`), though a public route that checks credentials lists its 401.
 */
type ErrorStatus = 401 | 403 | 404 | 409 | 410 | 416 | 429 | 503;

/** A route as the table writes it; `defineRoutes` adds its operationId and implied errors. */
export interface RouteDefinition {
  method: HttpMethod;
  /** Fastify style (`/api/properties/:id`), without a trailing slash; the server takes both. */
  path: `/${string}`;
  tags: readonly ApiTag[];
  summary: string;
  description?: string;
  /** Answers without a bearer token. */
  public?: boolean;
  /**
   * Called by a rental platform's backend with an API key (`Authorization: Bearer <key>`)
   * that holds this scope, never with a user's token.
   */
  apiKey?: ApiKeyScope;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * The body is not JSON but `multipart/form-data` carrying one file in the field `field`
   * (then there is no `body` schema); its 413 and 415 are about that file.
   */
  upload?: { field: string; description: string };
  /**
   * The success answers (200, 206) are the bytes of a file of one of `contentTypes`, not JSON;
   * their schemas in `responses` only name the statuses.
   */
  binary?: { contentTypes: readonly string[]; description: string };
  /**
   * The body and the answer are NDJSON (`application/x-ndjson`), streamed: one `line` a line
   * in, and a line out for each (then there is no `body` schema; 200's is one answer line).
   */
  ndjson?: { line: z.ZodType; description: string };
  /** The success statuses and their bodies, plus the errors only this operation answers. */
  responses: { readonly [S in SuccessStatus | NotModifiedStatus | ErrorStatus]?: z.ZodType };
}

type ErrorSchemas<S extends number> = { readonly [K in S]: typeof errorBody };

/**
 * The errors every route of this shape can answer: 400 for any request (a URL that does not
 * decode, text no database column can store, a schema's refusal), 401 when a token is needed,
 * and 413 (body over 1 MB) and 415 (body not JSON) for every method that carries a body.
 */
type ImpliedErrors<D extends RouteDefinition> = ErrorSchemas<
  400 | (D['public'] extends true ? never : 401) | (D['method'] extends 'GET' ? never : 413 | 415)
>;

/** Any route of the table, as a server or a client takes it. */
export interface ContractRoute extends Omit<RouteDefinition, 'responses'> {
  operationId: string;
  /** Every status the operation answers, with its body: 2xx their own, 4xx and 5xx `errorBody`. */
  responses: { readonly [status: number]: z.ZodType | undefined };
}

/** A route of the table: its definition with its operationId and every status it answers. */
export type TableRoute<D extends RouteDefinition, Id extends string> = Omit<D, 'responses'> & {
  operationId: Id;
  responses: D['responses'] & ImpliedErrors<D>;
};

/** Names the documented errors of a route: `{ 404: errorBody, 429: errorBody }`. */
function errors<const S extends ErrorStatus>(...statuses: S[]): ErrorSchemas<S> {
  return Object.fromEntries(statuses.map((s) => [s, errorBody])) as ErrorSchemas<S>;
}

/**
 * Turns the table's definitions into routes: each gets its key as `operationId` and the
 * errors its shape implies (see `ImpliedErrors`), so no entry can forget them.
 */
function defineRoutes<const T extends Record<string, RouteDefinition>>(
  definitions: T,
): { [K in keyof T & string]: TableRoute<T[K], K> } {
  return Object.fromEntries(
    Object.entries(definitions).map(([operationId, d]) => [
      operationId,
      {
        ...d,
        operationId,
        responses: {
          ...d.responses,
          ...errors(
            ...([
              ...(d.public ? [] : [401]),
              ...(d.method === 'GET' ? [] : [413, 415]),
            ] as ErrorStatus[]),
          ),
          400: errorBody,
        },
      },
    ]),
  ) as unknown as { [K in keyof T & string]: TableRoute<T[K], K> };
}

const categories = QUICK_REPLY_CATEGORIES.map((c) => `\`${c}\``).join(', ');
const ownership =
  'Only its owner sees or changes a template: anyone else gets 404. `property_id` must be one of ' +
  "the caller's properties (400 otherwise) or null for a global template usable in every conversation.";
const nextLink = "The next page's URL is in the `Link` header.";
const templateFiles =
  '`attachment_ids` (uploads of the caller not sent yet) makes the template keep those files; ' +
  'every message sent from it, by hand or by an automation, carries copies of them.';
const adminList =
  "Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.";

const health = z.object({ status: z.literal('ok') }).meta({ examples: [{ status: 'ok' }] });
const readiness = z
  .object({ status: z.literal('ready') })
  .meta({ examples: [{ status: 'ready' }] });
/** The body of a file's answer (see `RouteDefinition.binary`): its bytes. */
const attachmentBytes = z.string().describe('The bytes of the file');
const notModified = z.null().describe('Not modified');
const deleted = z
  .null()
  .describe('Deleted')
  .meta({ examples: [null] });

/** Every operation of the HTTP API, by operationId. */
export const routes = defineRoutes({
  // auth
  registerUser: {
    method: 'POST',
    path: '/api/auth/register',
    tags: ['auth'],
    public: true,
    summary: 'Sign up: email a link that creates the account',
    description:
      'Always 202 for a valid body, whether or not the address has an account, so the answer ' +
      'tells nothing. A new address gets a link to `/confirm-registration?token=…` that works ' +
      'once, for a day (POST it to `/api/auth/register/confirm`); an address with an account ' +
      'gets an email saying so, with links to sign in and to reset the password. 429 after ' +
      'too many sign-ups, sign-ins or resets from one address.',
    body: registerBody,
    responses: { 202: accepted, ...errors(429) },
  },
  confirmRegistration: {
    method: 'POST',
    path: '/api/auth/register/confirm',
    tags: ['auth'],
    public: true,
    summary: 'Create the account with the emailed sign-up link, and sign in',
    description:
      '201 with a session, as a sign-in answers. 400 `validation_failed` for a token that is ' +
      'unknown, used already or expired; 409 `email_taken` when the address got an account ' +
      'meanwhile.',
    body: registrationConfirmBody,
    responses: { 201: session, ...errors(409) },
  },
  login: {
    method: 'POST',
    path: '/api/auth/login',
    tags: ['auth'],
    public: true,
    summary: 'Sign in with email and password',
    description:
      '401 `invalid_credentials` for an unknown email, a wrong password or a disabled account; ' +
      '429 with `Retry-After` after too many attempts for one email from one address.',
    body: loginBody,
    responses: { 200: session, ...errors(401, 429) },
  },
  refreshToken: {
    method: 'POST',
    path: '/api/auth/refresh',
    tags: ['auth'],
    public: true,
    summary: 'Exchange a refresh token for a new token pair',
    description:
      'Each refresh token works once; the answer carries its replacement (in the cookie when the ' +
      'token came from the cookie). 401 for a refresh token that is expired, used already or ' +
      'revoked. A used one presented again was copied: the whole sign-in it belongs to ends (its ' +
      'refresh tokens, access tokens and sockets), the thief and the owner both sign in again.',
    body: refreshBody,
    responses: { 200: session, ...errors(401) },
  },
  logout: {
    method: 'POST',
    path: '/api/auth/logout',
    tags: ['auth'],
    public: true,
    summary: 'Sign out this device',
    description:
      'Ends the sign-in of the refresh token in the body or the refresh cookie: its refresh ' +
      'tokens, its access tokens (refused from now on) and its sockets; clears the cookie. ' +
      'Always 204: a token already signed out, expired or unknown has nothing left to end.',
    body: refreshBody,
    responses: { 204: deleted },
  },
  getCurrentUser: {
    method: 'GET',
    path: '/api/auth/me',
    tags: ['auth'],
    summary: 'The signed-in user',
    responses: { 200: user },
  },
  updateCurrentUser: {
    method: 'PATCH',
    path: '/api/auth/me',
    tags: ['auth'],
    summary: "Change the signed-in user's profile",
    description:
      'Only the fields sent change. `name` needs a visible character; `locale` is a BCP 47 tag ' +
      "(stored canonicalised), `time_zone` an IANA zone; null resets them to the browser's. " +
      '`avatar_id` is an image the caller uploaded that nothing uses yet (400 otherwise, as for ' +
      "anyone else's upload); the previous photo is released and removed by the hourly sweep.",
    body: updateProfileBody,
    responses: { 200: user },
  },
  deleteCurrentUser: {
    method: 'DELETE',
    path: '/api/auth/me',
    tags: ['auth'],
    summary: 'Delete the signed-in account',
    description:
      'Needs the password (400 when wrong). The account is emptied rather than removed: its ' +
      'messages stay in their conversations, shown from "Former user"; its profile, photo, ' +
      'push subscriptions and notification preferences are erased and every session ends. ' +
      '409 `conflict` while the user has an upcoming pending or confirmed stay, as guest or ' +
      'as host: cancel or decline it first.',
    body: deleteAccountBody,
    responses: { 204: deleted, ...errors(409, 429) },
  },
  changePassword: {
    method: 'POST',
    path: '/api/auth/password',
    tags: ['auth'],
    summary: 'Change the password',
    description:
      '400 when `current_password` is wrong (not 401: the caller is signed in). Every refresh ' +
      'token of the account is revoked, signing out every other session; the answer is a new ' +
      'session for the caller.',
    body: changePasswordBody,
    responses: { 200: session, ...errors(429) },
  },
  requestPasswordReset: {
    method: 'POST',
    path: '/api/auth/password-reset',
    tags: ['auth'],
    public: true,
    summary: 'Email a link to choose a new password',
    description:
      'Always 202, whether or not the address has an account, so the answer tells nothing. ' +
      'An account gets an email with a link to `/reset-password?token=…` that works once, ' +
      'for an hour; it replaces any earlier link. 429 after too many requests for one email ' +
      'from one address.',
    body: passwordResetBody,
    responses: { 202: accepted, ...errors(429) },
  },
  confirmPasswordReset: {
    method: 'POST',
    path: '/api/auth/password-reset/confirm',
    tags: ['auth'],
    public: true,
    summary: 'Set a new password with an emailed link',
    description:
      '204 when the password is set; every session of the account is signed out. 400 ' +
      '`validation_failed` for a token that is unknown, used already, replaced or expired.',
    body: passwordResetConfirmBody,
    responses: { 204: deleted },
  },
  requestEmailChange: {
    method: 'POST',
    path: '/api/auth/email-change',
    tags: ['auth'],
    summary: 'Change the email address, once confirmed',
    description:
      'Needs the password (400 when wrong). Emails a link to `/confirm-email?token=…` to the ' +
      'new address, valid for an hour; the address changes when it is followed. 409 ' +
      '`email_taken` when the address has an account.',
    body: emailChangeBody,
    responses: { 202: accepted, ...errors(409, 429) },
  },
  confirmEmailChange: {
    method: 'POST',
    path: '/api/auth/email-change/confirm',
    tags: ['auth'],
    public: true,
    summary: 'Confirm a new email address with the emailed link',
    description:
      'Answers the user with the new address. 400 for a token unknown, used or expired; 409 ' +
      '`email_taken` when another account took the address meanwhile.',
    body: emailChangeConfirmBody,
    responses: { 200: user, ...errors(409) },
  },
  logoutAll: {
    method: 'POST',
    path: '/api/auth/logout-all',
    tags: ['auth'],
    summary: 'Sign out everywhere',
    description:
      "Ends every sign-in of the caller, this one's too: refresh tokens revoked, access tokens " +
      'refused from now on, sockets closed, the refresh cookie cleared.',
    responses: { 204: deleted },
  },

  // properties
  listProperties: {
    method: 'GET',
    path: '/api/properties',
    tags: ['properties'],
    summary: 'List properties, newest first',
    description: nextLink,
    query: propertyListQuery.extend(paging.shape),
    responses: { 200: z.array(property) },
  },
  createProperty: {
    method: 'POST',
    path: '/api/properties',
    tags: ['properties'],
    summary: 'Create a property hosted by the caller',
    description:
      '400 when `photo_ids` names anything but image uploads of the caller not used elsewhere yet.',
    body: createPropertyBody,
    responses: { 201: property },
  },
  getProperty: {
    method: 'GET',
    path: '/api/properties/:id',
    tags: ['properties'],
    summary: 'One property',
    params: idParams,
    responses: { 200: property, ...errors(404) },
  },
  updateProperty: {
    method: 'PATCH',
    path: '/api/properties/:id',
    tags: ['properties'],
    summary: 'Change a property (its host only)',
    description:
      '404 when it does not exist or the caller does not host it. `photo_ids` replaces the photos, in ' +
      'order; 400 when it names anything but image uploads of the caller not used elsewhere yet or ' +
      'photos of this property.',
    params: idParams,
    body: updatePropertyBody,
    responses: { 200: property, ...errors(404) },
  },

  // reservations
  createReservation: {
    method: 'POST',
    path: '/api/reservations',
    tags: ['reservations'],
    summary: 'Book a property as its guest',
    description: '403 when the caller hosts the property; 404 when it does not exist.',
    body: createReservationBody,
    responses: { 201: reservation, ...errors(403, 404) },
  },
  listReservations: {
    method: 'GET',
    path: '/api/reservations',
    tags: ['reservations'],
    summary: "The caller's reservations, as guest or host, newest first",
    description: `Narrowed by \`role\`, \`status\`, \`when\` and \`property_id\` when given. ${nextLink}`,
    query: reservationListQuery.extend(paging.shape),
    responses: { 200: z.array(reservation) },
  },
  getReservation: {
    method: 'GET',
    path: '/api/reservations/:id',
    tags: ['reservations'],
    summary: 'One reservation (its guest and host only)',
    params: idParams,
    responses: { 200: reservation, ...errors(404) },
  },
  confirmReservation: {
    method: 'POST',
    path: '/api/reservations/:id/confirm',
    tags: ['reservations'],
    summary: 'Confirm a pending reservation (its host only); the guest is notified',
    description:
      '404 when the reservation is not one of the caller’s properties’; 403 for its guest; 409 when it ' +
      'is not pending. Confirming a confirmed one again answers it as it is.',
    params: idParams,
    responses: { 200: reservation, ...errors(403, 404, 409) },
  },
  declineReservation: {
    method: 'POST',
    path: '/api/reservations/:id/decline',
    tags: ['reservations'],
    summary: 'Decline a pending reservation (its host only); the guest is notified',
    description:
      '404 when the reservation is not one of the caller’s properties’; 403 for its guest; 409 when it ' +
      'is not pending. Declining a declined one again answers it as it is.',
    params: idParams,
    responses: { 200: reservation, ...errors(403, 404, 409) },
  },
  cancelReservation: {
    method: 'POST',
    path: '/api/reservations/:id/cancel',
    tags: ['reservations'],
    summary:
      'Cancel a pending or confirmed reservation (its guest or host); reminders not sent are cancelled',
    description:
      '404 when the caller is neither its guest nor its host; 409 when it is declined or completed. ' +
      'Cancelling a cancelled one again answers it as it is.',
    params: idParams,
    responses: { 200: reservation, ...errors(404, 409) },
  },
  updateReservation: {
    method: 'PATCH',
    path: '/api/reservations/:id',
    tags: ['reservations'],
    summary: 'Change the dates, guests or payment due time; reminders not sent are rescheduled',
    description:
      'By the guest while it is pending, by the host until check-in. 403 for the guest of a ' +
      'confirmed reservation; 409 when it can no longer change, or when new dates overlap another ' +
      'confirmed stay of the property; 400 when `check_out` is not after `check_in`.',
    params: idParams,
    body: updateReservationBody,
    responses: { 200: reservation, ...errors(403, 404, 409) },
  },
  completeReservation: {
    method: 'POST',
    path: '/api/reservations/:id/complete',
    tags: ['reservations'],
    summary:
      'Mark a confirmed stay completed after check-out (its host only; a daily job does it too)',
    description:
      '404 when the reservation is not one of the caller’s properties’; 403 for its guest; 409 when it ' +
      'is not confirmed or its check-out has not passed.',
    params: idParams,
    responses: { 200: reservation, ...errors(403, 404, 409) },
  },
  listReservationReminders: {
    method: 'GET',
    path: '/api/reservations/:id/reminders',
    tags: ['reservations'],
    summary: "A reservation's automated reminders, in time order (its guest and host only)",
    params: idParams,
    responses: { 200: z.array(reminder), ...errors(404) },
  },

  // conversations
  listConversations: {
    method: 'GET',
    path: '/api/messaging/conversations',
    tags: ['conversations'],
    summary: "The caller's conversations, newest activity first",
    description:
      '`all`: every conversation; `active`: not archived by the caller; `archived`: archived by the caller; ' +
      '`unread`: with messages the caller has not read. `q` searches the property title, the other ' +
      "person's name and the messages, as `GET /api/messaging/search` does (full-text, typos in names " +
      `and all). ${nextLink}`,
    query: conversationListQuery,
    responses: { 200: z.array(conversation) },
  },
  createConversation: {
    method: 'POST',
    path: '/api/messaging/conversations/create',
    tags: ['conversations'],
    summary: 'Start or reopen a conversation with the host of a property',
    description:
      'One thread per property and guest (per reservation when `reservation_id` is given): an existing ' +
      'thread is returned with 200 instead of a new one with 201. `message`, when given, is sent in it. ' +
      "403 when the caller hosts the property; 404 when the property, or the caller's reservation, does " +
      'not exist; 409 when a racing request changed the thread (try again).',
    body: createConversationBody,
    responses: { 200: conversationDetail, 201: conversationDetail, ...errors(403, 404, 409) },
  },
  getConversation: {
    method: 'GET',
    path: '/api/messaging/conversations/:id',
    tags: ['conversations'],
    summary: 'A conversation with a page of its messages',
    description:
      'The newest page first; pass `before=<id of the oldest message you have>` for older ones ' +
      '(404 when that message is not in this conversation).',
    params: idParams,
    query: conversationDetailQuery,
    responses: { 200: conversationDetail, ...errors(404) },
  },
  archiveConversation: {
    method: 'POST',
    path: '/api/messaging/conversations/:id/archive',
    tags: ['conversations'],
    summary: 'Archive the conversation for the caller (the other side keeps it)',
    params: idParams,
    responses: { 200: conversation, ...errors(404) },
  },
  unarchiveConversation: {
    method: 'POST',
    path: '/api/messaging/conversations/:id/unarchive',
    tags: ['conversations'],
    summary: 'Bring the conversation back to the caller’s inbox',
    params: idParams,
    responses: { 200: conversation, ...errors(404) },
  },
  markConversationRead: {
    method: 'POST',
    path: '/api/messaging/conversations/:id/mark-all-read',
    tags: ['conversations'],
    summary: 'Mark every message the caller received in the conversation as read',
    params: idParams,
    responses: { 200: markAllReadResult, ...errors(404) },
  },
  getUnreadCount: {
    method: 'GET',
    path: '/api/messaging/unread-count',
    tags: ['conversations'],
    summary: 'Unread messages and conversations, for badges',
    responses: { 200: unreadCount },
  },

  // messages
  sendMessage: {
    method: 'POST',
    path: '/api/messaging/messages/send',
    tags: ['messages'],
    summary: 'Send a message to the other participant of a conversation',
    description:
      'A retry with the same `client_message_id` answers 200 with the first message instead of creating another. ' +
      "With `quick_reply_id` (one of the caller's templates; 404 otherwise) and no `message`, the template is " +
      'rendered for the conversation as `GET /api/messaging/quick-replies/{id}/preview/` shows; with both, the ' +
      'given `message` is sent (the client edited the preview). Either way the message has `is_quick_reply` ' +
      'and the template counts one use in the same transaction, once per `client_message_id`. 400 when the ' +
      'template belongs to another property, is inactive, or leaves nothing to send in this conversation. ' +
      '429 with `Retry-After` when the caller spent their per-minute sending budget (REST and socket together). ' +
      '503 `overloaded` with `Retry-After` (and `error.details.retry_after_ms`) while the node is at capacity: ' +
      'send the same body, with the same `client_message_id`, again after that long.\n\n' +
      `With \`send_at\` (a future time within ${SEND_LATER_MAX_DAYS} days) nothing is sent now: the ` +
      'message is scheduled and answered 202 as a `ScheduledMessage`, sent at that time as if sent ' +
      'then (a quick reply rendered then), and cancellable until then ' +
      '(`POST /api/messaging/scheduled-messages/{id}/cancel/`). A retry with the same ' +
      '`client_message_id` answers 202 with the same scheduled message.',
    body: sendMessageBody,
    responses: { 200: message, 201: message, 202: scheduledMessage, ...errors(404, 429, 503) },
  },
  checkScreening: {
    method: 'POST',
    path: '/api/messaging/screening/check',
    tags: ['messages'],
    summary: 'What contact screening would do to a text sent now',
    description:
      'Until a stay of the conversation is confirmed, phone numbers, email addresses, links and requests ' +
      'to pay outside the platform are screened: with the `mask` policy they are hidden from both ' +
      'participants (`message` shows how), with `warn` the text is sent as written and flagged for admins. ' +
      'A composer calls this before sending so the sender can edit. Writes nothing. 404 for a ' +
      "conversation that is not the caller's.",
    body: screeningCheckBody,
    responses: { 200: screeningCheck, ...errors(404) },
  },
  getTranslationStatus: {
    method: 'GET',
    path: '/api/messaging/translation',
    tags: ['messages'],
    summary: 'Whether messages are translated, by which service, between which languages',
    description:
      'With a service configured (`TRANSLATE_URL` for LibreTranslate, or `DEEPL_API_KEY`), each message ' +
      'is translated after it is sent into the language its receiver reads (`GET /api/auth/me/`: ' +
      '`language`) when that differs from the one it was written in; the message then carries ' +
      '`translation` and the receiver gets `message.translated`. Without one, messages read as written.',
    responses: { 200: translationStatus },
  },
  translateMessage: {
    method: 'POST',
    path: '/api/messaging/messages/:id/translate',
    tags: ['messages'],
    summary: 'Ask for a received message in the language the caller reads',
    description:
      'For a message sent before the caller chose their language, or one whose translation failed: ' +
      'the translation is made in the background and arrives as `message.translated`. 202 whether ' +
      'or not one is needed (a message in the caller’s language needs none). 404 for a message the ' +
      'caller did not receive; 409 without a translation service.',
    params: idParams,
    responses: { 202: accepted, ...errors(404, 409) },
  },
  markMessageRead: {
    method: 'POST',
    path: '/api/messaging/messages/:id/read',
    tags: ['messages'],
    summary: 'Mark a message read (its receiver only)',
    params: idParams,
    responses: { 200: message, ...errors(403, 404) },
  },
  editMessage: {
    method: 'PATCH',
    path: '/api/messaging/messages/:id',
    tags: ['messages'],
    summary: 'Edit the text of a message you sent',
    description:
      `Its sender only (403 for the receiver), within ${EDIT_WINDOW_MS / 60_000} minutes of sending ` +
      '(409 after, once unsent, or for a system line). The message gets `edited_at`; the text ' +
      'it had is kept in its revision log, which only admins read, and replies quoting it quote the new ' +
      'text. The same text again changes nothing. Both participants get `message.updated` (for the ' +
      'replies whose quote changed too). 429 with `Retry-After` when the caller spent their per-minute ' +
      'budget for edits, unsends and reactions.',
    params: idParams,
    body: editMessageBody,
    responses: { 200: message, ...errors(403, 404, 409, 429) },
  },
  unsendMessage: {
    method: 'DELETE',
    path: '/api/messaging/messages/:id',
    tags: ['messages'],
    summary: 'Unsend a message you sent',
    description:
      `Its sender only (403 for the receiver), within ${UNSEND_WINDOW_MS / 3_600_000} hours of sending ` +
      '(409 after, or for a system line). Both sides then see it as unsent: empty text, no ' +
      'attachments (no longer served), no reactions, `unsent_at` set; replies quoting it quote nothing. ' +
      'If the receiver had not read it, it counts as read (there is nothing left to read): they get ' +
      '`message.read` and their unread counts drop. What it said is kept in its revision ' +
      'log, which only admins read. Unsending twice answers the unsent message. Both participants get ' +
      '`message.updated` (for the replies whose quote changed too). 429 as for edits.',
    params: idParams,
    responses: { 200: message, ...errors(403, 404, 409, 429) },
  },
  addReaction: {
    method: 'POST',
    path: '/api/messaging/messages/:id/reactions',
    tags: ['messages'],
    summary: 'React to a message with an emoji',
    description:
      'One of each emoji per person per message: reacting again with the same emoji changes nothing. Either ' +
      'participant may react to any message of the conversation but an unsent one (409), with at most ' +
      `${MAX_EMOJIS_PER_PERSON} different emojis per person and message (409 past that). Both participants ` +
      'get `message.reaction`. ' +
      '429 as for edits.',
    params: idParams,
    body: reactionBody,
    responses: { 200: message, ...errors(404, 409, 429) },
  },
  removeReaction: {
    method: 'DELETE',
    path: '/api/messaging/messages/:id/reactions/:emoji',
    tags: ['messages'],
    summary: 'Take back your reaction',
    description:
      'The emoji URL-encoded. Taking back a reaction you did not make changes nothing. Both participants get ' +
      '`message.reaction` when it changed. 429 as for edits.',
    params: reactionParams,
    responses: { 200: message, ...errors(404, 429) },
  },
  searchMessages: {
    method: 'GET',
    path: '/api/messaging/search',
    tags: ['messages'],
    summary: "Search the caller's conversations",
    description:
      'Message text by PostgreSQL full-text search, stemmed in the property\'s language ("noise" finds ' +
      '"noises") with `websearch_to_tsquery` syntax: `"a phrase"`, `or`, `-word`; guest names and property ' +
      'titles by similarity, typos and all. Only conversations the caller takes part in; `property_id` and ' +
      "`conversation_id` narrow it (someone else's finds nothing). Messages are `message` hits, a name or " +
      "title a `conversation` hit at the conversation's last activity; system lines and unsent messages " +
      `are not found. Newest first. ${nextLink}`,
    query: searchQuery,
    responses: { 200: z.array(searchHit) },
  },

  // attachments
  uploadAttachment: {
    method: 'POST',
    path: '/api/messaging/attachments',
    tags: ['attachments'],
    summary: 'Upload a photo, a PDF or a voice message, to send it',
    description:
      `\`multipart/form-data\` with the file in the field \`${ATTACHMENT_UPLOAD_FIELD}\`. What it is comes from its ` +
      'content, never its name or declared type: images (JPEG, PNG, WebP, GIF; HEIC, HEIF and AVIF when ' +
      'the server can read them, stored as JPEG) are re-encoded without their metadata (EXIF, GPS), turned ' +
      'upright, scaled down to 4096 pixels at most on their longest side, and get a JPEG thumbnail; PDFs and ' +
      'audio (WebM, Ogg, MP4/M4A) are kept as sent, audio with its length when it can be read. Anything ' +
      "else is 415 `unsupported_media_type`; a file over the server's `ATTACHMENT_MAX_BYTES` (10 MB unless " +
      'configured) is 413 `payload_too_large` and nothing is kept; an empty file is 400. The name is the ' +
      "file's own, cleaned, with the extension of what it is. Then send it: `attachment_ids` of " +
      '`POST /api/messaging/messages/send/`, or of a quick reply. Only its uploader can use it; an upload ' +
      'not sent or kept on a quick reply within a day is deleted. 429 with `Retry-After` past the ' +
      "caller's uploads per minute.",
    upload: {
      field: ATTACHMENT_UPLOAD_FIELD,
      description: 'The file: an image, a PDF or an audio recording',
    },
    responses: { 201: attachment, ...errors(429) },
  },
  getAttachmentContent: {
    method: 'GET',
    path: '/api/messaging/attachments/:id/content',
    tags: ['attachments'],
    summary: "An attachment's file",
    description:
      'To the participants of the conversation of the message that carries it, and to its uploader ' +
      'while it is not sent or is kept on their quick reply; 404 to anyone else, and to everyone once ' +
      'its message was unsent. `Content-Disposition` names the file; `ETag` with `If-None-Match` ' +
      'answers 304; a single `Range` (`bytes=start-end`, `start-`, `-suffix`) answers 206 with that ' +
      'part, 416 when it starts past the end (for seeking in voice messages).',
    params: idParams,
    binary: {
      contentTypes: Object.values(ATTACHMENT_CONTENT_TYPES).flat(),
      description: 'The file as stored',
    },
    responses: {
      200: attachmentBytes,
      206: attachmentBytes,
      304: notModified,
      ...errors(404, 416),
    },
  },
  getAttachmentThumbnail: {
    method: 'GET',
    path: '/api/messaging/attachments/:id/thumbnail',
    tags: ['attachments'],
    summary: "An image attachment's thumbnail (a JPEG of 320 pixels at most)",
    description:
      'Served as the file is (`getAttachmentContent`); 404 for an attachment without a thumbnail ' +
      '(not an image).',
    params: idParams,
    binary: { contentTypes: ['image/jpeg'], description: 'The thumbnail, a JPEG' },
    responses: {
      200: attachmentBytes,
      206: attachmentBytes,
      304: notModified,
      ...errors(404, 416),
    },
  },

  // quick replies
  listQuickReplies: {
    method: 'GET',
    path: '/api/messaging/quick-replies',
    tags: ['quick replies'],
    summary: "The caller's quick reply templates, most used first",
    description:
      'Active templates only unless `include_inactive=true`; `category` narrows to one category ' +
      `(${categories}); with \`property_id\` (one of the caller's properties, 400 otherwise) that ` +
      "property's templates plus the global ones. Ties in usage are ordered by title. A host's " +
      `first property brings a starter set of one global template per category. ${nextLink}`,
    query: quickReplyListQuery,
    responses: { 200: quickReplyList },
  },
  createQuickReply: {
    method: 'POST',
    path: '/api/messaging/quick-replies/create',
    tags: ['quick replies'],
    summary: 'Create a quick reply template',
    description:
      `\`title\` is 1–100 characters, \`message\` 1–5000; \`category\` is one of ${categories} ` +
      `(default \`custom\`; anything else is a 400). ${ownership} ${templateFiles}\n\n` +
      QUICK_REPLY_RENDERING_RULES,
    body: createQuickReplyBody,
    responses: { 201: quickReply },
  },
  getQuickReply: {
    method: 'GET',
    path: '/api/messaging/quick-replies/:id',
    tags: ['quick replies'],
    summary: 'One quick reply template',
    description: ownership,
    params: idParams,
    responses: { 200: quickReply, ...errors(404) },
  },
  replaceQuickReply: {
    method: 'PUT',
    path: '/api/messaging/quick-replies/:id',
    tags: ['quick replies'],
    summary: 'Replace a quick reply template',
    description:
      '`title`, `message` and `category` are required; `property_id` and `is_active` keep their ' +
      `value when left out (send \`property_id: null\` to make the template global). ${ownership}`,
    params: idParams,
    body: replaceQuickReplyBody,
    responses: { 200: quickReply, ...errors(404) },
  },
  updateQuickReply: {
    method: 'PATCH',
    path: '/api/messaging/quick-replies/:id',
    tags: ['quick replies'],
    summary: 'Change some fields of a quick reply template',
    description: `Like PUT, with every field optional. ${ownership}`,
    params: idParams,
    body: updateQuickReplyBody,
    responses: { 200: quickReply, ...errors(404) },
  },
  deleteQuickReply: {
    method: 'DELETE',
    path: '/api/messaging/quick-replies/:id/delete',
    tags: ['quick replies'],
    summary: 'Delete a quick reply template',
    description:
      `Answers 204 with no body. Messages already sent with it stay. 409 while an automation ` +
      `sends it: change or delete the automation first. ${ownership}`,
    params: idParams,
    responses: { 204: deleted, ...errors(404, 409) },
  },
  previewQuickReply: {
    method: 'GET',
    path: '/api/messaging/quick-replies/:id/preview',
    tags: ['quick replies'],
    summary: 'Render a template for a conversation without sending it',
    description:
      'The text `POST /api/messaging/messages/send/` with this `quick_reply_id` (and no `message`) ' +
      'would send in that conversation, so the composer can show it for editing first. 404 when the ' +
      "template or the conversation is not the caller's; 400 when the template belongs to another " +
      `property than the conversation's.\n\n${QUICK_REPLY_RENDERING_RULES}`,
    params: idParams,
    query: quickReplyPreviewQuery,
    responses: { 200: quickReplyPreview, ...errors(404) },
  },

  // scheduled messages
  listAutomations: {
    method: 'GET',
    path: '/api/messaging/automations',
    tags: ['scheduled messages'],
    summary: "The caller's automations, newest first",
    responses: { 200: z.array(automation) },
  },
  createAutomation: {
    method: 'POST',
    path: '/api/messaging/automations',
    tags: ['scheduled messages'],
    summary: 'Send a message on every confirmed stay’s timeline',
    description:
      'Either `quick_reply_id` (one of the caller’s templates; its text as it is when sent) or ' +
      '`message`, not both (400). Without `property_id` it applies to every property of the ' +
      'host. Each confirmed stay that matches gets one scheduled message at the trigger’s time ' +
      'plus or minus `offset_minutes`, rendered for the stay when it goes out; the upcoming ' +
      'confirmed stays get theirs at once. A stay confirmed after that time gets it at once ' +
      '(`late_booking: send_now`) or not at all (`skip`). A message whose placeholders have no ' +
      'value when it is due is held, never sent with a blank: the host is notified of the ' +
      'missing fields, and filling them sends it.',
    body: createAutomationBody,
    responses: { 201: automation, ...errors(404) },
  },
  getAutomation: {
    method: 'GET',
    path: '/api/messaging/automations/:id',
    tags: ['scheduled messages'],
    summary: 'One of the caller’s automations',
    params: idParams,
    responses: { 200: automation, ...errors(404) },
  },
  updateAutomation: {
    method: 'PATCH',
    path: '/api/messaging/automations/:id',
    tags: ['scheduled messages'],
    summary: 'Change an automation; its upcoming scheduled messages follow',
    description:
      'Messages not sent yet move to the new time, or are cancelled when the automation is ' +
      'turned off or no longer matches their property; a stay’s edited copy keeps its text.',
    params: idParams,
    body: updateAutomationBody,
    responses: { 200: automation, ...errors(404) },
  },
  deleteAutomation: {
    method: 'DELETE',
    path: '/api/messaging/automations/:id',
    tags: ['scheduled messages'],
    summary: 'Delete an automation; what it did not send yet is cancelled',
    params: idParams,
    responses: { 204: deleted, ...errors(404) },
  },
  listStayScheduledMessages: {
    method: 'GET',
    path: '/api/reservations/:id/scheduled-messages',
    tags: ['scheduled messages', 'reservations'],
    summary: "A stay's scheduled messages, sent and upcoming, in time order (its host only)",
    description:
      'Each with its text rendered with the stay’s values as they are now and the placeholders ' +
      'that have none (`missing_placeholders`): such a message would be held. The guest sees ' +
      'none of them (an empty list); anyone else gets 404.',
    params: idParams,
    responses: { 200: z.array(scheduledMessage), ...errors(404) },
  },
  listConversationScheduledMessages: {
    method: 'GET',
    path: '/api/messaging/conversations/:id/scheduled-messages',
    tags: ['scheduled messages', 'conversations'],
    summary: 'The caller’s own messages waiting to be sent in a conversation, in time order',
    params: idParams,
    responses: { 200: z.array(scheduledMessage), ...errors(404) },
  },
  updateScheduledMessage: {
    method: 'PATCH',
    path: '/api/messaging/scheduled-messages/:id',
    tags: ['scheduled messages'],
    summary: 'Edit one scheduled message: its text or its time (this copy only)',
    description:
      'Only before it is sent (409 after). A new text may still use placeholders; a held ' +
      'message edited so that nothing is missing goes out at once if its time has passed.',
    params: idParams,
    body: updateScheduledMessageBody,
    responses: { 200: scheduledMessage, ...errors(404, 409) },
  },
  skipScheduledMessage: {
    method: 'POST',
    path: '/api/messaging/scheduled-messages/:id/skip',
    tags: ['scheduled messages'],
    summary: 'Do not send this one (an automation’s; the others go on)',
    params: idParams,
    responses: { 200: scheduledMessage, ...errors(404, 409) },
  },
  sendScheduledMessageNow: {
    method: 'POST',
    path: '/api/messaging/scheduled-messages/:id/send-now',
    tags: ['scheduled messages'],
    summary: 'Send a scheduled or held message now',
    description:
      '409 when it was sent, skipped or cancelled, or when placeholders still have no value ' +
      '(`error.details.missing_placeholders`): fill them or edit the text.',
    params: idParams,
    responses: { 200: scheduledMessage, ...errors(404, 409) },
  },
  cancelScheduledMessage: {
    method: 'POST',
    path: '/api/messaging/scheduled-messages/:id/cancel',
    tags: ['scheduled messages'],
    summary: 'Cancel a message sent later, before its time',
    params: idParams,
    responses: { 200: scheduledMessage, ...errors(404, 409) },
  },

  // notifications
  listNotifications: {
    method: 'GET',
    path: '/api/messaging/notifications',
    tags: ['notifications'],
    summary: "The caller's notifications, newest first",
    description: `\`unread=true\`: only the unread ones. ${nextLink}`,
    query: notificationListQuery,
    responses: { 200: z.array(notification) },
  },
  markNotificationRead: {
    method: 'POST',
    path: '/api/messaging/notifications/:id/read',
    tags: ['notifications'],
    summary: 'Mark one notification read',
    description:
      'Its deliveries not yet sent (a push or email waiting to escalate) are cancelled. 404 when it is ' +
      "not the caller's.",
    params: idParams,
    responses: { 200: notification, ...errors(404) },
  },
  markAllNotificationsRead: {
    method: 'POST',
    path: '/api/messaging/notifications/mark-all-read',
    tags: ['notifications'],
    summary: "Mark all the caller's notifications read",
    responses: { 200: markAllNotificationsReadResult },
  },
  listNotificationDeliveries: {
    method: 'GET',
    path: '/api/messaging/notifications/:id/deliveries',
    tags: ['notifications'],
    summary: 'How a notification went out: one delivery per channel, with every attempt',
    params: idParams,
    responses: { 200: z.array(delivery), ...errors(404) },
  },
  getMessageDeliveries: {
    method: 'GET',
    path: '/api/messaging/messages/:id/deliveries',
    tags: ['notifications'],
    summary: 'How the receiver of a message was told of it (its sender only)',
    description:
      'The deliveries of the notification the message raised (the first unread message of a thread ' +
      'raises one; later ones join it), by channel with status and times, and when the receiver read ' +
      'the message. Never the receiver’s address. 404 unless the caller sent the message.',
    params: idParams,
    responses: { 200: messageDeliveries, ...errors(404) },
  },
  getNotificationSettings: {
    method: 'GET',
    path: '/api/messaging/notification-settings',
    tags: ['notifications'],
    summary: "The caller's notification preferences",
    description:
      'Per type, the channels wanted (`in_app` is always on); quiet hours (null: off), during which ' +
      'push, email and SMS that are not urgent wait until the window ends; the phone SMS go to.',
    responses: { 200: notificationSettings },
  },
  updateNotificationSettings: {
    method: 'PUT',
    path: '/api/messaging/notification-settings',
    tags: ['notifications'],
    summary: 'Change notification preferences',
    description:
      'Only what is given changes: a type’s channels one by one, `quiet_hours` (null turns them off), ' +
      '`phone` (E.164; null removes it). Answers the settings as they now are.',
    body: updateNotificationSettingsBody,
    responses: { 200: notificationSettings },
  },
  createPushSubscription: {
    method: 'POST',
    path: '/api/messaging/push-subscriptions',
    tags: ['notifications'],
    summary: "Register a browser's Web Push subscription",
    description:
      'The body is `PushSubscription.toJSON()`. Registering the same endpoint again answers the ' +
      'existing subscription (200) and moves it to the caller.',
    body: pushSubscriptionBody,
    responses: { 200: pushSubscription, 201: pushSubscription },
  },
  deletePushSubscription: {
    method: 'DELETE',
    path: '/api/messaging/push-subscriptions/:id',
    tags: ['notifications'],
    summary: 'Forget a Web Push subscription',
    params: idParams,
    responses: { 204: deleted, ...errors(404) },
  },
  getVapidPublicKey: {
    method: 'GET',
    path: '/api/messaging/push/vapid-public-key',
    tags: ['notifications'],
    summary: 'The Web Push application server key',
    responses: { 200: vapidPublicKey },
  },
  unsubscribeEmail: {
    method: 'POST',
    path: '/api/messaging/notifications/unsubscribe',
    tags: ['notifications'],
    public: true,
    summary: "Turn one type's email off, from the link in an email",
    description:
      'No sign-in: the signed `token` of the email names the user and the type. Also the one-click ' +
      'target of the `List-Unsubscribe` header (RFC 8058). 400 for a token that is not valid.',
    query: unsubscribeQuery,
    responses: { 200: unsubscribeResult },
  },

  // realtime
  syncEvents: {
    method: 'GET',
    path: '/api/messaging/sync',
    tags: ['realtime'],
    summary: 'Every change for the caller after a cursor (catch-up after a gap or a reconnect)',
    description:
      'Events are those the socket pushes (`message.created`, `message.read`, `conversation.updated`, ' +
      '`notification.created`, `unread.changed`), oldest first. Cursors are per user and consecutive: ' +
      'a live event whose cursor is more than one above the last applied one means events were missed. ' +
      'Without `since`, the answer is the current cursor and no events. 410 `cursor_expired` when ' +
      '`since` is older than the oldest change event still kept: reload the state over REST, then sync ' +
      'from the current cursor (ask without `since`).',
    query: syncQuery,
    responses: { 200: syncResult, ...errors(410) },
  },

  // demo
  listDemoAccounts: {
    method: 'GET',
    path: '/api/demo-accounts',
    tags: ['demo'],
    public: true,
    summary: 'The demo accounts, for one-click sign-in on a demo database',
    description:
      'Public. An empty list unless `SEED_DEMO` is on and the seeded demo accounts exist; ' +
      'each entry carries the documented demo password `flexbnb-demo`.',
    responses: { 200: z.array(demoAccount) },
  },

  // health
  getHealth: {
    method: 'GET',
    path: '/healthz',
    tags: ['health'],
    public: true,
    summary: 'The process is up',
    responses: { 200: health },
  },
  getReadiness: {
    method: 'GET',
    path: '/readyz',
    tags: ['health'],
    public: true,
    summary: 'The database answers',
    description: '503 `unavailable` while the database does not answer.',
    responses: { 200: readiness, ...errors(503) },
  },
  // admin
  getAdminDashboard: {
    method: 'GET',
    path: '/api/admin/dashboard',
    tags: ['admin'],
    summary: 'The installation at a glance',
    description:
      'Totals, messages per day over 30 days, notifications and deliveries by channel, the reminder and job backlog, and the server nodes alive.',
    responses: { 200: dashboard, ...errors(403) },
  },
  listAdminUsers: {
    method: 'GET',
    path: '/api/admin/users',
    tags: ['admin'],
    summary: 'Find users',
    description: `${adminList}`,
    query: adminUserListQuery,
    responses: { 200: z.array(adminUser), ...errors(403) },
  },
  getAdminUser: {
    method: 'GET',
    path: '/api/admin/users/:id',
    tags: ['admin'],
    summary: 'One user with their activity',
    params: idParams,
    responses: { 200: adminUser, ...errors(403, 404) },
  },
  disableUser: {
    method: 'POST',
    path: '/api/admin/users/:id/disable',
    tags: ['admin'],
    summary: 'Disable an account',
    description:
      'Its tokens stop working and its sockets close at once, on every node; it cannot sign in. 409 for your own account or the last active admin. Audited.',
    params: idParams,
    body: adminReasonBody,
    responses: { 200: adminUser, ...errors(403, 404, 409) },
  },
  enableUser: {
    method: 'POST',
    path: '/api/admin/users/:id/enable',
    tags: ['admin'],
    summary: 'Enable a disabled account',
    description: 'Audited.',
    params: idParams,
    body: adminReasonBody,
    responses: { 200: adminUser, ...errors(403, 404) },
  },
  setUserRole: {
    method: 'POST',
    path: '/api/admin/users/:id/role',
    tags: ['admin'],
    summary: 'Make or unmake an admin',
    description: '409 when it would leave no active admin. Audited.',
    params: idParams,
    body: setRoleBody,
    responses: { 200: adminUser, ...errors(403, 404, 409) },
  },
  listAdminProperties: {
    method: 'GET',
    path: '/api/admin/properties',
    tags: ['admin'],
    summary: 'Find properties',
    description: adminList,
    query: adminPropertyListQuery,
    responses: { 200: z.array(adminProperty), ...errors(403) },
  },
  getAdminProperty: {
    method: 'GET',
    path: '/api/admin/properties/:id',
    tags: ['admin'],
    summary: 'A property with its latest reservations and conversations',
    params: idParams,
    responses: { 200: adminPropertyDetail, ...errors(403, 404) },
  },
  listAdminReservations: {
    method: 'GET',
    path: '/api/admin/reservations',
    tags: ['admin'],
    summary: 'Find reservations',
    description: adminList,
    query: adminReservationListQuery,
    responses: { 200: z.array(adminReservation), ...errors(403) },
  },
  getAdminReservation: {
    method: 'GET',
    path: '/api/admin/reservations/:id',
    tags: ['admin'],
    summary: 'A reservation with its conversations, reminders and scheduled messages',
    params: idParams,
    responses: { 200: adminReservationDetail, ...errors(403, 404) },
  },
  listAdminConversations: {
    method: 'GET',
    path: '/api/admin/conversations',
    tags: ['admin'],
    summary: 'Find conversations (who and when, not what was said)',
    description: adminList,
    query: adminConversationListQuery,
    responses: { 200: z.array(adminConversation), ...errors(403) },
  },
  viewAdminConversation: {
    method: 'POST',
    path: '/api/admin/conversations/:id/view',
    tags: ['admin'],
    summary: 'Open a conversation read-only for support',
    description:
      'A reason is required; the view is written to the audit log with who, when and why. Nothing is marked read. ' +
      'Each message comes with its revision log: what it said before each edit or unsend, which participants ' +
      'never see.',
    params: idParams,
    body: supportViewBody,
    responses: { 200: adminConversationView, ...errors(403, 404) },
  },
  listScreenedMessages: {
    method: 'GET',
    path: '/api/admin/screened-messages',
    tags: ['admin'],
    summary: 'Messages contact screening masked or flagged, newest first',
    description:
      'Each with the text as written and what matched (phone numbers, email addresses, links, ' +
      `requests to pay outside the platform). Newest first. ${nextLink}`,
    query: adminScreenedMessageListQuery,
    responses: { 200: z.array(adminScreenedMessage), ...errors(403) },
  },
  listAdminQuickReplies: {
    method: 'GET',
    path: '/api/admin/quick-replies',
    tags: ['admin'],
    summary: 'Find quick replies across hosts',
    description: adminList,
    query: adminQuickReplyListQuery,
    responses: { 200: z.array(adminQuickReply), ...errors(403) },
  },
  listAdminAutomations: {
    method: 'GET',
    path: '/api/admin/automations',
    tags: ['admin'],
    summary: 'Find automations across hosts',
    description: adminList,
    query: adminAutomationListQuery,
    responses: { 200: z.array(adminAutomation), ...errors(403) },
  },
  listAdminNotifications: {
    method: 'GET',
    path: '/api/admin/notifications',
    tags: ['admin'],
    summary: 'Find notifications with their deliveries',
    description: adminList,
    query: adminNotificationListQuery,
    responses: { 200: z.array(adminNotification), ...errors(403) },
  },
  listAdminDeliveries: {
    method: 'GET',
    path: '/api/admin/deliveries',
    tags: ['admin'],
    summary: 'Find deliveries by status, channel and type',
    description: adminList,
    query: adminDeliveryListQuery,
    responses: { 200: z.array(adminDelivery), ...errors(403) },
  },
  getDeliveryQueue: {
    method: 'GET',
    path: '/api/admin/deliveries/queue',
    tags: ['admin'],
    summary: 'Queue depth and the age of the oldest due delivery, per channel',
    responses: { 200: deliveryQueue, ...errors(403) },
  },
  getAdminDelivery: {
    method: 'GET',
    path: '/api/admin/deliveries/:id',
    tags: ['admin'],
    summary: 'A delivery with every attempt',
    params: idParams,
    responses: { 200: adminDeliveryDetail, ...errors(403, 404) },
  },
  upsertPlatformUser: {
    method: 'PUT',
    path: '/api/platform/users/:external_id',
    tags: ['platform'],
    summary: "Create or update a user by the platform's id",
    description:
      "`external_id` is the platform's own id of the user, the `sub` its tokens carry: those tokens (the " +
      'external issuer, `JWT_JWKS_URL`) then sign in as this account. 201 when the account was created, 200 ' +
      'when it existed, changed or not. An account with the same email and no external id yet is linked to ' +
      'it (as a first sign-in with the platform’s token does). Fields left out keep their value (none on ' +
      'creation); null clears one. 409 `email_taken` when the email belongs to another account; 409 when ' +
      'this account was deleted.',
    apiKey: 'users:write',
    params: externalIdParams,
    body: upsertPlatformUserBody,
    responses: { 200: platformUser, 201: platformUser, ...errors(403, 404, 409) },
  },
  deletePlatformUser: {
    method: 'DELETE',
    path: '/api/platform/users/:external_id',
    tags: ['platform'],
    summary: "Delete a user by the platform's id",
    description:
      'As the user’s own deletion (`DELETE /api/auth/me/`): the account is emptied rather than removed, so ' +
      'the other side of each conversation keeps its messages, from "Former user"; its sessions end and ' +
      'its tokens are refused from then on. 204 with no body; 404 when unknown or deleted already; 409 ' +
      'while it has a pending or confirmed stay that has not ended.',
    apiKey: 'users:write',
    params: externalIdParams,
    responses: { 204: deleted, ...errors(403, 404, 409) },
  },
  upsertPlatformProperty: {
    method: 'PUT',
    path: '/api/platform/properties/:external_id',
    tags: ['platform'],
    summary: "Create or update a property by the platform's id",
    description:
      'Created as its host (`property.created`, as `POST /api/properties/`: 201), or updated as its host ' +
      '(`property.updated`, as `PATCH /api/properties/{id}/`: 200) — only when something changed, so the same ' +
      'request again records nothing. Fields left out take the defaults of `POST /api/properties/` on ' +
      'creation and keep their value on update. 409 when `host_external_id` is not synced yet (' +
      '`PUT /api/platform/users/{external_id}` first) or names another host than the property has (a ' +
      'property’s host cannot change).',
    apiKey: 'properties:write',
    params: externalIdParams,
    body: upsertPlatformPropertyBody,
    responses: { 200: platformProperty, 201: platformProperty, ...errors(403, 404, 409) },
  },
  upsertPlatformReservation: {
    method: 'PUT',
    path: '/api/platform/reservations/:external_id',
    tags: ['platform'],
    summary: "Create or update a reservation by the platform's id",
    description:
      'Created as its guest (`POST /api/reservations/`: 201), or its dates, guests and `payment_due_at` changed as ' +
      'its host (`PATCH /api/reservations/{id}/`: 200); then moved to `status` through the host’s confirm, ' +
      'decline, cancel and complete (pending goes to completed by way of confirmed). Each step records the ' +
      'same events as those endpoints: reminders scheduled, moved or cancelled, scheduled messages moved, ' +
      'notifications, stay lines in its conversation. The same request again records nothing. ' +
      '`total_price` counts on creation only, when the property has no nightly rate.\n\n' +
      'Out of order: a reservation whose property or guest is not synced yet is refused with 409 naming ' +
      'each missing one and the call that syncs it (no placeholder is made). 409 too when it would move ' +
      'to another property or guest, or for a change the messenger refuses (a cancelled reservation ' +
      'confirmed, dates changed after check-in, completed before check-out, overlapping a confirmed ' +
      'stay), with its message; steps done before a refused one stay done, and the same request again ' +
      'carries on from them.',
    apiKey: 'reservations:write',
    params: externalIdParams,
    body: upsertPlatformReservationBody,
    responses: { 200: platformReservation, 201: platformReservation, ...errors(403, 404, 409) },
  },
  cancelPlatformReservation: {
    method: 'DELETE',
    path: '/api/platform/reservations/:external_id',
    tags: ['platform'],
    summary: "Cancel a reservation by the platform's id",
    description:
      'Cancelled as its host (`POST /api/reservations/{id}/cancel/`): its guest is told and its reminders ' +
      'cancelled. Answers the reservation; a cancelled one as it is. 404 when unknown; 409 when it is ' +
      'declined or completed.',
    apiKey: 'reservations:write',
    params: externalIdParams,
    responses: { 200: platformReservation, ...errors(403, 404, 409) },
  },
  postPlatformMessage: {
    method: 'POST',
    path: '/api/platform/messages',
    tags: ['platform'],
    summary: "Post into a stay's conversation as its host, or as a system line",
    description:
      'Into the conversation of the reservation (opened when its guest has not opened it yet). `as: host`: ' +
      'an ordinary message from the host, which its guest is notified of like any other. `as: system`: a ' +
      'system line ("Payment received") from the host, `kind: system` with `system.type: ' +
      'platform_note.posted`, read from the start and never notified. 201 with the message; the same ' +
      '`idempotency_key` again answers 200 with the first message, posting nothing. 409 when the ' +
      'reservation is not synced yet.',
    apiKey: 'messages:write',
    body: postPlatformMessageBody,
    responses: { 200: message, 201: message, ...errors(403, 409) },
  },
  importPlatformRecords: {
    method: 'POST',
    path: '/api/platform/import',
    tags: ['platform'],
    summary: 'Import users, properties and reservations in bulk (NDJSON, streamed)',
    description:
      'For the first sync of thousands of records. The body is NDJSON (`Content-Type: ' +
      'application/x-ndjson`): one record a line, `type` (`user`, `property`, `reservation`) and ' +
      '`external_id` with the fields of its `PUT`. Lines are taken in order, so a reservation may follow ' +
      'its guest and property in the same body. The answer streams as the lines are read: one line per ' +
      'line (`created`, `updated` or `failed` with its error, exactly as the `PUT` would have answered), ' +
      'then a summary line (`done: true`). Each line stands alone: one that fails writes nothing and the ' +
      `others go on. At most ${IMPORT_MAX_LINES} lines of ${IMPORT_MAX_LINE_BYTES / 1024} KB each.\n\n` +
      'A new reservation is imported as it is on the platform (a past stay completed, a cancelled ' +
      'one cancelled), without notifying anyone and without stay lines; reminders and automated ' +
      'messages are planned for its times still to come, and no webhook is sent (the platform ' +
      'made it). A reservation that exists already is updated as by its `PUT`, with every ' +
      'lifecycle event that follows. The key needs `reservations:write`, and the scope of each ' +
      'other type it imports (`users:write`, `properties:write`): a line without it fails with ' +
      '`forbidden`.',
    apiKey: 'reservations:write',
    ndjson: {
      line: importLine,
      description: 'One record a line: `type`, `external_id` and the fields of its `PUT`',
    },
    responses: { 200: importAnswerLine, ...errors(403) },
  },
  createApiKey: {
    method: 'POST',
    path: '/api/admin/api-keys',
    tags: ['admin', 'platform'],
    summary: "Make an API key for a platform's backend",
    description:
      'The answer carries the key itself, the only time it is shown (only its hash is kept). ' +
      'The key is sent as `Authorization: Bearer <key>` to the `/api/platform/*` operations that its scopes allow, and to nothing else. ' +
      '`screening_policy` sets the contact screening of the conversations about the properties the key syncs, in place of ' +
      "the installation's `SCREENING_POLICY` (null or absent follows it). 400 `validation_failed` naming each bad field. Audited.",
    body: createApiKeyBody,
    responses: { 201: createdApiKey, ...errors(403) },
  },
  listApiKeys: {
    method: 'GET',
    path: '/api/admin/api-keys',
    tags: ['admin', 'platform'],
    summary: 'Every API key, revoked ones too, newest first',
    responses: { 200: z.array(apiKey), ...errors(403) },
  },
  updateApiKey: {
    method: 'PATCH',
    path: '/api/admin/api-keys/:id',
    tags: ['admin', 'platform'],
    summary: "Rename an API key or change its platform's contact screening",
    description:
      'Only the fields sent change. `screening_policy` is the contact screening (`mask`, `warn`, `off`) of the ' +
      'conversations about the properties the key syncs — each property belongs to the key that synced it last ' +
      "(`PUT /api/platform/properties/{external_id}` or the import) — in place of the installation's " +
      '`SCREENING_POLICY`; null follows the installation again. It holds for the messages sent from then on (what ' +
      'was masked stays masked) and until a property is synced by another key; a revoked key keeps its setting for ' +
      'the properties it synced. 400 `validation_failed` for an empty body or a bad field; 404 when unknown. Audited.',
    params: idParams,
    body: updateApiKeyBody,
    responses: { 200: apiKey, ...errors(403, 404) },
  },
  revokeApiKey: {
    method: 'POST',
    path: '/api/admin/api-keys/:id/revoke',
    tags: ['admin', 'platform'],
    summary: 'Revoke an API key',
    description:
      'The next request made with it is refused with 401, on every node. A revoked key is answered as it is. Audited.',
    params: idParams,
    body: adminReasonBody,
    responses: { 200: apiKey, ...errors(403, 404) },
  },
  createWebhook: {
    method: 'POST',
    path: '/api/platform/webhooks',
    tags: ['platform'],
    apiKey: 'webhooks:manage',
    summary: 'Subscribe an endpoint to events',
    description:
      'Each event is POSTed to `url` as `{"type", "timestamp", "data"}`, signed as the Standard Webhooks specification says (`webhook-id`, the same on every attempt; `webhook-timestamp`; `webhook-signature`, HMAC-SHA256 with `secret`). A 2xx answer within 10 s is a success; redirects are not followed; anything else is tried again after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (by default). An endpoint whose deliveries keep failing is turned off and the admins are told. 400 when the URL resolves to a loopback or private address. The answer carries the secret.',
    body: createWebhookBody,
    responses: { 201: webhookEndpointWithSecret, ...errors(403) },
  },
  listWebhooks: {
    method: 'GET',
    path: '/api/platform/webhooks',
    tags: ['platform'],
    apiKey: 'webhooks:manage',
    summary: 'Every webhook endpoint, oldest first',
    responses: { 200: z.array(webhookEndpoint), ...errors(403) },
  },
  getWebhook: {
    method: 'GET',
    path: '/api/platform/webhooks/:id',
    tags: ['platform'],
    apiKey: 'webhooks:manage',
    summary: 'A webhook endpoint, with its secret',
    params: idParams,
    responses: { 200: webhookEndpointWithSecret, ...errors(403, 404) },
  },
  updateWebhook: {
    method: 'PATCH',
    path: '/api/platform/webhooks/:id',
    tags: ['platform'],
    apiKey: 'webhooks:manage',
    summary: 'Change, turn off or turn back on a webhook endpoint',
    description:
      'Only the fields given change. `active: true` turns back on an endpoint the messenger turned off and forgets its failures; deliveries that failed meanwhile are not sent again.',
    params: idParams,
    body: updateWebhookBody,
    responses: { 200: webhookEndpoint, ...errors(403, 404) },
  },
  deleteWebhook: {
    method: 'DELETE',
    path: '/api/platform/webhooks/:id',
    tags: ['platform'],
    apiKey: 'webhooks:manage',
    summary: 'Delete a webhook endpoint and its deliveries',
    params: idParams,
    responses: { 204: deleted, ...errors(403, 404) },
  },
  listWebhookDeliveries: {
    method: 'GET',
    path: '/api/platform/webhooks/:id/deliveries',
    tags: ['platform'],
    apiKey: 'webhooks:manage',
    summary: "An endpoint's recent deliveries, newest first, with every attempt",
    description: nextLink,
    params: idParams,
    query: webhookDeliveryListQuery,
    responses: { 200: z.array(webhookDelivery), ...errors(403, 404) },
  },
  listAdminWebhookDeliveries: {
    method: 'GET',
    path: '/api/admin/webhook-deliveries',
    tags: ['admin', 'platform'],
    summary: 'Find webhook deliveries by endpoint, status and event',
    description: adminList,
    query: adminWebhookDeliveryListQuery,
    responses: { 200: z.array(adminWebhookDelivery), ...errors(403) },
  },
  getAdminWebhookDelivery: {
    method: 'GET',
    path: '/api/admin/webhook-deliveries/:id',
    tags: ['admin', 'platform'],
    summary: 'A webhook delivery with its body and every attempt',
    params: idParams,
    responses: { 200: adminWebhookDeliveryDetail, ...errors(403, 404) },
  },
  redeliverWebhookDelivery: {
    method: 'POST',
    path: '/api/admin/webhook-deliveries/:id/redeliver',
    tags: ['admin', 'platform'],
    summary: 'Send a webhook delivery again now',
    description:
      'One more attempt, at once, with the same `webhook-id` (the receiver can tell a repeat), even to an endpoint that is turned off; it is not retried if it fails. 409 while the delivery is still pending. Audited.',
    params: idParams,
    body: adminReasonBody,
    responses: { 202: adminWebhookDeliveryDetail, ...errors(403, 404, 409) },
  },
  retryDelivery: {
    method: 'POST',
    path: '/api/admin/deliveries/:id/retry',
    tags: ['admin'],
    summary: 'Try a failed delivery again now',
    description: '409 unless it failed. Audited.',
    params: idParams,
    body: adminReasonBody,
    responses: { 202: adminDeliveryDetail, ...errors(403, 404, 409) },
  },
  retryFailedDeliveries: {
    method: 'POST',
    path: '/api/admin/deliveries/retry-failed',
    tags: ['admin'],
    summary: 'Try every failed delivery again now (of one channel, or all)',
    description: 'Audited.',
    body: retryFailedBody,
    responses: { 202: retryFailedResult, ...errors(403) },
  },
  listAdminReminders: {
    method: 'GET',
    path: '/api/admin/reminders',
    tags: ['admin'],
    summary: 'Find reminders: upcoming, sent, skipped, cancelled, failed',
    description: `Times also in the property's zone. ${adminList}`,
    query: adminReminderListQuery,
    responses: { 200: z.array(adminReminder), ...errors(403) },
  },
  runDueReminders: {
    method: 'POST',
    path: '/api/admin/reminders/run-due',
    tags: ['admin'],
    summary: 'Send every reminder that is due now',
    description:
      'What the worker does within seconds anyway; for an operator who will not wait. Audited.',
    body: adminReasonBody,
    responses: { 200: runDueRemindersResult, ...errors(403) },
  },
  listAdminJobs: {
    method: 'GET',
    path: '/api/admin/jobs',
    tags: ['admin'],
    summary: 'Background jobs: pending, running, failed, completed',
    description: adminList,
    query: adminJobListQuery,
    responses: { 200: z.array(adminJob), ...errors(403) },
  },
  listAuditLog: {
    method: 'GET',
    path: '/api/admin/audit-log',
    tags: ['admin'],
    summary: 'Every admin action and support view, newest first',
    description: `Append-only: no API changes or deletes an entry. ${adminList}`,
    query: auditLogQuery,
    responses: { 200: z.array(auditEntry), ...errors(403) },
  },
});

export type Routes = typeof routes;
export type OperationId = keyof Routes;

type Schema<R, Key extends 'params' | 'query' | 'body'> = R extends {
  [K in Key]: infer S extends z.ZodType;
}
  ? S
  : undefined;

/** The path parameters of a route, as the client sends them. */
export type RouteParams<R extends ContractRoute> =
  Schema<R, 'params'> extends z.ZodType ? z.input<Schema<R, 'params'>> : undefined;
/** The query of a route, as the client sends it. */
export type RouteQuery<R extends ContractRoute> =
  Schema<R, 'query'> extends z.ZodType ? z.input<Schema<R, 'query'>> : undefined;
/** The JSON body of a route, as the client sends it (fields with defaults may be left out). */
export type RouteBody<R extends ContractRoute> =
  Schema<R, 'body'> extends z.ZodType ? z.input<Schema<R, 'body'>> : undefined;

/** What a request to the route carries: the parts it has, each required unless all optional. */
export type RouteRequest<R extends ContractRoute> = (Schema<R, 'params'> extends z.ZodType
  ? { params: RouteParams<R> }
  : { params?: undefined }) &
  (Schema<R, 'query'> extends z.ZodType
    ? object extends RouteQuery<R>
      ? { query?: RouteQuery<R> }
      : { query: RouteQuery<R> }
    : { query?: undefined }) &
  (Schema<R, 'body'> extends z.ZodType ? { body: RouteBody<R> } : { body?: undefined });

type SuccessOf<R extends ContractRoute> = Extract<keyof R['responses'], SuccessStatus>;

/** The body of a route's success answer (any of its 2xx); 204's is `null`. */
export type RouteResponse<R extends ContractRoute> = {
  [S in SuccessOf<R>]: R['responses'][S] extends z.ZodType ? z.output<R['responses'][S]> : never;
}[SuccessOf<R>];
