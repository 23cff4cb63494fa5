import type { Language } from '@flexbnb/contracts';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { SCREENING_CORPUS } from '../screening/screening.corpus.ts';
import { SCREENING_HOLDOUT } from '../screening/screening.holdout.ts';
import { detectLanguage, rankCandidates } from './translation.detect.ts';

/** Messages as guests and hosts write them, each in the language it is listed under. */
const WRITTEN: Record<Language, string[]> = {
  en: [
    'Hi! We are arriving around 6 pm tomorrow, is that okay for check-in?',
    'The wifi password is on the fridge, enjoy your stay!',
    'Could you tell me where to leave the keys when we check out on Sunday?',
    'Thank you so much for the lovely apartment, we had a wonderful time.',
    'Is there a supermarket or a bakery within walking distance?',
    'Our flight was delayed, so we will probably be there after midnight.',
    'The heating in the bedroom does not seem to work, can you help?',
    'Please remember to take the rubbish out before you leave.',
    'Would it be possible to bring a small dog with us?',
    'There is free parking in the street right in front of the building.',
    'We would like to stay one more night if the place is still available.',
    'The towels and sheets are in the cupboard next to the bathroom.',
  ],
  pt: [
    'Olá! Vamos chegar amanhã por volta das seis da tarde, pode ser?',
    'A senha do wifi está no frigorífico, aproveitem a estadia!',
    'Onde devo deixar as chaves quando sairmos no domingo de manhã?',
    'Muito obrigado pelo apartamento, foi uma semana maravilhosa.',
    'Existe algum supermercado ou padaria perto do apartamento?',
    'O nosso voo atrasou, por isso vamos chegar depois da meia-noite.',
    'O aquecimento do quarto não está a funcionar, pode ajudar?',
    'Por favor, não se esqueçam de levar o lixo antes de sair.',
    'Seria possível levar um cão pequeno connosco?',
    'Há estacionamento gratuito na rua mesmo em frente ao prédio.',
    'Gostaríamos de ficar mais uma noite, se a casa ainda estiver livre.',
    'As toalhas e os lençóis estão no armário ao lado da casa de banho.',
  ],
  es: [
    '¡Hola! Llegaremos mañana sobre las seis de la tarde, ¿está bien?',
    'La contraseña del wifi está en la nevera, ¡disfrutad de la estancia!',
    '¿Dónde dejamos las llaves cuando nos vayamos el domingo por la mañana?',
    'Muchísimas gracias por el apartamento, hemos pasado una semana genial.',
    '¿Hay algún supermercado o panadería cerca del piso?',
    'Nuestro vuelo se ha retrasado, así que llegaremos después de medianoche.',
    'La calefacción del dormitorio no funciona, ¿nos puedes ayudar?',
    'Por favor, acordaos de sacar la basura antes de iros.',
    '¿Sería posible traer un perro pequeño con nosotros?',
    'Hay aparcamiento gratuito en la calle justo delante del edificio.',
    'Nos gustaría quedarnos una noche más si el piso sigue libre.',
    'Las toallas y las sábanas están en el armario al lado del baño.',
  ],
  fr: [
    'Bonjour ! Nous arriverons demain vers dix-huit heures, est-ce que ça vous va ?',
    'Le mot de passe du wifi est sur le frigo, profitez bien de votre séjour !',
    'Où devons-nous laisser les clés en partant dimanche matin ?',
    'Merci beaucoup pour l’appartement, nous avons passé une semaine merveilleuse.',
    'Y a-t-il un supermarché ou une boulangerie à proximité ?',
    'Notre vol a du retard, nous arriverons sans doute après minuit.',
    'Le chauffage de la chambre ne fonctionne pas, pouvez-vous nous aider ?',
    'Merci de penser à sortir les poubelles avant de partir.',
    'Serait-il possible de venir avec un petit chien ?',
    'Il y a un parking gratuit dans la rue juste devant l’immeuble.',
    'Nous aimerions rester une nuit de plus si le logement est encore libre.',
    'Les serviettes et les draps sont dans le placard à côté de la salle de bain.',
  ],
  de: [
    'Hallo! Wir kommen morgen gegen achtzehn Uhr an, passt das für den Check-in?',
    'Das WLAN-Passwort hängt am Kühlschrank, genießt euren Aufenthalt!',
    'Wo sollen wir die Schlüssel lassen, wenn wir am Sonntag abreisen?',
    'Vielen Dank für die schöne Wohnung, wir hatten eine wunderbare Woche.',
    'Gibt es einen Supermarkt oder eine Bäckerei in der Nähe?',
    'Unser Flug hat Verspätung, wir kommen wohl erst nach Mitternacht an.',
    'Die Heizung im Schlafzimmer funktioniert nicht, können Sie helfen?',
    'Bitte denkt daran, den Müll vor der Abreise hinauszubringen.',
    'Wäre es möglich, einen kleinen Hund mitzubringen?',
    'Direkt vor dem Haus gibt es kostenlose Parkplätze auf der Straße.',
    'Wir würden gerne noch eine Nacht bleiben, wenn die Wohnung frei ist.',
    'Handtücher und Bettwäsche sind im Schrank neben dem Badezimmer.',
  ],
};

/** Too short to tell: a trigram model guesses these wrong as often as right. */
const SHORT = ['ok', 'Obrigado!', 'Thanks a lot', 'Merci beaucoup', 'Danke!', 'Sí, claro', '👍'];

describe('detectLanguage', () => {
  it('tells the language of ordinary messages, and never names a wrong one', () => {
    let right = 0;
    let wrong = 0;
    let undecided = 0;
    const mistakes: string[] = [];
    for (const [language, texts] of Object.entries(WRITTEN)) {
      for (const text of texts) {
        const detected = detectLanguage(text);
        if (detected === language) right++;
        else if (detected === null) undecided++;
        else {
          wrong++;
          mistakes.push(`${language} read as ${detected}: ${text}`);
        }
      }
    }
    const total = right + wrong + undecided;
    console.log(
      `language detection: ${right}/${total} right, ${undecided} undecided, ${wrong} wrong`,
    );
    expect(mistakes).toEqual([]);
    // An undecided message is still translated, from its sender's language.
    expect(right / total).toBeGreaterThanOrEqual(0.85);
  });

  it('leaves short messages undecided', () => {
    for (const text of SHORT) expect(detectLanguage(text), text).toBeNull();
  });

  it('judges the words, not links, addresses or numbers', () => {
    expect(detectLanguage('https://example.com/wohnung/schluessel ana@example.de 1234 5678')).toBe(
      null,
    );
    expect(
      detectLanguage('Der Code für die Tür ist 4821, siehe https://example.com/anleitung bitte'),
    ).toBe('de');
  });

  it('scores every text as franc itself does', () => {
    const texts = [
      ...Object.values(WRITTEN).flat(),
      ...[...SCREENING_CORPUS, ...SCREENING_HOLDOUT].map((m) => m.text),
      // Mostly not Latin letters, or barely: their script decides, as it does in franc.
      'Привет! Мы приедем завтра около шести вечера, hello there friend',
      'Καλησπέρα, φτάνουμε αύριο το απόγευμα στις έξι, ok?',
      '1234 5678 9012 3456 7890 1234 5678 abc def ghi jkl mno pqr',
      'こんにちは、明日の夕方六時ごろに到着します。よろしくお願いします。 see you',
    ];
    // detectLanguage asks only about texts of 20 letters or more.
    for (const text of texts.filter((t) => (t.match(/\p{L}/gu)?.length ?? 0) >= 20)) {
      const only = ['eng', 'por', 'spa', 'fra', 'deu'];
      const franc = Object.fromEntries(francAll(text, { only, minLength: 20 }));
      const ours = Object.fromEntries(rankCandidates(text));
      expect(Object.keys(ours).sort(), text).toEqual(Object.keys(franc).sort());
      for (const [code, score] of Object.entries(franc)) {
        expect(ours[code], `${code}: ${text}`).toBeCloseTo(score, 12);
      }
    }
  });
});
