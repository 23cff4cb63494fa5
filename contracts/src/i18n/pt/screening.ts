import type { screening as english } from '../en/screening.ts';
import type { Translation } from '../translation.ts';

export const screening: Translation<typeof english> = {
  placeholder: {
    phone: '[número de telefone oculto]',
    email: '[endereço de e-mail oculto]',
    link: '[link oculto]',
    payment: '[dados de pagamento ocultos]',
  },
};
