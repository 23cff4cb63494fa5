import type { reservations as english } from '../en/reservations.ts';
import type { Translation } from '../translation.ts';

export const reservations: Translation<typeof english> = {
  status: {
    pending: 'Pendente',
    confirmed: 'Confirmada',
    declined: 'Recusada',
    cancelled: 'Cancelada',
    completed: 'Concluída',
  },
  reminderType: {
    check_in_reminder: 'Check-in',
    check_out_reminder: 'Check-out',
    payment_due_reminder: 'Vencimento do pagamento',
  },
  reminderStatus: {
    scheduled: 'agendado',
    sent: 'enviado',
    cancelled: 'cancelado',
    skipped: 'ignorado',
    failed: 'falhou',
  },
  offset: {
    days_one: '{{count}} dia antes',
    days_other: '{{count}} dias antes',
    days_many: '{{count}} dias antes',
    hours_one: '{{count}} hora antes',
    hours_other: '{{count}} horas antes',
    hours_many: '{{count}} horas antes',
  },
  reminders: {
    title: 'Lembretes',
    loading: 'Carregando lembretes…',
    failed: 'Não foi possível carregar os lembretes.',
    none: 'Nenhum lembrete.',
    timeZone: 'Horários no fuso da acomodação ({{timeZone}}).',
  },
  actions: {
    askDecline: 'Recusar este pedido? O hóspede será avisado.',
    askCancel:
      'Cancelar esta reserva? A outra parte será avisada e os lembretes serão interrompidos.',
    confirmChoice: 'Confirme sua escolha',
    yesDecline: 'Sim, recusar',
    yesCancel: 'Sim, cancelar',
    keep: 'Manter',
    confirm: 'Confirmar',
    decline: 'Recusar',
    cancel: 'Cancelar reserva',
    unreachable: 'Não foi possível conectar ao servidor. Tente de novo.',
  },
};
