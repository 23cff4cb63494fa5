/**
 * Contact screening's own words, as the server writes them into a masked message: what each
 * kind of detail found before the booking is confirmed reads as, in the receiver's language.
 */
export const screening = {
  /** Stands in a masked message for what was found ("Call me on [phone number hidden]"). */
  placeholder: {
    phone: '[phone number hidden]',
    email: '[email address hidden]',
    link: '[link hidden]',
    payment: '[payment details hidden]',
  },
};
