/** The notification centre, notification settings, browser push, and how a message reached someone. */
export const notifications = {
  /** The kinds of notification, as the settings grid, the unsubscribe page and the admin name them. */
  types: {
    new_message: 'New messages',
    booking_request: 'Booking requests',
    booking_confirmed: 'Booking confirmed',
    check_in_reminder: 'Check-in reminders',
    check_out_reminder: 'Check-out reminders',
    payment_due_reminder: 'Payment reminders',
    booking_declined: 'Booking declined',
    booking_cancelled: 'Booking cancelled',
    scheduled_message_held: 'Held scheduled messages',
    webhook_disabled: 'Webhook endpoints turned off',
  },
  channels: {
    in_app: 'In-app',
    email: 'Email',
    sms: 'SMS',
    push: 'Push',
  },
  /** A delivery's state, as a word. */
  deliveryStatus: {
    pending: 'Pending',
    deferred: 'Deferred',
    sent: 'Sent',
    failed: 'Failed',
    skipped: 'Skipped',
    cancelled: 'Cancelled',
  },
  /** What the sender is told of how the receiver learnt of a message. */
  delivery: {
    seen: 'Seen',
    sent: {
      email: 'Emailed {{time}}',
      push: 'Push sent {{time}}',
      sms: 'SMS sent {{time}}',
    },
    retrying: {
      email: 'Email failed, retrying',
      push: 'Push failed, retrying',
      sms: 'SMS failed, retrying',
    },
    held: {
      email: 'Email waiting for quiet hours to end',
      push: 'Push waiting for quiet hours to end',
      sms: 'SMS waiting for quiet hours to end',
    },
    failed: {
      email: 'Email could not be delivered',
      push: 'Push could not be delivered',
      sms: 'SMS could not be delivered',
    },
  },
  center: {
    bell: 'Notifications',
    bellUnread_one: 'Notifications, {{count}} unread',
    bellUnread_other: 'Notifications, {{count}} unread',
    title: 'Notifications',
    markAllRead: 'Mark all read',
    loading: 'Loading…',
    loadFailed: 'Your notifications could not be loaded.',
    tryAgain: 'Try again',
    empty: 'You are all caught up.',
    list: 'Newest first',
    unread: 'Unread: ',
    latest: 'The latest {{count}}',
    settings: 'Notification settings',
  },
  push: {
    state: {
      enabled: 'Browser notifications are on for this browser.',
      off: 'Browser notifications are off for this browser.',
      blocked:
        'Notifications from this site are blocked in your browser. Allow them in the site settings (the icon beside the address), then try again.',
      unsupported: 'This browser cannot show notifications from FlexBNB Messenger.',
    },
    title: 'Browser notifications',
    intro:
      'Get a notification on this device when a message arrives, even when FlexBNB Messenger is not open.',
    checking: 'Checking this browser…',
    enable: 'Enable browser notifications',
    turningOn: 'Turning on…',
    turnOff: 'Turn off',
    turningOff: 'Turning off…',
    changeFailed: 'Could not change browser notifications: {{reason}}',
    unknownError: 'unknown error',
    noKeys: 'The browser gave a push subscription without its keys',
  },
  settings: {
    label: 'Notification settings',
    channels: {
      title: 'How we reach you',
      intro:
        'In-app notifications are always on. Push goes to the browsers where you turn on browser notifications.',
      caption: 'Channels for each kind of notification',
      notification: 'Notification',
      alwaysOn: '{{type}}: {{channel}} (always on)',
      cell: '{{type}}: {{channel}}',
    },
    quiet: {
      title: 'Quiet hours',
      toggle: 'Hold email, SMS and push during quiet hours',
      from: 'From',
      until: 'Until',
      timeZone: 'Time zone',
      note: 'What arrives in these hours waits until they end; urgent notifications still come through. In-app notifications are never held.',
    },
    sms: {
      title: 'Text messages',
      phone: 'Mobile number',
      hint: 'With a plus and the country code, e.g. +351 912 345 678. Leave empty for no SMS.',
      needPhone: 'Add a mobile number to get the SMS you chose above.',
    },
    unsaved: 'Unsaved changes',
    discard: 'Discard changes',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Notification settings saved',
    unreachable: 'Could not reach the server',
  },
};
