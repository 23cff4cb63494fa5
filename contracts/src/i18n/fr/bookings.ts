import type { bookings as english } from '../en/bookings.ts';
import type { Translation } from '../translation.ts';

export const bookings: Translation<typeof english> = {
  tabs: {
    upcoming: 'À venir',
    pending: 'En attente',
    current: 'En cours',
    past: 'Passés',
  },
  nights_one: '{{count}} nuit',
  nights_other: '{{count}} nuits',
  nights_many: '{{count}} nuits',
  box: {
    title: 'Réservez votre séjour',
    perNight: '{{price}} <muted>par nuit</muted>',
    checkIn: 'Arrivée',
    checkOut: 'Départ',
    guests: 'Voyageurs',
    messageTo: 'Message à {{host}} (facultatif)',
    messagePlaceholder: 'Dites bonjour et parlez de votre voyage',
    price_one: '{{rate}} × {{count}} nuit',
    price_other: '{{rate}} × {{count}} nuits',
    price_many: '{{rate}} × {{count}} nuits',
    request: 'Demander à réserver',
    sending: 'Envoi de la demande…',
    noCharge: 'Aucun paiement pour l’instant : {{host}} confirme d’abord.',
    unreachable: 'Impossible de joindre le serveur. Réessayez.',
    errors: {
      checkInMissing: 'Choisissez votre jour d’arrivée',
      checkInPast: 'Choisissez aujourd’hui ou un jour suivant',
      checkOutMissing: 'Choisissez votre jour de départ',
      checkOutBeforeCheckIn: 'Le départ doit avoir lieu après l’arrivée',
      guests: 'Le nombre de voyageurs doit être compris entre 1 et 50',
    },
    sent: {
      title: 'Demande envoyée',
      told: '{{host}} a reçu votre demande et va l’accepter ou la refuser. Vous trouverez la réponse dans vos voyages et dans votre conversation.',
      trips: 'Voir vos voyages',
      message: 'Écrire à {{host}}',
    },
  },
  actions: {
    confirm: 'Confirmer',
    decline: 'Refuser',
    declineTitle: 'Refuser cette demande ?',
    declineConfirm: 'Refuser la demande',
    cancel: 'Annuler',
    cancelTitle: 'Annuler cette réservation ?',
    cancelConfirm: 'Annuler la réservation',
    keep: 'La garder',
    unreachable: 'Impossible de joindre le serveur. Réessayez.',
    consequence:
      '{{property}}, {{dates}}. Nous en informerons {{other}}, et les rappels du séjour s’arrêteront. Cette action est irréversible.',
  },
};
