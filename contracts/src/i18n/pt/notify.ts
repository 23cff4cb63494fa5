import type { notify as english } from '../en/notify.ts';
import type { Translation } from '../translation.ts';

export const notify: Translation<typeof english> = {
  newMessage: {
    title: 'Nova mensagem de {{sender}}',
    unsent: 'O envio desta mensagem foi desfeito',
    sentAttachments: 'Enviou {{count}} anexos',
    sentPhotos_one: 'Enviou uma foto',
    sentPhotos_many: 'Enviou {{count}} de fotos',
    sentPhotos_other: 'Enviou {{count}} fotos',
    sentVoiceMessages_one: 'Enviou uma mensagem de voz',
    sentVoiceMessages_many: 'Enviou {{count}} de mensagens de voz',
    sentVoiceMessages_other: 'Enviou {{count}} mensagens de voz',
    sentFiles_one: 'Enviou um arquivo',
    sentFiles_many: 'Enviou {{count}} de arquivos',
    sentFiles_other: 'Enviou {{count}} arquivos',
  },
  stayDates: '{{checkIn}} – {{checkOut}}',
  bookingRequest: {
    title: 'Nova solicitação de reserva',
    message: '{{guest}} quer se hospedar em {{property}}, {{dates}}',
  },
  bookingConfirmed: {
    title: 'Reserva confirmada',
    message: 'Sua estadia em {{property}} está confirmada: {{dates}}',
  },
  bookingDeclined: {
    title: 'Solicitação de reserva recusada',
    message: 'Sua solicitação de estadia em {{property}}, {{dates}}, foi recusada',
  },
  bookingCancelled: {
    title: 'Reserva cancelada',
    byGuest: '{{guest}} cancelou a estadia em {{property}}, {{dates}}',
    byHost: 'Sua estadia em {{property}}, {{dates}}, foi cancelada pelo anfitrião',
  },
  reminders: {
    moment: '{{date}} às {{time}} (horário de {{zone}})',
    title: 'Lembrete · {{property}}',
    checkIn: {
      titleHours_one: 'Check-in em {{count}} hora · {{property}}',
      titleHours_other: 'Check-in em {{count}} horas · {{property}}',
      titleDays_one: 'Check-in em {{count}} dia · {{property}}',
      titleDays_other: 'Check-in em {{count}} dias · {{property}}',
      guest: 'Seu check-in em {{property}} está marcado para {{when}}. Endereço: {{address}}.',
      host: '{{guest}} faz o check-in em {{property}} no dia {{when}}.',
    },
    checkOut: {
      titleHours_one: 'Check-out em {{count}} hora · {{property}}',
      titleHours_other: 'Check-out em {{count}} horas · {{property}}',
      titleDays_one: 'Check-out em {{count}} dia · {{property}}',
      titleDays_other: 'Check-out em {{count}} dias · {{property}}',
      guest: 'Seu check-out de {{property}} está marcado para {{when}}.',
      host: '{{guest}} faz o check-out de {{property}} no dia {{when}}.',
    },
    paymentDue: {
      titleHours_one: 'Pagamento vence em {{count}} hora · {{property}}',
      titleHours_other: 'Pagamento vence em {{count}} horas · {{property}}',
      titleDays_one: 'Pagamento vence em {{count}} dia · {{property}}',
      titleDays_other: 'Pagamento vence em {{count}} dias · {{property}}',
      guest: 'O pagamento da sua estadia em {{property}} vence no dia {{when}}: {{total}}.',
      guestWithoutTotal: 'O pagamento da sua estadia em {{property}} vence no dia {{when}}.',
    },
  },
  scheduledMessageHeld: {
    title: 'Uma mensagem agendada está aguardando informações',
    yourMessage: 'Sua mensagem',
    forStay_one:
      '“{{name}}” para {{guest}} em {{property}} precisa de {{fields}}: preencha essa informação, edite a mensagem ou pule-a',
    forStay_other:
      '“{{name}}” para {{guest}} em {{property}} precisa de {{fields}}: preencha essas informações, edite a mensagem ou pule-a',
    message_one:
      '“{{name}}” precisa de {{fields}}: preencha essa informação, edite a mensagem ou pule-a',
    message_other:
      '“{{name}}” precisa de {{fields}}: preencha essas informações, edite a mensagem ou pule-a',
  },
  webhookDisabled: {
    title: 'Um endpoint de webhook foi desativado',
    message:
      '{{url}}: {{reason}}. A plataforma o reativa com PATCH /api/platform/webhooks/{{endpointId}} {"active": true}.',
  },
  email: {
    greeting: 'Olá, {{name}},',
    openButton: 'Abrir no FlexBNB Messenger',
    replyButton: 'Responder',
    unreadAbout: 'Não lidas na sua conversa sobre {{property}}:',
    unread: 'Não lidas:',
    newMessages_one: '{{count}} nova mensagem de {{senders}}',
    newMessages_many: '{{count}} de novas mensagens de {{senders}}',
    newMessages_other: '{{count}} novas mensagens de {{senders}}',
    attachments_one: '📎 {{count}} anexo: {{names}}',
    attachments_many: '📎 {{count}} de anexos: {{names}}',
    attachments_other: '📎 {{count}} anexos: {{names}}',
    unsubscribe: 'Cancelar inscrição',
    reasons: {
      newMessage:
        'Você está recebendo este e-mail porque há uma mensagem não lida para você no FlexBNB Messenger.',
      bookingRequest:
        'Você está recebendo este e-mail porque um hóspede pediu para reservar uma das suas acomodações.',
      bookingConfirmed: 'Você está recebendo este e-mail porque sua reserva foi confirmada.',
      checkInReminder: 'Você está recebendo este e-mail como lembrete da sua estadia.',
      checkOutReminder: 'Você está recebendo este e-mail como lembrete da sua estadia.',
      paymentDueReminder:
        'Você está recebendo este e-mail como lembrete de um pagamento da sua estadia.',
      bookingDeclined:
        'Você está recebendo este e-mail porque sua solicitação de reserva foi recusada.',
      bookingCancelled: 'Você está recebendo este e-mail porque uma reserva sua foi cancelada.',
      scheduledMessageHeld:
        'Você está recebendo este e-mail porque uma mensagem que você agendou está aguardando informações que só você pode preencher.',
      webhookDisabled:
        'Você está recebendo este e-mail porque administra este FlexBNB Messenger e o endpoint de webhook de uma plataforma parou de funcionar.',
    },
  },
  sms: {
    text: 'FlexBNB: {{title}}: {{message}}',
  },
  account: {
    greeting: 'Olá, {{name}},',
    alreadyRegistered: {
      subject: 'Você já tem uma conta FlexBNB',
      signIn:
        'Alguém (esperamos que você) tentou criar uma conta FlexBNB com este endereço, que já tem uma. Entre aqui:',
      forgotPassword: 'Esqueceu a senha? Escolha uma nova aqui:',
      notYou: 'Se não foi você, ignore este e-mail: nada muda.',
    },
    confirmRegistration: {
      subject: 'Confirme seu e-mail para concluir o cadastro no FlexBNB',
      open: 'Abra este link em até um dia para criar sua conta FlexBNB e entrar:',
      notYou: 'Se você não se cadastrou, ignore este e-mail: nenhuma conta será criada.',
    },
    passwordReset: {
      subject: 'Redefina sua senha do FlexBNB',
      open: 'Alguém (esperamos que você) pediu para redefinir a senha da sua conta FlexBNB. Escolha uma nova aqui; o link funciona uma única vez, dentro de uma hora:',
      notYou: 'Se não foi você que pediu, ignore este e-mail: sua senha continua a mesma.',
    },
    emailChange: {
      subject: 'Confirme seu novo endereço de e-mail do FlexBNB',
      open: 'Para que {{email}} passe a ser o endereço da sua conta FlexBNB, abra este link dentro de uma hora:',
      notYou: 'Se você não pediu isso, ignore este e-mail: nada muda.',
    },
  },
};
