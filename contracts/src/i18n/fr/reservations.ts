import type { reservations as english } from '../en/reservations.ts';
import type { Translation } from '../translation.ts';

export const reservations: Translation<typeof english> = {
  status: {
    pending: 'En attente',
    confirmed: 'Confirmée',
    declined: 'Refusée',
    cancelled: 'Annulée',
    completed: 'Terminée',
  },
  reminderType: {
    check_in_reminder: 'Arrivée',
    check_out_reminder: 'Départ',
    payment_due_reminder: 'Paiement dû',
  },
  reminderStatus: {
    scheduled: 'programmé',
    sent: 'envoyé',
    cancelled: 'annulé',
    skipped: 'ignoré',
    failed: 'en échec',
  },
  offset: {
    days_one: '{{count}} jour avant',
    days_other: '{{count}} jours avant',
    days_many: '{{count}} jours avant',
    hours_one: '{{count}} heure avant',
    hours_other: '{{count}} heures avant',
    hours_many: '{{count}} heures avant',
  },
  reminders: {
    title: 'Rappels',
    loading: 'Chargement des rappels…',
    failed: 'Les rappels n’ont pas pu être chargés.',
    none: 'Aucun rappel.',
    timeZone: 'Heures du logement ({{timeZone}}).',
  },
  actions: {
    askDecline: 'Refuser cette demande ? Le voyageur en sera informé.',
    askCancel:
      'Annuler cette réservation ? L’autre partie en sera informée et ses rappels s’arrêteront.',
    confirmChoice: 'Confirmez votre choix',
    yesDecline: 'Oui, refuser',
    yesCancel: 'Oui, l’annuler',
    keep: 'La garder',
    confirm: 'Confirmer',
    decline: 'Refuser',
    cancel: 'Annuler la réservation',
    unreachable: 'Impossible de joindre le serveur. Réessayez.',
  },
};
