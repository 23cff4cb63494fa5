import type { notify as english } from '../en/notify.ts';
import type { Translation } from '../translation.ts';

export const notify: Translation<typeof english> = {
  newMessage: {
    title: 'Nuevo mensaje de {{sender}}',
    unsent: 'Se anuló el envío de este mensaje',
    sentAttachments: 'Envió {{count}} archivos adjuntos',
    sentPhotos_one: 'Envió una foto',
    sentPhotos_many: 'Envió {{count}} de fotos',
    sentPhotos_other: 'Envió {{count}} fotos',
    sentVoiceMessages_one: 'Envió un mensaje de voz',
    sentVoiceMessages_many: 'Envió {{count}} de mensajes de voz',
    sentVoiceMessages_other: 'Envió {{count}} mensajes de voz',
    sentFiles_one: 'Envió un archivo',
    sentFiles_many: 'Envió {{count}} de archivos',
    sentFiles_other: 'Envió {{count}} archivos',
  },
  stayDates: '{{checkIn}} – {{checkOut}}',
  bookingRequest: {
    title: 'Nueva solicitud de reserva',
    message: '{{guest}} quiere alojarse en {{property}}, {{dates}}',
  },
  bookingConfirmed: {
    title: 'Reserva confirmada',
    message: 'Tu estancia en {{property}} está confirmada: {{dates}}',
  },
  bookingDeclined: {
    title: 'Solicitud de reserva rechazada',
    message: 'Tu solicitud para alojarte en {{property}}, {{dates}}, fue rechazada',
  },
  bookingCancelled: {
    title: 'Reserva cancelada',
    byGuest: '{{guest}} canceló su estancia en {{property}}, {{dates}}',
    byHost: 'El anfitrión canceló tu estancia en {{property}}, {{dates}}',
  },
  reminders: {
    moment: '{{date}} a las {{time}} (hora de {{zone}})',
    title: 'Recordatorio · {{property}}',
    checkIn: {
      titleHours_one: 'Check-in en {{count}} hora · {{property}}',
      titleHours_other: 'Check-in en {{count}} horas · {{property}}',
      titleDays_one: 'Check-in en {{count}} día · {{property}}',
      titleDays_other: 'Check-in en {{count}} días · {{property}}',
      guest: 'Tu check-in en {{property}} es el {{when}}. Dirección: {{address}}.',
      host: '{{guest}} hace el check-in en {{property}} el {{when}}.',
    },
    checkOut: {
      titleHours_one: 'Check-out en {{count}} hora · {{property}}',
      titleHours_other: 'Check-out en {{count}} horas · {{property}}',
      titleDays_one: 'Check-out en {{count}} día · {{property}}',
      titleDays_other: 'Check-out en {{count}} días · {{property}}',
      guest: 'Tu check-out de {{property}} es el {{when}}.',
      host: '{{guest}} hace el check-out de {{property}} el {{when}}.',
    },
    paymentDue: {
      titleHours_one: 'El pago vence en {{count}} hora · {{property}}',
      titleHours_other: 'El pago vence en {{count}} horas · {{property}}',
      titleDays_one: 'El pago vence en {{count}} día · {{property}}',
      titleDays_other: 'El pago vence en {{count}} días · {{property}}',
      guest: 'El pago de tu estancia en {{property}} vence el {{when}}: {{total}}.',
      guestWithoutTotal: 'El pago de tu estancia en {{property}} vence el {{when}}.',
    },
  },
  scheduledMessageHeld: {
    title: 'Un mensaje programado está esperando datos',
    yourMessage: 'Tu mensaje',
    forStay_one:
      '«{{name}}» para {{guest}} en {{property}} necesita {{fields}}: complétalo, edita el mensaje u omítelo',
    forStay_other:
      '«{{name}}» para {{guest}} en {{property}} necesita {{fields}}: complétalos, edita el mensaje u omítelo',
    message_one: '«{{name}}» necesita {{fields}}: complétalo, edita el mensaje u omítelo',
    message_other: '«{{name}}» necesita {{fields}}: complétalos, edita el mensaje u omítelo',
  },
  webhookDisabled: {
    title: 'Se desactivó un endpoint de webhook',
    message:
      '{{url}}: {{reason}}. La plataforma lo vuelve a activar con PATCH /api/platform/webhooks/{{endpointId}} {"active": true}.',
  },
  email: {
    greeting: 'Hola, {{name}}:',
    openButton: 'Abrir en FlexBNB Messenger',
    replyButton: 'Responder',
    unreadAbout: 'Sin leer en tu conversación sobre {{property}}:',
    unread: 'Sin leer:',
    newMessages_one: '{{count}} mensaje nuevo de {{senders}}',
    newMessages_many: '{{count}} de mensajes nuevos de {{senders}}',
    newMessages_other: '{{count}} mensajes nuevos de {{senders}}',
    attachments_one: '📎 {{count}} archivo adjunto: {{names}}',
    attachments_many: '📎 {{count}} de archivos adjuntos: {{names}}',
    attachments_other: '📎 {{count}} archivos adjuntos: {{names}}',
    unsubscribe: 'Cancelar suscripción',
    reasons: {
      newMessage: 'Recibes este correo porque tienes un mensaje sin leer en FlexBNB Messenger.',
      bookingRequest:
        'Recibes este correo porque un huésped pidió reservar uno de tus alojamientos.',
      bookingConfirmed: 'Recibes este correo porque se confirmó tu reserva.',
      checkInReminder: 'Recibes este correo como recordatorio de tu estancia.',
      checkOutReminder: 'Recibes este correo como recordatorio de tu estancia.',
      paymentDueReminder: 'Recibes este correo como recordatorio de un pago de tu estancia.',
      bookingDeclined: 'Recibes este correo porque se rechazó tu solicitud de reserva.',
      bookingCancelled: 'Recibes este correo porque se canceló una de tus reservas.',
      scheduledMessageHeld:
        'Recibes este correo porque un mensaje que programaste está esperando datos que solo tú puedes completar.',
      webhookDisabled:
        'Recibes este correo porque administras este FlexBNB Messenger y el endpoint de webhook de una plataforma dejó de funcionar.',
    },
  },
  sms: {
    text: 'FlexBNB: {{title}}: {{message}}',
  },
  account: {
    greeting: 'Hola, {{name}}:',
    alreadyRegistered: {
      subject: 'Ya tienes una cuenta de FlexBNB',
      signIn:
        'Alguien (esperamos que tú) intentó crear una cuenta de FlexBNB con esta dirección, que ya tiene una. Inicia sesión aquí:',
      forgotPassword: '¿Olvidaste la contraseña? Elige una nueva aquí:',
      notYou: 'Si no fuiste tú, ignora este correo: no cambia nada.',
    },
    confirmRegistration: {
      subject: 'Confirma tu correo para terminar de registrarte en FlexBNB',
      open: 'Abre este enlace en el plazo de un día para crear tu cuenta de FlexBNB e iniciar sesión:',
      notYou: 'Si no te registraste, ignora este correo: no se creará ninguna cuenta.',
    },
    passwordReset: {
      subject: 'Restablece tu contraseña de FlexBNB',
      open: 'Alguien (esperamos que tú) pidió restablecer la contraseña de tu cuenta de FlexBNB. Elige una nueva aquí; el enlace funciona una sola vez y durante una hora:',
      notYou: 'Si no lo pediste, ignora este correo: tu contraseña no cambia.',
    },
    emailChange: {
      subject: 'Confirma tu nueva dirección de correo de FlexBNB',
      open: 'Para que {{email}} sea la dirección de tu cuenta de FlexBNB, abre este enlace en el plazo de una hora:',
      notYou: 'Si no lo pediste, ignora este correo: no cambia nada.',
    },
  },
};
