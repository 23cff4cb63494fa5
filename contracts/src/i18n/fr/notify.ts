import type { notify as english } from '../en/notify.ts';
import type { Translation } from '../translation.ts';

export const notify: Translation<typeof english> = {
  newMessage: {
    title: 'Nouveau message de {{sender}}',
    unsent: 'Ce message a été retiré',
    sentAttachments: 'A envoyé {{count}} pièces jointes',
    sentPhotos_one: 'A envoyé une photo',
    sentPhotos_many: 'A envoyé {{count}} de photos',
    sentPhotos_other: 'A envoyé {{count}} photos',
    sentVoiceMessages_one: 'A envoyé un message vocal',
    sentVoiceMessages_many: 'A envoyé {{count}} de messages vocaux',
    sentVoiceMessages_other: 'A envoyé {{count}} messages vocaux',
    sentFiles_one: 'A envoyé un fichier',
    sentFiles_many: 'A envoyé {{count}} de fichiers',
    sentFiles_other: 'A envoyé {{count}} fichiers',
  },
  stayDates: '{{checkIn}} – {{checkOut}}',
  bookingRequest: {
    title: 'Nouvelle demande de réservation',
    message: '{{guest}} demande à séjourner à {{property}}, {{dates}}',
  },
  bookingConfirmed: {
    title: 'Réservation confirmée',
    message: 'Votre séjour à {{property}} est confirmé : {{dates}}',
  },
  bookingDeclined: {
    title: 'Demande de réservation refusée',
    message: 'Votre demande de séjour à {{property}}, {{dates}}, a été refusée',
  },
  bookingCancelled: {
    title: 'Réservation annulée',
    byGuest: '{{guest}} a annulé son séjour à {{property}}, {{dates}}',
    byHost: 'Votre séjour à {{property}}, {{dates}}, a été annulé par l’hôte',
  },
  reminders: {
    moment: '{{date}} à {{time}} (heure de {{zone}})',
    title: 'Rappel · {{property}}',
    checkIn: {
      titleHours_one: 'Arrivée dans {{count}} heure · {{property}}',
      titleHours_other: 'Arrivée dans {{count}} heures · {{property}}',
      titleDays_one: 'Arrivée dans {{count}} jour · {{property}}',
      titleDays_other: 'Arrivée dans {{count}} jours · {{property}}',
      guest: 'Votre arrivée à {{property}} est prévue le {{when}}. Adresse : {{address}}.',
      host: '{{guest}} arrive à {{property}} le {{when}}.',
    },
    checkOut: {
      titleHours_one: 'Départ dans {{count}} heure · {{property}}',
      titleHours_other: 'Départ dans {{count}} heures · {{property}}',
      titleDays_one: 'Départ dans {{count}} jour · {{property}}',
      titleDays_other: 'Départ dans {{count}} jours · {{property}}',
      guest: 'Votre départ de {{property}} est prévu le {{when}}.',
      host: '{{guest}} quitte {{property}} le {{when}}.',
    },
    paymentDue: {
      titleHours_one: 'Paiement dû dans {{count}} heure · {{property}}',
      titleHours_other: 'Paiement dû dans {{count}} heures · {{property}}',
      titleDays_one: 'Paiement dû dans {{count}} jour · {{property}}',
      titleDays_other: 'Paiement dû dans {{count}} jours · {{property}}',
      guest: 'Le paiement de votre séjour à {{property}} est dû le {{when}} : {{total}}.',
      guestWithoutTotal: 'Le paiement de votre séjour à {{property}} est dû le {{when}}.',
    },
  },
  scheduledMessageHeld: {
    title: 'Un message programmé attend des informations',
    yourMessage: 'Votre message',
    forStay_one:
      '« {{name}} » pour {{guest}} à {{property}} nécessite {{fields}} : complétez cette information, modifiez le message ou ignorez-le',
    forStay_other:
      '« {{name}} » pour {{guest}} à {{property}} nécessite {{fields}} : complétez ces informations, modifiez le message ou ignorez-le',
    message_one:
      '« {{name}} » nécessite {{fields}} : complétez cette information, modifiez le message ou ignorez-le',
    message_other:
      '« {{name}} » nécessite {{fields}} : complétez ces informations, modifiez le message ou ignorez-le',
  },
  webhookDisabled: {
    title: 'Un point de terminaison de webhook a été désactivé',
    message:
      '{{url}} : {{reason}}. La plateforme le réactive avec PATCH /api/platform/webhooks/{{endpointId}} {"active": true}.',
  },
  email: {
    greeting: 'Bonjour {{name}},',
    openButton: 'Ouvrir dans FlexBNB Messenger',
    replyButton: 'Répondre',
    unreadAbout: 'Non lus dans votre conversation à propos de {{property}} :',
    unread: 'Non lus :',
    newMessages_one: '{{count}} nouveau message de {{senders}}',
    newMessages_many: '{{count}} de nouveaux messages de {{senders}}',
    newMessages_other: '{{count}} nouveaux messages de {{senders}}',
    attachments_one: '📎 {{count}} pièce jointe : {{names}}',
    attachments_many: '📎 {{count}} de pièces jointes : {{names}}',
    attachments_other: '📎 {{count}} pièces jointes : {{names}}',
    unsubscribe: 'Se désabonner',
    reasons: {
      newMessage:
        'Vous recevez cet e-mail parce qu’un message qui vous est adressé sur FlexBNB Messenger n’a pas été lu.',
      bookingRequest:
        'Vous recevez cet e-mail parce qu’un voyageur a demandé à réserver l’un de vos logements.',
      bookingConfirmed: 'Vous recevez cet e-mail parce que votre réservation a été confirmée.',
      checkInReminder: 'Vous recevez cet e-mail pour vous rappeler votre séjour.',
      checkOutReminder: 'Vous recevez cet e-mail pour vous rappeler votre séjour.',
      paymentDueReminder:
        'Vous recevez cet e-mail pour vous rappeler un paiement lié à votre séjour.',
      bookingDeclined:
        'Vous recevez cet e-mail parce que votre demande de réservation a été refusée.',
      bookingCancelled: 'Vous recevez cet e-mail parce qu’une de vos réservations a été annulée.',
      scheduledMessageHeld:
        'Vous recevez cet e-mail parce qu’un message que vous avez programmé attend des informations que vous seul pouvez compléter.',
      webhookDisabled:
        'Vous recevez cet e-mail parce que vous administrez ce FlexBNB Messenger et que le point de terminaison de webhook d’une plateforme a cessé de fonctionner.',
    },
  },
  sms: {
    text: 'FlexBNB : {{title}} : {{message}}',
  },
  account: {
    greeting: 'Bonjour {{name}},',
    alreadyRegistered: {
      subject: 'Vous avez déjà un compte FlexBNB',
      signIn:
        'Quelqu’un (vous, nous l’espérons) a essayé de créer un compte FlexBNB avec cette adresse, qui en a déjà un. Connectez-vous ici :',
      forgotPassword: 'Mot de passe oublié ? Choisissez-en un nouveau ici :',
      notYou: 'Si ce n’était pas vous, ignorez cet e-mail : rien ne change.',
    },
    confirmRegistration: {
      subject: 'Confirmez votre e-mail pour terminer votre inscription à FlexBNB',
      open: 'Ouvrez ce lien dans les 24 heures pour créer votre compte FlexBNB et vous connecter :',
      notYou: 'Si vous ne vous êtes pas inscrit, ignorez cet e-mail : aucun compte ne sera créé.',
    },
    passwordReset: {
      subject: 'Réinitialisez votre mot de passe FlexBNB',
      open: 'Quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte FlexBNB. Choisissez-en un nouveau ici ; le lien ne fonctionne qu’une fois, pendant une heure :',
      notYou:
        'Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.',
    },
    emailChange: {
      subject: 'Confirmez votre nouvelle adresse e-mail FlexBNB',
      open: 'Pour faire de {{email}} l’adresse de votre compte FlexBNB, ouvrez ce lien dans l’heure :',
      notYou: 'Si vous n’avez rien demandé, ignorez cet e-mail : rien ne change.',
    },
  },
};
