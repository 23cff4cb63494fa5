import type { screening as english } from '../en/screening.ts';
import type { Translation } from '../translation.ts';

export const screening: Translation<typeof english> = {
  placeholder: {
    phone: '[Telefonnummer ausgeblendet]',
    email: '[E-Mail-Adresse ausgeblendet]',
    link: '[Link ausgeblendet]',
    payment: '[Zahlungsdaten ausgeblendet]',
  },
};
