import type { ScreeningKind } from '@flexbnb/contracts';

/** One hand-written message and what contact screening must find in it (nothing: ordinary text). */
export interface CorpusMessage {
  text: string;
  lang: 'en' | 'pt' | 'es' | 'fr' | 'de';
  kinds: readonly ScreeningKind[];
}

export const SCREENING_CORPUS: readonly CorpusMessage[] = [
  // ---------------------------------------------------------------------------------------------
  // English: something to find
  // ---------------------------------------------------------------------------------------------
  {
    text: "Hi! It's easier to text me directly at (555) 201-4477 if you have questions about parking.",
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: "You can reach me on 07700 900123, I'm usually up early.",
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: 'My WhatsApp is +44 7700 900456, just drop me a message when you land.',
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: "Call me at 555.318.2290 when you're about 10 minutes away and I'll open the gate.",
    lang: 'en',
    kinds: ['phone'],
  },
  { text: 'My cell is 202-555-0147, text anytime.', lang: 'en', kinds: ['phone'] },
  {
    text: "Here's my number: zero seven seven zero zero nine zero zero one two three. Text me so we can sort out the keys.",
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: 'my number is five five five two zero one four four seven seven, call after 6',
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: "Reach me at +1 415 555 0132 on WhatsApp, I don't check this app much.",
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: "It's 0 7 7 0 0, 9 0 0, 6 5 4 if you want to give me a ring.",
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: 'WhatsApp me on 001 212 555 0199 when you get through customs.',
    lang: 'en',
    kinds: ['phone'],
  },
  {
    text: "Send me the details at john.miller@gmail.com and I'll confirm the dates.",
    lang: 'en',
    kinds: ['email'],
  },
  {
    text: 'Email me: sarah dot jones at outlook dot com',
    lang: 'en',
    kinds: ['email'],
  },
  {
    text: 'My email is john (at) gmail (dot) com, can you send me the house manual there?',
    lang: 'en',
    kinds: ['email'],
  },
  {
    text: 'Write to mike[at]yahoo[dot]co[dot]uk, I rarely look at the app.',
    lang: 'en',
    kinds: ['email'],
  },
  {
    text: 'Full photos are at https://www.myvilla-algarve.com/gallery, have a look!',
    lang: 'en',
    kinds: ['link'],
  },
  {
    text: "Check out myvilla-algarve.com, you'll see the pool pictures there.",
    lang: 'en',
    kinds: ['link'],
  },
  {
    text: "Here's the cottage on Instagram: instagram.com/seaviewcottage_cornwall",
    lang: 'en',
    kinds: ['link'],
  },
  {
    text: 'Look me up on booking.com, same listing name, there are more reviews over there.',
    lang: 'en',
    kinds: ['link'],
  },
  {
    text: 'If you pay by bank transfer instead I can knock 10% off, it saves us both the fees.',
    lang: 'en',
    kinds: ['payment'],
  },
  {
    text: 'Can I just send you the money via PayPal? My card keeps getting declined on here.',
    lang: 'en',
    kinds: ['payment'],
  },
  {
    text: 'My IBAN is GB29 NWBK 6016 1331 9268 19, please send the deposit there.',
    lang: 'en',
    kinds: ['payment'],
  },
  {
    text: "We could sort it out with Western Union if that's easier for you.",
    lang: 'en',
    kinds: ['payment'],
  },
  {
    text: 'Would you take cash on arrival so we skip the service fee?',
    lang: 'en',
    kinds: ['payment'],
  },
  {
    text: 'Happy to pay you directly via Venmo or Zelle, whatever works for you.',
    lang: 'en',
    kinds: ['payment'],
  },
  {
    text: 'I can accept bitcoin or USDT if you prefer, just let me know before Friday.',
    lang: 'en',
    kinds: ['payment'],
  },
  {
    text: 'Call me on 07700 900 789 or email lucy.h@btinternet.com so we can sort payment off the platform.',
    lang: 'en',
    kinds: ['phone', 'email', 'payment'],
  },
  {
    text: "Text me at 555-201-9983 and I'll send you my PayPal details.",
    lang: 'en',
    kinds: ['phone', 'payment'],
  },
  {
    text: 'More pics at www.lakehouse-retreat.co.uk or email me at info@lakehouse-retreat.co.uk',
    lang: 'en',
    kinds: ['link', 'email'],
  },
  {
    text: "Send it to my Revolut, +44 7700 900314, and I'll cancel the booking here.",
    lang: 'en',
    kinds: ['phone', 'payment'],
  },

  // ---------------------------------------------------------------------------------------------
  // English: ordinary
  // ---------------------------------------------------------------------------------------------
  {
    text: 'We arrive on 12/03/2025 and leave on 19/03/2025, is early check-in at 11am possible?',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'Check-in is from 15:00 and check-out by 11:00. The keybox code is 4827.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The total came to $1,240 for 8 nights, so about $155 per night. I paid through the app already.',
    lang: 'en',
    kinds: [],
  },
  {
    text: "We're 4 adults and 2 kids, aged 7 and 10. Is there a cot we could use?",
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The address is 221B Baker Street, London NW1 6XE. The flat is on the 3rd floor, door 3B.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'Our flight is BA 2471 landing at 3:45pm, so we should be at the house around 5.30.',
    lang: 'en',
    kinds: [],
  },
  {
    text: "Is there a cash machine nearby? We'd like some local currency for the market.",
    lang: 'en',
    kinds: [],
  },
  {
    text: 'Do you offer an airport transfer, or should we get a taxi from the station?',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The wifi network is SeaView_5G and the password is Sunset2024! (capital S).',
    lang: 'en',
    kinds: [],
  },
  { text: 'Thanks.See you on Friday then!', lang: 'en', kinds: [] },
  {
    text: "I'll check my email later for the invoice, thanks for the heads-up.",
    lang: 'en',
    kinds: [],
  },
  { text: 'Can we talk on WhatsApp?', lang: 'en', kinds: [] },
  {
    text: "The link between the two bedrooms is a small corridor, so it's quiet at night.",
    lang: 'en',
    kinds: [],
  },
  {
    text: 'Booking reference is HMX4K2P9Z, just in case you need it.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The payment went through, you should see it in your dashboard now.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The house is at 38.7223, -9.1393 if you put it in the satnav, the lane is hard to spot.',
    lang: 'en',
    kinds: [],
  },
  {
    text: "It's approx. 3.5 km from the beach, e.g. 10 minutes by car or 40 on foot.",
    lang: 'en',
    kinds: [],
  },
  {
    text: "We'll be there at 3pm. If anything happens, the emergency number is 112 here, right?",
    lang: 'en',
    kinds: [],
  },
  {
    text: 'Just call 911 if needed, the hospital is 2 miles away on Route 9.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'I uploaded photo.jpg of the scratch on the table so you know it was there before we arrived.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'Our number plate is AB12 CDE, can we park in space 14?',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The deposit of $300 gets refunded within 7 days of check-out, right?',
    lang: 'en',
    kinds: [],
  },
  {
    text: "We're staying from 12 to 19 August, 7 nights, 2 guests.",
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The apartment is 120 m² and the balcony gets sun from 10.30 until about 2pm.',
    lang: 'en',
    kinds: [],
  },
  {
    text: "Meet me at the café on the corner at 4, I'll hand you the keys there.",
    lang: 'en',
    kinds: [],
  },
  {
    text: "We're on the 14:32 from Paddington, arriving 17:05, so dinner at 8 works.",
    lang: 'en',
    kinds: [],
  },
  {
    text: "Thanks for the 5% discount on the weekly rate, we've booked 2025-07-04 to 2025-07-11.",
    lang: 'en',
    kinds: [],
  },
  {
    text: "The office is at 1600 Amphitheatre Pkwy, Mountain View, CA 94043, so we'll drive over each morning.",
    lang: 'en',
    kinds: [],
  },
  {
    text: "Sorry, the dot on the map was wrong, we're actually at number 42, not 24.",
    lang: 'en',
    kinds: [],
  },
  {
    text: 'At this point we just need to know if the pool is heated in May.',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'Can we pay the tourist tax through the app as well, or is it added at the end?',
    lang: 'en',
    kinds: [],
  },
  {
    text: 'The boiler shows error F.28 again, the manual says to hold reset for 5 seconds.',
    lang: 'en',
    kinds: [],
  },

  // ---------------------------------------------------------------------------------------------
  // Portuguese: something to find
  // ---------------------------------------------------------------------------------------------
  {
    text: 'Olá! Pode ligar-me para o 912 345 678 quando chegar ao aeroporto.',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'O meu número é +351 936 123 456, também tenho WhatsApp.',
    lang: 'pt',
    kinds: ['phone'],
  },
  { text: 'Me chama no zap: (11) 98765-4321', lang: 'pt', kinds: ['phone'] },
  {
    text: 'Meu celular é 21 99876-5432, pode mandar mensagem a qualquer hora.',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'Liga-me: nove um dois, três quatro cinco, seis sete oito.',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'meu número é um um nove oito sete seis cinco quatro três dois um, me liga quando pousar',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'Telefone fixo: 213 456 789 (Lisboa), depois das 18h.',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'Do estrangeiro liga para 00351 965 432 109, é o meu pessoal.',
    lang: 'pt',
    kinds: ['phone'],
  },
  {
    text: 'Manda para o meu email: maria.silva@sapo.pt',
    lang: 'pt',
    kinds: ['email'],
  },
  {
    text: 'O meu email é maria arroba gmail ponto com, envie-me as fotos do quarto.',
    lang: 'pt',
    kinds: ['email'],
  },
  {
    text: 'Escreve para joao.pereira (arroba) hotmail (ponto) com, respondo mais rápido.',
    lang: 'pt',
    kinds: ['email'],
  },
  {
    text: 'meu email é ze ponto carlos arroba yahoo ponto com ponto br',
    lang: 'pt',
    kinds: ['email'],
  },
  {
    text: 'Vejam mais fotos em www.casadoalgarve.pt',
    lang: 'pt',
    kinds: ['link'],
  },
  {
    text: 'O nosso site é https://quintadasoliveiras.com.br/reservas, lá tem tudo.',
    lang: 'pt',
    kinds: ['link'],
  },
  {
    text: 'Segue a gente no Instagram: instagram.com/casa_na_praia_floripa',
    lang: 'pt',
    kinds: ['link'],
  },
  {
    text: 'Tenho tudo no Facebook: facebook.com/alojamento.serradaestrela, manda-me lá mensagem.',
    lang: 'pt',
    kinds: ['link'],
  },
  {
    text: 'Se pagar por transferência bancária faço-lhe 10% de desconto, evitamos as comissões.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'O meu IBAN é PT50 0002 0123 1234 5678 9015 4, pode transferir o sinal para lá.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'Pode me pagar via Pix? Fica mais barato para os dois.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'Chave Pix: 123.456.789-09 (CPF). Manda o comprovante depois.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'Aceito pagamento em dinheiro na chegada, assim não pagamos a taxa do site.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'Dá para pagar diretamente a mim? A plataforma cobra muito.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'Pode enviar por Western Union em nome de Manuel Santos.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'Pode depositar no Banco do Brasil, agência 1234-5, conta 67890-1, que eu te dou desconto.',
    lang: 'pt',
    kinds: ['payment'],
  },
  {
    text: 'Se preferir, pague por MB Way para o 912 345 678 e cancelamos a reserva na plataforma.',
    lang: 'pt',
    kinds: ['phone', 'payment'],
  },
  {
    text: 'Pode mandar por PayPal para ana.costa@gmail.com, é mais rápido.',
    lang: 'pt',
    kinds: ['payment', 'email'],
  },
  {
    text: 'Meu WhatsApp é +55 11 91234-5678 e o email carlos.souza@uol.com.br, fala comigo por lá.',
    lang: 'pt',
    kinds: ['phone', 'email'],
  },

  // ---------------------------------------------------------------------------------------------
  // Portuguese: ordinary
  // ---------------------------------------------------------------------------------------------
  {
    text: 'Chegamos no dia 12/03/2025 por volta das 15h30, pode ser?',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O check-in é a partir das 15:00 e o check-out até às 11h00.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'A morada é Rua Augusta 123, 1100-048 Lisboa, 2.º andar esquerdo.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'A diária ficou em R$ 450,00, já paguei tudo pela plataforma.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O código da caixa das chaves é 5931 e a porta do prédio abre com 1204.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O nosso voo é o TP 1234, aterra às 10h20 em Faro.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Há algum multibanco perto do apartamento? Preciso de levantar dinheiro para a feira.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Vocês fazem transfer do aeroporto? Somos 5 pessoas com malas.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'A rede wifi é CasaAzul_2G e a senha é praia2024.',
    lang: 'pt',
    kinds: [],
  },
  { text: 'Obrigado.Até amanhã!', lang: 'pt', kinds: [] },
  {
    text: 'Vou ver o meu email mais logo, obrigado pelo aviso.',
    lang: 'pt',
    kinds: [],
  },
  { text: 'Podemos falar pelo WhatsApp?', lang: 'pt', kinds: [] },
  {
    text: 'Em caso de emergência liguem para o 112, o hospital fica a 10 minutos.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Se precisarem, o SAMU é 192 e os bombeiros 193, mas aqui é bem tranquilo.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O apartamento tem 85 m² e fica a 2,5 km da praia.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O senhor da quinta vende laranjas à arroba, uns 15 kg por 10 €, vale a pena.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O ponto de ônibus mais perto fica a 300 metros, na esquina da padaria.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O pagamento foi confirmado, recebi agora o e-mail da plataforma.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Somos 2 adultos e 1 criança de 4 anos, precisamos de berço.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'A caução de 300 € é devolvida até 7 dias após a saída?',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'As coordenadas são 37.0194, -7.9304, o GPS às vezes leva para a rua errada.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Ficamos de 12 a 19 de agosto, 7 noites ao todo.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'A matrícula do carro é AA-12-BC, podemos estacionar na garagem, lugar 14?',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O endereço é Av. Paulista, 1578, Bela Vista, São Paulo - SP, 01310-200.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'O código da reserva é HMQ7X2LP9, caso precise.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Cheguei às 10.30, o trem das 9h15 atrasou um pouco.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Total: 2.340,50 € com a taxa de limpeza incluída, certo?',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Enviei a foto_sofa.jpg com a mancha que já lá estava quando chegámos.',
    lang: 'pt',
    kinds: [],
  },
  {
    text: 'Ponto de encontro: em frente à igreja, às 17h, combinado?',
    lang: 'pt',
    kinds: [],
  },

  // ---------------------------------------------------------------------------------------------
  // Spanish: something to find
  // ---------------------------------------------------------------------------------------------
  {
    text: 'Llámame al 612 34 56 78 cuando estéis en la puerta.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Mi móvil es +34 655 12 34 56, tengo WhatsApp.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Escríbeme al WhatsApp 55 1234 5678, es de Ciudad de México.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Mi cel es (33) 3123-4567, mándame mensaje cuando lleguen.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Mi número es seis uno dos, tres cuatro, cinco seis, siete ocho.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'apunta: seis cinco cinco uno dos tres cuatro cinco seis',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Desde fuera llamad al 0034 912 345 678, es el fijo de casa.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Mi número es el 6 1 2 3 4 5 6 7 8, llámame cuando aterricéis.',
    lang: 'es',
    kinds: ['phone'],
  },
  {
    text: 'Mi correo es laura.garcia@gmail.com, mándame ahí la factura.',
    lang: 'es',
    kinds: ['email'],
  },
  {
    text: 'Escríbeme a carlos arroba hotmail punto es y te mando más fotos.',
    lang: 'es',
    kinds: ['email'],
  },
  {
    text: 'El email es ana_ruiz (arroba) yahoo (punto) com punto mx',
    lang: 'es',
    kinds: ['email'],
  },
  {
    text: 'Mi correo: pepe.lopez[arroba]telefonica[punto]net',
    lang: 'es',
    kinds: ['email'],
  },
  {
    text: 'Tienes todas las fotos en www.casa-sol.es',
    lang: 'es',
    kinds: ['link'],
  },
  {
    text: 'Mira la web: https://villamarbella.com/galeria, ahí verás la piscina.',
    lang: 'es',
    kinds: ['link'],
  },
  {
    text: 'Búscanos en Facebook, facebook.com/CasaRuralElRoble',
    lang: 'es',
    kinds: ['link'],
  },
  {
    text: 'Si me haces una transferencia bancaria te hago un 15% de descuento, así nos ahorramos la comisión.',
    lang: 'es',
    kinds: ['payment'],
  },
  {
    text: 'Mi IBAN es ES91 2100 0418 4502 0005 1332, puedes ingresar ahí la fianza.',
    lang: 'es',
    kinds: ['payment'],
  },
  {
    text: '¿Te va bien pagar por Bizum? Así no pagamos la comisión de la plataforma.',
    lang: 'es',
    kinds: ['payment'],
  },
  {
    text: 'Prefiero que me pagues en efectivo a la llegada, fuera de la plataforma.',
    lang: 'es',
    kinds: ['payment'],
  },
  {
    text: 'Te puedo pagar directamente por PayPal, ¿me pasas tu cuenta?',
    lang: 'es',
    kinds: ['payment'],
  },
  {
    text: 'También aceptamos depósito en OXXO o transferencia por SPEI, pregúntame.',
    lang: 'es',
    kinds: ['payment'],
  },
  {
    text: 'Puedes mandar el dinero por Western Union a nombre de Jorge Hernández.',
    lang: 'es',
    kinds: ['payment'],
  },
  {
    text: 'Acepto bitcoin si te viene mejor, sin comisiones.',
    lang: 'es',
    kinds: ['payment'],
  },
  {
    text: 'Hazme un Bizum al 612 34 56 78 y cancelamos la reserva aquí.',
    lang: 'es',
    kinds: ['phone', 'payment'],
  },
  {
    text: 'Mándame un WhatsApp al +52 1 55 9876 5432 o un correo a reservas.tulum@gmail.com.',
    lang: 'es',
    kinds: ['phone', 'email'],
  },
  {
    text: 'Más info en casaazul-tulum.mx o escríbeme a info@casaazul-tulum.mx',
    lang: 'es',
    kinds: ['link', 'email'],
  },

  // ---------------------------------------------------------------------------------------------
  // Spanish: ordinary
  // ---------------------------------------------------------------------------------------------
  {
    text: 'Llegamos el 14/07/2025 sobre las 16:00, ¿podemos dejar las maletas antes?',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'La dirección es Calle Mayor 5, 28013 Madrid, 3.º izquierda.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'El precio total es 1.250,00 € por 7 noches, ya está pagado por la app.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'El código de la caja de llaves es 7741, está junto a la puerta del garaje.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Nuestro tren es el AVE 03061, llega a Atocha a las 12:40.',
    lang: 'es',
    kinds: [],
  },
  {
    text: '¿Hay un cajero automático cerca? Queremos sacar efectivo para el mercadillo.',
    lang: 'es',
    kinds: [],
  },
  {
    text: '¿Tenéis servicio de transfer desde el aeropuerto o cogemos un taxi?',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'La red wifi es Casa_Mar y la contraseña es Playa2025.',
    lang: 'es',
    kinds: [],
  },
  { text: 'Gracias.Nos vemos mañana.', lang: 'es', kinds: [] },
  {
    text: 'Revisaré mi correo esta tarde, gracias por avisar.',
    lang: 'es',
    kinds: [],
  },
  { text: '¿Podemos hablar por WhatsApp?', lang: 'es', kinds: [] },
  {
    text: 'En caso de emergencia, el número es el 112, ¿verdad?',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Aquí en México el número de emergencias es el 911, por si acaso.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'El piso tiene 95 m² y está a 1,2 km de la playa, aprox. 15 minutos andando.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Somos 3 adultos y 2 niños de 5 y 8 años.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Punto de encuentro: la fuente de la plaza, a las 18h.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'El pago se ha realizado correctamente, me ha llegado la confirmación.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'La fianza de 200 € se devuelve a los 5 días de la salida, ¿no?',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Estaremos del 12 al 19 de agosto, llegamos por la tarde.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Las coordenadas son 36.5101, -4.8825, la entrada está detrás del olivo.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Matrícula 1234 ABC, ¿puedo aparcar en la plaza 22 del garaje?',
    lang: 'es',
    kinds: [],
  },
  { text: 'La reserva es la HMZ8Q4RT2.', lang: 'es', kinds: [] },
  {
    text: 'Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 CDMX, piso 4, depto. 402.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Vi en el anuncio que son $1,850 MXN la noche, ¿incluye la limpieza?',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'El vuelo IB 3117 aterriza a las 9.45, iremos directos al piso.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Te he subido plano.pdf para que veas cómo llegar desde el parking.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Es un 10% más barato entre semana, ¿verdad? Queríamos venir del 3 al 6.',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'El enlace entre la cocina y el salón es una puerta corredera, ¿no?',
    lang: 'es',
    kinds: [],
  },
  {
    text: 'Llegamos el 2025-09-02 en el autobús de las 10.30, a eso de las 12 estamos allí.',
    lang: 'es',
    kinds: [],
  },

  // ---------------------------------------------------------------------------------------------
  // French: something to find
  // ---------------------------------------------------------------------------------------------
  {
    text: 'Appelez-moi au 06 12 34 56 78 en arrivant à la gare.',
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: 'Mon portable : 06.45.78.12.90, je réponds aussi par SMS.',
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: 'Vous pouvez me joindre sur WhatsApp au +33 6 98 76 54 32.',
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: 'Mon numéro : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.',
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: "c'est zéro six un deux trois quatre cinq six sept huit, appelez après 18h",
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: "Le fixe de la maison c'est le 04 93 12 34 56.",
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: "Depuis la Belgique : 0032 470 12 34 56, c'est mon numéro perso.",
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: "Mon natel c'est le 079 123 45 67, n'hésitez pas.",
    lang: 'fr',
    kinds: ['phone'],
  },
  {
    text: 'Écrivez-moi à pierre.durand@orange.fr, je vous enverrai le plan.',
    lang: 'fr',
    kinds: ['email'],
  },
  {
    text: 'Mon mail : pierre arobase orange point fr',
    lang: 'fr',
    kinds: ['email'],
  },
  {
    text: 'claire.martin (at) free (point) fr, envoyez-moi les photos svp',
    lang: 'fr',
    kinds: ['email'],
  },
  {
    text: "Mon mail c'est j.dupont[at]laposte[point]net",
    lang: 'fr',
    kinds: ['email'],
  },
  {
    text: 'Toutes les photos sont sur www.gite-du-lac-annecy.fr',
    lang: 'fr',
    kinds: ['link'],
  },
  {
    text: 'Regardez ici : https://www.lamaisondesvignes.com/chambres',
    lang: 'fr',
    kinds: ['link'],
  },
  {
    text: 'Suivez-nous sur Instagram : instagram.com/villa_provence_luberon',
    lang: 'fr',
    kinds: ['link'],
  },
  {
    text: 'Notre page Facebook : https://facebook.com/GiteLesTilleuls',
    lang: 'fr',
    kinds: ['link'],
  },
  {
    text: 'Si vous payez par virement bancaire, je vous fais 10 % de remise, on évite les frais.',
    lang: 'fr',
    kinds: ['payment'],
  },
  {
    text: "Voici mon IBAN : FR76 3000 6000 0112 3456 7890 189, pour l'acompte.",
    lang: 'fr',
    kinds: ['payment'],
  },
  {
    text: 'On peut faire ça par Lydia ? C’est plus simple que de passer par le site.',
    lang: 'fr',
    kinds: ['payment'],
  },
  {
    text: "Je préfère être payé en espèces à l'arrivée, hors plateforme.",
    lang: 'fr',
    kinds: ['payment'],
  },
  {
    text: 'Envoyez un mandat Western Union au nom de Sophie Bernard et je bloque les dates.',
    lang: 'fr',
    kinds: ['payment'],
  },
  {
    text: 'Je peux payer en bitcoin si vous voulez, ça évite les frais.',
    lang: 'fr',
    kinds: ['payment'],
  },
  {
    text: "Vous pouvez m'envoyer l'argent par PayPal à l'adresse marc.leroy@gmail.com.",
    lang: 'fr',
    kinds: ['payment', 'email'],
  },
  {
    text: 'Appelez-moi au 07 81 22 33 44 ou écrivez à gite.colombier@wanadoo.fr.',
    lang: 'fr',
    kinds: ['phone', 'email'],
  },
  {
    text: 'Vous pouvez me payer directement, je vous envoie mon RIB par SMS au 06 22 11 44 88.',
    lang: 'fr',
    kinds: ['phone', 'payment'],
  },
  {
    text: "Plus d'infos sur chalet-montblanc.ch ou par mail à contact@chalet-montblanc.ch",
    lang: 'fr',
    kinds: ['link', 'email'],
  },

  // ---------------------------------------------------------------------------------------------
  // French: ordinary
  // ---------------------------------------------------------------------------------------------
  {
    text: 'Nous arrivons le 14 juillet vers 15h30, est-ce possible ?',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "L'adresse est 12 rue de Rivoli, 75001 Paris, 4e étage, porte gauche.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Le code de la porte est 2580B et celui de la boîte à clés 9314.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Le total fait 1 250,00 € pour la semaine, j'ai déjà payé via l'application.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Notre train est le TGV 6201, arrivée à Marseille à 11h00.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Y a-t-il un distributeur de billets près du gîte ?',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Proposez-vous un transfert depuis l'aéroport de Nice ? Nous sommes 4 avec deux valises.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Le wifi s’appelle Freebox_A3C2 et le mot de passe est Lavande2024.',
    lang: 'fr',
    kinds: [],
  },
  { text: 'Merci.À demain !', lang: 'fr', kinds: [] },
  {
    text: 'Je regarderai mes mails ce soir, merci.',
    lang: 'fr',
    kinds: [],
  },
  { text: 'On peut se parler sur WhatsApp ?', lang: 'fr', kinds: [] },
  {
    text: "En cas d'urgence, appelez le 15 (SAMU) ou le 112, la pharmacie de garde est affichée en bas.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Le studio fait 35 m², à environ 800 m de la plage.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Nous serons 2 adultes et 3 enfants de 4, 9 et 12 ans.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Point important : le parking est à 200 m, place n° 17.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Le paiement est passé, j'ai reçu la confirmation de la plateforme.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: "La caution de 500 € est rendue sous 7 jours, c'est bien ça ?",
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Du 12 au 19 août, 7 nuits, c'est bien noté.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Coordonnées GPS : 43.7102, 7.2620, l'entrée est derrière le portail vert.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Immatriculation AB-123-CD, je peux me garer dans la cour ?',
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Le vol AF 1234 atterrit à 9h45 à Lyon, on prendra la navette.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Référence de réservation : HMW2K8X4P.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Le chalet est à 1 450 m d'altitude, la route monte à 12 %, prévoyez des chaînes.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Je vous ai envoyé photo_salle_de_bain.jpg pour la fuite sous l'évier.",
    lang: 'fr',
    kinds: [],
  },
  {
    text: "C'est 85 € la nuit, ménage inclus ?",
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'On arrive le 03/08/2025 et on repart le 10/08/2025.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'La porte communicante fait le lien entre les deux chambres, pratique avec les enfants.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: 'Rendez-vous à 18h au café du coin, je vous donnerai les clés en main propre.',
    lang: 'fr',
    kinds: [],
  },
  {
    text: "Le bus n° 56 s'arrête juste devant, toutes les 20 min environ.",
    lang: 'fr',
    kinds: [],
  },

  // ---------------------------------------------------------------------------------------------
  // German: something to find
  // ---------------------------------------------------------------------------------------------
  {
    text: 'Rufen Sie mich einfach unter 0151 23456789 an, wenn Sie am Bahnhof sind.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Festnetz: 030 1234567, ab 18 Uhr erreichbar.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Meine Handynummer ist +49 170 1234567, auch per WhatsApp.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Aus Österreich erreichen Sie mich unter 0664 123 45 67.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Meine Nummer in der Schweiz: 079 123 45 67',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Meine Nummer ist null eins fünf eins, zwei drei vier fünf, sechs sieben acht neun.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'ruf mich an: null eins sieben null eins zwei drei vier fünf sechs sieben',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Tagsüber bin ich im Büro unter 0049 (0) 89 / 12 34 56 78 erreichbar.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Tel. 0221/4711234, einfach durchklingeln.',
    lang: 'de',
    kinds: ['phone'],
  },
  {
    text: 'Schreiben Sie mir an anna.schmidt@gmx.de, dann schicke ich die Hausordnung.',
    lang: 'de',
    kinds: ['email'],
  },
  { text: 'Meine Mail: jan at web punkt de', lang: 'de', kinds: ['email'] },
  {
    text: 'Mail bitte an thomas.mueller (at) t-online (punkt) de',
    lang: 'de',
    kinds: ['email'],
  },
  {
    text: 'Meine Mail ist k.weber[at]posteo[punkt]de',
    lang: 'de',
    kinds: ['email'],
  },
  {
    text: 'Mehr Bilder gibt es auf www.ferienhaus-ostsee-ruegen.de',
    lang: 'de',
    kinds: ['link'],
  },
  {
    text: 'Schauen Sie mal hier: https://www.alpenchalet-tirol.at/zimmer',
    lang: 'de',
    kinds: ['link'],
  },
  {
    text: 'Unsere Facebook-Seite: facebook.com/FewoSchwarzwaldblick',
    lang: 'de',
    kinds: ['link'],
  },
  {
    text: 'Wenn Sie per Überweisung zahlen, gebe ich Ihnen 10 % Rabatt, dann sparen wir uns die Gebühren.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'Meine IBAN: DE89 3704 0044 0532 0130 00, bitte die Anzahlung dorthin.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'IBAN AT61 1904 3002 3457 3201, Kontoinhaber Gruber, bitte bis Freitag überweisen.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'Können wir das per PayPal machen? Freunde und Familie, dann fallen keine Gebühren an.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'Bar bei Anreise wäre mir am liebsten, an der Plattform vorbei.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'Zahlen Sie mir direkt, dann storniere ich die Buchung hier und es wird günstiger.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'Per Wise oder Western Union geht auch, Hauptsache nicht über die Plattform.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'Kann ich Ihnen die Miete in Bitcoin zahlen? Das spart die Gebühren.',
    lang: 'de',
    kinds: ['payment'],
  },
  {
    text: 'Rufen Sie mich unter 0171 9876543 an oder schreiben Sie an info@haus-am-see.de.',
    lang: 'de',
    kinds: ['phone', 'email'],
  },
  {
    text: 'Schick mir das Geld über Revolut an +49 176 55512345, das geht sofort.',
    lang: 'de',
    kinds: ['phone', 'payment'],
  },
  {
    text: 'Infos und Preise auf berghuette-engadin.ch, Anfragen an buchung@berghuette-engadin.ch',
    lang: 'de',
    kinds: ['link', 'email'],
  },

  // ---------------------------------------------------------------------------------------------
  // German: ordinary
  // ---------------------------------------------------------------------------------------------
  {
    text: 'Wir kommen am 12.03.2025 gegen 15:30 Uhr an, ist das in Ordnung?',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Die Adresse ist Torstraße 45, 10115 Berlin, 2. OG links.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Der Code für den Schlüsselsafe ist 3958, die Haustür ist tagsüber offen.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Der Gesamtpreis beträgt 1.250,00 €, ich habe schon über die App bezahlt.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Unser Flug LH 1172 landet um 14:05 in Frankfurt.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Gibt es einen Geldautomaten in der Nähe? Wir brauchen Bargeld für den Markt.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Bieten Sie einen Transfer vom Bahnhof an? Wir kommen mit dem ICE 578.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Das WLAN heißt FRITZ!Box 7590 XY und das Passwort ist Sonnenschein2024.',
    lang: 'de',
    kinds: [],
  },
  { text: 'Danke.Bis morgen!', lang: 'de', kinds: [] },
  {
    text: 'Ich schaue heute Abend in meine E-Mails, danke.',
    lang: 'de',
    kinds: [],
  },
  { text: 'Können wir über WhatsApp schreiben?', lang: 'de', kinds: [] },
  {
    text: 'Im Notfall bitte 112 wählen, die Polizei erreichen Sie unter 110.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'In Österreich ist die Rettung unter 144 erreichbar, falls etwas passiert.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Die Wohnung hat 120 m² und liegt ca. 3,5 km vom Zentrum entfernt.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Wir sind 2 Erwachsene und 2 Kinder (6 und 9 Jahre).',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Müssen wir Punkt 11 Uhr auschecken, oder geht es auch etwas später?',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Die Zahlung ist durchgegangen, die Bestätigung kam gerade.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Die Kaution von 300 € bekommen wir nach der Abreise zurück, richtig?',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Wir bleiben vom 12. bis 19. August, also 7 Nächte.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'GPS: 47.2692, 11.4041 – die Einfahrt ist etwas versteckt.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Unser Kennzeichen ist M-AB 1234, dürfen wir in der Tiefgarage auf Platz 17 parken?',
    lang: 'de',
    kinds: [],
  },
  { text: 'Buchungsnummer: HMR5T9W2K', lang: 'de', kinds: [] },
  {
    text: 'Ich habe Version 2.3.1 der App, da werden die Hausregeln nicht richtig angezeigt.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Bahnhofstrasse 12, 8001 Zürich, 3. Stock, Klingel Meier.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Ich habe grundriss.pdf und bad.jpg hochgeladen, damit Sie sehen, was ich meine.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Der Preis liegt bei 85 € pro Nacht zzgl. 40 € Endreinigung, inkl. Bettwäsche.',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Könnten wir z. B. am 2025-08-12 schon um 10.30 Uhr kommen?',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Die Verbindung zwischen Küche und Wohnzimmer ist eine Schiebetür, oder?',
    lang: 'de',
    kinds: [],
  },
  {
    text: 'Wir treffen uns um 16 Uhr am Brunnen auf dem Marktplatz.',
    lang: 'de',
    kinds: [],
  },
];
