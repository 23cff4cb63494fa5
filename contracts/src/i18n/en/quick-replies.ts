/**
 * Quick replies: the template form, its other languages and files, and the composer's
 * template search. Keys named after the API's values (categories, placeholders) are those
 * values.
 */
export const quickReplies = {
  categories: {
    greeting: 'Greeting',
    booking_confirmation: 'Booking confirmation',
    check_in_instructions: 'Check-in instructions',
    check_out_instructions: 'Check-out instructions',
    amenities_info: 'Amenities info',
    directions: 'Directions',
    house_rules: 'House rules',
    emergency: 'Emergency',
    thank_you: 'Thank you',
    custom: 'Custom',
  },
  /** What each placeholder is filled with, as its button's tooltip says. */
  placeholders: {
    guest_name: "The guest's full name",
    guest_first_name: "The guest's first name",
    host_name: "The host's name",
    property_name: "The property's title",
    property_address: "The property's address",
    check_in_date: 'The reservation\'s check-in date, e.g. "Sun, Dec 20, 2026"',
    check_out_date: "The reservation's check-out date",
    check_in_time: 'The property\'s check-in time, e.g. "3:00 PM"',
    check_out_time: "The property's check-out time",
    nights: 'The number of nights of the reservation, e.g. "4"',
    wifi_name: "The property's wifi network name",
    wifi_password: "The property's wifi password",
    door_code: "The property's door or key box code",
    parking_info: 'Where and how to park at the property',
    house_manual_url: "The link to the property's house manual",
    emergency_phone: 'The phone number for emergencies during the stay',
    reservation_total:
      'The reservation\'s total price as a number in the property\'s locale, without a currency, e.g. "1,234.50"',
    payment_due_date: 'The date the reservation\'s payment is due, e.g. "Tue, Dec 1, 2026"',
    guests: 'The number of guests of the reservation, e.g. "2"',
  },
  form: {
    new: 'New quick reply',
    edit: 'Edit quick reply',
    title: 'Title',
    category: 'Category',
    property: 'Property',
    allProperties: 'All properties',
    message: 'Message',
    placeholders: 'Placeholders:',
    active: 'Active',
    cancel: 'Cancel',
    create: 'Create',
    save: 'Save',
    uploading: 'Uploading…',
  },
  /** Why a text would be refused, in the server's words. */
  textErrors: {
    empty: 'must not be empty',
    tooLong: 'must be at most {{max}} characters',
  },
  /** A warning under a text naming the `{…}` tokens in it that are no placeholder. */
  unknown: {
    below_one: 'Unknown placeholder: <tokens/> — it is sent as written. Pick from the list below.',
    below_other:
      'Unknown placeholders: <tokens/> — they are sent as written. Pick from the list below.',
    above_one: 'Unknown placeholder: <tokens/> — it is sent as written. Pick from the list above.',
    above_other:
      'Unknown placeholders: <tokens/> — they are sent as written. Pick from the list above.',
  },
  languages: {
    title: 'Other languages',
    hint: 'Guests who read one of these get it; everyone else gets the message above.',
    messageIn: 'Message in {{language}}',
    remove: 'Remove <language/>',
    toAdd: 'Language to add',
    add: 'Add language',
    alsoIn: 'Also in',
  },
  attachments: {
    title: 'Attachments',
    hint: 'Sent with the message — a house manual (PDF), a parking map, photos. Up to {{max}} images, PDFs or audio files.',
    list: 'Attached files',
    count_one: '{{count}} attachment',
    count_other: '{{count}} attachments',
    refused_one: 'A quick reply carries up to {{max}} files — one was left out.',
    refused_other: 'A quick reply carries up to {{max}} files — {{count}} were left out.',
    add: 'Add files',
    addMore: 'Add more files',
    toAttach: 'Files to attach',
    uploading: 'Uploading… {{percent}}%',
    remove: 'Remove',
    removeFile: 'Remove {{name}}',
    tooLarge: 'This file is too large',
    wrongType: 'This type of file cannot be attached',
    failed: 'The upload failed',
  },
  picker: {
    title: 'Quick replies',
    search: 'Search quick replies',
    searchPlaceholder: 'Search templates…',
    templates: 'Templates',
    loading: 'Loading templates…',
    none: 'No quick replies yet — create some under Quick replies.',
    noMatch: 'No template matches.',
    withFiles_one: ', with {{count}} attachment',
    withFiles_other: ', with {{count}} attachments',
  },
};
