/** Booking a stay, and the host's and guest's lists of stays. */
export const bookings = {
  tabs: {
    upcoming: 'Upcoming',
    pending: 'Pending',
    current: 'Current',
    past: 'Past',
  },
  nights_one: '{{count}} night',
  nights_other: '{{count}} nights',
  box: {
    title: 'Book your stay',
    /** `{{price}}` is the nightly rate; `<muted>` the word after it, in grey. */
    perNight: '{{price}} <muted>night</muted>',
    checkIn: 'Check-in',
    checkOut: 'Check-out',
    guests: 'Guests',
    messageTo: 'Message to {{host}} (optional)',
    messagePlaceholder: 'Say hello and tell them about your trip',
    price_one: '{{rate}} × {{count}} night',
    price_other: '{{rate}} × {{count}} nights',
    request: 'Request to book',
    sending: 'Sending request…',
    noCharge: 'You won’t be charged: {{host}} confirms first.',
    unreachable: 'Could not reach the server. Try again.',
    errors: {
      checkInMissing: 'Choose the day you arrive',
      checkInPast: 'Choose today or a later day',
      checkOutMissing: 'Choose the day you leave',
      checkOutBeforeCheckIn: 'Check-out must be after check-in',
      guests: 'Guests must be a number from 1 to 50',
    },
    sent: {
      title: 'Request sent',
      told: '{{host}} has been told and will confirm or decline. You’ll find the answer in your trips and in your conversation.',
      trips: 'See your trips',
      message: 'Message {{host}}',
    },
  },
  actions: {
    confirm: 'Confirm',
    decline: 'Decline',
    declineTitle: 'Decline this request?',
    declineConfirm: 'Decline request',
    cancel: 'Cancel',
    cancelTitle: 'Cancel this reservation?',
    cancelConfirm: 'Cancel reservation',
    keep: 'Keep it',
    unreachable: 'Could not reach the server. Try again.',
    /** What a decline or cancel dialog says. */
    consequence:
      '{{property}}, {{dates}}. {{other}} is told, and the stay’s reminders stop. This cannot be undone.',
  },
};
