import type { screening as english } from '../en/screening.ts';
import type { Translation } from '../translation.ts';

export const screening: Translation<typeof english> = {
  placeholder: {
    phone: '[número de teléfono oculto]',
    email: '[correo electrónico oculto]',
    link: '[enlace oculto]',
    payment: '[datos de pago ocultos]',
  },
};
