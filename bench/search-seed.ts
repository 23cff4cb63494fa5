import pg from 'pg';

/** How many of each the search bench seeds; messages are spread 2..(2×mean−2) a thread. */
export interface SearchSeedShape {
  hosts: number;
  guests: number;
  conversations: number;
  /** Exactly this many messages in all. */
  messages: number;
  /** The conversations of the host the bench searches as (its first ones, by number). */
  focusHostConversations: number;
}

export interface SearchSeed {
  /** A host with `focusHostConversations` threads over an English and a German property. */
  focusHost: { id: string; name: string; email: string };
  /** A guest with two threads, with hosts of different properties. */
  focusGuest: { id: string; name: string; email: string };
}

// Ordered from the most to the least used: each word is drawn with a falling probability
// (see `wordAt`), so the first ones are in a third of the messages and the last ones in one
// or two in a hundred, as in real conversations.
const ENGLISH = `the you to and is we i a for it in at of check thanks will be can
please our your there have are key door hi hello great thank just on with this that
room when time arrive arrival tomorrow today parking wifi password apartment house
stay night nights flight late early around would like could get let know any need
question questions towels bed beds kitchen bathroom shower water hot heating
sure perfect all good see us me my from here about after before morning evening
afternoon train station bus taxi airport street code box lockbox garage car bikes
beach pool garden balcony view terrace coffee breakfast restaurant supermarket
shop shops market pharmacy doctor noise noisy quiet neighbours neighbour party
music dog pet cat kids children baby crib cot sofa couch blanket pillow pillows
sheets laundry washing machine dryer dishwasher oven fridge freezer microwave
kettle iron hairdryer light lights bulb broken fixed repair plumber leak window
windows curtains blinds air conditioning fan cold warm trash bins recycling cleaning
cleaner cleaners checkout checkin luggage bags store storage leave drop pick pickup
directions map address floor stairs elevator lift entrance gate intercom bell
ring buzzer neighbourhood walk minutes far close nearby recommend recommendations
dinner lunch bar bars museum tour tickets boat hike trail mountain lake river sea
sunset sunrise weather rain snow wind deposit refund invoice receipt payment
cancel cancellation booking reservation extend extra guests guest host review
rating stars wonderful amazing lovely beautiful clean dirty smell mould spider
ants mosquito heater thermostat boiler fuse power outage internet router signal
tv remote netflix channels speaker charger adapter plug socket`;

// Words people rarely write: a rare search term finds a few dozen messages among a million.
const RARE = `saxophone harpsichord trampoline aquarium chandelier gazebo hammock
telescope xylophone kayak`;

const GERMAN = `der die das und ist wir ich sie zu den mit für auf nicht ein eine danke bitte
schlüssel tür ankunft morgen heute parkplatz passwort wohnung haus häuser zimmer
nacht nächte flug spät früh frage fragen handtücher bett betten küche bad dusche
wasser heizung bahnhof zug taxi flughafen straße garten balkon aussicht kaffee
frühstück restaurant supermarkt laden apotheke lärm laut ruhig nachbarn hund katze
kinder sofa decke kissen waschmaschine trockner geschirrspüler ofen kühlschrank
licht kaputt repariert fenster kalt warm müll reinigung gepäck abholen adresse
stock treppe aufzug eingang klingel empfehlen abendessen see berge wetter regen
schnee kaution rechnung zahlung stornierung buchung gäste bewertung wunderbar
schön sauber schmutzig internet fernseher steckdose`;

const FRENCH = `le la les et est nous je vous à de pour dans avec sur pas un une merci
clé porte arrivée demain aujourd'hui parking mot passe appartement maison maisons
chambre nuit nuits vol tard tôt question serviettes lit lits cuisine salle bain
douche eau chauffage gare train taxi aéroport rue jardin balcon vue café petit
déjeuner restaurant supermarché boulangerie pharmacie bruit bruyant calme voisins
chien chat enfants canapé couverture oreiller machine laver four frigo lumière
cassé réparé fenêtre froid chaud poubelle ménage bagages adresse étage escalier
ascenseur entrée sonnette recommander dîner plage mer montagne météo pluie caution
facture paiement annulation réservation invités avis merveilleux beau propre sale`;

const SPANISH = `el la los las y es nosotros yo usted a de para en con sobre no un una
gracias llave puerta llegada mañana hoy aparcamiento contraseña apartamento casa
casas habitación noche noches vuelo tarde temprano pregunta toallas cama camas
cocina baño ducha agua calefacción estación tren taxi aeropuerto calle jardín
balcón vista café desayuno restaurante supermercado farmacia ruido ruidoso
tranquilo vecinos perro gato niños sofá manta almohada lavadora horno nevera luz
roto arreglado ventana frío calor basura limpieza equipaje dirección piso
escalera ascensor entrada timbre recomendar cena playa mar montaña tiempo lluvia
fianza factura pago cancelación reserva huéspedes reseña maravilloso precioso
limpio sucio`;

const FIRST_NAMES = `Margaret James Sophie Lucas Emma Noah Olivia Liam Mia Elias Hannah Leon
Chloe Hugo Clara Mateo Lucia Pablo Anna Jonas Lena Felix Sara Marco Giulia Luca
Isabel Diego Camille Louis Ingrid Lars Freya Oskar Aisha Omar Priya Arjun Mei Kenji
Yuki Hiro Fatima Youssef Nina Pavel Olga Dmitri Eva Tomas Zoe Ethan Grace Daniel
Alice Robert Helen George Rosa Miguel Carmen Javier Ines Bruno`;

const LAST_NAMES = `Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson
Martinez Anderson Taylor Thomas Moore Martin Jackson Thompson White Lopez Lee
Gonzalez Harris Clark Lewis Robinson Walker Perez Hall Young Allen Sanchez Wright
King Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips
Evans Turner Torres Parker Collins Edwards Stewart Flores Morris Nguyen Murphy
Rivera Cook Rogers Morgan Peterson Cooper Reed Bailey`;

const ADJECTIVES = `Sunny Cosy Quiet Bright Charming Modern Rustic Spacious Historic Elegant
Tiny Secret Old Blue White Green Golden Hidden Little Grand`;
const PLACES = `Loft Cottage Apartment Studio Villa Cabin Flat Townhouse Chalet Bungalow
Penthouse Farmhouse Barn Retreat Suite`;
const CITIES = `Lisbon Porto Berlin Munich Paris Lyon Madrid Seville Barcelona London
Edinburgh Dublin Amsterdam Vienna Prague Rome Florence Athens Nice Zurich`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/**
 * Seeds a searchable messenger on a migrated, empty database in a few set-based statements:
 * `shape.hosts` hosts with two properties each (mostly en-US; every 25th host's in de-DE,
 * fr-FR or es-ES, and the focus host's second one in de-DE), `shape.guests` guests with
 * first-and-last names, `shape.conversations` threads (the focus host's first
 * `focusHostConversations`, the rest spread over the other hosts; guests come back to other
 * hosts) and `shape.messages` messages in the property's language, drawn from word lists so
 * that some words are in a third of the messages and some in a few dozen. One message in
 * 173 is unsent. Messages are written without their secondary indexes, which are built after
 * (as a restore does), then everything is analysed.
 */
export async function seedSearch(url: string, shape: SearchSeedShape): Promise<SearchSeed> {
  const mean = shape.messages / shape.conversations;
  if (shape.conversations % 2 !== 0 || !Number.isInteger(mean) || mean < 3) {
    throw new Error('The seed pairs threads around the mean: use an even count that divides');
  }
  const client = new pg.Client({ connectionString: url });
  // A dropped connection (Ctrl-C drops the database under it) fails the pending query;
  // the client's own 'error' event would otherwise crash the process first.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const {
      rows: [role],
    } = await client.query<{ superuser: boolean }>(
      'select rolsuper as superuser from pg_roles where rolname = current_user',
    );
    await client.query(`set maintenance_work_mem = '512MB'`);
    await client.query('begin');
    // The rows are consistent by construction, so a superuser's seed skips the per-row
    // foreign-key triggers.
    if (role?.superuser) await client.query('set local session_replication_role = replica');
    await client.query(
      `create temp table bench_people on commit drop as
         select n, gen_random_uuid() as id,
                ($1::text[])[1 + n % array_length($1::text[], 1)] || ' ' ||
                ($2::text[])[1 + (n / array_length($1::text[], 1) + n) % array_length($2::text[], 1)]
                  as name
         from generate_series(0, $3::int + $4::int - 1) n`,
      [words(FIRST_NAMES), words(LAST_NAMES), shape.hosts, shape.guests],
    );
    // People 0..hosts-1 are hosts, the rest guests.
    await client.query(
      `insert into users (id, email, name)
         select id, case when n < $1 then 'host' else 'guest' end || n || '@bench.flexbnb.test',
                name
         from bench_people`,
      [shape.hosts],
    );
    await client.query(
      `create temp table bench_properties on commit drop as
         select h.n as host, j, gen_random_uuid() as id, h.id as host_id,
                case when h.n = 0 and j = 1 then 'de-DE'
                     when h.n % 25 in (1, 2) then 'de-DE'
                     when h.n % 25 = 3 then 'fr-FR'
                     when h.n % 25 = 4 then 'es-ES'
                     else 'en-US' end as locale,
                ($1::text[])[1 + (h.n * 2 + j) % array_length($1::text[], 1)] || ' ' ||
                ($2::text[])[1 + (h.n * 3 + j) % array_length($2::text[], 1)] || ' in ' ||
                ($3::text[])[1 + (h.n + j * 7) % array_length($3::text[], 1)] as title
         from bench_people h cross join generate_series(0, 1) j
         where h.n < $4`,
      [words(ADJECTIVES), words(PLACES), words(CITIES), shape.hosts],
    );
    await client.query(
      `insert into properties (id, host_id, title, address, timezone, locale)
         select id, host_id, title, host || ' Bench Street', 'Europe/Paris', locale
         from bench_properties`,
    );
    // Thread n: the focus host's while n <= focusHostConversations, else another host's;
    // its guest is n % guests, so a guest seen by one host comes back to another. Message
    // counts come in pairs mean±k, so they add up exactly; thread n was last active n×3
    // minutes ago, its messages 7 minutes apart.
    await client.query(
      `create temp table bench_threads on commit drop as
         select t.n, gen_random_uuid() as id, g.id as guest_id, p.host_id, p.id as property_id,
                p.locale,
                case p.locale when 'en-US' then 40000 when 'de-DE' then 8000 else 4000 end
                  as sentences,
                $2::int + case when t.n % 2 = 0 then 1 else -1 end
                        * ((((t.n + 1) / 2) * 7919) % ($2::int - 1)) as total,
                date_trunc('second', now()) - t.n * interval '3 minutes' as last_at
         from generate_series(1, $1::int) t(n)
         join bench_people g on g.n = $4::int + t.n % $5::int
         join bench_properties p
           on p.host = case when t.n <= $3::int then 0 else 1 + t.n % ($4::int - 1) end
          and p.j = t.n % 2`,
      [shape.conversations, mean, shape.focusHostConversations, shape.hosts, shape.guests],
    );
    await client.query(
      `insert into conversations (id, property_id, guest_id, host_id, last_seq,
                                  last_activity_at, last_message_at, created_at, updated_at)
         select id, property_id, guest_id, host_id, total, last_at, last_at,
                last_at - (total - 1) * interval '7 minutes', last_at
         from bench_threads`,
    );
    // Sentences per language, each of 4 to 16 words drawn from its list: the k-th word of a
    // list of N with probability falling like a power law (random()^1.8 × N).
    await client.query(
      `create temp table bench_sentences on commit drop as
         select l.lang, k,
                -- \`i * 0\` makes the aggregate the subquery's: with only outer columns in its
                -- argument it would be the outer query's.
                (select string_agg(l.words[1 + i * 0 + floor(power(random(), 1.8)
                                     * array_length(l.words, 1))::int], ' ')
                 from generate_series(1, 4 + (k * 7 + length(l.lang)) % 13) i)
                || case when k % 499 = 0
                        then ' ' || ($5::text[])[1 + (k / 499) % array_length($5::text[], 1)]
                        else '' end as body
         from (values ('en-US', $1::text[], 40000), ('de-DE', $2::text[], 8000),
                      ('fr-FR', $3::text[], 4000), ('es-ES', $4::text[], 4000))
              l(lang, words, sentences)
         cross join lateral generate_series(0, l.sentences - 1) k`,
      [words(ENGLISH), words(GERMAN), words(FRENCH), words(SPANISH), words(RARE)],
    );
    await client.query('create index on bench_sentences (lang, k)');
    await client.query('analyze bench_sentences');
    // Built after the rows are in, all at once, rather than row by row.
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as definition
         from pg_index where indrelid = 'messages'::regclass and not indisprimary`,
    );
    for (const index of indexes) await client.query(`drop index ${index.name}`);
    await client.query(
      `insert into messages (conversation_id, seq, sender_id, receiver_id, message, is_read,
                             read_at, created_at, unsent_at, search_config)
         select t.id, s, sender, case when sender = t.guest_id then t.host_id else t.guest_id end,
                case when unsent then '' else b.body end,
                true, at + interval '2 minutes', at,
                case when unsent then at + interval '1 minute' end,
                messenger_search_config(t.locale)
         from bench_threads t
         cross join lateral generate_series(1, t.total) s
         cross join lateral (select
             case when s % 2 = 1 then t.guest_id else t.host_id end as sender,
             (t.n * 31 + s) % 173 = 5 as unsent,
             t.last_at - (t.total - s) * interval '7 minutes' as at) m
         join bench_sentences b
           on b.lang = t.locale and b.k = ((t.n * 7919 + s * 104729) % t.sentences)
         -- In the order they were written, so a thread's messages lie scattered over the
         -- table among everyone else's, as they do in a real one.
         order by m.at`,
    );
    for (const index of indexes) await client.query(index.definition);
    await client.query(
      `update conversations c set last_message_id = m.id
         from messages m where m.conversation_id = c.id and m.seq = c.last_seq`,
    );
    await client.query('commit');
    await client.query('vacuum analyze');
    await client.query('checkpoint');
    const person = async (where: string) => {
      const { rows } = await client.query<{ id: string; name: string; email: string }>(
        `select id, name, email from users where ${where}`,
      );
      return rows[0]!;
    };
    return {
      focusHost: await person(`email = 'host0@bench.flexbnb.test'`),
      focusGuest: await person(`email = 'guest${shape.hosts + 1}@bench.flexbnb.test'`),
    };
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
