/**
 * What the server writes to its users: the in-app notifications' titles and messages, the
 * emails (notifications' and accounts'), the SMS and the pushes. The server stores the English
 * of each notification, worded from these same texts, and words it again in its reader's
 * language when it is read or sent.
 */
export const notify = {
  newMessage: {
    title: 'New message from {{sender}}',
    unsent: 'This message was unsent',
    /** A message of attachments only, of several kinds. */
    sentAttachments: 'Sent {{count}} attachments',
    sentPhotos_one: 'Sent a photo',
    sentPhotos_other: 'Sent {{count}} photos',
    sentVoiceMessages_one: 'Sent a voice message',
    sentVoiceMessages_other: 'Sent {{count}} voice messages',
    sentFiles_one: 'Sent a file',
    sentFiles_other: 'Sent {{count}} files',
  },
  /** A stay's dates: check-in without its year, check-out with it. */
  stayDates: '{{checkIn}} – {{checkOut}}',
  bookingRequest: {
    title: 'New booking request',
    message: '{{guest}} asks to stay at {{property}}, {{dates}}',
  },
  bookingConfirmed: {
    title: 'Booking confirmed',
    message: 'Your stay at {{property}} is confirmed: {{dates}}',
  },
  bookingDeclined: {
    title: 'Booking request declined',
    message: 'Your request to stay at {{property}}, {{dates}}, was declined',
  },
  bookingCancelled: {
    title: 'Booking cancelled',
    /** To the host. */
    byGuest: '{{guest}} cancelled their stay at {{property}}, {{dates}}',
    /** To the guest. */
    byHost: 'Your stay at {{property}}, {{dates}}, was cancelled by the host',
  },
  reminders: {
    /** When a reminder's moment is: the property's wall clock, its zone named. */
    moment: '{{date}} at {{time}} ({{zone}} time)',
    /** The title of a reminder of an unusual offset. */
    title: 'Reminder · {{property}}',
    checkIn: {
      titleHours_one: 'Check-in in {{count}} hour · {{property}}',
      titleHours_other: 'Check-in in {{count}} hours · {{property}}',
      titleDays_one: 'Check-in in {{count}} day · {{property}}',
      titleDays_other: 'Check-in in {{count}} days · {{property}}',
      guest: 'Your check-in at {{property}} is on {{when}}. Address: {{address}}.',
      host: '{{guest}} checks in at {{property}} on {{when}}.',
    },
    checkOut: {
      titleHours_one: 'Check-out in {{count}} hour · {{property}}',
      titleHours_other: 'Check-out in {{count}} hours · {{property}}',
      titleDays_one: 'Check-out in {{count}} day · {{property}}',
      titleDays_other: 'Check-out in {{count}} days · {{property}}',
      guest: 'Your check-out from {{property}} is on {{when}}.',
      host: '{{guest}} checks out of {{property}} on {{when}}.',
    },
    paymentDue: {
      titleHours_one: 'Payment due in {{count}} hour · {{property}}',
      titleHours_other: 'Payment due in {{count}} hours · {{property}}',
      titleDays_one: 'Payment due in {{count}} day · {{property}}',
      titleDays_other: 'Payment due in {{count}} days · {{property}}',
      guest: 'The payment for your stay at {{property}} is due on {{when}}: {{total}}.',
      guestWithoutTotal: 'The payment for your stay at {{property}} is due on {{when}}.',
    },
  },
  scheduledMessageHeld: {
    title: 'A scheduled message is waiting for details',
    /** The name of a message that is no automation's. */
    yourMessage: 'Your message',
    /** `fields` lists the placeholders without a value: "door code, wifi password". */
    forStay_one:
      '“{{name}}” to {{guest}} at {{property}} needs {{fields}}: fill it in, edit the message or skip it',
    forStay_other:
      '“{{name}}” to {{guest}} at {{property}} needs {{fields}}: fill them in, edit the message or skip it',
    message_one: '“{{name}}” needs {{fields}}: fill it in, edit the message or skip it',
    message_other: '“{{name}}” needs {{fields}}: fill them in, edit the message or skip it',
  },
  webhookDisabled: {
    title: 'A webhook endpoint was turned off',
    message:
      '{{url}}: {{reason}}. The platform turns it back on with PATCH /api/platform/webhooks/{{endpointId}} {"active": true}.',
  },
  email: {
    greeting: 'Hi {{name}},',
    openButton: 'Open in FlexBNB Messenger',
    replyButton: 'Reply',
    unreadAbout: 'Unread in your conversation about {{property}}:',
    unread: 'Unread:',
    newMessages_one: '{{count}} new message from {{senders}}',
    newMessages_other: '{{count}} new messages from {{senders}}',
    /** What an email says of a message's files, which it links to: "📎 2 attachments: a.jpg, b.pdf". */
    attachments_one: '📎 {{count}} attachment: {{names}}',
    attachments_other: '📎 {{count}} attachments: {{names}}',
    unsubscribe: 'Unsubscribe',
    /** The footer: why the user gets the email. */
    reasons: {
      newMessage: 'You get this email because a message to you on FlexBNB Messenger is unread.',
      bookingRequest: 'You get this email because a guest asked to book one of your places.',
      bookingConfirmed: 'You get this email because your booking was confirmed.',
      checkInReminder: 'You get this email as a reminder of your stay.',
      checkOutReminder: 'You get this email as a reminder of your stay.',
      paymentDueReminder: 'You get this email as a reminder of a payment for your stay.',
      bookingDeclined: 'You get this email because your booking request was declined.',
      bookingCancelled: 'You get this email because a booking of yours was cancelled.',
      scheduledMessageHeld:
        'You get this email because a message you scheduled is waiting for details only you can fill in.',
      webhookDisabled:
        "You get this email because you administer this FlexBNB Messenger and a platform's webhook endpoint stopped working.",
    },
  },
  sms: {
    text: 'FlexBNB: {{title}}: {{message}}',
  },
  /** The emails of an account's single-use links. */
  account: {
    greeting: 'Hello {{name}},',
    alreadyRegistered: {
      subject: 'You already have a FlexBNB account',
      signIn:
        'Someone (we hope you) tried to create a FlexBNB account with this address, which has one already. Sign in here:',
      forgotPassword: 'Forgot the password? Choose a new one here:',
      notYou: 'If it was not you, ignore this email: nothing changes.',
    },
    confirmRegistration: {
      subject: 'Confirm your email to finish signing up to FlexBNB',
      open: 'Open this link within a day to create your FlexBNB account and sign in:',
      notYou: 'If you did not sign up, ignore this email: no account is made.',
    },
    passwordReset: {
      subject: 'Reset your FlexBNB password',
      open: 'Someone (we hope you) asked to reset the password of your FlexBNB account. Choose a new one here; the link works once, within an hour:',
      notYou: 'If you did not ask, ignore this email: your password stays as it is.',
    },
    emailChange: {
      subject: 'Confirm your new FlexBNB email address',
      open: 'To make {{email}} the address of your FlexBNB account, open this link within an hour:',
      notYou: 'If you did not ask for this, ignore this email: nothing changes.',
    },
  },
};
