import type { reservations as english } from '../en/reservations.ts';
import type { Translation } from '../translation.ts';

export const reservations: Translation<typeof english> = {
  status: {
    pending: 'Pendiente',
    confirmed: 'Confirmada',
    declined: 'Rechazada',
    cancelled: 'Cancelada',
    completed: 'Completada',
  },
  reminderType: {
    check_in_reminder: 'Llegada',
    check_out_reminder: 'Salida',
    payment_due_reminder: 'Pago pendiente',
  },
  reminderStatus: {
    scheduled: 'programado',
    sent: 'enviado',
    cancelled: 'cancelado',
    skipped: 'omitido',
    failed: 'fallido',
  },
  offset: {
    days_one: '{{count}} día antes',
    days_other: '{{count}} días antes',
    days_many: '{{count}} días antes',
    hours_one: '{{count}} hora antes',
    hours_other: '{{count}} horas antes',
    hours_many: '{{count}} horas antes',
  },
  reminders: {
    title: 'Recordatorios',
    loading: 'Cargando recordatorios…',
    failed: 'No se pudieron cargar los recordatorios.',
    none: 'No hay recordatorios.',
    timeZone: 'Horas del alojamiento ({{timeZone}}).',
  },
  actions: {
    askDecline: '¿Rechazar esta solicitud? Se avisará al huésped.',
    askCancel:
      '¿Cancelar esta reserva? Se avisará a la otra parte y sus recordatorios se detendrán.',
    confirmChoice: 'Confirma tu elección',
    yesDecline: 'Sí, rechazar',
    yesCancel: 'Sí, cancelarla',
    keep: 'Mantenerla',
    confirm: 'Confirmar',
    decline: 'Rechazar',
    cancel: 'Cancelar reserva',
    unreachable: 'No se pudo conectar con el servidor. Inténtalo de nuevo.',
  },
};
