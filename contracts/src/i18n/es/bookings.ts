import type { bookings as english } from '../en/bookings.ts';
import type { Translation } from '../translation.ts';

export const bookings: Translation<typeof english> = {
  tabs: {
    upcoming: 'Próximas',
    pending: 'Pendientes',
    current: 'En curso',
    past: 'Pasadas',
  },
  nights_one: '{{count}} noche',
  nights_other: '{{count}} noches',
  nights_many: '{{count}} noches',
  box: {
    title: 'Reserva tu estancia',
    perNight: '{{price}} <muted>por noche</muted>',
    checkIn: 'Llegada',
    checkOut: 'Salida',
    guests: 'Huéspedes',
    messageTo: 'Mensaje para {{host}} (opcional)',
    messagePlaceholder: 'Saluda y cuéntale sobre tu viaje',
    price_one: '{{rate}} × {{count}} noche',
    price_other: '{{rate}} × {{count}} noches',
    price_many: '{{rate}} × {{count}} noches',
    request: 'Solicitar reserva',
    sending: 'Enviando solicitud…',
    noCharge: 'Todavía no se te cobrará nada: {{host}} confirma primero.',
    unreachable: 'No se pudo conectar con el servidor. Inténtalo de nuevo.',
    errors: {
      checkInMissing: 'Elige el día de llegada',
      checkInPast: 'Elige hoy o un día posterior',
      checkOutMissing: 'Elige el día de salida',
      checkOutBeforeCheckIn: 'La salida debe ser posterior a la llegada',
      guests: 'El número de huéspedes debe estar entre 1 y 50',
    },
    sent: {
      title: 'Solicitud enviada',
      told: 'Hemos avisado a {{host}}, que confirmará o rechazará tu solicitud. Verás la respuesta en tus viajes y en la conversación.',
      trips: 'Ver tus viajes',
      message: 'Escribir a {{host}}',
    },
  },
  actions: {
    confirm: 'Confirmar',
    decline: 'Rechazar',
    declineTitle: '¿Rechazar esta solicitud?',
    declineConfirm: 'Rechazar solicitud',
    cancel: 'Cancelar',
    cancelTitle: '¿Cancelar esta reserva?',
    cancelConfirm: 'Cancelar reserva',
    keep: 'Mantenerla',
    unreachable: 'No se pudo conectar con el servidor. Inténtalo de nuevo.',
    consequence:
      '{{property}}, {{dates}}. Avisaremos a {{other}} y se detendrán los recordatorios de la estancia. Esta acción no se puede deshacer.',
  },
};
