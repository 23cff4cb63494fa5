/** A reservation's status, its reminders, and what the host or guest can do with it. */
export const reservations = {
  status: {
    pending: 'Pending',
    confirmed: 'Confirmed',
    declined: 'Declined',
    cancelled: 'Cancelled',
    completed: 'Completed',
  },
  reminderType: {
    check_in_reminder: 'Check-in',
    check_out_reminder: 'Check-out',
    payment_due_reminder: 'Payment due',
  },
  reminderStatus: {
    scheduled: 'scheduled',
    sent: 'sent',
    cancelled: 'cancelled',
    skipped: 'skipped',
    failed: 'failed',
  },
  offset: {
    days_one: '{{count}} day before',
    days_other: '{{count}} days before',
    hours_one: '{{count}} hour before',
    hours_other: '{{count}} hours before',
  },
  reminders: {
    title: 'Reminders',
    loading: 'Loading reminders…',
    failed: 'Reminders could not be loaded.',
    none: 'No reminders.',
    timeZone: 'Times are the property’s ({{timeZone}}).',
  },
  actions: {
    askDecline: 'Decline this request? The guest is told.',
    askCancel: 'Cancel this reservation? The other side is told and its reminders stop.',
    confirmChoice: 'Confirm your choice',
    yesDecline: 'Yes, decline',
    yesCancel: 'Yes, cancel it',
    keep: 'Keep it',
    confirm: 'Confirm',
    decline: 'Decline',
    cancel: 'Cancel reservation',
    unreachable: 'Could not reach the server. Try again.',
  },
};
