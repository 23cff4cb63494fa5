import type { screening as english } from '../en/screening.ts';
import type { Translation } from '../translation.ts';

export const screening: Translation<typeof english> = {
  placeholder: {
    phone: '[numéro de téléphone masqué]',
    email: '[adresse e-mail masquée]',
    link: '[lien masqué]',
    payment: '[coordonnées de paiement masquées]',
  },
};
