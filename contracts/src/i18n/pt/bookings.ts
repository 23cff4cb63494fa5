import type { bookings as english } from '../en/bookings.ts';
import type { Translation } from '../translation.ts';

export const bookings: Translation<typeof english> = {
  tabs: {
    upcoming: 'Próximas',
    pending: 'Pendentes',
    current: 'Em andamento',
    past: 'Anteriores',
  },
  nights_one: '{{count}} noite',
  nights_other: '{{count}} noites',
  nights_many: '{{count}} noites',
  box: {
    title: 'Reserve sua estadia',
    perNight: '{{price}} <muted>por noite</muted>',
    checkIn: 'Check-in',
    checkOut: 'Check-out',
    guests: 'Hóspedes',
    messageTo: 'Mensagem para {{host}} (opcional)',
    messagePlaceholder: 'Diga olá e conte um pouco sobre a sua viagem',
    price_one: '{{rate}} × {{count}} noite',
    price_other: '{{rate}} × {{count}} noites',
    price_many: '{{rate}} × {{count}} noites',
    request: 'Solicitar reserva',
    sending: 'Enviando pedido…',
    noCharge: 'Você ainda não será cobrado: {{host}} confirma primeiro.',
    unreachable: 'Não foi possível conectar ao servidor. Tente de novo.',
    errors: {
      checkInMissing: 'Escolha o dia da chegada',
      checkInPast: 'Escolha hoje ou um dia posterior',
      checkOutMissing: 'Escolha o dia da saída',
      checkOutBeforeCheckIn: 'O check-out precisa ser depois do check-in',
      guests: 'O número de hóspedes deve ser de 1 a 50',
    },
    sent: {
      title: 'Pedido enviado',
      told: 'Avisamos {{host}}, que vai confirmar ou recusar. Você vai encontrar a resposta nas suas viagens e na conversa de vocês.',
      trips: 'Ver suas viagens',
      message: 'Enviar mensagem para {{host}}',
    },
  },
  actions: {
    confirm: 'Confirmar',
    decline: 'Recusar',
    declineTitle: 'Recusar este pedido?',
    declineConfirm: 'Recusar pedido',
    cancel: 'Cancelar',
    cancelTitle: 'Cancelar esta reserva?',
    cancelConfirm: 'Cancelar reserva',
    keep: 'Manter',
    unreachable: 'Não foi possível conectar ao servidor. Tente de novo.',
    consequence:
      '{{property}}, {{dates}}. Vamos avisar {{other}}, e os lembretes da estadia serão interrompidos. Não é possível desfazer.',
  },
};
