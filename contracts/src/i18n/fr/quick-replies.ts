import type { quickReplies as english } from '../en/quick-replies.ts';
import type { Translation } from '../translation.ts';

export const quickReplies: Translation<typeof english> = {
  categories: {
    greeting: 'Accueil',
    booking_confirmation: 'Confirmation de réservation',
    check_in_instructions: 'Instructions d’arrivée',
    check_out_instructions: 'Instructions de départ',
    amenities_info: 'Équipements',
    directions: 'Itinéraire',
    house_rules: 'Règlement intérieur',
    emergency: 'Urgence',
    thank_you: 'Remerciements',
    custom: 'Personnalisée',
  },
  placeholders: {
    guest_name: 'Le nom complet du voyageur',
    guest_first_name: 'Le prénom du voyageur',
    host_name: 'Le nom de l’hôte',
    property_name: 'Le titre du logement',
    property_address: 'L’adresse du logement',
    check_in_date: 'La date d’arrivée de la réservation, p. ex. « dim. 20/12/2026 »',
    check_out_date: 'La date de départ de la réservation',
    check_in_time: 'L’heure d’arrivée du logement, p. ex. « 15:00 »',
    check_out_time: 'L’heure de départ du logement',
    nights: 'Le nombre de nuits de la réservation, p. ex. « 4 »',
    wifi_name: 'Le nom du réseau wifi du logement',
    wifi_password: 'Le mot de passe du wifi du logement',
    door_code: 'Le code de la porte ou de la boîte à clés du logement',
    parking_info: 'Où et comment se garer au logement',
    house_manual_url: 'Le lien vers le guide du logement',
    emergency_phone: 'Le numéro à appeler en cas d’urgence pendant le séjour',
    reservation_total:
      'Le prix total de la réservation, en nombre au format de la langue du logement et sans devise, p. ex. « 1 234,50 »',
    payment_due_date:
      'La date d’échéance du paiement de la réservation, p. ex. « mar. 01/12/2026 »',
    guests: 'Le nombre de voyageurs de la réservation, p. ex. « 2 »',
  },
  form: {
    new: 'Nouvelle réponse rapide',
    edit: 'Modifier la réponse rapide',
    title: 'Titre',
    category: 'Catégorie',
    property: 'Logement',
    allProperties: 'Tous les logements',
    message: 'Message',
    placeholders: 'Champs à insérer :',
    active: 'Active',
    cancel: 'Annuler',
    create: 'Créer',
    save: 'Enregistrer',
    uploading: 'Envoi…',
  },
  textErrors: {
    empty: 'ne doit pas être vide',
    tooLong: 'doit faire au plus {{max}} caractères',
  },
  unknown: {
    below_one:
      'Champ inconnu : <tokens/> — il est envoyé tel quel. Choisissez dans la liste ci-dessous.',
    below_many:
      'Champs inconnus : <tokens/> — ils sont envoyés tels quels. Choisissez dans la liste ci-dessous.',
    below_other:
      'Champs inconnus : <tokens/> — ils sont envoyés tels quels. Choisissez dans la liste ci-dessous.',
    above_one:
      'Champ inconnu : <tokens/> — il est envoyé tel quel. Choisissez dans la liste ci-dessus.',
    above_many:
      'Champs inconnus : <tokens/> — ils sont envoyés tels quels. Choisissez dans la liste ci-dessus.',
    above_other:
      'Champs inconnus : <tokens/> — ils sont envoyés tels quels. Choisissez dans la liste ci-dessus.',
  },
  languages: {
    title: 'Autres langues',
    hint: 'Les voyageurs qui lisent l’une de ces langues reçoivent cette version ; les autres reçoivent le message ci-dessus.',
    messageIn: 'Message en {{language}}',
    remove: 'Retirer <language/>',
    toAdd: 'Langue à ajouter',
    add: 'Ajouter une langue',
    alsoIn: 'Également en',
  },
  attachments: {
    title: 'Pièces jointes',
    hint: 'Envoyées avec le message — un guide du logement (PDF), un plan du parking, des photos. Jusqu’à {{max}} images, PDF ou fichiers audio.',
    list: 'Fichiers joints',
    count_one: '{{count}} pièce jointe',
    count_many: '{{count}} pièces jointes',
    count_other: '{{count}} pièces jointes',
    refused_one: 'Une réponse rapide contient au plus {{max}} fichiers — un a été laissé de côté.',
    refused_many:
      'Une réponse rapide contient au plus {{max}} fichiers — {{count}} ont été laissés de côté.',
    refused_other:
      'Une réponse rapide contient au plus {{max}} fichiers — {{count}} ont été laissés de côté.',
    add: 'Ajouter des fichiers',
    addMore: 'Ajouter d’autres fichiers',
    toAttach: 'Fichiers à joindre',
    uploading: 'Envoi… {{percent}} %',
    remove: 'Retirer',
    removeFile: 'Retirer {{name}}',
    tooLarge: 'Ce fichier est trop lourd',
    wrongType: 'Ce type de fichier ne peut pas être joint',
    failed: 'L’envoi a échoué',
  },
  picker: {
    title: 'Réponses rapides',
    search: 'Rechercher dans les réponses rapides',
    searchPlaceholder: 'Rechercher un modèle…',
    templates: 'Modèles',
    loading: 'Chargement des modèles…',
    none: 'Pas encore de réponse rapide — créez-en dans Réponses rapides.',
    noMatch: 'Aucun modèle ne correspond.',
    withFiles_one: ', avec {{count}} pièce jointe',
    withFiles_many: ', avec {{count}} pièces jointes',
    withFiles_other: ', avec {{count}} pièces jointes',
  },
};
