// Generated from the OpenAPI document by `npm run client`; do not edit. CI fails when it
// is stale.
export interface paths {
    "/api/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every API key, revoked ones too, newest first */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Make an API key for a platform's backend
         * @description The answer carries the key itself, the only time it is shown (only its hash is kept). The key is sent as `Authorization: Bearer <key>` to the `/api/platform/*` operations that its scopes allow, and to nothing else. `screening_policy` sets the contact screening of the conversations about the properties the key syncs, in place of the installation's `SCREENING_POLICY` (null or absent follows it). 400 `validation_failed` naming each bad field. Audited.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename an API key or change its platform's contact screening
         * @description Only the fields sent change. `screening_policy` is the contact screening (`mask`, `warn`, `off`) of the conversations about the properties the key syncs — each property belongs to the key that synced it last (`PUT /api/platform/properties/{external_id}` or the import) — in place of the installation's `SCREENING_POLICY`; null follows the installation again. It holds for the messages sent from then on (what was masked stays masked) and until a property is synced by another key; a revoked key keeps its setting for the properties it synced. 400 `validation_failed` for an empty body or a bad field; 404 when unknown. Audited.
         */
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/api/admin/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description The next request made with it is refused with 401, on every node. A revoked key is answered as it is. Audited.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every admin action and support view, newest first
         * @description Append-only: no API changes or deletes an entry. Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find automations across hosts
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminAutomations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find conversations (who and when, not what was said)
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/conversations/{id}/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a conversation read-only for support
         * @description A reason is required; the view is written to the audit log with who, when and why. Nothing is marked read. Each message comes with its revision log: what it said before each edit or unsend, which participants never see.
         */
        post: operations["viewAdminConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The installation at a glance
         * @description Totals, messages per day over 30 days, notifications and deliveries by channel, the reminder and job backlog, and the server nodes alive.
         */
        get: operations["getAdminDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find deliveries by status, channel and type
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delivery with every attempt */
        get: operations["getAdminDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try a failed delivery again now
         * @description 409 unless it failed. Audited.
         */
        post: operations["retryDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Queue depth and the age of the oldest due delivery, per channel */
        get: operations["getDeliveryQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries/retry-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try every failed delivery again now (of one channel, or all)
         * @description Audited.
         */
        post: operations["retryFailedDeliveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background jobs: pending, running, failed, completed
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find notifications with their deliveries
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find properties
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminProperties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/properties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A property with its latest reservations and conversations */
        get: operations["getAdminProperty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/quick-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find quick replies across hosts
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminQuickReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find reminders: upcoming, sent, skipped, cancelled, failed
         * @description Times also in the property's zone. Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminReminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reminders/run-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send every reminder that is due now
         * @description What the worker does within seconds anyway; for an operator who will not wait. Audited.
         */
        post: operations["runDueReminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find reservations
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminReservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/reservations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reservation with its conversations, reminders and scheduled messages */
        get: operations["getAdminReservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/screened-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages contact screening masked or flagged, newest first
         * @description Each with the text as written and what matched (phone numbers, email addresses, links, requests to pay outside the platform). Newest first. The next page's URL is in the `Link` header.
         */
        get: operations["listScreenedMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find users
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user with their activity */
        get: operations["getAdminUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account
         * @description Its tokens stop working and its sockets close at once, on every node; it cannot sign in. 409 for your own account or the last active admin. Audited.
         */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled account
         * @description Audited.
         */
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make or unmake an admin
         * @description 409 when it would leave no active admin. Audited.
         */
        post: operations["setUserRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find webhook deliveries by endpoint, status and event
         * @description Filtered, sorted and paged on the server: the next page's URL is in the `Link` header, the number of matching rows in `X-Total-Count`.
         */
        get: operations["listAdminWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook delivery with its body and every attempt */
        get: operations["getAdminWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhook-deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook delivery again now
         * @description One more attempt, at once, with the same `webhook-id` (the receiver can tell a repeat), even to an endpoint that is turned off; it is not retried if it fails. 409 while the delivery is still pending. Audited.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the email address, once confirmed
         * @description Needs the password (400 when wrong). Emails a link to `/confirm-email?token=…` to the new address, valid for an hour; the address changes when it is followed. 409 `email_taken` when the address has an account.
         */
        post: operations["requestEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email-change/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a new email address with the emailed link
         * @description Answers the user with the new address. 400 for a token unknown, used or expired; 409 `email_taken` when another account took the address meanwhile.
         */
        post: operations["confirmEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description 401 `invalid_credentials` for an unknown email, a wrong password or a disabled account; 429 with `Retry-After` after too many attempts for one email from one address.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out this device
         * @description Ends the sign-in of the refresh token in the body or the refresh cookie: its refresh tokens, its access tokens (refused from now on) and its sockets; clears the cookie. Always 204: a token already signed out, expired or unknown has nothing left to end.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out everywhere
         * @description Ends every sign-in of the caller, this one's too: refresh tokens revoked, access tokens refused from now on, sockets closed, the refresh cookie cleared.
         */
        post: operations["logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        /**
         * Delete the signed-in account
         * @description Needs the password (400 when wrong). The account is emptied rather than removed: its messages stay in their conversations, shown from "Former user"; its profile, photo, push subscriptions and notification preferences are erased and every session ends. 409 `conflict` while the user has an upcoming pending or confirmed stay, as guest or as host: cancel or decline it first.
         */
        delete: operations["deleteCurrentUser"];
        options?: never;
        head?: never;
        /**
         * Change the signed-in user's profile
         * @description Only the fields sent change. `name` needs a visible character; `locale` is a BCP 47 tag (stored canonicalised), `time_zone` an IANA zone; null resets them to the browser's. `avatar_id` is an image the caller uploaded that nothing uses yet (400 otherwise, as for anyone else's upload); the previous photo is released and removed by the hourly sweep.
         */
        patch: operations["updateCurrentUser"];
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description 400 when `current_password` is wrong (not 401: the caller is signed in). Every refresh token of the account is revoked, signing out every other session; the answer is a new session for the caller.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a link to choose a new password
         * @description Always 202, whether or not the address has an account, so the answer tells nothing. An account gets an email with a link to `/reset-password?token=…` that works once, for an hour; it replaces any earlier link. 429 after too many requests for one email from one address.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with an emailed link
         * @description 204 when the password is set; every session of the account is signed out. 400 `validation_failed` for a token that is unknown, used already, replaced or expired.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new token pair
         * @description Each refresh token works once; the answer carries its replacement (in the cookie when the token came from the cookie). 401 for a refresh token that is expired, used already or revoked. A used one presented again was copied: the whole sign-in it belongs to ends (its refresh tokens, access tokens and sockets), the thief and the owner both sign in again.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up: email a link that creates the account
         * @description Always 202 for a valid body, whether or not the address has an account, so the answer tells nothing. A new address gets a link to `/confirm-registration?token=…` that works once, for a day (POST it to `/api/auth/register/confirm`); an address with an account gets an email saying so, with links to sign in and to reset the password. 429 after too many sign-ups, sign-ins or resets from one address.
         */
        post: operations["registerUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the account with the emailed sign-up link, and sign in
         * @description 201 with a session, as a sign-in answers. 400 `validation_failed` for a token that is unknown, used already or expired; 409 `email_taken` when the address got an account meanwhile.
         */
        post: operations["confirmRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demo-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The demo accounts, for one-click sign-in on a demo database
         * @description Public. An empty list unless `SEED_DEMO` is on and the seeded demo accounts exist; each entry carries the documented demo password `flexbnb-demo`.
         */
        get: operations["listDemoAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a photo, a PDF or a voice message, to send it
         * @description `multipart/form-data` with the file in the field `file`. What it is comes from its content, never its name or declared type: images (JPEG, PNG, WebP, GIF; HEIC, HEIF and AVIF when the server can read them, stored as JPEG) are re-encoded without their metadata (EXIF, GPS), turned upright, scaled down to 4096 pixels at most on their longest side, and get a JPEG thumbnail; PDFs and audio (WebM, Ogg, MP4/M4A) are kept as sent, audio with its length when it can be read. Anything else is 415 `unsupported_media_type`; a file over the server's `ATTACHMENT_MAX_BYTES` (10 MB unless configured) is 413 `payload_too_large` and nothing is kept; an empty file is 400. The name is the file's own, cleaned, with the extension of what it is. Then send it: `attachment_ids` of `POST /api/messaging/messages/send/`, or of a quick reply. Only its uploader can use it; an upload not sent or kept on a quick reply within a day is deleted. 429 with `Retry-After` past the caller's uploads per minute.
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An attachment's file
         * @description To the participants of the conversation of the message that carries it, and to its uploader while it is not sent or is kept on their quick reply; 404 to anyone else, and to everyone once its message was unsent. `Content-Disposition` names the file; `ETag` with `If-None-Match` answers 304; a single `Range` (`bytes=start-end`, `start-`, `-suffix`) answers 206 with that part, 416 when it starts past the end (for seeking in voice messages).
         */
        get: operations["getAttachmentContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/attachments/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An image attachment's thumbnail (a JPEG of 320 pixels at most)
         * @description Served as the file is (`getAttachmentContent`); 404 for an attachment without a thumbnail (not an image).
         */
        get: operations["getAttachmentThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's automations, newest first */
        get: operations["listAutomations"];
        put?: never;
        /**
         * Send a message on every confirmed stay’s timeline
         * @description Either `quick_reply_id` (one of the caller’s templates; its text as it is when sent) or `message`, not both (400). Without `property_id` it applies to every property of the host. Each confirmed stay that matches gets one scheduled message at the trigger’s time plus or minus `offset_minutes`, rendered for the stay when it goes out; the upcoming confirmed stays get theirs at once. A stay confirmed after that time gets it at once (`late_booking: send_now`) or not at all (`skip`). A message whose placeholders have no value when it is due is held, never sent with a blank: the host is notified of the missing fields, and filling them sends it.
         */
        post: operations["createAutomation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/automations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller’s automations */
        get: operations["getAutomation"];
        put?: never;
        post?: never;
        /** Delete an automation; what it did not send yet is cancelled */
        delete: operations["deleteAutomation"];
        options?: never;
        head?: never;
        /**
         * Change an automation; its upcoming scheduled messages follow
         * @description Messages not sent yet move to the new time, or are cancelled when the automation is turned off or no longer matches their property; a stay’s edited copy keeps its text.
         */
        patch: operations["updateAutomation"];
        trace?: never;
    };
    "/api/messaging/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's conversations, newest activity first
         * @description `all`: every conversation; `active`: not archived by the caller; `archived`: archived by the caller; `unread`: with messages the caller has not read. `q` searches the property title, the other person's name and the messages, as `GET /api/messaging/search` does (full-text, typos in names and all). The next page's URL is in the `Link` header.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A conversation with a page of its messages
         * @description The newest page first; pass `before=<id of the oldest message you have>` for older ones (404 when that message is not in this conversation).
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/conversations/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive the conversation for the caller (the other side keeps it) */
        post: operations["archiveConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/conversations/{id}/mark-all-read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every message the caller received in the conversation as read */
        post: operations["markConversationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/conversations/{id}/scheduled-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s own messages waiting to be sent in a conversation, in time order */
        get: operations["listConversationScheduledMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/conversations/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring the conversation back to the caller’s inbox */
        post: operations["unarchiveConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/conversations/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start or reopen a conversation with the host of a property
         * @description One thread per property and guest (per reservation when `reservation_id` is given): an existing thread is returned with 200 instead of a new one with 201. `message`, when given, is sent in it. 403 when the caller hosts the property; 404 when the property, or the caller's reservation, does not exist; 409 when a racing request changed the thread (try again).
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unsend a message you sent
         * @description Its sender only (403 for the receiver), within 24 hours of sending (409 after, or for a system line). Both sides then see it as unsent: empty text, no attachments (no longer served), no reactions, `unsent_at` set; replies quoting it quote nothing. If the receiver had not read it, it counts as read (there is nothing left to read): they get `message.read` and their unread counts drop. What it said is kept in its revision log, which only admins read. Unsending twice answers the unsent message. Both participants get `message.updated` (for the replies whose quote changed too). 429 as for edits.
         */
        delete: operations["unsendMessage"];
        options?: never;
        head?: never;
        /**
         * Edit the text of a message you sent
         * @description Its sender only (403 for the receiver), within 15 minutes of sending (409 after, once unsent, or for a system line). The message gets `edited_at`; the text it had is kept in its revision log, which only admins read, and replies quoting it quote the new text. The same text again changes nothing. Both participants get `message.updated` (for the replies whose quote changed too). 429 with `Retry-After` when the caller spent their per-minute budget for edits, unsends and reactions.
         */
        patch: operations["editMessage"];
        trace?: never;
    };
    "/api/messaging/messages/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the receiver of a message was told of it (its sender only)
         * @description The deliveries of the notification the message raised (the first unread message of a thread raises one; later ones join it), by channel with status and times, and when the receiver read the message. Never the receiver’s address. 404 unless the caller sent the message.
         */
        get: operations["getMessageDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/messages/{id}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * React to a message with an emoji
         * @description One of each emoji per person per message: reacting again with the same emoji changes nothing. Either participant may react to any message of the conversation but an unsent one (409), with at most 20 different emojis per person and message (409 past that). Both participants get `message.reaction`. 429 as for edits.
         */
        post: operations["addReaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/messages/{id}/reactions/{emoji}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take back your reaction
         * @description The emoji URL-encoded. Taking back a reaction you did not make changes nothing. Both participants get `message.reaction` when it changed. 429 as for edits.
         */
        delete: operations["removeReaction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a message read (its receiver only) */
        post: operations["markMessageRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/messages/{id}/translate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a received message in the language the caller reads
         * @description For a message sent before the caller chose their language, or one whose translation failed: the translation is made in the background and arrives as `message.translated`. 202 whether or not one is needed (a message in the caller’s language needs none). 404 for a message the caller did not receive; 409 without a translation service.
         */
        post: operations["translateMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/messages/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message to the other participant of a conversation
         * @description A retry with the same `client_message_id` answers 200 with the first message instead of creating another. With `quick_reply_id` (one of the caller's templates; 404 otherwise) and no `message`, the template is rendered for the conversation as `GET /api/messaging/quick-replies/{id}/preview/` shows; with both, the given `message` is sent (the client edited the preview). Either way the message has `is_quick_reply` and the template counts one use in the same transaction, once per `client_message_id`. 400 when the template belongs to another property, is inactive, or leaves nothing to send in this conversation. 429 with `Retry-After` when the caller spent their per-minute sending budget (REST and socket together). 503 `overloaded` with `Retry-After` (and `error.details.retry_after_ms`) while the node is at capacity: send the same body, with the same `client_message_id`, again after that long.
         *
         *     With `send_at` (a future time within 90 days) nothing is sent now: the message is scheduled and answered 202 as a `ScheduledMessage`, sent at that time as if sent then (a quick reply rendered then), and cancellable until then (`POST /api/messaging/scheduled-messages/{id}/cancel/`). A retry with the same `client_message_id` answers 202 with the same scheduled message.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's notification preferences
         * @description Per type, the channels wanted (`in_app` is always on); quiet hours (null: off), during which push, email and SMS that are not urgent wait until the window ends; the phone SMS go to.
         */
        get: operations["getNotificationSettings"];
        /**
         * Change notification preferences
         * @description Only what is given changes: a type’s channels one by one, `quiet_hours` (null turns them off), `phone` (E.164; null removes it). Answers the settings as they now are.
         */
        put: operations["updateNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's notifications, newest first
         * @description `unread=true`: only the unread ones. The next page's URL is in the `Link` header.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/notifications/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a notification went out: one delivery per channel, with every attempt */
        get: operations["listNotificationDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one notification read
         * @description Its deliveries not yet sent (a push or email waiting to escalate) are cancelled. 404 when it is not the caller's.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/notifications/mark-all-read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all the caller's notifications read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn one type's email off, from the link in an email
         * @description No sign-in: the signed `token` of the email names the user and the type. Also the one-click target of the `List-Unsubscribe` header (RFC 8058). 400 for a token that is not valid.
         */
        post: operations["unsubscribeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a browser's Web Push subscription
         * @description The body is `PushSubscription.toJSON()`. Registering the same endpoint again answers the existing subscription (200) and moves it to the caller.
         */
        post: operations["createPushSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/push-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Forget a Web Push subscription */
        delete: operations["deletePushSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/push/vapid-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Web Push application server key */
        get: operations["getVapidPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/quick-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's quick reply templates, most used first
         * @description Active templates only unless `include_inactive=true`; `category` narrows to one category (`greeting`, `booking_confirmation`, `check_in_instructions`, `check_out_instructions`, `amenities_info`, `directions`, `house_rules`, `emergency`, `thank_you`, `custom`); with `property_id` (one of the caller's properties, 400 otherwise) that property's templates plus the global ones. Ties in usage are ordered by title. A host's first property brings a starter set of one global template per category. The next page's URL is in the `Link` header.
         */
        get: operations["listQuickReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/quick-replies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One quick reply template
         * @description Only its owner sees or changes a template: anyone else gets 404. `property_id` must be one of the caller's properties (400 otherwise) or null for a global template usable in every conversation.
         */
        get: operations["getQuickReply"];
        /**
         * Replace a quick reply template
         * @description `title`, `message` and `category` are required; `property_id` and `is_active` keep their value when left out (send `property_id: null` to make the template global). Only its owner sees or changes a template: anyone else gets 404. `property_id` must be one of the caller's properties (400 otherwise) or null for a global template usable in every conversation.
         */
        put: operations["replaceQuickReply"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a quick reply template
         * @description Like PUT, with every field optional. Only its owner sees or changes a template: anyone else gets 404. `property_id` must be one of the caller's properties (400 otherwise) or null for a global template usable in every conversation.
         */
        patch: operations["updateQuickReply"];
        trace?: never;
    };
    "/api/messaging/quick-replies/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a quick reply template
         * @description Answers 204 with no body. Messages already sent with it stay. 409 while an automation sends it: change or delete the automation first. Only its owner sees or changes a template: anyone else gets 404. `property_id` must be one of the caller's properties (400 otherwise) or null for a global template usable in every conversation.
         */
        delete: operations["deleteQuickReply"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/quick-replies/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Render a template for a conversation without sending it
         * @description The text `POST /api/messaging/messages/send/` with this `quick_reply_id` (and no `message`) would send in that conversation, so the composer can show it for editing first. 404 when the template or the conversation is not the caller's; 400 when the template belongs to another property than the conversation's.
         *
         *     Templates are plain text. Each placeholder in braces is filled from the conversation, its property and its reservation: `{guest_name}`, `{guest_first_name}`, `{host_name}`, `{property_name}`, `{property_address}`, `{check_in_date}`, `{check_out_date}`, `{check_in_time}`, `{check_out_time}`, `{nights}`, `{wifi_name}`, `{wifi_password}`, `{door_code}`, `{parking_info}`, `{house_manual_url}`, `{emergency_phone}`, `{reservation_total}`, `{payment_due_date}`, `{guests}`. Dates, times and amounts are written in the property's locale (a BCP 47 tag such as en-US or pt-PT) and dates in its time zone: for en-US dates such as "Sun, Dec 20, 2026", times such as "3:00 PM" and amounts such as "1,234.50"; for pt-PT "domingo, 20/12/2026", "16:00" and "1234,50". A placeholder without a value (the reservation placeholders when the conversation has no reservation, a property detail the host left empty) is never printed: the sentence holding it is left out — a sentence ends at ".", "!" or "?" followed by a space, or at the end of a line — along with the space before it, and a line left empty that way is removed. Anything else in braces, such as `{foo}`, `{{guest_name}}`, HTML or a value that itself contains braces, stays exactly as written: nothing is interpreted or escaped, and filled-in values are never filled in again.
         */
        get: operations["previewQuickReply"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/quick-replies/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a quick reply template
         * @description `title` is 1–100 characters, `message` 1–5000; `category` is one of `greeting`, `booking_confirmation`, `check_in_instructions`, `check_out_instructions`, `amenities_info`, `directions`, `house_rules`, `emergency`, `thank_you`, `custom` (default `custom`; anything else is a 400). Only its owner sees or changes a template: anyone else gets 404. `property_id` must be one of the caller's properties (400 otherwise) or null for a global template usable in every conversation. `attachment_ids` (uploads of the caller not sent yet) makes the template keep those files; every message sent from it, by hand or by an automation, carries copies of them.
         *
         *     Templates are plain text. Each placeholder in braces is filled from the conversation, its property and its reservation: `{guest_name}`, `{guest_first_name}`, `{host_name}`, `{property_name}`, `{property_address}`, `{check_in_date}`, `{check_out_date}`, `{check_in_time}`, `{check_out_time}`, `{nights}`, `{wifi_name}`, `{wifi_password}`, `{door_code}`, `{parking_info}`, `{house_manual_url}`, `{emergency_phone}`, `{reservation_total}`, `{payment_due_date}`, `{guests}`. Dates, times and amounts are written in the property's locale (a BCP 47 tag such as en-US or pt-PT) and dates in its time zone: for en-US dates such as "Sun, Dec 20, 2026", times such as "3:00 PM" and amounts such as "1,234.50"; for pt-PT "domingo, 20/12/2026", "16:00" and "1234,50". A placeholder without a value (the reservation placeholders when the conversation has no reservation, a property detail the host left empty) is never printed: the sentence holding it is left out — a sentence ends at ".", "!" or "?" followed by a space, or at the end of a line — along with the space before it, and a line left empty that way is removed. Anything else in braces, such as `{foo}`, `{{guest_name}}`, HTML or a value that itself contains braces, stays exactly as written: nothing is interpreted or escaped, and filled-in values are never filled in again.
         */
        post: operations["createQuickReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/scheduled-messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit one scheduled message: its text or its time (this copy only)
         * @description Only before it is sent (409 after). A new text may still use placeholders; a held message edited so that nothing is missing goes out at once if its time has passed.
         */
        patch: operations["updateScheduledMessage"];
        trace?: never;
    };
    "/api/messaging/scheduled-messages/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a message sent later, before its time */
        post: operations["cancelScheduledMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/scheduled-messages/{id}/send-now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a scheduled or held message now
         * @description 409 when it was sent, skipped or cancelled, or when placeholders still have no value (`error.details.missing_placeholders`): fill them or edit the text.
         */
        post: operations["sendScheduledMessageNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/scheduled-messages/{id}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Do not send this one (an automation’s; the others go on) */
        post: operations["skipScheduledMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/screening/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What contact screening would do to a text sent now
         * @description Until a stay of the conversation is confirmed, phone numbers, email addresses, links and requests to pay outside the platform are screened: with the `mask` policy they are hidden from both participants (`message` shows how), with `warn` the text is sent as written and flagged for admins. A composer calls this before sending so the sender can edit. Writes nothing. 404 for a conversation that is not the caller's.
         */
        post: operations["checkScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the caller's conversations
         * @description Message text by PostgreSQL full-text search, stemmed in the property's language ("noise" finds "noises") with `websearch_to_tsquery` syntax: `"a phrase"`, `or`, `-word`; guest names and property titles by similarity, typos and all. Only conversations the caller takes part in; `property_id` and `conversation_id` narrow it (someone else's finds nothing). Messages are `message` hits, a name or title a `conversation` hit at the conversation's last activity; system lines and unsent messages are not found. Newest first. The next page's URL is in the `Link` header.
         */
        get: operations["searchMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change for the caller after a cursor (catch-up after a gap or a reconnect)
         * @description Events are those the socket pushes (`message.created`, `message.read`, `conversation.updated`, `notification.created`, `unread.changed`), oldest first. Cursors are per user and consecutive: a live event whose cursor is more than one above the last applied one means events were missed. Without `since`, the answer is the current cursor and no events. 410 `cursor_expired` when `since` is older than the oldest change event still kept: reload the state over REST, then sync from the current cursor (ask without `since`).
         */
        get: operations["syncEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/translation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether messages are translated, by which service, between which languages
         * @description With a service configured (`TRANSLATE_URL` for LibreTranslate, or `DEEPL_API_KEY`), each message is translated after it is sent into the language its receiver reads (`GET /api/auth/me/`: `language`) when that differs from the one it was written in; the message then carries `translation` and the receiver gets `message.translated`. Without one, messages read as written.
         */
        get: operations["getTranslationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messaging/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unread messages and conversations, for badges */
        get: operations["getUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import users, properties and reservations in bulk (NDJSON, streamed)
         * @description For the first sync of thousands of records. The body is NDJSON (`Content-Type: application/x-ndjson`): one record a line, `type` (`user`, `property`, `reservation`) and `external_id` with the fields of its `PUT`. Lines are taken in order, so a reservation may follow its guest and property in the same body. The answer streams as the lines are read: one line per line (`created`, `updated` or `failed` with its error, exactly as the `PUT` would have answered), then a summary line (`done: true`). Each line stands alone: one that fails writes nothing and the others go on. At most 100000 lines of 64 KB each.
         *
         *     A new reservation is imported as it is on the platform (a past stay completed, a cancelled one cancelled), without notifying anyone and without stay lines; reminders and automated messages are planned for its times still to come, and no webhook is sent (the platform made it). A reservation that exists already is updated as by its `PUT`, with every lifecycle event that follows. The key needs `reservations:write`, and the scope of each other type it imports (`users:write`, `properties:write`): a line without it fails with `forbidden`.
         */
        post: operations["importPlatformRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post into a stay's conversation as its host, or as a system line
         * @description Into the conversation of the reservation (opened when its guest has not opened it yet). `as: host`: an ordinary message from the host, which its guest is notified of like any other. `as: system`: a system line ("Payment received") from the host, `kind: system` with `system.type: platform_note.posted`, read from the start and never notified. 201 with the message; the same `idempotency_key` again answers 200 with the first message, posting nothing. 409 when the reservation is not synced yet.
         */
        post: operations["postPlatformMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/properties/{external_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a property by the platform's id
         * @description Created as its host (`property.created`, as `POST /api/properties/`: 201), or updated as its host (`property.updated`, as `PATCH /api/properties/{id}/`: 200) — only when something changed, so the same request again records nothing. Fields left out take the defaults of `POST /api/properties/` on creation and keep their value on update. 409 when `host_external_id` is not synced yet (`PUT /api/platform/users/{external_id}` first) or names another host than the property has (a property’s host cannot change).
         */
        put: operations["upsertPlatformProperty"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/reservations/{external_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a reservation by the platform's id
         * @description Created as its guest (`POST /api/reservations/`: 201), or its dates, guests and `payment_due_at` changed as its host (`PATCH /api/reservations/{id}/`: 200); then moved to `status` through the host’s confirm, decline, cancel and complete (pending goes to completed by way of confirmed). Each step records the same events as those endpoints: reminders scheduled, moved or cancelled, scheduled messages moved, notifications, stay lines in its conversation. The same request again records nothing. `total_price` counts on creation only, when the property has no nightly rate.
         *
         *     Out of order: a reservation whose property or guest is not synced yet is refused with 409 naming each missing one and the call that syncs it (no placeholder is made). 409 too when it would move to another property or guest, or for a change the messenger refuses (a cancelled reservation confirmed, dates changed after check-in, completed before check-out, overlapping a confirmed stay), with its message; steps done before a refused one stay done, and the same request again carries on from them.
         */
        put: operations["upsertPlatformReservation"];
        post?: never;
        /**
         * Cancel a reservation by the platform's id
         * @description Cancelled as its host (`POST /api/reservations/{id}/cancel/`): its guest is told and its reminders cancelled. Answers the reservation; a cancelled one as it is. 404 when unknown; 409 when it is declined or completed.
         */
        delete: operations["cancelPlatformReservation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/users/{external_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a user by the platform's id
         * @description `external_id` is the platform's own id of the user, the `sub` its tokens carry: those tokens (the external issuer, `JWT_JWKS_URL`) then sign in as this account. 201 when the account was created, 200 when it existed, changed or not. An account with the same email and no external id yet is linked to it (as a first sign-in with the platform’s token does). Fields left out keep their value (none on creation); null clears one. 409 `email_taken` when the email belongs to another account; 409 when this account was deleted.
         */
        put: operations["upsertPlatformUser"];
        post?: never;
        /**
         * Delete a user by the platform's id
         * @description As the user’s own deletion (`DELETE /api/auth/me/`): the account is emptied rather than removed, so the other side of each conversation keeps its messages, from "Former user"; its sessions end and its tokens are refused from then on. 204 with no body; 404 when unknown or deleted already; 409 while it has a pending or confirmed stay that has not ended.
         */
        delete: operations["deletePlatformUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every webhook endpoint, oldest first */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe an endpoint to events
         * @description Each event is POSTed to `url` as `{"type", "timestamp", "data"}`, signed as the Standard Webhooks specification says (`webhook-id`, the same on every attempt; `webhook-timestamp`; `webhook-signature`, HMAC-SHA256 with `secret`). A 2xx answer within 10 s is a success; redirects are not followed; anything else is tried again after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (by default). An endpoint whose deliveries keep failing is turned off and the admins are told. 400 when the URL resolves to a loopback or private address. The answer carries the secret.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint, with its secret */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its deliveries */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change, turn off or turn back on a webhook endpoint
         * @description Only the fields given change. `active: true` turns back on an endpoint the messenger turned off and forgets its failures; deliveries that failed meanwhile are not sent again.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/platform/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's recent deliveries, newest first, with every attempt
         * @description The next page's URL is in the `Link` header.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List properties, newest first
         * @description The next page's URL is in the `Link` header.
         */
        get: operations["listProperties"];
        put?: never;
        /**
         * Create a property hosted by the caller
         * @description 400 when `photo_ids` names anything but image uploads of the caller not used elsewhere yet.
         */
        post: operations["createProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/properties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One property */
        get: operations["getProperty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a property (its host only)
         * @description 404 when it does not exist or the caller does not host it. `photo_ids` replaces the photos, in order; 400 when it names anything but image uploads of the caller not used elsewhere yet or photos of this property.
         */
        patch: operations["updateProperty"];
        trace?: never;
    };
    "/api/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's reservations, as guest or host, newest first
         * @description Narrowed by `role`, `status`, `when` and `property_id` when given. The next page's URL is in the `Link` header.
         */
        get: operations["listReservations"];
        put?: never;
        /**
         * Book a property as its guest
         * @description 403 when the caller hosts the property; 404 when it does not exist.
         */
        post: operations["createReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reservations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reservation (its guest and host only) */
        get: operations["getReservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the dates, guests or payment due time; reminders not sent are rescheduled
         * @description By the guest while it is pending, by the host until check-in. 403 for the guest of a confirmed reservation; 409 when it can no longer change, or when new dates overlap another confirmed stay of the property; 400 when `check_out` is not after `check_in`.
         */
        patch: operations["updateReservation"];
        trace?: never;
    };
    "/api/reservations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending or confirmed reservation (its guest or host); reminders not sent are cancelled
         * @description 404 when the caller is neither its guest nor its host; 409 when it is declined or completed. Cancelling a cancelled one again answers it as it is.
         */
        post: operations["cancelReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reservations/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a confirmed stay completed after check-out (its host only; a daily job does it too)
         * @description 404 when the reservation is not one of the caller’s properties’; 403 for its guest; 409 when it is not confirmed or its check-out has not passed.
         */
        post: operations["completeReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reservations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a pending reservation (its host only); the guest is notified
         * @description 404 when the reservation is not one of the caller’s properties’; 403 for its guest; 409 when it is not pending. Confirming a confirmed one again answers it as it is.
         */
        post: operations["confirmReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reservations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a pending reservation (its host only); the guest is notified
         * @description 404 when the reservation is not one of the caller’s properties’; 403 for its guest; 409 when it is not pending. Declining a declined one again answers it as it is.
         */
        post: operations["declineReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reservations/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reservation's automated reminders, in time order (its guest and host only) */
        get: operations["listReservationReminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reservations/{id}/scheduled-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A stay's scheduled messages, sent and upcoming, in time order (its host only)
         * @description Each with its text rendered with the stay’s values as they are now and the placeholders that have none (`missing_placeholders`): such a message would be held. The guest sees none of them (an empty list); anyone else gets 404.
         */
        get: operations["listStayScheduledMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database answers
         * @description 503 `unavailable` while the database does not answer.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdminAttachmentRef: {
            content_type: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "image" | "audio" | "file";
            name: string;
            size: number;
        };
        AdminAutomation: {
            /** Format: date-time */
            created_at: string;
            host: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: uuid */
            id: string;
            is_active: boolean;
            message: string | null;
            name: string;
            offset_minutes: number;
            property: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            quick_reply: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            /** @description Its messages still to send */
            scheduled: number;
            trigger: components["schemas"]["AutomationTrigger"];
        };
        AdminConversation: {
            /** Format: date-time */
            created_at: string;
            guest: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            host: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: uuid */
            id: string;
            last_message_at: string | null;
            messages: number;
            property: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            reservation_id: string | null;
        };
        AdminConversationView: {
            /**
             * Format: uuid
             * @description The audit-log entry this view wrote
             */
            audit_id: string;
            conversation: components["schemas"]["AdminConversation"];
            /** @description The latest 500, oldest first */
            messages: {
                /** @description As it has them now */
                attachments: components["schemas"]["AdminAttachmentRef"][];
                /** Format: date-time */
                created_at: string;
                edited_at: string | null;
                /** Format: uuid */
                id: string;
                is_read: boolean;
                /** @enum {string} */
                kind: "text" | "system";
                /** @description As it reads now: empty once unsent */
                message: string;
                /** @description Its revision log, oldest first: every earlier text, which only admins can read */
                revisions: components["schemas"]["AdminMessageRevision"][];
                /** @description What contact screening found when it was sent (or last edited) */
                screening: components["schemas"]["AdminScreening"] | null;
                sender: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                seq: number;
                system: components["schemas"]["SystemLine"] | null;
                unsent_at: string | null;
            }[];
            /** @description Older messages exist beyond those shown */
            truncated: boolean;
        };
        AdminDashboard: {
            /** @description Per channel */
            delivery_success: {
                /** @enum {string} */
                channel: "email" | "sms" | "push";
                failed: number;
                /** @description sent / (sent + failed) over the last 30 days; null when neither */
                rate: number | null;
                sent: number;
            }[];
            /** Format: date-time */
            generated_at: string;
            jobs: {
                failed: number;
                oldest_due_age_seconds: number | null;
                pending: number;
                running: number;
            };
            /** @description The last 30 days (UTC), oldest first, today included; days without any are 0 */
            messages_per_day: {
                count: number;
                /** Format: date */
                date: string;
            }[];
            /** @description Since midnight UTC */
            messages_today: number;
            /** @description The server nodes alive: each says it is every few seconds */
            nodes: {
                hostname: string;
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                last_seen_at: string;
                pid: number;
                roles: ("api" | "worker")[];
                sockets: number;
                /** Format: date-time */
                started_at: string;
            }[];
            /** @description Over the last 30 days */
            notifications_by_channel: {
                /** @enum {string} */
                channel: "in_app" | "email" | "sms" | "push";
                count: number;
                /** @description For in_app: `read` or `unread`; else a delivery status */
                status: string;
            }[];
            reminders: {
                failed: number;
                /** @description Scheduled for a time already past */
                overdue: number;
                scheduled: number;
            };
            totals: {
                admins: number;
                conversations: number;
                disabled_users: number;
                messages: number;
                properties: number;
                reservations: number;
                users: number;
            };
        };
        AdminDelivery: {
            attempts: number;
            /** @enum {string} */
            channel: "email" | "sms" | "push";
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            last_error: string | null;
            next_attempt_at: string | null;
            notification: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                notification_type: "new_message" | "booking_request" | "booking_confirmed" | "check_in_reminder" | "check_out_reminder" | "payment_due_reminder" | "booking_declined" | "booking_cancelled" | "scheduled_message_held" | "webhook_disabled";
                title: string;
            };
            provider_message_id: string | null;
            sent_at: string | null;
            /** @enum {string} */
            status: "pending" | "deferred" | "sent" | "failed" | "skipped" | "cancelled";
            /** Format: date-time */
            updated_at: string;
            user: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        AdminDeliveryDetail: {
            attempts: number;
            /** @enum {string} */
            channel: "email" | "sms" | "push";
            /** Format: date-time */
            created_at: string;
            /** @description Every attempt, oldest first */
            history: {
                /** Format: date-time */
                attempted_at: string;
                error: string | null;
                /** @enum {string} */
                outcome: "sent" | "failed" | "deferred" | "skipped" | "cancelled";
                /** @description The provider's answer: an SMTP, HTTP or Twilio code */
                response_code: string | null;
            }[];
            /** Format: uuid */
            id: string;
            last_error: string | null;
            next_attempt_at: string | null;
            notification: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                notification_type: "new_message" | "booking_request" | "booking_confirmed" | "check_in_reminder" | "check_out_reminder" | "payment_due_reminder" | "booking_declined" | "booking_cancelled" | "scheduled_message_held" | "webhook_disabled";
                title: string;
            };
            provider_message_id: string | null;
            sent_at: string | null;
            /** @enum {string} */
            status: "pending" | "deferred" | "sent" | "failed" | "skipped" | "cancelled";
            /** Format: date-time */
            updated_at: string;
            user: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        AdminJob: {
            attempts: number;
            /** Format: date-time */
            created_at: string;
            finished_at: string | null;
            /** Format: uuid */
            id: string;
            kind: string;
            last_error: string | null;
            max_attempts: number;
            /** Format: date-time */
            run_at: string;
            /** @enum {string} */
            state: "pending" | "running" | "completed" | "failed";
        };
        AdminMessageRevision: {
            /** @enum {string} */
            action: "edited" | "unsent";
            /** Format: uuid */
            actor_id: string;
            /** @description The attachments before this change */
            attachments: components["schemas"]["AdminAttachmentRef"][];
            /**
             * Format: date-time
             * @description When the change was made
             */
            created_at: string;
            /** @description The text before this change */
            message: string;
            /** @description 1 for the first change, then 2, 3… */
            revision: number;
        };
        AdminNotification: {
            conversation_id: string | null;
            /** Format: date-time */
            created_at: string;
            deliveries: {
                attempts: number;
                /** @enum {string} */
                channel: "email" | "sms" | "push";
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "pending" | "deferred" | "sent" | "failed" | "skipped" | "cancelled";
            }[];
            /** Format: uuid */
            id: string;
            is_read: boolean;
            message: string;
            /** @enum {string} */
            notification_type: "new_message" | "booking_request" | "booking_confirmed" | "check_in_reminder" | "check_out_reminder" | "payment_due_reminder" | "booking_declined" | "booking_cancelled" | "scheduled_message_held" | "webhook_disabled";
            reservation_id: string | null;
            title: string;
            user: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        AdminProperty: {
            address: string;
            conversations: number;
            /** Format: date-time */
            created_at: string;
            host: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: uuid */
            id: string;
            reservations: number;
            timezone: string;
            title: string;
        };
        AdminPropertyDetail: {
            /** @description The latest 50 by activity */
            conversations: components["schemas"]["AdminConversation"][];
            property: components["schemas"]["AdminProperty"];
            /** @description The latest 50 by check-in */
            reservations: components["schemas"]["AdminReservation"][];
        };
        AdminQuickReply: {
            category: components["schemas"]["QuickReplyCategory"];
            /** Format: date-time */
            created_at: string;
            host: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: uuid */
            id: string;
            is_active: boolean;
            message: string;
            property: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            title: string;
            usage_count: number;
        };
        AdminReminder: {
            guest: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: uuid */
            id: string;
            offset_minutes: number;
            property: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            /** @enum {string} */
            reminder_type: "check_in_reminder" | "check_out_reminder" | "payment_due_reminder";
            reservation: {
                /** Format: date */
                check_in: string;
                /** Format: date */
                check_out: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "completed";
            };
            /** Format: date-time */
            scheduled_for: string;
            /** @description `scheduled_for` in the property's time zone, ISO-8601 with its offset */
            scheduled_for_local: string;
            sent_at: string | null;
            sent_at_local: string | null;
            /** @enum {string} */
            status: "scheduled" | "sent" | "cancelled" | "skipped" | "failed";
            timezone: string;
        };
        AdminReservation: {
            /** Format: date */
            check_in: string;
            /** Format: date */
            check_out: string;
            /** Format: date-time */
            created_at: string;
            guest: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            guests: number;
            host: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: uuid */
            id: string;
            payment_due_at: string | null;
            property: {
                /** Format: uuid */
                id: string;
                timezone: string;
                title: string;
            };
            /** @enum {string} */
            status: "pending" | "confirmed" | "declined" | "cancelled" | "completed";
        };
        AdminReservationDetail: {
            conversations: components["schemas"]["AdminConversation"][];
            reminders: components["schemas"]["AdminReminder"][];
            reservation: components["schemas"]["AdminReservation"];
            scheduled_messages: components["schemas"]["ScheduledMessage"][];
        };
        AdminScreenedMessage: {
            /** Format: uuid */
            conversation_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** @description As the conversation shows it */
            message: string;
            property: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            receiver: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            screening: components["schemas"]["AdminScreening"];
            sender: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
        };
        AdminScreening: {
            /** @enum {string} */
            action: "masked" | "flagged" | "revealed";
            /** @description What was found, in the order it appears */
            matches: {
                /** @enum {string} */
                kind: "phone" | "email" | "link" | "payment";
                text: string;
            }[];
            /** @description The text as its sender wrote it */
            original: string;
        };
        AdminUser: {
            /** Format: date-time */
            created_at: string;
            disabled_at: string | null;
            email: string;
            /** Format: uuid */
            id: string;
            /** @description When the account last signed in, refreshed its session or had a socket open */
            last_seen_at: string | null;
            messages_sent: number;
            name: string;
            phone: string | null;
            /** @description Properties the user hosts */
            properties: number;
            /** @enum {string} */
            role: "user" | "admin";
            /** @enum {string} */
            status: "active" | "disabled";
        };
        AdminWebhookDelivery: {
            attempts: number;
            /** Format: date-time */
            created_at: string;
            endpoint: {
                active: boolean;
                /** Format: uuid */
                id: string;
                url: string;
            };
            /** Format: uuid */
            endpoint_id: string;
            /** @enum {string} */
            event_type: "message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held";
            /**
             * Format: uuid
             * @description Also the `webhook-id` header, the same on every attempt
             */
            id: string;
            last_status_code: number | null;
            next_attempt_at: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** Format: date-time */
            updated_at: string;
        };
        AdminWebhookDeliveryDetail: {
            attempts: number;
            body: components["schemas"]["WebhookBody"];
            /** Format: date-time */
            created_at: string;
            endpoint: {
                active: boolean;
                /** Format: uuid */
                id: string;
                url: string;
            };
            /** Format: uuid */
            endpoint_id: string;
            /** @enum {string} */
            event_type: "message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held";
            /** @description Every attempt, oldest first */
            history: components["schemas"]["WebhookAttempt"][];
            /**
             * Format: uuid
             * @description Also the `webhook-id` header, the same on every attempt
             */
            id: string;
            last_status_code: number | null;
            next_attempt_at: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** Format: date-time */
            updated_at: string;
        };
        ApiKey: {
            created_at: string;
            /** Format: uuid */
            id: string;
            last_used_at: string | null;
            name: string;
            prefix: string;
            revoked_at: string | null;
            scopes: ("users:write" | "properties:write" | "reservations:write" | "messages:write" | "webhooks:manage")[];
            /** @description The contact screening of the conversations about the properties this key syncs, in place of the installation's `SCREENING_POLICY`: `mask`, `warn` or `off`; null follows the installation */
            screening_policy: components["schemas"]["ScreeningPolicy"] | null;
        };
        /**
         * @example {
         *       "id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
         *       "kind": "image",
         *       "content_type": "image/jpeg",
         *       "size": 183204,
         *       "name": "parking.jpg",
         *       "width": 1600,
         *       "height": 1200,
         *       "duration_ms": null,
         *       "url": "/api/messaging/attachments/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d/content",
         *       "thumbnail_url": "/api/messaging/attachments/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d/thumbnail"
         *     }
         */
        Attachment: {
            /** @description Decided from the content: image/jpeg, application/pdf, audio/webm… */
            content_type: string;
            /** @description Audio: length, when the container tells it */
            duration_ms: number | null;
            /** @description Images: pixels */
            height: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "image" | "audio" | "file";
            /** @description The file name given at upload, for display and downloads */
            name: string;
            /** @description Bytes, as stored (images re-encoded) */
            size: number;
            /** @description Images: a small JPEG preview */
            thumbnail_url: string | null;
            /** @description GET with the bearer token: the content (range requests for audio); 404 to non-participants */
            url: string;
            /** @description Images: pixels */
            width: number | null;
        };
        AuditEntry: {
            /** @enum {string} */
            action: "user.disabled" | "user.enabled" | "user.role_changed" | "conversation.viewed" | "delivery.retried" | "deliveries.retried" | "reminders.run" | "api_key.created" | "api_key.updated" | "api_key.revoked" | "webhook.redelivered";
            /** @description Who acted; as they were named then (a command-line action has no id) */
            actor: {
                email: string | null;
                id: string | null;
                name: string;
            };
            /** Format: date-time */
            created_at: string;
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            reason: string | null;
            target_id: string | null;
            /** @description `user`, `conversation`, `delivery`, … */
            target_type: string;
        };
        /**
         * @example {
         *       "id": "2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809",
         *       "name": "Check-in instructions",
         *       "quick_reply_id": "6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
         *       "message": null,
         *       "translations": {},
         *       "trigger": "before_check_in",
         *       "offset_minutes": 2880,
         *       "property_id": null,
         *       "late_booking": "send_now",
         *       "is_active": true,
         *       "created_at": "2026-11-25T10:00:00.000Z",
         *       "updated_at": "2026-11-25T10:00:00.000Z"
         *     }
         */
        Automation: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            is_active: boolean;
            late_booking: components["schemas"]["LateBookingPolicy"];
            /** @description The text, when it does not come from a template */
            message: string | null;
            name: string;
            offset_minutes: number;
            /** @description Null: every property of the host */
            property_id: string | null;
            /** @description The template the text comes from when sent */
            quick_reply_id: string | null;
            /** @description `message` in other languages (a template brings its own): the guest’s is sent to them */
            translations: components["schemas"]["TemplateTranslations"];
            trigger: components["schemas"]["AutomationTrigger"];
            /** Format: date-time */
            updated_at: string;
        };
        /** @enum {string} */
        AutomationTrigger: "booking_confirmed" | "before_check_in" | "after_check_in" | "before_check_out" | "after_check_out";
        /** @enum {string} */
        AutomationTriggerInput: "booking_confirmed" | "before_check_in" | "after_check_in" | "before_check_out" | "after_check_out";
        Conversation: {
            /** Format: date-time */
            created_at: string;
            guest: components["schemas"]["UserSummary"];
            /** Format: uuid */
            guest_id: string;
            host: components["schemas"]["UserSummary"];
            /** Format: uuid */
            host_id: string;
            /** Format: uuid */
            id: string;
            /** @description The caller's own archive flag */
            is_archived: boolean;
            is_archived_by_guest: boolean;
            is_archived_by_host: boolean;
            last_message: components["schemas"]["Message"] | null;
            last_message_at: string | null;
            property: {
                /** Format: uuid */
                id: string;
                timezone: string;
                title: string;
            };
            /** Format: uuid */
            property_id: string;
            reservation: {
                /** Format: date */
                check_in: string;
                /** Format: date */
                check_out: string;
                guests: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "completed";
            } | null;
            reservation_id: string | null;
            /** @description Messages the caller has received and not read */
            unread_count: number;
            /** Format: date-time */
            updated_at: string;
        };
        ConversationDetail: {
            /** Format: date-time */
            created_at: string;
            guest: components["schemas"]["UserSummary"];
            /** Format: uuid */
            guest_id: string;
            /** @description Older messages exist: ask with ?before=<first id> */
            has_more_messages: boolean;
            host: components["schemas"]["UserSummary"];
            /** Format: uuid */
            host_id: string;
            /** Format: uuid */
            id: string;
            /** @description The caller's own archive flag */
            is_archived: boolean;
            is_archived_by_guest: boolean;
            is_archived_by_host: boolean;
            last_message: components["schemas"]["Message"] | null;
            last_message_at: string | null;
            /** @description One page, oldest first; the newest page by default */
            messages: components["schemas"]["Message"][];
            property: {
                /** Format: uuid */
                id: string;
                timezone: string;
                title: string;
            };
            /** Format: uuid */
            property_id: string;
            reservation: {
                /** Format: date */
                check_in: string;
                /** Format: date */
                check_out: string;
                guests: number;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "completed";
            } | null;
            reservation_id: string | null;
            /** @description Messages the caller has received and not read */
            unread_count: number;
            /** Format: date-time */
            updated_at: string;
        };
        CreatedApiKey: {
            created_at: string;
            /** Format: uuid */
            id: string;
            key: string;
            last_used_at: string | null;
            name: string;
            prefix: string;
            revoked_at: string | null;
            scopes: ("users:write" | "properties:write" | "reservations:write" | "messages:write" | "webhooks:manage")[];
            /** @description The contact screening of the conversations about the properties this key syncs, in place of the installation's `SCREENING_POLICY`: `mask`, `warn` or `off`; null follows the installation */
            screening_policy: components["schemas"]["ScreeningPolicy"] | null;
        };
        Delivery: {
            attempts: number;
            /** @enum {string} */
            channel: "email" | "sms" | "push";
            /** Format: date-time */
            created_at: string;
            /** @description Oldest first */
            history: {
                /** Format: date-time */
                attempted_at: string;
                error: string | null;
                /** @enum {string} */
                outcome: "sent" | "failed" | "deferred" | "skipped" | "cancelled";
                /** @description The provider's answer: an SMTP, HTTP or Twilio code */
                response_code: string | null;
            }[];
            /** Format: uuid */
            id: string;
            last_error: string | null;
            next_attempt_at: string | null;
            /** Format: uuid */
            notification_id: string;
            sent_at: string | null;
            /** @enum {string} */
            status: "pending" | "deferred" | "sent" | "failed" | "skipped" | "cancelled";
            /** Format: date-time */
            updated_at: string;
        };
        DeliveryQueue: {
            /** @enum {string} */
            channel: "email" | "sms" | "push";
            /** @description Held by quiet hours */
            deferred: number;
            /** @description Pending and due now */
            due: number;
            failed: number;
            /** @description How long the oldest due delivery has waited */
            oldest_due_age_seconds: number | null;
            oldest_due_at: string | null;
            /** @description Pending, due now or later */
            pending: number;
        }[];
        /**
         * @example {
         *       "email": "host@demo.flexbnb.test",
         *       "name": "Hana Host",
         *       "label": "host",
         *       "password": "flexbnb-demo"
         *     }
         */
        DemoAccount: {
            email: string;
            /** @description host, guest or admin */
            label: string;
            name: string;
            /** @description The documented demo password, the same for every account */
            password: string;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "not_found",
         *         "message": "Conversation not found"
         *       }
         *     }
         */
        Error: {
            error: {
                code: string;
                details?: unknown;
                message: string;
            };
        };
        /**
         * @description A language the messenger speaks, as an ISO 639-1 code
         * @enum {string}
         */
        Language: "en" | "pt" | "es" | "fr" | "de";
        /**
         * @description A language the messenger speaks, as an ISO 639-1 code
         * @enum {string}
         */
        LanguageInput: "en" | "pt" | "es" | "fr" | "de";
        /** @enum {string} */
        LateBookingPolicy: "send_now" | "skip";
        /** @enum {string} */
        LateBookingPolicyInput: "send_now" | "skip";
        /**
         * @example {
         *       "id": "9c8b7a6f-5e4d-4c3b-8a29-18f7e6d5c4b3",
         *       "conversation_id": "c0ffee00-1234-4abc-9def-0123456789ab",
         *       "seq": 3,
         *       "sender_id": "7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11",
         *       "receiver_id": "3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69",
         *       "message": "Hi! Is early check-in possible?",
         *       "screened": false,
         *       "screening": null,
         *       "language": "en",
         *       "translation": {
         *         "language": "pt",
         *         "text": "Olá! É possível fazer o check-in mais cedo?",
         *         "provider": "libretranslate"
         *       },
         *       "is_read": false,
         *       "read_at": null,
         *       "is_quick_reply": false,
         *       "client_message_id": "b1e2c3d4-0000-4000-8000-000000000001",
         *       "kind": "text",
         *       "system": null,
         *       "attachments": [],
         *       "reply_to": null,
         *       "reactions": [
         *         {
         *           "emoji": "👍",
         *           "count": 1,
         *           "user_ids": [
         *             "3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69"
         *           ]
         *         }
         *       ],
         *       "edited_at": null,
         *       "unsent_at": null,
         *       "created_at": "2026-11-25T10:05:00.000Z"
         *     }
         */
        Message: {
            /** @description In the order they were sent; none once unsent */
            attachments: components["schemas"]["Attachment"][];
            client_message_id: string | null;
            /** Format: uuid */
            conversation_id: string;
            /** Format: date-time */
            created_at: string;
            /** @description Its sender last edited the text then */
            edited_at: string | null;
            /** Format: uuid */
            id: string;
            is_quick_reply: boolean;
            is_read: boolean;
            /**
             * @description `text`: written by its sender. `system`: a line the messenger wrote about the stay (its sender made the change); never unread, never notified
             * @enum {string}
             */
            kind: "text" | "system";
            /** @description The language the text was written in, as detected; null when too short to tell */
            language: components["schemas"]["Language"] | null;
            /** @description The text; when `screened`, with contact details hidden (both participants see it so) */
            message: string;
            /** @description Each emoji once, in the order first used */
            reactions: components["schemas"]["Reaction"][];
            read_at: string | null;
            /** Format: uuid */
            receiver_id: string;
            /** @description The message this one answers, quoted */
            reply_to: components["schemas"]["ReplyQuote"] | null;
            /** @description Contact details or an off-platform payment request in it are hidden until the booking is confirmed */
            screened: boolean;
            /** @description What contact screening found, if anything */
            screening: components["schemas"]["Screening"] | null;
            /** Format: uuid */
            sender_id: string;
            /** @description Position in the conversation: 1, 2, 3… without gaps */
            seq: number;
            /** @description For a system line, what it tells; null for text */
            system: components["schemas"]["SystemLine"] | null;
            /** @description The text in the reader’s language, when it differs from `language` and a translation has been made (after the send: `message.translated` tells when); null otherwise */
            translation: components["schemas"]["MessageTranslation"] | null;
            /** @description Its sender unsent it then: `message` is empty and it has no attachments */
            unsent_at: string | null;
        };
        MessageDeliveries: {
            deliveries: {
                attempts: number;
                /** @enum {string} */
                channel: "email" | "sms" | "push";
                next_attempt_at: string | null;
                sent_at: string | null;
                /** @enum {string} */
                status: "pending" | "deferred" | "sent" | "failed" | "skipped" | "cancelled";
                /** Format: date-time */
                updated_at: string;
            }[];
            /** Format: uuid */
            message_id: string;
            read_at: string | null;
        };
        /** @description A message machine-translated into its reader’s language */
        MessageTranslation: {
            /** @description The language of `text`: the reader’s */
            language: components["schemas"]["Language"];
            /**
             * @description The service that translated it
             * @enum {string}
             */
            provider: "libretranslate" | "deepl";
            /** @description The message in that language, as the provider translated it */
            text: string;
        };
        /**
         * @example {
         *       "id": "9b2f8e1a-4c3d-4e5f-8a7b-6c5d4e3f2a1b",
         *       "notification_type": "new_message",
         *       "title": "New message from Gina Guest",
         *       "message": "Hi! What time can we check in?",
         *       "conversation_id": "c0ffee00-1234-4abc-8def-0123456789ab",
         *       "reservation_id": null,
         *       "delivery_method": "in_app,push,email",
         *       "is_read": false,
         *       "read_at": null,
         *       "email_sent": false,
         *       "email_sent_at": null,
         *       "sms_sent": false,
         *       "sms_sent_at": null,
         *       "push_sent": true,
         *       "push_sent_at": "2026-12-04T10:42:30.000Z",
         *       "created_at": "2026-12-04T10:42:00.000Z"
         *     }
         */
        Notification: {
            conversation_id: string | null;
            /** Format: date-time */
            created_at: string;
            delivery_method: string;
            email_sent: boolean;
            email_sent_at: string | null;
            /** Format: uuid */
            id: string;
            is_read: boolean;
            message: string;
            /** @enum {string} */
            notification_type: "new_message" | "booking_request" | "booking_confirmed" | "check_in_reminder" | "check_out_reminder" | "payment_due_reminder" | "booking_declined" | "booking_cancelled" | "scheduled_message_held" | "webhook_disabled";
            push_sent: boolean;
            push_sent_at: string | null;
            read_at: string | null;
            reservation_id: string | null;
            sms_sent: boolean;
            sms_sent_at: string | null;
            title: string;
        };
        NotificationSettings: {
            /** @description Where SMS go */
            phone: string | null;
            /** @description Off when null */
            quiet_hours: {
                end: string;
                start: string;
                timezone: string;
            } | null;
            types: {
                booking_cancelled: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
                booking_confirmed: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
                booking_declined: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
                booking_request: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
                check_in_reminder: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
                check_out_reminder: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
                new_message: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
                payment_due_reminder: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
                scheduled_message_held: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
                webhook_disabled: {
                    email: boolean;
                    /**
                     * @description Always on
                     * @constant
                     */
                    in_app: true;
                    push: boolean;
                    sms: boolean;
                };
            };
        };
        /**
         * @example {
         *       "type": "reservation",
         *       "external_id": "bkg_9001",
         *       "property_external_id": "lst_310",
         *       "guest_external_id": "usr_1842",
         *       "check_in": "2026-12-20",
         *       "check_out": "2026-12-24",
         *       "guests": 2,
         *       "status": "confirmed"
         *     }
         */
        PlatformImportLineInput: ({
            /** @description The platform's own id (for a user: the `sub` of its tokens) */
            external_id: string;
            /** @constant */
            type: "user";
        } & {
            /** Format: email */
            email: string;
            /** @description null follows the browser; absent keeps it */
            locale?: string | null;
            name: string;
            /** @description E.164 after removing spaces, dashes and brackets; null removes it, absent keeps it */
            phone?: string | null;
            /** @description null follows the browser; absent keeps it */
            time_zone?: string | null;
        }) | ({
            /** @description The platform's own id (for a user: the `sub` of its tokens) */
            external_id: string;
            /** @constant */
            type: "property";
        } & {
            address: string;
            check_in_time?: string;
            check_out_time?: string;
            /** @description ISO 4217 code of the nightly rate (USD, EUR…) */
            currency?: string;
            /** @description The door or key box code; empty or null clears it */
            door_code?: string | null;
            /** @description A phone number for emergencies during the stay; empty or null clears it */
            emergency_phone?: string | null;
            /** @description The external id of its host, synced first (`PUT /api/platform/users/{external_id}`) */
            host_external_id: string;
            /** @description An http(s) link to the house manual; empty or null clears it */
            house_manual_url?: string | null;
            /** @description BCP 47 tag (en-US, pt-PT, de-DE…) for the dates, times and numbers of the property's messages; stored canonicalised */
            locale?: string;
            /** @description The price of one night in `currency`, a decimal string ("120.00") or number, 0 or more with at most 2 decimals; null clears it */
            nightly_rate?: (number | string) | null;
            /** @description Where and how to park; empty or null clears it */
            parking_info?: string | null;
            timezone: string;
            title: string;
            /** @description The wifi network name; empty or null clears it */
            wifi_name?: string | null;
            /** @description The wifi password; empty or null clears it */
            wifi_password?: string | null;
        }) | ({
            /** @description The platform's own id (for a user: the `sub` of its tokens) */
            external_id: string;
            /** @constant */
            type: "reservation";
        } & {
            /** Format: date */
            check_in: string;
            /** Format: date */
            check_out: string;
            /** @description The external id of the guest, synced first (`PUT /api/platform/users/{external_id}`) */
            guest_external_id: string;
            guests: number;
            /** @description When the payment is due; null removes it (and its reminders) */
            payment_due_at?: string | null;
            /** @description The external id of the property, synced first (`PUT /api/platform/properties/{external_id}`) */
            property_external_id: string;
            /**
             * @description Where the reservation is now; reached through the same steps as the messenger’s own endpoints
             * @enum {string}
             */
            status: "pending" | "confirmed" | "declined" | "cancelled" | "completed";
            /** @description Kept only when the property has no nightly rate: otherwise it is nights × the rate */
            total_price?: number | string;
        });
        PlatformImportLineResult: {
            error: {
                code: string;
                details?: unknown;
                message: string;
            } | null;
            external_id: string | null;
            /** @description The messenger's own id of the record */
            id: string | null;
            /** @description 1 for the first line of the body */
            line: number;
            /**
             * @description `created`; `updated`: it existed and now has the line's values (nothing is recorded when nothing changed); `failed`: nothing of this line was written, `error` says why
             * @enum {string}
             */
            result: "created" | "updated" | "failed";
            /** @description null when the line did not say a valid one */
            type: ("user" | "property" | "reservation") | null;
        };
        PlatformImportSummary: {
            created: number;
            /** @constant */
            done: true;
            failed: number;
            lines: number;
            /** @description The body had more than 100000 lines: the rest was not read */
            truncated: boolean;
            updated: number;
        };
        PlatformProperty: {
            address: string;
            check_in_time: string;
            check_out_time: string;
            /** Format: date-time */
            created_at: string;
            /** @description ISO 4217 code of the nightly rate */
            currency: string;
            /** @description The door or key box code. The host always sees it. Anyone else sees it only while they hold a confirmed reservation of the property whose stay is near: from 24 hours before the check-in day starts (in the property's time zone) until the check-out day ends; otherwise it is null. */
            door_code: string | null;
            emergency_phone: string | null;
            external_id: string;
            host: components["schemas"]["UserSummary"];
            /** Format: uuid */
            host_id: string;
            house_manual_url: string | null;
            /** Format: uuid */
            id: string;
            /** @description BCP 47 tag: how dates, times and numbers are written in the property's messages */
            locale: string;
            /** @description Decimal amount as a string, e.g. "120.00" */
            nightly_rate: string | null;
            parking_info: string | null;
            /** @description In the order the host put them; readable by anyone signed in */
            photos: components["schemas"]["PropertyPhoto"][];
            timezone: string;
            title: string;
            /** Format: date-time */
            updated_at: string;
            wifi_name: string | null;
            /** @description The wifi password. The host always sees it. Anyone else sees it only while they hold a confirmed reservation of the property whose stay is near: from 24 hours before the check-in day starts (in the property's time zone) until the check-out day ends; otherwise it is null. */
            wifi_password: string | null;
        };
        PlatformReservation: {
            /** Format: date */
            check_in: string;
            /** Format: date */
            check_out: string;
            /** @description The conversation about this stay, once its guest opened one */
            conversation_id: string | null;
            /** Format: date-time */
            created_at: string;
            external_id: string;
            guest: components["schemas"]["UserSummary"];
            /** Format: uuid */
            guest_id: string;
            guests: number;
            host: components["schemas"]["UserSummary"];
            /** Format: uuid */
            host_id: string;
            /** Format: uuid */
            id: string;
            nights: number;
            payment_due_at: string | null;
            property: {
                /** @description ISO 4217 code of the property's prices, total_price's too */
                currency: string;
                /** Format: uuid */
                id: string;
                title: string;
            };
            /** Format: uuid */
            property_id: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "declined" | "cancelled" | "completed";
            /** @description Decimal amount as a string, e.g. "480.00" */
            total_price: string | null;
        };
        /**
         * @example {
         *       "id": "7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11",
         *       "external_id": "usr_1842",
         *       "email": "gina@example.com",
         *       "name": "Gina Guest",
         *       "phone": "+351912345678",
         *       "locale": "pt-PT",
         *       "time_zone": "Europe/Lisbon",
         *       "created_at": "2026-11-25T10:00:00.000Z"
         *     }
         */
        PlatformUser: {
            /** Format: date-time */
            created_at: string;
            email: string;
            external_id: string;
            /**
             * Format: uuid
             * @description The messenger's own id
             */
            id: string;
            locale: string | null;
            name: string;
            phone: string | null;
            time_zone: string | null;
        };
        /**
         * @example {
         *       "id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21",
         *       "host_id": "3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69",
         *       "host": {
         *         "id": "3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69",
         *         "name": "Hana Host"
         *       },
         *       "title": "Seaside loft",
         *       "address": "12 Rua do Mar, Lisbon",
         *       "timezone": "Europe/Lisbon",
         *       "check_in_time": "15:00",
         *       "check_out_time": "11:00",
         *       "locale": "pt-PT",
         *       "wifi_name": "Loft-Guest",
         *       "wifi_password": "sea-breeze-42",
         *       "door_code": "4711",
         *       "parking_info": "Space 7 in the garage behind the building",
         *       "house_manual_url": "https://example.com/seaside-loft/manual",
         *       "emergency_phone": "+351 912 345 678",
         *       "nightly_rate": "120.00",
         *       "currency": "EUR",
         *       "photos": [
         *         {
         *           "id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
         *           "url": "/api/messaging/attachments/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d/content",
         *           "thumbnail_url": "/api/messaging/attachments/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d/thumbnail",
         *           "width": 1600,
         *           "height": 1067
         *         }
         *       ],
         *       "created_at": "2026-11-25T10:00:00.000Z",
         *       "updated_at": "2026-11-25T10:00:00.000Z"
         *     }
         */
        Property: {
            address: string;
            check_in_time: string;
            check_out_time: string;
            /** Format: date-time */
            created_at: string;
            /** @description ISO 4217 code of the nightly rate */
            currency: string;
            /** @description The door or key box code. The host always sees it. Anyone else sees it only while they hold a confirmed reservation of the property whose stay is near: from 24 hours before the check-in day starts (in the property's time zone) until the check-out day ends; otherwise it is null. */
            door_code: string | null;
            emergency_phone: string | null;
            host: components["schemas"]["UserSummary"];
            /** Format: uuid */
            host_id: string;
            house_manual_url: string | null;
            /** Format: uuid */
            id: string;
            /** @description BCP 47 tag: how dates, times and numbers are written in the property's messages */
            locale: string;
            /** @description Decimal amount as a string, e.g. "120.00" */
            nightly_rate: string | null;
            parking_info: string | null;
            /** @description In the order the host put them; readable by anyone signed in */
            photos: components["schemas"]["PropertyPhoto"][];
            timezone: string;
            title: string;
            /** Format: date-time */
            updated_at: string;
            wifi_name: string | null;
            /** @description The wifi password. The host always sees it. Anyone else sees it only while they hold a confirmed reservation of the property whose stay is near: from 24 hours before the check-in day starts (in the property's time zone) until the check-out day ends; otherwise it is null. */
            wifi_password: string | null;
        };
        PropertyPhoto: {
            height: number | null;
            /** Format: uuid */
            id: string;
            thumbnail_url: string | null;
            url: string;
            width: number | null;
        };
        PushSubscription: {
            /** Format: date-time */
            created_at: string;
            endpoint: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "id": "6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
         *       "host_id": "3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69",
         *       "property_id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21",
         *       "property": {
         *         "id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21",
         *         "title": "Seaside loft"
         *       },
         *       "title": "Check-in",
         *       "message": "Hi {guest_first_name}! Check-in is on {check_in_date} from {check_in_time}. The key box code is 4711.",
         *       "translations": {
         *         "pt": "Olá {guest_first_name}! O check-in é a {check_in_date} a partir das {check_in_time}. O código da caixa das chaves é 4711."
         *       },
         *       "category": "check_in_instructions",
         *       "usage_count": 12,
         *       "is_active": true,
         *       "attachments": [],
         *       "created_at": "2026-11-25T10:00:00.000Z",
         *       "updated_at": "2026-11-25T10:00:00.000Z"
         *     }
         */
        QuickReply: {
            /** @description Files sent with the template (the house manual, a parking map), in the order they were uploaded: each message sent from it carries copies of them */
            attachments: components["schemas"]["Attachment"][];
            category: components["schemas"]["QuickReplyCategory"];
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            host_id: string;
            /** Format: uuid */
            id: string;
            is_active: boolean;
            /** @description The template, placeholders unfilled */
            message: string;
            property: {
                /** Format: uuid */
                id: string;
                title: string;
            } | null;
            /** @description null: a global template, usable in any conversation */
            property_id: string | null;
            title: string;
            translations: components["schemas"]["TemplateTranslations"];
            /** Format: date-time */
            updated_at: string;
            /** @description Messages sent with this template */
            usage_count: number;
        };
        /**
         * @example check_in_instructions
         * @enum {string}
         */
        QuickReplyCategory: "greeting" | "booking_confirmation" | "check_in_instructions" | "check_out_instructions" | "amenities_info" | "directions" | "house_rules" | "emergency" | "thank_you" | "custom";
        /**
         * @example check_in_instructions
         * @enum {string}
         */
        QuickReplyCategoryInput: "greeting" | "booking_confirmation" | "check_in_instructions" | "check_out_instructions" | "amenities_info" | "directions" | "house_rules" | "emergency" | "thank_you" | "custom";
        /**
         * @example {
         *       "quick_reply_id": "6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
         *       "conversation_id": "c0ffee00-1234-4abc-9def-0123456789ab",
         *       "message": "Hi Gina! Check-in is on Sun, Dec 20, 2026 from 3:00 PM. The key box code is 4711.",
         *       "missing_placeholders": []
         *     }
         */
        QuickReplyPreview: {
            /** Format: uuid */
            conversation_id: string;
            /** @description The rendered text, as POST /api/messaging/messages/send/ with quick_reply_id would send it; empty when nothing is left */
            message: string;
            /** @description Placeholders the template uses that have no value in this conversation */
            missing_placeholders: string[];
            /** Format: uuid */
            quick_reply_id: string;
        };
        Reaction: {
            count: number;
            emoji: string;
            /** @description In the order they reacted */
            user_ids: string[];
        };
        /**
         * @example {
         *       "id": "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
         *       "reservation_id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
         *       "reminder_type": "check_in_reminder",
         *       "offset_minutes": 120,
         *       "scheduled_for": "2026-12-20T13:00:00.000Z",
         *       "scheduled_for_local": "2026-12-20T13:00:00.000+00:00",
         *       "timezone": "Europe/Lisbon",
         *       "status": "scheduled",
         *       "is_sent": false,
         *       "sent_at": null,
         *       "notification_id": null
         *     }
         */
        Reminder: {
            /** Format: uuid */
            id: string;
            is_sent: boolean;
            /** @description The guest's notification, once sent */
            notification_id: string | null;
            /** @description How long before the moment it is about */
            offset_minutes: number;
            /** @enum {string} */
            reminder_type: "check_in_reminder" | "check_out_reminder" | "payment_due_reminder";
            /** Format: uuid */
            reservation_id: string;
            /** Format: date-time */
            scheduled_for: string;
            /** @description `scheduled_for` in the property's time zone, ISO-8601 with its offset */
            scheduled_for_local: string;
            sent_at: string | null;
            /** @enum {string} */
            status: "scheduled" | "sent" | "cancelled" | "skipped" | "failed";
            /** @description The property's IANA time zone */
            timezone: string;
        };
        ReplyQuote: {
            /** @description How many attachments it has */
            attachments: number;
            /** @description The first 200 characters of its text (as edited); empty once it was unsent */
            excerpt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sender_id: string;
            unsent: boolean;
        };
        /**
         * @example {
         *       "id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
         *       "property_id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21",
         *       "property": {
         *         "id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21",
         *         "title": "Seaside loft",
         *         "currency": "EUR"
         *       },
         *       "guest_id": "7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11",
         *       "guest": {
         *         "id": "7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11",
         *         "name": "Gina Guest"
         *       },
         *       "host_id": "3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69",
         *       "host": {
         *         "id": "3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69",
         *         "name": "Hana Host"
         *       },
         *       "check_in": "2026-12-20",
         *       "check_out": "2026-12-24",
         *       "guests": 2,
         *       "total_price": "480.00",
         *       "payment_due_at": "2026-12-10T12:00:00.000Z",
         *       "status": "pending",
         *       "nights": 4,
         *       "conversation_id": null,
         *       "created_at": "2026-11-25T10:00:00.000Z"
         *     }
         */
        Reservation: {
            /** Format: date */
            check_in: string;
            /** Format: date */
            check_out: string;
            /** @description The conversation about this stay, once its guest opened one */
            conversation_id: string | null;
            /** Format: date-time */
            created_at: string;
            guest: components["schemas"]["UserSummary"];
            /** Format: uuid */
            guest_id: string;
            guests: number;
            host: components["schemas"]["UserSummary"];
            /** Format: uuid */
            host_id: string;
            /** Format: uuid */
            id: string;
            nights: number;
            payment_due_at: string | null;
            property: {
                /** @description ISO 4217 code of the property's prices, total_price's too */
                currency: string;
                /** Format: uuid */
                id: string;
                title: string;
            };
            /** Format: uuid */
            property_id: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "declined" | "cancelled" | "completed";
            /** @description Decimal amount as a string, e.g. "480.00" */
            total_price: string | null;
        };
        ScheduledMessage: {
            /** @description The automation it came from; null for a message sent later */
            automation: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description Where it goes; for a stay without a conversation yet, opened when it is sent */
            conversation_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            /** @description This stay's copy was edited: the automation's text no longer applies */
            is_edited: boolean;
            is_quick_reply: boolean;
            /** @description The text as it goes out: rendered with the stay’s values as they are now */
            message: string;
            /** @description Placeholders with no value now: it would be held if it were due */
            missing_placeholders: string[];
            reservation_id: string | null;
            /** Format: date-time */
            scheduled_for: string;
            /** @description `scheduled_for` in the property's time zone, ISO-8601 with its offset */
            scheduled_for_local: string;
            /** Format: uuid */
            sender_id: string;
            sent_at: string | null;
            sent_message_id: string | null;
            status: components["schemas"]["ScheduledMessageStatus"];
            /** @description Its text before the placeholders are filled in: what an edit starts from */
            template: string;
            /** @description The property's IANA time zone */
            timezone: string;
        };
        /** @enum {string} */
        ScheduledMessageStatus: "scheduled" | "held" | "sent" | "skipped" | "cancelled" | "failed";
        /** @description Contact screening of a message sent before the stay was confirmed */
        Screening: {
            /**
             * @description `masked`: what was found is hidden in `message`, from both participants, until the booking is confirmed; each detail reads as a placeholder ("[phone number hidden]") in the language its receiver read when it was sent. `flagged`: sent as written and flagged for admins. `revealed`: was masked, and shown as written once the stay was confirmed
             * @enum {string}
             */
            action: "masked" | "flagged" | "revealed";
            /** @description What was found, each kind once */
            kinds: ("phone" | "email" | "link" | "payment")[];
        };
        ScreeningCheck: {
            /**
             * @description What sending this text now would do: `none` (nothing found, the stay is confirmed, or screening is off), `mask` or `warn`
             * @enum {string}
             */
            action: "none" | "mask" | "warn";
            kinds: ("phone" | "email" | "link" | "payment")[];
            matches: components["schemas"]["ScreeningMatch"][];
            /** @description The text as the conversation would show it: masked, the placeholders in the language of its receiver */
            message: string;
            /**
             * @description The policy of the conversation: its platform's (the API key that synced its property), else the installation's
             * @enum {string}
             */
            policy: "mask" | "warn" | "off";
        };
        ScreeningMatch: {
            end: number;
            /** @enum {string} */
            kind: "phone" | "email" | "link" | "payment";
            /** @description UTF-16 offset in the text checked */
            start: number;
        };
        /**
         * @description Contact screening before the booking is confirmed: `mask` hides phone numbers, email addresses, links and payment details from both participants, `warn` sends them as written and flags the message for admins, `off` does neither
         * @enum {string}
         */
        ScreeningPolicy: "mask" | "warn" | "off";
        /**
         * @description Contact screening before the booking is confirmed: `mask` hides phone numbers, email addresses, links and payment details from both participants, `warn` sends them as written and flags the message for admins, `off` does neither
         * @enum {string}
         */
        ScreeningPolicyInput: "mask" | "warn" | "off";
        /**
         * @example {
         *       "type": "message",
         *       "conversation_id": "c0ffee00-1234-4abc-9def-0123456789ab",
         *       "message_id": "5a1e0000-1234-4abc-9def-0123456789ab",
         *       "seq": 3,
         *       "sender_id": "9e57a000-1234-4abc-9def-0123456789ab",
         *       "property": {
         *         "id": "a11ce000-1234-4abc-9def-0123456789ab",
         *         "title": "Seaside Loft"
         *       },
         *       "guest": {
         *         "id": "9e57a000-1234-4abc-9def-0123456789ab",
         *         "name": "Gina Guest"
         *       },
         *       "host": {
         *         "id": "4057a000-1234-4abc-9def-0123456789ab",
         *         "name": "Hana Host"
         *       },
         *       "snippet": [
         *         {
         *           "text": "The ",
         *           "highlight": false
         *         },
         *         {
         *           "text": "noises",
         *           "highlight": true
         *         },
         *         {
         *           "text": " from the street kept us awake",
         *           "highlight": false
         *         }
         *       ],
         *       "created_at": "2026-11-25T10:06:00.000Z"
         *     }
         */
        SearchHit: {
            /** Format: uuid */
            conversation_id: string;
            /**
             * Format: date-time
             * @description The message's time, or the conversation's last activity
             */
            created_at: string;
            guest: components["schemas"]["UserSummary"];
            host: components["schemas"]["UserSummary"];
            message_id: string | null;
            property: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            sender_id: string | null;
            /** @description The message's position, to open the thread at it */
            seq: number | null;
            /** @description The matching text around the match, parts in order */
            snippet: {
                highlight: boolean;
                text: string;
            }[];
            /**
             * @description `message`: its text matched; `conversation`: the guest name or property title
             * @enum {string}
             */
            type: "message" | "conversation";
        };
        Session: {
            access_token: string;
            /** @description Seconds until the access token expires */
            expires_in: number;
            /** @description Absent when it was set as the HttpOnly refresh cookie instead */
            refresh_token?: string;
            user: components["schemas"]["User"];
        };
        SyncResult: {
            /** @description Pass as `since` next time */
            cursor: string;
            /** @description Oldest first, cursors consecutive */
            events: ({
                conversation: components["schemas"]["Conversation"];
                /** Format: uuid */
                conversation_id: string;
                cursor: string;
                message: components["schemas"]["Message"];
                /** @description The message's position in its conversation */
                seq: number;
                /** @constant */
                type: "message.created";
                unread: {
                    conversations: number;
                    messages: number;
                    notifications: number;
                };
            } | {
                conversation: components["schemas"]["Conversation"];
                /** Format: uuid */
                conversation_id: string;
                cursor: string;
                message_ids: string[];
                /** Format: date-time */
                read_at: string;
                /** Format: uuid */
                reader_id: string;
                /** @description The per-conversation seq of each of message_ids */
                seqs: number[];
                /** @constant */
                type: "message.read";
                unread: {
                    conversations: number;
                    messages: number;
                    notifications: number;
                };
            } | {
                conversation: components["schemas"]["Conversation"];
                /** Format: uuid */
                conversation_id: string;
                cursor: string;
                message: components["schemas"]["Message"];
                /** @constant */
                type: "message.updated";
            } | {
                /** @description false: taken back */
                added: boolean;
                /** Format: uuid */
                conversation_id: string;
                cursor: string;
                emoji: string;
                /** Format: uuid */
                message_id: string;
                /** @description The message's reactions now */
                reactions: components["schemas"]["Reaction"][];
                /** @constant */
                type: "message.reaction";
                /** Format: uuid */
                user_id: string;
            } | {
                /** Format: uuid */
                conversation_id: string;
                cursor: string;
                /** Format: uuid */
                message_id: string;
                translation: components["schemas"]["MessageTranslation"];
                /** @constant */
                type: "message.translated";
            } | {
                conversation: components["schemas"]["Conversation"];
                cursor: string;
                /** @constant */
                type: "conversation.updated";
            } | {
                cursor: string;
                notification: components["schemas"]["Notification"];
                /** @constant */
                type: "notification.created";
                unread: {
                    conversations: number;
                    messages: number;
                    notifications: number;
                };
            } | {
                conversations: number;
                cursor: string;
                messages: number;
                notifications: number;
                /** @constant */
                type: "unread.changed";
            })[];
            /** @description More events follow: call again with `cursor` */
            has_more: boolean;
        };
        /** @description What a system line tells, for a client that words it itself */
        SystemLine: {
            /** Format: date */
            check_in: string;
            /** Format: date */
            check_out: string;
            /** Format: uuid */
            reservation_id: string;
            /**
             * @description A change of the stay, or `platform_note.posted`: a rental platform's line, worded by `message`
             * @enum {string}
             */
            type: "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "platform_note.posted";
        };
        /** @description The text in other languages, by language code, with the same placeholders: a guest who reads one of them (their profile’s language, or the one they write in) gets that text, anyone else `message`. Dates and amounts in a text of another language than the property’s are written in that language */
        TemplateTranslations: {
            [key: string]: string;
        };
        /** @description The text in other languages, by language code, with the same placeholders: a guest who reads one of them (their profile’s language, or the one they write in) gets that text, anyone else `message`. Dates and amounts in a text of another language than the property’s are written in that language */
        TemplateTranslationsInput: {
            [key: string]: string;
        };
        /**
         * @example {
         *       "enabled": true,
         *       "provider": "libretranslate",
         *       "languages": [
         *         "en",
         *         "pt",
         *         "es",
         *         "fr",
         *         "de"
         *       ]
         *     }
         */
        TranslationStatus: {
            /** @description A translation service is configured: messages are translated for their readers */
            enabled: boolean;
            /** @description The languages messages are translated between */
            languages: components["schemas"]["Language"][];
            /** @description Which; null when none */
            provider: ("libretranslate" | "deepl") | null;
        };
        /**
         * @example {
         *       "messages": 4,
         *       "conversations": 2,
         *       "notifications": 1
         *     }
         */
        UnreadCount: {
            /** @description Conversations with at least one of them */
            conversations: number;
            /** @description Unread messages received by the caller */
            messages: number;
            /** @description Unread notifications */
            notifications: number;
        };
        /**
         * @example {
         *       "id": "7d9f1c52-1f7e-4e55-9c8e-5f2d7a1c0b11",
         *       "email": "guest@example.com",
         *       "name": "Gina Guest",
         *       "phone": "+15555550100",
         *       "role": "user",
         *       "locale": "en-US",
         *       "time_zone": "America/New_York",
         *       "language": "en",
         *       "avatar_url": "/api/messaging/attachments/0b6c3a3e-2f43-4b8e-9a51-3c1f0e2d9a10/thumbnail",
         *       "created_at": "2026-11-25T10:00:00.000Z"
         *     }
         */
        User: {
            /** @description The profile photo (a thumbnail when one exists), readable by any signed-in user */
            avatar_url: string | null;
            /** Format: date-time */
            created_at: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @description The language the user reads messages in: their `locale`’s when it is one the messenger speaks, else the one their own messages were last written in; null when unknown */
            language: components["schemas"]["Language"] | null;
            /** @description BCP 47 tag the app and emails speak to this user; null follows the browser */
            locale: string | null;
            name: string;
            phone: string | null;
            /** @enum {string} */
            role: "user" | "admin";
            /** @description IANA zone of the user's own clock; null follows the browser */
            time_zone: string | null;
        };
        UserSummary: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        VapidPublicKey: {
            /** @description The VAPID public key, base64url: `applicationServerKey` */
            public_key: string;
        };
        WebhookAttempt: {
            /** Format: date-time */
            attempted_at: string;
            error: string | null;
            latency_ms: number;
            /** @description The first 1 KB of the answer's body */
            response_excerpt: string | null;
            /** @description Null when no answer came (refused, timed out, address not allowed) */
            status_code: number | null;
        };
        WebhookBody: {
            /** @description What happened: the ids and times of the event; for `message.created`, the message as the REST API gives it */
            data: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @enum {string} */
            type: "message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held";
        };
        WebhookDelivery: {
            attempts: number;
            body: components["schemas"]["WebhookBody"];
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            endpoint_id: string;
            /** @enum {string} */
            event_type: "message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held";
            /** @description Every attempt, oldest first */
            history: components["schemas"]["WebhookAttempt"][];
            /**
             * Format: uuid
             * @description Also the `webhook-id` header, the same on every attempt
             */
            id: string;
            last_status_code: number | null;
            next_attempt_at: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** Format: date-time */
            updated_at: string;
        };
        WebhookEndpoint: {
            active: boolean;
            /** @description Deliveries that failed for good in a row; a success resets it */
            consecutive_failures: number;
            /** Format: date-time */
            created_at: string;
            description: string | null;
            /** @description Why the messenger turned it off (it kept failing); null otherwise */
            disabled_reason: string | null;
            events: ("message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held" | "reservation.*")[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
        WebhookEndpointWithSecret: {
            active: boolean;
            /** @description Deliveries that failed for good in a row; a success resets it */
            consecutive_failures: number;
            /** Format: date-time */
            created_at: string;
            description: string | null;
            /** @description Why the messenger turned it off (it kept failing); null otherwise */
            disabled_reason: string | null;
            events: ("message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held" | "reservation.*")[];
            /** Format: uuid */
            id: string;
            /** @description Verify each delivery with it */
            secret: string;
            /** Format: date-time */
            updated_at: string;
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("users:write" | "properties:write" | "reservations:write" | "messages:write" | "webhooks:manage")[];
                    /** @description The contact screening of the conversations about the properties this key syncs, in place of the installation's `SCREENING_POLICY`: `mask`, `warn` or `off`; null or absent follows the installation */
                    screening_policy?: components["schemas"]["ScreeningPolicyInput"] | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description The key's contact screening (see `ApiKey`); null returns its properties' conversations to the installation's `SCREENING_POLICY`, absent keeps it */
                    screening_policy?: components["schemas"]["ScreeningPolicyInput"] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Asked for by the guest on the phone"
                 *     }
                 */
                "application/json": {
                    /** @description Why; written to the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                action?: "user.disabled" | "user.enabled" | "user.role_changed" | "conversation.viewed" | "delivery.retried" | "deliveries.retried" | "reminders.run" | "api_key.created" | "api_key.updated" | "api_key.revoked" | "webhook.redelivered";
                actor_id?: string;
                cursor?: string;
                /** @description Default 25 */
                limit?: number;
                /** @description One of `created_at`; `-` in front for descending. Default `-created_at` */
                sort?: "created_at" | "-created_at";
                target_id?: string;
                target_type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntry"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminAutomations: {
        parameters: {
            query?: {
                cursor?: string;
                host_id?: string;
                /** @description Default 25 */
                limit?: number;
                /** @description Part of the name or text */
                q?: string;
                /** @description One of `created_at`, `name`; `-` in front for descending. Default `-created_at` */
                sort?: "created_at" | "-created_at" | "name" | "-name";
                trigger?: components["schemas"]["AutomationTriggerInput"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAutomation"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminConversations: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Default 25 */
                limit?: number;
                property_id?: string;
                /** @description Part of a participant's name or email, or of the property's title */
                q?: string;
                reservation_id?: string;
                /** @description One of `last_message_at`, `created_at`, `messages`; `-` in front for descending. Default `-last_message_at` */
                sort?: "last_message_at" | "-last_message_at" | "created_at" | "-created_at" | "messages" | "-messages";
                /** @description Conversations this user takes part in */
                user_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminConversation"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    viewAdminConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "The guest reports a message they did not receive"
                 *     }
                 */
                "application/json": {
                    /** @description Why the conversation is opened; written to the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminConversationView"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDashboard"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminDeliveries: {
        parameters: {
            query?: {
                channel?: "email" | "sms" | "push";
                cursor?: string;
                /** @description Default 25 */
                limit?: number;
                /** @description One of `updated_at`, `created_at`, `attempts`; `-` in front for descending. Default `-updated_at` */
                sort?: "updated_at" | "-updated_at" | "created_at" | "-created_at" | "attempts" | "-attempts";
                status?: "pending" | "deferred" | "sent" | "failed" | "skipped" | "cancelled";
                type?: "new_message" | "booking_request" | "booking_confirmed" | "check_in_reminder" | "check_out_reminder" | "payment_due_reminder" | "booking_declined" | "booking_cancelled" | "scheduled_message_held" | "webhook_disabled";
                user_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDelivery"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDeliveryDetail"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retryDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Asked for by the guest on the phone"
                 *     }
                 */
                "application/json": {
                    /** @description Why; written to the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDeliveryDetail"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDeliveryQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryQueue"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retryFailedDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Only this channel’s failed deliveries
                     * @enum {string}
                     */
                    channel?: "email" | "sms" | "push";
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Failed deliveries put back in the queue */
                        retried: number;
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminJobs: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: string;
                /** @description Default 25 */
                limit?: number;
                /** @description One of `run_at`, `created_at`; `-` in front for descending. Default `run_at` */
                sort?: "run_at" | "-run_at" | "created_at" | "-created_at";
                state?: "pending" | "running" | "completed" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminJob"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminNotifications: {
        parameters: {
            query?: {
                /** @description Those with a delivery on this channel */
                channel?: "email" | "sms" | "push";
                cursor?: string;
                /** @description Default 25 */
                limit?: number;
                /** @description One of `created_at`; `-` in front for descending. Default `-created_at` */
                sort?: "created_at" | "-created_at";
                /** @description Those with a delivery in this status */
                status?: "pending" | "deferred" | "sent" | "failed" | "skipped" | "cancelled";
                type?: "new_message" | "booking_request" | "booking_confirmed" | "check_in_reminder" | "check_out_reminder" | "payment_due_reminder" | "booking_declined" | "booking_cancelled" | "scheduled_message_held" | "webhook_disabled";
                user_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminNotification"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminProperties: {
        parameters: {
            query?: {
                cursor?: string;
                host_id?: string;
                /** @description Default 25 */
                limit?: number;
                /** @description Part of the title, address or host name */
                q?: string;
                /** @description One of `created_at`, `title`, `host_name`, `reservations`; `-` in front for descending. Default `-created_at` */
                sort?: "created_at" | "-created_at" | "title" | "-title" | "host_name" | "-host_name" | "reservations" | "-reservations";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminProperty"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminPropertyDetail"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminQuickReplies: {
        parameters: {
            query?: {
                category?: components["schemas"]["QuickReplyCategoryInput"];
                cursor?: string;
                host_id?: string;
                /** @description Default 25 */
                limit?: number;
                /** @description Part of the title or text */
                q?: string;
                /** @description One of `created_at`, `title`, `usage_count`; `-` in front for descending. Default `-created_at` */
                sort?: "created_at" | "-created_at" | "title" | "-title" | "usage_count" | "-usage_count";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminQuickReply"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminReminders: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Default 25 */
                limit?: number;
                property_id?: string;
                reminder_type?: "check_in_reminder" | "check_out_reminder" | "payment_due_reminder";
                reservation_id?: string;
                /** @description One of `scheduled_for`, `sent_at`; `-` in front for descending. Default `scheduled_for` */
                sort?: "scheduled_for" | "-scheduled_for" | "sent_at" | "-sent_at";
                status?: "scheduled" | "sent" | "cancelled" | "skipped" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminReminder"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    runDueReminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Asked for by the guest on the phone"
                 *     }
                 */
                "application/json": {
                    /** @description Why; written to the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sent: number;
                        /** @description Check-in and check-out reminders of stays not confirmed */
                        skipped: number;
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminReservations: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Default 25 */
                limit?: number;
                property_id?: string;
                /** @description Part of the property's title or the guest's name or email */
                q?: string;
                /** @description One of `check_in`, `created_at`, `status`; `-` in front for descending. Default `-check_in` */
                sort?: "check_in" | "-check_in" | "created_at" | "-created_at" | "status" | "-status";
                status?: "pending" | "confirmed" | "declined" | "cancelled" | "completed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminReservation"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminReservationDetail"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listScreenedMessages: {
        parameters: {
            query?: {
                /** @description Only messages screening treated so */
                action?: "masked" | "flagged" | "revealed";
                cursor?: string;
                /** @description Default 25 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminScreenedMessage"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminUsers: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Default 25 */
                limit?: number;
                /** @description Part of the name or email */
                q?: string;
                role?: "user" | "admin";
                /** @description One of `created_at`, `name`, `email`, `last_seen_at`; `-` in front for descending. Default `-created_at` */
                sort?: "created_at" | "-created_at" | "name" | "-name" | "email" | "-email" | "last_seen_at" | "-last_seen_at";
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Asked for by the guest on the phone"
                 *     }
                 */
                "application/json": {
                    /** @description Why; written to the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Asked for by the guest on the phone"
                 *     }
                 */
                "application/json": {
                    /** @description Why; written to the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "admin",
                 *       "reason": "Joins the operations team"
                 *     }
                 */
                "application/json": {
                    /** @description Why; written to the audit log */
                    reason?: string;
                    /** @enum {string} */
                    role: "user" | "admin";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUser"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAdminWebhookDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                endpoint_id?: string;
                event_type?: "message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held";
                /** @description Default 25 */
                limit?: number;
                /** @description One of `created_at`, `updated_at`, `attempts`; `-` in front for descending. Default `-created_at` */
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "attempts" | "-attempts";
                status?: "pending" | "succeeded" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminWebhookDelivery"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminWebhookDeliveryDetail"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Asked for by the guest on the phone"
                 *     }
                 */
                "application/json": {
                    /** @description Why; written to the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminWebhookDeliveryDetail"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "correct horse",
                 *       "new_email": "gina@example.org"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    new_email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "accepted";
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "q3Yk…"
                 *     }
                 */
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "guest@example.com",
                 *       "password": "correct horse"
                 *     }
                 */
                "application/json": {
                    email: string;
                    password: string;
                    /** @description true: set the refresh token as an HttpOnly, SameSite=Strict cookie (path /api/auth) instead of returning it in the body; for browsers */
                    refresh_cookie?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refresh_token": "eyJhbGciOiJIUzI1NiJ9…"
                 *     }
                 */
                "application/json": {
                    /** @description true: set the refresh token as an HttpOnly, SameSite=Strict cookie (path /api/auth) instead of returning it in the body; for browsers */
                    refresh_cookie?: boolean;
                    /** @description Absent: the refresh cookie's (see `refresh_cookie` on login) */
                    refresh_token?: string;
                };
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "correct horse"
                 *     }
                 */
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Gina Guest",
                 *       "locale": "pt-PT",
                 *       "time_zone": "Europe/Lisbon"
                 *     }
                 */
                "application/json": {
                    /** @description An image the caller uploaded (POST /api/messaging/attachments) that nothing uses yet; null removes the photo */
                    avatar_id?: string | null;
                    /** @description Sets `locale` to this language (keeping its region when it already speaks it); null as for `locale`. Not with a `locale` of another language */
                    language?: components["schemas"]["LanguageInput"] | null;
                    /** @description null follows the browser */
                    locale?: string | null;
                    name?: string;
                    /** @description E.164 after removing spaces, dashes and brackets; null removes it */
                    phone?: string | null;
                    /** @description null follows the browser */
                    time_zone?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "current_password": "correct horse",
                 *       "new_password": "battery staple"
                 *     }
                 */
                "application/json": {
                    current_password: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "guest@example.com"
                 *     }
                 */
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "accepted";
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "q3Yk…",
                 *       "password": "battery staple"
                 *     }
                 */
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refresh_token": "eyJhbGciOiJIUzI1NiJ9…"
                 *     }
                 */
                "application/json": {
                    /** @description true: set the refresh token as an HttpOnly, SameSite=Strict cookie (path /api/auth) instead of returning it in the body; for browsers */
                    refresh_cookie?: boolean;
                    /** @description Absent: the refresh cookie's (see `refresh_cookie` on login) */
                    refresh_token?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    registerUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "guest@example.com",
                 *       "password": "correct horse",
                 *       "name": "Gina Guest"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    password: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "accepted";
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "q3Yk…"
                 *     }
                 */
                "application/json": {
                    /** @description true: set the refresh token as an HttpOnly, SameSite=Strict cookie (path /api/auth) instead of returning it in the body; for browsers */
                    refresh_cookie?: boolean;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDemoAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoAccount"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The file: an image, a PDF or an audio recording */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The file is larger than the server takes: `payload_too_large`; nothing is kept */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not `multipart/form-data`, or the file is not an image, a PDF or audio the server takes: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAttachmentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as stored */
            200: {
                headers: {
                    /** @description `bytes`: ask for a part with `Range` */
                    "Accept-Ranges"?: string;
                    /** @description The file's name: `inline; filename="…"; filename*=UTF-8''…` */
                    "Content-Disposition"?: string;
                    /** @description Send it as `If-None-Match` to get 304 while unchanged */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "audio/mp4": string;
                    "audio/ogg": string;
                    "audio/webm": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description The part of the file the `Range` asked for */
            206: {
                headers: {
                    /** @description `bytes`: ask for a part with `Range` */
                    "Accept-Ranges"?: string;
                    /** @description The file's name: `inline; filename="…"; filename*=UTF-8''…` */
                    "Content-Disposition"?: string;
                    /** @description `bytes <start>-<end>/<size>` */
                    "Content-Range"?: string;
                    /** @description Send it as `If-None-Match` to get 304 while unchanged */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "audio/mp4": string;
                    "audio/ogg": string;
                    "audio/webm": string;
                    "image/gif": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description Not modified: the file is the one `If-None-Match` names */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Range` starts past the end of the file; `Content-Range: bytes *\/<size>` says its size: `range_not_satisfiable` */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAttachmentThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail, a JPEG */
            200: {
                headers: {
                    /** @description `bytes`: ask for a part with `Range` */
                    "Accept-Ranges"?: string;
                    /** @description The file's name: `inline; filename="…"; filename*=UTF-8''…` */
                    "Content-Disposition"?: string;
                    /** @description Send it as `If-None-Match` to get 304 while unchanged */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description The part of the file the `Range` asked for */
            206: {
                headers: {
                    /** @description `bytes`: ask for a part with `Range` */
                    "Accept-Ranges"?: string;
                    /** @description The file's name: `inline; filename="…"; filename*=UTF-8''…` */
                    "Content-Disposition"?: string;
                    /** @description `bytes <start>-<end>/<size>` */
                    "Content-Range"?: string;
                    /** @description Send it as `If-None-Match` to get 304 while unchanged */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description Not modified: the file is the one `If-None-Match` names */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The `Range` starts past the end of the file; `Content-Range: bytes *\/<size>` says its size: `range_not_satisfiable` */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAutomations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Automation"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Check-in instructions",
                 *       "quick_reply_id": "6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                 *       "trigger": "before_check_in",
                 *       "offset_minutes": 2880
                 *     }
                 */
                "application/json": {
                    /** @default true */
                    is_active?: boolean;
                    late_booking?: components["schemas"]["LateBookingPolicyInput"];
                    message?: string;
                    name: string;
                    /** @description How long before or after the trigger, as the trigger names it (after, for `booking_confirmed`). Check-in and check-out are the stay’s dates at the property’s check-in and check-out times, in its time zone */
                    offset_minutes: number;
                    /** Format: uuid */
                    property_id?: string;
                    /** Format: uuid */
                    quick_reply_id?: string;
                    translations?: components["schemas"]["TemplateTranslationsInput"];
                    trigger: components["schemas"]["AutomationTriggerInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Automation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Automation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_active": false
                 *     }
                 */
                "application/json": {
                    is_active?: boolean;
                    late_booking?: components["schemas"]["LateBookingPolicyInput"];
                    message?: string | null;
                    name?: string;
                    /** @description How long before or after the trigger, as the trigger names it (after, for `booking_confirmed`). Check-in and check-out are the stay’s dates at the property’s check-in and check-out times, in its time zone */
                    offset_minutes?: number;
                    property_id?: string | null;
                    quick_reply_id?: string | null;
                    translations?: components["schemas"]["TemplateTranslationsInput"];
                    trigger?: components["schemas"]["AutomationTriggerInput"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Automation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query?: {
                cursor?: string;
                filter?: "all" | "unread" | "active" | "archived";
                limit?: number;
                property_id?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConversation: {
        parameters: {
            query?: {
                /** @description A message id: return the page of messages before it */
                before?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDetail"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    archiveConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markConversationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "marked": 3,
                     *       "read_at": "2026-11-25T10:06:00.000Z"
                     *     }
                     */
                    "application/json": {
                        marked: number;
                        /** Format: date-time */
                        read_at: string;
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConversationScheduledMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledMessage"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unarchiveConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "property_id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21",
                 *       "message": "Hello! Is the loft free?"
                 *     }
                 */
                "application/json": {
                    client_message_id?: string;
                    message?: string;
                    /** Format: uuid */
                    property_id: string;
                    /** Format: uuid */
                    reservation_id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDetail"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationDetail"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unsendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Hi! Is early check-in at 1 pm possible?"
                 *     }
                 */
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMessageDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDeliveries"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emoji": "👍"
                 *     }
                 */
                "application/json": {
                    emoji: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                emoji: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markMessageRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    translateMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "accepted";
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Uploads of the caller (`POST /api/messaging/attachments/`) not sent yet, in the order to show them; 400 for any other id */
                    attachment_ids?: string[];
                    /** @description Chosen by the client; a retry with the same id returns the first message */
                    client_message_id?: string;
                    /** Format: uuid */
                    conversation_id: string;
                    /** @description The text; required unless quick_reply_id or attachment_ids is given */
                    message?: string;
                    /**
                     * Format: uuid
                     * @description One of the caller's quick replies: without message, the template rendered for this conversation is sent; with message (the client edited the preview), that text is sent. Either way the message is marked is_quick_reply and the template counts one use.
                     */
                    quick_reply_id?: string;
                    /**
                     * Format: uuid
                     * @description A message of the same conversation this one answers (400 otherwise): it is quoted
                     */
                    reply_to_id?: string;
                    /**
                     * Format: date-time
                     * @description Send later: a future time within 90 days; answered 202 with the scheduled message
                     */
                    send_at?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledMessage"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; `Retry-After` says when to try again: `rate_limited` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unavailable for a moment; try again: `unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "types": {
                 *         "new_message": {
                 *           "email": false,
                 *           "push": true
                 *         }
                 *       },
                 *       "quiet_hours": {
                 *         "start": "22:00",
                 *         "end": "07:00",
                 *         "timezone": "Europe/Lisbon"
                 *       },
                 *       "phone": "+351912345678"
                 *     }
                 */
                "application/json": {
                    phone?: string | null;
                    quiet_hours?: {
                        end: string;
                        start: string;
                        timezone: string;
                    } | null;
                    types?: {
                        [key: string]: {
                            email?: boolean;
                            /** @enum {boolean} */
                            in_app?: true;
                            push?: boolean;
                            sms?: boolean;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description `true`: only the unread ones */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNotificationDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "marked": 3
                     *     }
                     */
                    "application/json": {
                        /** @description How many were unread */
                        marked: number;
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unsubscribeEmail: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        email: false;
                        /** @enum {string} */
                        notification_type: "new_message" | "booking_request" | "booking_confirmed" | "check_in_reminder" | "check_out_reminder" | "payment_due_reminder" | "booking_declined" | "booking_cancelled" | "scheduled_message_held" | "webhook_disabled";
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endpoint": "https://fcm.googleapis.com/fcm/send/cY2bJ3x0Q8E:APA91bHqX7",
                 *       "expirationTime": null,
                 *       "keys": {
                 *         "p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
                 *         "auth": "tBHItJI5svbpez7KI4CCXg"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** Format: uri */
                    endpoint: string;
                    expirationTime?: number | null;
                    keys: {
                        auth: string;
                        p256dh: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscription"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushSubscription"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePushSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getVapidPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VapidPublicKey"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listQuickReplies: {
        parameters: {
            query?: {
                category?: components["schemas"]["QuickReplyCategoryInput"];
                cursor?: string;
                /** @description true: also the templates switched off with is_active = false */
                include_inactive?: "true" | "false";
                limit?: number;
                /** @description One of the caller's properties: its templates plus the global ones */
                property_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b",
                     *         "host_id": "3f1c2a9e-8b7d-4c6e-9a5f-1e2d3c4b5a69",
                     *         "property_id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21",
                     *         "property": {
                     *           "id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21",
                     *           "title": "Seaside loft"
                     *         },
                     *         "title": "Check-in",
                     *         "message": "Hi {guest_first_name}! Check-in is on {check_in_date} from {check_in_time}. The key box code is 4711.",
                     *         "translations": {
                     *           "pt": "Olá {guest_first_name}! O check-in é a {check_in_date} a partir das {check_in_time}. O código da caixa das chaves é 4711."
                     *         },
                     *         "category": "check_in_instructions",
                     *         "usage_count": 12,
                     *         "is_active": true,
                     *         "attachments": [],
                     *         "created_at": "2026-11-25T10:00:00.000Z",
                     *         "updated_at": "2026-11-25T10:00:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["QuickReply"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getQuickReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuickReply"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replaceQuickReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Check-in",
                 *       "message": "Hi {guest_first_name}! Check-in is from {check_in_time}. The key box code is 0815.",
                 *       "category": "check_in_instructions",
                 *       "property_id": null,
                 *       "is_active": true
                 *     }
                 */
                "application/json": {
                    /** @description The template's attachments: uploads of the caller not sent yet (`POST /api/messaging/attachments/`), or ones the template has already (400 for any other id); those it had and are left out are let go. Left out: they stay as they are */
                    attachment_ids?: string[];
                    category: components["schemas"]["QuickReplyCategoryInput"];
                    is_active?: boolean;
                    message: string;
                    /** @description One of the caller's properties, or null for a global template */
                    property_id?: string | null;
                    title: string;
                    translations?: components["schemas"]["TemplateTranslationsInput"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuickReply"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateQuickReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "is_active": false
                 *     }
                 */
                "application/json": {
                    /** @description The template's attachments: uploads of the caller not sent yet (`POST /api/messaging/attachments/`), or ones the template has already (400 for any other id); those it had and are left out are let go. Left out: they stay as they are */
                    attachment_ids?: string[];
                    category?: components["schemas"]["QuickReplyCategoryInput"];
                    is_active?: boolean;
                    message?: string;
                    /** @description One of the caller's properties, or null for a global template */
                    property_id?: string | null;
                    title?: string;
                    translations?: components["schemas"]["TemplateTranslationsInput"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuickReply"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteQuickReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewQuickReply: {
        parameters: {
            query: {
                /** @description A conversation of the caller the template is filled for */
                conversation_id: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuickReplyPreview"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createQuickReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Check-in",
                 *       "message": "Hi {guest_first_name}! Check-in is on {check_in_date} from {check_in_time}. The key box code is 4711.",
                 *       "category": "check_in_instructions",
                 *       "property_id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21"
                 *     }
                 */
                "application/json": {
                    /** @description The template's attachments: uploads of the caller not sent yet (`POST /api/messaging/attachments/`), or ones the template has already (400 for any other id); those it had and are left out are let go. Left out: they stay as they are */
                    attachment_ids?: string[];
                    category?: components["schemas"]["QuickReplyCategoryInput"];
                    /** @default true */
                    is_active?: boolean;
                    message: string;
                    /** @description One of the caller's properties, or null for a global template */
                    property_id?: string | null;
                    title: string;
                    translations?: components["schemas"]["TemplateTranslationsInput"];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuickReply"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateScheduledMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "The door code is 4321. See you tomorrow!"
                 *     }
                 */
                "application/json": {
                    message?: string;
                    /** Format: date-time */
                    scheduled_for?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledMessage"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelScheduledMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledMessage"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendScheduledMessageNow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledMessage"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    skipScheduledMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledMessage"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkScreening: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "conversation_id": "c0ffee00-1234-4abc-9def-0123456789ab",
                 *       "message": "Call me on +351 912 345 678"
                 *     }
                 */
                "application/json": {
                    /** Format: uuid */
                    conversation_id: string;
                    message: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningCheck"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchMessages: {
        parameters: {
            query: {
                conversation_id?: string;
                cursor?: string;
                limit?: number;
                property_id?: string;
                /** @description Words as people type them: `"a phrase"`, `-excluded`, `this or that`; a last word of three letters or more also matches words it begins (`nois` finds "noise") while it is typed */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchHit"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    syncEvents: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The cursor of the last event the client applied. Without it the answer has no events and the current cursor: take it before loading state over REST, then sync from it. */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResult"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Gone: `cursor_expired` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTranslationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranslationStatus"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importPlatformRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": components["schemas"]["PlatformImportLineInput"];
            };
        };
        responses: {
            /** @description One line for each line of the body, in their order, then the summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["PlatformImportLineResult"] | components["schemas"]["PlatformImportSummary"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPlatformMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reservation_external_id": "bkg_9001",
                 *       "message": "Payment received",
                 *       "as": "system",
                 *       "idempotency_key": "payment-bkg_9001"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description `host`: an ordinary message from the host (the guest is notified). `system`: a system line (`kind: system`, `system.type: platform_note.posted`), read from the start and never notified
                     * @enum {string}
                     */
                    as: "host" | "system";
                    /** @description The same key again answers the first message (200) instead of posting another; kept as its `client_message_id` */
                    idempotency_key: string;
                    message: string;
                    /** @description The external id of the reservation whose conversation gets the message */
                    reservation_external_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    upsertPlatformProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform's own id (for a user: the `sub` of its tokens) */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "host_external_id": "usr_77",
                 *       "title": "Seaside loft",
                 *       "address": "12 Rua do Mar, Lisbon",
                 *       "timezone": "Europe/Lisbon",
                 *       "check_in_time": "15:00",
                 *       "check_out_time": "11:00",
                 *       "locale": "pt-PT",
                 *       "nightly_rate": "120.00",
                 *       "currency": "EUR",
                 *       "wifi_name": "Loft-Guest",
                 *       "wifi_password": "sea-breeze-42",
                 *       "door_code": "4711"
                 *     }
                 */
                "application/json": {
                    address: string;
                    check_in_time?: string;
                    check_out_time?: string;
                    /** @description ISO 4217 code of the nightly rate (USD, EUR…) */
                    currency?: string;
                    /** @description The door or key box code; empty or null clears it */
                    door_code?: string | null;
                    /** @description A phone number for emergencies during the stay; empty or null clears it */
                    emergency_phone?: string | null;
                    /** @description The external id of its host, synced first (`PUT /api/platform/users/{external_id}`) */
                    host_external_id: string;
                    /** @description An http(s) link to the house manual; empty or null clears it */
                    house_manual_url?: string | null;
                    /** @description BCP 47 tag (en-US, pt-PT, de-DE…) for the dates, times and numbers of the property's messages; stored canonicalised */
                    locale?: string;
                    /** @description The price of one night in `currency`, a decimal string ("120.00") or number, 0 or more with at most 2 decimals; null clears it */
                    nightly_rate?: (number | string) | null;
                    /** @description Where and how to park; empty or null clears it */
                    parking_info?: string | null;
                    timezone: string;
                    title: string;
                    /** @description The wifi network name; empty or null clears it */
                    wifi_name?: string | null;
                    /** @description The wifi password; empty or null clears it */
                    wifi_password?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformProperty"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformProperty"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    upsertPlatformReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform's own id (for a user: the `sub` of its tokens) */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "property_external_id": "lst_310",
                 *       "guest_external_id": "usr_1842",
                 *       "check_in": "2026-12-20",
                 *       "check_out": "2026-12-24",
                 *       "guests": 2,
                 *       "status": "confirmed",
                 *       "payment_due_at": "2026-12-10T12:00:00Z",
                 *       "total_price": "480.00"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    check_in: string;
                    /** Format: date */
                    check_out: string;
                    /** @description The external id of the guest, synced first (`PUT /api/platform/users/{external_id}`) */
                    guest_external_id: string;
                    guests: number;
                    /** @description When the payment is due; null removes it (and its reminders) */
                    payment_due_at?: string | null;
                    /** @description The external id of the property, synced first (`PUT /api/platform/properties/{external_id}`) */
                    property_external_id: string;
                    /**
                     * @description Where the reservation is now; reached through the same steps as the messenger’s own endpoints
                     * @enum {string}
                     */
                    status: "pending" | "confirmed" | "declined" | "cancelled" | "completed";
                    /** @description Kept only when the property has no nightly rate: otherwise it is nights × the rate */
                    total_price?: number | string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformReservation"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformReservation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelPlatformReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform's own id (for a user: the `sub` of its tokens) */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformReservation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    upsertPlatformUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform's own id (for a user: the `sub` of its tokens) */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "gina@example.com",
                 *       "name": "Gina Guest",
                 *       "phone": "+351912345678",
                 *       "locale": "pt-PT",
                 *       "time_zone": "Europe/Lisbon"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** @description null follows the browser; absent keeps it */
                    locale?: string | null;
                    name: string;
                    /** @description E.164 after removing spaces, dashes and brackets; null removes it, absent keeps it */
                    phone?: string | null;
                    /** @description null follows the browser; absent keeps it */
                    time_zone?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformUser"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformUser"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePlatformUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The platform's own id (for a user: the `sub` of its tokens) */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://platform.example.com/hooks/flexbnb",
                 *       "events": [
                 *         "message.created",
                 *         "reservation.*"
                 *       ],
                 *       "description": "Booking site"
                 *     }
                 */
                "application/json": {
                    /** @description Default true */
                    active?: boolean;
                    description?: string;
                    /** @description The events to deliver; `reservation.*` stands for every reservation event */
                    events: ("message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held" | "reservation.*")[];
                    /** @description Generated (32 random bytes) when absent */
                    secret?: string;
                    /** @description Where to POST. Refused when its host resolves to a loopback, private, link-local, shared (CGNAT), unique-local, unspecified or multicast address, unless the server sets WEBHOOK_ALLOW_PRIVATE=true */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description `true` turns it back on (and forgets its failures); `false` turns it off */
                    active?: boolean;
                    description?: string | null;
                    /** @description The events to deliver; `reservation.*` stands for every reservation event */
                    events?: ("message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held" | "reservation.*")[];
                    /** @description A new signing key (the old one stops at once) */
                    secret?: string;
                    /** @description Where to POST. Refused when its host resolves to a loopback, private, link-local, shared (CGNAT), unique-local, unspecified or multicast address, unless the server sets WEBHOOK_ALLOW_PRIVATE=true */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                event_type?: "message.created" | "message.read" | "conversation.created" | "reservation.created" | "reservation.confirmed" | "reservation.declined" | "reservation.cancelled" | "reservation.changed" | "reservation.completed" | "notification.failed" | "scheduled_message.held";
                /** @description Default 25 */
                limit?: number;
                status?: "pending" | "succeeded" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProperties: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Only the property a rental platform keeps in sync under this id (the chat widget's `data-property`) */
                external_id?: string;
                limit?: number;
                /** @description true: only the properties the caller hosts */
                mine?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Property"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProperty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Seaside loft",
                 *       "address": "12 Rua do Mar, Lisbon",
                 *       "timezone": "Europe/Lisbon",
                 *       "check_in_time": "15:00",
                 *       "check_out_time": "11:00",
                 *       "locale": "pt-PT",
                 *       "wifi_name": "Loft-Guest",
                 *       "wifi_password": "sea-breeze-42",
                 *       "door_code": "4711",
                 *       "house_manual_url": "https://example.com/seaside-loft/manual",
                 *       "emergency_phone": "+351 912 345 678",
                 *       "nightly_rate": "120.00",
                 *       "currency": "EUR"
                 *     }
                 */
                "application/json": {
                    address: string;
                    /** @default 15:00 */
                    check_in_time?: string;
                    /** @default 11:00 */
                    check_out_time?: string;
                    /**
                     * @description ISO 4217 code of the nightly rate (USD, EUR…)
                     * @default USD
                     */
                    currency?: string;
                    /** @description The door or key box code; empty or null clears it */
                    door_code?: string | null;
                    /** @description A phone number for emergencies during the stay; empty or null clears it */
                    emergency_phone?: string | null;
                    /** @description An http(s) link to the house manual; empty or null clears it */
                    house_manual_url?: string | null;
                    /**
                     * @description BCP 47 tag (en-US, pt-PT, de-DE…) for the dates, times and numbers of the property's messages; stored canonicalised
                     * @default en-US
                     */
                    locale?: string;
                    /** @description The price of one night in `currency`, a decimal string ("120.00") or number, 0 or more with at most 2 decimals; null clears it */
                    nightly_rate?: (number | string) | null;
                    /** @description Where and how to park; empty or null clears it */
                    parking_info?: string | null;
                    /** @description The photos to show, in order: image uploads of the caller (`POST /api/messaging/attachments/`) not used elsewhere yet, or photos of this property already; its photos left out are released. 400 for any other id */
                    photo_ids?: string[];
                    /** @default UTC */
                    timezone?: string;
                    title: string;
                    /** @description The wifi network name; empty or null clears it */
                    wifi_name?: string | null;
                    /** @description The wifi password; empty or null clears it */
                    wifi_password?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Property"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Property"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "check_in_time": "16:00",
                 *       "door_code": "0815",
                 *       "parking_info": null
                 *     }
                 */
                "application/json": {
                    address?: string;
                    check_in_time?: string;
                    check_out_time?: string;
                    /** @description ISO 4217 code of the nightly rate (USD, EUR…) */
                    currency?: string;
                    /** @description The door or key box code; empty or null clears it */
                    door_code?: string | null;
                    /** @description A phone number for emergencies during the stay; empty or null clears it */
                    emergency_phone?: string | null;
                    /** @description An http(s) link to the house manual; empty or null clears it */
                    house_manual_url?: string | null;
                    /** @description BCP 47 tag (en-US, pt-PT, de-DE…) for the dates, times and numbers of the property's messages; stored canonicalised */
                    locale?: string;
                    /** @description The price of one night in `currency`, a decimal string ("120.00") or number, 0 or more with at most 2 decimals; null clears it */
                    nightly_rate?: (number | string) | null;
                    /** @description Where and how to park; empty or null clears it */
                    parking_info?: string | null;
                    /** @description The photos to show, in order: image uploads of the caller (`POST /api/messaging/attachments/`) not used elsewhere yet, or photos of this property already; its photos left out are released. 400 for any other id */
                    photo_ids?: string[];
                    timezone?: string;
                    title?: string;
                    /** @description The wifi network name; empty or null clears it */
                    wifi_name?: string | null;
                    /** @description The wifi password; empty or null clears it */
                    wifi_password?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Property"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReservations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                property_id?: string;
                /** @description host: only stays at properties the caller hosts; guest: only their own trips */
                role?: "host" | "guest";
                /** @description One status, or several comma-separated (pending,confirmed) */
                status?: string;
                /** @description upcoming: check-in (its date at the property's check-in time, in its zone) is ahead; current: check-in has passed and check-out has not; past: check-out has passed */
                when?: "upcoming" | "current" | "past";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createReservation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "property_id": "0b0e5f0e-3c44-4d0a-a2f1-6a3b6b1f4c21",
                 *       "check_in": "2026-12-20",
                 *       "check_out": "2026-12-24",
                 *       "guests": 2,
                 *       "total_price": "480.00",
                 *       "payment_due_at": "2026-12-10T12:00:00Z"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    check_in: string;
                    /** Format: date */
                    check_out: string;
                    /** @default 1 */
                    guests?: number;
                    /** Format: date-time */
                    payment_due_at?: string;
                    /** Format: uuid */
                    property_id: string;
                    /** @description Kept only when the property has no nightly rate: otherwise it is nights × the rate */
                    total_price?: number | string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    check_in?: string;
                    /** Format: date */
                    check_out?: string;
                    guests?: number;
                    /** @description When the payment is due; null removes it (and its reminders) */
                    payment_due_at?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    declineReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflicts with the current state: `conflict`, `email_taken` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than 1 MB: `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not JSON: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReservationReminders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reminder"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStayScheduledMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledMessage"][];
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid token, or wrong credentials: `unauthorized`, `token_expired`, `invalid_credentials` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not yours: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description The request is not valid: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unavailable for a moment; try again: `unavailable`, `overloaded` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
