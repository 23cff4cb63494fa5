import type { CorpusMessage } from './screening.corpus.ts';

/**
 * A second hand-written corpus, written apart from the screener and never used to tune it:
 * what the screener scores on it is what it does on text it has not seen.
 */
export const SCREENING_HOLDOUT: readonly CorpusMessage[] = [
  // ---------------------------------------------------------------- en: something to find
  {
    text: 'Hi! Easier to sort out check-in by phone, call me on (415) 555-0132 any time after 6pm.',
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: "If the app is playing up, ring me on +353 87 765 4321. I'm the owner's sister and I live just down the road.",
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: "Just send the passport copies to mike.hensley@gmail.com and I'll forward you the door code.",
    lang: 'en',
    kinds: ['email'],
  },
  {
    text: 'My email is sarah dot collins at outlook dot com, drop me a line there so we can talk properly.',
    lang: 'en',
    kinds: ['email'],
  },
  {
    text: "Email me at dave.porter (at) hotmail [dot] co [dot] uk and I'll send you the discount code.",
    lang: 'en',
    kinds: ['email'],
  },
  {
    text: 'Photos of the other two cabins are on our own site: https://www.lakeviewcabins.co.uk/gallery',
    lang: 'en',
    kinds: ['link'],
  },
  {
    text: 'If you pay me directly by bank transfer I can knock 10% off. IBAN GB29 NWBK 6016 1331 9268 19, name on the account is R. Hughes.',
    lang: 'en',
    kinds: ['payment'],
  },
  {
    text: "We can skip the service fee if you just bring cash on arrival instead of booking through here. Let's say $1,100 for the week?",
    lang: 'en',
    kinds: ['payment'],
  },
  {
    text: "Send the deposit via PayPal to jen.marlowe@yahoo.com and I'll block the dates for you straight away.",
    lang: 'en',
    kinds: ['payment', 'email'],
  },
  {
    text: 'My number is four one five, five five five, zero one eight seven. Text me and we can sort the rest off the app.',
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: 'Could you send the balance through Western Union? Give me a ring on 0044 20 7946 0958 once it is done.',
    lang: 'en',
    kinds: ['payment', 'phone'],
  },
  {
    text: 'Easiest is Venmo or Zelle, my number on there is 303.555.0199. Saves us both the booking fees.',
    lang: 'en',
    kinds: ['payment', 'phone'],
  },

  // ---------------------------------------------------------------- en: ordinary
  {
    text: 'Check-in is from 3pm on 07/14/2025, and checkout is 11:00 on the 21st.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The total came to $1,250.00 including cleaning, paid through the app, so all good on my side.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The address is 221B Baker Street, London NW1 6XE. Flat 3 is on the second floor, buzzer on the left.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The keybox is to the left of the front door, code 4729, and the wifi password is BlueHarbor2024!',
    lang: 'en',
    kinds: [],
  },
  {
    text: "Our flight is EI 153 from Dublin, landing at 2.30pm, so we'll be at the house around 4 on the dot.",
    lang: 'en',
    kinds: [],
  },
  {
    text: 'Booking reference HMQ4X7ZK2P, two adults and two kids aged 6 and 9. The little one still needs a cot.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The cottage is at 14 Harbour Road, Dingle, Co. Kerry, V92 X2F8. Parking is behind the blue shed.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'In an emergency dial 999 (or 112 from any mobile). The nearest A&E is approx. 3.5 miles away.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The living room is 5.2 m x 4.8 m and the ceiling is about 2.4 m high, so the kids can put up their tent.',
    lang: 'en',
    kinds: [],
  },
  {
    text: "I've uploaded the house manual in the chat as check_in_guide_v2.pdf, and there's a link to it in the listing too.",
    lang: 'en',
    kinds: [],
  },
  {
    text: 'Is there an airport transfer available? We land at Shannon at 10.15am on Sat., gate B12 I think.',
    lang: 'en',
    kinds: [],
  },
  {
    text: "There's a cash machine at the corner shop on Main St., about 200 yards down the hill from the house.",
    lang: 'en',
    kinds: [],
  },
  {
    text: "Do you use WhatsApp? No worries if not, we're happy to keep chatting here until the booking is confirmed.",
    lang: 'en',
    kinds: [],
  },
  {
    text: 'I never got the confirmation email from the app, could you check on your side? Our car is a silver Golf, reg KY19 ABC, if that helps.',
    lang: 'en',
    kinds: [],
  },

  // ---------------------------------------------------------------- pt: something to find
  {
    text: 'Olá! Para combinarmos a entrega das chaves, ligue-me para o 912 345 678, por favor.',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'Se estiver no estrangeiro, o meu número é o 00351 934 567 890, atendo sempre depois das 18h.',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'Me chama no zap: (11) 98765-4321, fica mais fácil pra mandar as fotos do quarto.',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'O meu email é joana.ferreira@sapo.pt, mande-me para lá os dados de todos os hóspedes.',
    lang: 'pt',
    kinds: ['email'],
  },
  {
    text: 'Anota aí: carlos ponto mendes arroba hotmail ponto com. Me escreve por lá que eu respondo mais rápido.',
    lang: 'pt',
    kinds: ['email'],
  },
  {
    text: 'Tem muito mais fotos da casa no nosso site www.casadomar.com.br, dá uma olhada!',
    lang: 'pt',
    kinds: ['link'],
  },
  {
    text: 'Veja a localização exata e os preços de época baixa em villa-sol.pt antes de reservar.',
    lang: 'pt',
    kinds: ['link'],
  },
  {
    text: 'Segue a gente no Instagram, tem vídeo da piscina: https://instagram.com/pousada.marazul',
    lang: 'pt',
    kinds: ['link'],
  },
  {
    text: 'Se fizer a transferência bancária diretamente para mim, faço-lhe 15% de desconto. O IBAN é PT50 0002 0123 1234 5678 9015 4.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'Pode pagar por Pix que sai mais barato, a chave é o meu celular: +55 21 99876-5432.',
    lang: 'pt',
    kinds: ['payment', 'phone'],
  },
  {
    text: 'Se pagar por MB Way fora da plataforma poupamos os dois nas comissões, é só dizer.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'O meu número é nove, um, dois, três, quatro, cinco, seis, sete, oito. Liga quando chegares e tratamos de tudo.',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'Prefere pagar em dinheiro na chegada? Assim você não paga a taxa de serviço do site e fica R$ 1.500 redondo.',
    lang: 'pt',
    kinds: ['payment'],
  },

  // ---------------------------------------------------------------- pt: ordinary
  {
    text: 'O check-in é a partir das 15h do dia 12/08/2025 e o check-out até às 11h do dia 19.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'A morada é Rua Augusta 123, 2.º esq., 1100-048 Lisboa. O prédio tem a porta verde.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O endereço é Av. Paulista, 1578, apto 82, CEP 01310-200, São Paulo. O porteiro fica 24h.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'A diária ficou R$ 380 e a taxa de limpeza R$ 120, tudo pago pelo aplicativo.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O código da caixa das chaves é 2580 e a palavra-passe do wi-fi é MarAzul#2024.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O nosso voo é o TP 1351, aterra às 14h30, por isso devemos chegar aí por volta das 16h.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O ponto de ônibus fica a uns 300 m da casa, a linha 714 passa de 20 em 20 minutos.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Vocês oferecem transfer do aeroporto? Somos 4 adultos e uma criança de 3 anos.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Em caso de emergência liguem 112; o hospital mais próximo fica a 5 km, em Faro.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O apartamento tem 85 m², fica no 4.º andar e tem elevador. A cama de casal tem 1,60 m.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'A matrícula do nosso carro é AA-12-BC. Pode ficar na garagem, no lugar n.º 7?',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Código da reserva HM8KQ2Z4TX. Mandei as fotos pelo chat da plataforma e não pelo WhatsApp, vê se chegaram.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'As coordenadas são -23.5505, -46.6333. O portão fica do lado direito, ao lado do caixa eletrônico.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Enviei o ficheiro comprovativo_reserva.pdf pela app, e o link do guia da casa está no anúncio. Saímos às 9h em ponto para apanhar o comboio.',
    lang: 'pt',
    kinds: [],
  },

  // ---------------------------------------------------------------- es: something to find
  {
    text: 'Para la llegada llámame al 612 34 56 78 y te abro el portal.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Mi móvil es el +34 699 123 456, escríbeme por WhatsApp y lo hablamos mejor.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Si hay algún problema márcame al 55 1234 5678, es mi celular aquí en la Ciudad de México.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Mi número es el +54 9 11 2345-6789, mandame un mensaje cuando aterrices en Ezeiza.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Mándame el DNI de todos a lucia.martinez@gmail.com y preparo los papeles del registro.',
    lang: 'es',
    kinds: ['email'],
  },
  {
    text: 'Escríbeme a javier punto ruiz arroba yahoo punto es, que por aquí tardo mucho en contestar.',
    lang: 'es',
    kinds: ['email'],
  },
  {
    text: 'Tienes muchas más fotos en nuestra web: https://www.casarural-elpinar.es/galeria',
    lang: 'es',
    kinds: ['link'],
  },
  {
    text: 'Búscanos en Facebook, facebook.com/apartamentos.lapalmera, allí te hacemos mejor precio.',
    lang: 'es',
    kinds: ['link'],
  },
  {
    text: 'Si me haces una transferencia directa nos ahorramos la comisión. Mi cuenta: ES91 2100 0418 4502 0005 1332.',
    lang: 'es',
    kinds: ['payment'],
  },
  {
    text: 'Puedes pagarme por Bizum al 655 43 21 09 y así no pagas la tarifa de la plataforma.',
    lang: 'es',
    kinds: ['payment', 'phone'],
  },
  {
    text: 'Mi número es seis, uno, dos, tres, cuatro, cinco, seis, siete, ocho; llámame y lo arreglamos sin la app.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Si me pagás la seña en efectivo o por Western Union te hago precio, sin la comisión de la página.',
    lang: 'es',
    kinds: ['payment'],
  },

  // ---------------------------------------------------------------- es: ordinary
  {
    text: 'La entrada es a partir de las 16:00 del 03/07/2025 y la salida antes de las 11:00.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'La dirección es Calle Mayor 15, 3º B, 28013 Madrid. El portal está justo al lado de una farmacia.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'El total fue de 1.234,56 €, ya pagado a través de la app. ¡Gracias!',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'El código de la caja de llaves es 7391 y la contraseña del wifi es Palmera_2025.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Nuestro vuelo es el IB3166, llega a las 13h45, y luego cogemos el AVE de las 15:30 a Córdoba.',
    lang: 'es',
    kinds: [],
  },
  {
    text: '¿Ofrecéis traslado o transfer desde el aeropuerto? Somos 5 personas con dos maletas grandes cada una.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Estamos a punto de salir de Sevilla, calculamos llegar sobre las 20h si no hay atasco.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'En caso de emergencia llama al 112; si estás en México, es el 911.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'El piso tiene 90 m², está en la 4.ª planta y el ascensor es para 4 personas.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'La matrícula de nuestro coche es 1234 BCD, ¿podemos aparcar en la plaza n.º 23 del garaje?',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'La casa está en Av. Insurgentes Sur 1602, Col. Crédito Constructor, C.P. 03940, CDMX.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Las coordenadas GPS son 36.7213, -4.4214; el cajero automático más cercano está en la plaza.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Te subo el archivo normas_casa.pdf por el chat, y el enlace al manual está en el anuncio.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Localizador de la reserva: 5QK8-ZT42. Somos dos adultos y tres chicos de 4, 7 y 12 años; el mayor mide 1,60 m, ¿cabe en la litera?',
    lang: 'es',
    kinds: [],
  },

  // ---------------------------------------------------------------- fr: something to find
  {
    text: 'Appelez-moi au 06 12 34 56 78 quand vous serez devant la résidence.',
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: 'Mon portable : 07.81.23.45.67, envoyez-moi un SMS à votre arrivée.',
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: "Pour la Belgique, mon numéro c'est le 0470 12 34 56, n'hésitez pas à m'appeler.",
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: 'Vous pouvez me joindre au +41 79 123 45 67, je suis à Genève toute la semaine.',
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: 'Écrivez-moi à claire.dubois@orange.fr, ce sera plus simple pour les papiers.',
    lang: 'fr',
    kinds: ['email'],
  },
  {
    text: "Mon mail : pierre arobase free point fr. Contactez-moi là-bas plutôt qu'ici.",
    lang: 'fr',
    kinds: ['email'],
  },
  {
    text: 'Toutes les photos sont sur notre site www.gite-des-lavandes.fr, allez voir !',
    lang: 'fr',
    kinds: ['link'],
  },
  {
    text: 'Voici mon profil, vous verrez que je suis sérieux : https://www.linkedin.com/in/marc-lefevre-immo',
    lang: 'fr',
    kinds: ['link'],
  },
  {
    text: 'Si vous faites un virement directement sur mon compte, je vous fais une remise. IBAN : FR76 3000 6000 0112 3456 7890 189.',
    lang: 'fr',
    kinds: ['payment'],
  },
  {
    text: "On peut régler en espèces à l'arrivée pour éviter les frais du site, ça vous va ?",
    lang: 'fr',
    kinds: ['payment'],
  },
  {
    text: "Mon numéro : zéro, six, un, deux, trois, quatre, cinq, six, sept, huit. Appelez-moi pour finaliser sans passer par l'appli.",
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: "Envoyez l'acompte par PayPal à sophie.martin@gmail.com, ou appelez-moi au 0033 6 98 76 54 32 si vous préférez.",
    lang: 'fr',
    kinds: ['payment', 'email', 'phone'],
  },

  // ---------------------------------------------------------------- fr: ordinary
  {
    text: "L'arrivée se fait à partir de 15h le 14/07/2025, et le départ avant 10h30.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: "L'adresse : 12 rue de la Paix, 75002 Paris, 3e étage, porte gauche.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Le code de la porte est 4821B et le mot de passe du wifi est Lavande2025!',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Le total était de 1 234,56 € frais compris, déjà payé via l'application.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Notre train est le TGV 6203, arrivée gare de Lyon à 14h12, puis on prend le RER B.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Est-ce que vous proposez un transfert depuis l'aéroport ? Nous sommes 4 avec un bébé de 18 mois.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: "En cas d'urgence, composez le 112 ou le 15 pour le SAMU ; la pharmacie de garde est à 800 m.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Le numéro de réservation est le 4839201756, au nom de M. Dupont.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "L'appartement fait 65 m², avec une chambre de 3,20 m x 4 m et un canapé-lit.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Notre plaque d'immatriculation est AB-123-CD, y a-t-il une place libre au parking n° 14 ?",
    lang: 'fr',
    kinds: [],
  },
  {
    text: "C'est Rue Neuve 45, 1000 Bruxelles, juste à côté d'un distributeur de billets.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Le point de rendez-vous est devant la boulangerie, à 9h pile, pour la remise des clés.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Je vous envoie le fichier plan_acces.pdf par la messagerie, et le lien vers le règlement est dans l'annonce. Coordonnées GPS : 43.2965, 5.3698.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Le prix de la semaine est de CHF 1’450.–, payé sur la plateforme ; le parking coûte CHF 20.– par jour, lits d’appoint, etc. en sus.',
    lang: 'fr',
    kinds: [],
  },

  // ---------------------------------------------------------------- de: something to find
  {
    text: 'Ruf mich einfach unter 0151 23456789 an, dann erkläre ich dir den Weg.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Meine Handynummer ist +49 170 1234567, schreib mir bitte kurz vor der Ankunft.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Sie erreichen mich unter 0664 123 45 67, ich wohne direkt nebenan in Salzburg.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Bei Fragen bin ich unter 079 123 45 67 erreichbar, auch am Wochenende.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Schicken Sie mir die Ausweiskopien bitte an thomas.becker@web.de.',
    lang: 'de',
    kinds: ['email'],
  },
  {
    text: 'Meine Mail: anna punkt schmidt at gmx Punkt de, dort antworte ich schneller.',
    lang: 'de',
    kinds: ['email'],
  },
  {
    text: 'Mehr Fotos gibt es auf unserer Website: https://www.ferienhaus-seeblick.de/bilder',
    lang: 'de',
    kinds: ['link'],
  },
  {
    text: 'Schau dir die Wohnung auch auf ferienwohnung-alpenblick.at an, da sind die Preise günstiger.',
    lang: 'de',
    kinds: ['link'],
  },
  {
    text: 'Wenn Sie per Überweisung direkt an mich zahlen, spare ich die Gebühr und Sie bekommen 10 % Rabatt: DE89 3704 0044 0532 0130 00.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'Zahlen Sie die Kaution einfach per PayPal an mich, dann müssen wir nicht über die Plattform gehen.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'Meine Nummer: null eins sieben eins, eins zwei drei, vier fünf sechs sieben. Ruf an, dann klären wir den Rest ohne App.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Barzahlung bei Anreise wäre mir lieber, dann fallen die Servicegebühren weg. Ruf mich an: 0043 664 987 65 43.',
    lang: 'de',
    kinds: ['payment', 'phone'],
  },

  // ---------------------------------------------------------------- de: ordinary
  {
    text: 'Check-in ist ab 15 Uhr am 12.08.2025, Check-out bis 10:30 Uhr.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Die Adresse lautet Hauptstraße 42, 10115 Berlin, 3. OG links.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Der Gesamtbetrag von 1.234,56 € wurde schon über die App bezahlt.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Der Code für den Schlüsselkasten ist 7391, das WLAN-Passwort lautet Sommer2025!',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Unser Flug LH 1172 landet um 14:35, danach nehmen wir den ICE 578 nach München.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Gibt es einen Transfer vom Flughafen? Wir sind zu viert mit zwei Kindern (3 und 6 Jahre).',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Wir sind Punkt 18 Uhr da. Falls es später wird, melde ich mich hier im Chat.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Im Notfall 112 anrufen, die Polizei erreicht man unter 110; das Krankenhaus ist ca. 4 km entfernt.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Die Wohnung hat 75 m², liegt im 2. Stock und das Bett ist 1,80 m breit.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Unser Kennzeichen ist M-AB 1234, dürfen wir auf Stellplatz Nr. 5 parken?',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Die Wohnung liegt in der Bahnhofstrasse 10, 8001 Zürich; die Miete von CHF 1’200.– ist schon bezahlt.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Die Wohnung ist in der Mariahilfer Straße 88, 1070 Wien, ein Bankomat ist gleich um die Ecke.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Ich lade die Datei Hausordnung_2025.pdf im Chat hoch, der Link zur Anleitung steht z. B. auch in der Anzeige.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Buchungsnummer HMT7K2Q9XZ, GPS-Koordinaten der Einfahrt: 47.2692, 11.4041.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Ein Punkt noch: Haben Sie WhatsApp? Ist aber kein Problem, wir können bis zur Bestätigung auch hier schreiben.',
    lang: 'de',
    kinds: [],
  },
];
