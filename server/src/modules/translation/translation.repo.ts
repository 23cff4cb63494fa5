import { LANGUAGES, type Language, type MessageTranslation } from '@flexbnb/contracts';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import {
  conversations,
  messages,
  messageTranslations,
  properties,
  users,
} from '../../platform/db/schema.ts';

const SPOKEN = sql.raw(LANGUAGES.map((code) => `'${code}'`).join(', '));

/** The messenger's language of a BCP 47 tag in SQL (`languageOfLocale`): null for another. */
function spokenIn(locale: SQL): SQL {
  return sql`case when lower(split_part(${locale}, '-', 1)) in (${SPOKEN})
    then lower(split_part(${locale}, '-', 1)) end`;
}

/**
 * The language the user `u` reads conversation `c` (of property `p`) in: their locale's, else
 * the one their own messages were last written in, else — for its host — the property's.
 * A user of none of these has no known language, and is not translated for.
 */
function readingLanguage(u: string, c: string, p: string): SQL {
  const [user, conversation, property] = [u, c, p].map((alias) => sql.raw(alias));
  return sql`coalesce(${spokenIn(sql`${user}.locale`)}, ${user}.detected_language,
    case when ${conversation}.host_id = ${user}.id then ${spokenIn(sql`${property}.locale`)} end)`;
}

/**
 * The translations of these messages of a conversation into the language `readerId` reads
 * it in, by message id.
 */
export async function translationsFor(
  db: DbOrTx,
  conversationId: string,
  readerId: string,
  messageIds: readonly string[],
): Promise<Map<string, MessageTranslation>> {
  if (messageIds.length === 0) return new Map();
  const rows = await queryRows<{ message_id: string } & MessageTranslation>(
    db,
    sql`select t.message_id, t.language, t.text, t.provider from ${messageTranslations} t
      where t.message_id = any(${sql.param(messageIds)}::uuid[])
        and t.language = (
          select ${readingLanguage('u', 'c', 'p')}
          from ${users} u, ${conversations} c join ${properties} p on p.id = c.property_id
          where u.id = ${readerId} and c.id = ${conversationId})`,
  );
  return new Map(
    rows.map(({ message_id: id, language, text, provider }) => [id, { language, text, provider }]),
  );
}

/** The translations made of these (message, language) pairs, keyed `message id:language`. */
export async function findTranslations(
  db: DbOrTx,
  keys: readonly { messageId: string; language: string }[],
): Promise<Map<string, MessageTranslation>> {
  if (keys.length === 0) return new Map();
  const rows = await queryRows<{ message_id: string } & MessageTranslation>(
    db,
    sql`select t.message_id, t.language, t.text, t.provider from ${messageTranslations} t
      join unnest(${sql.param(keys.map((k) => k.messageId))}::uuid[],
                  ${sql.param(keys.map((k) => k.language))}::text[]) as k(message_id, language)
        on t.message_id = k.message_id and t.language = k.language`,
  );
  return new Map(
    rows.map(({ message_id: id, language, text, provider }) => [
      `${id}:${language}`,
      { language, text, provider },
    ]),
  );
}

/** What translating a message for its receiver needs to know. */
export type TranslationWork = {
  messageId: string;
  conversationId: string;
  text: string;
  /** As detected when sent. */
  language: Language | null;
  senderId: string;
  /** Whether the sender chose a language (their locale speaks one). */
  senderChose: boolean;
  senderLanguage: Language | null;
  readerId: string;
  readerLanguage: Language | null;
  /** A translation into the reader's language exists. */
  translated: boolean;
  /** A system line, or unsent: nothing to translate. */
  untranslatable: boolean;
};

export async function findTranslationWork(
  db: DbOrTx,
  messageId: string,
): Promise<TranslationWork | undefined> {
  const [row] = await queryRows<TranslationWork>(
    db,
    sql`select m.id as "messageId", m.conversation_id as "conversationId", m.message as text,
        m.language, m.sender_id as "senderId",
        ${spokenIn(sql`s.locale`)} is not null as "senderChose",
        ${readingLanguage('s', 'c', 'p')} as "senderLanguage",
        m.receiver_id as "readerId", r.reading as "readerLanguage",
        exists (select 1 from ${messageTranslations} t
                where t.message_id = m.id and t.language = r.reading) as translated,
        (m.system_event is not null or m.unsent_at is not null or m.message = '')
          as untranslatable
      from ${messages} m
      join ${conversations} c on c.id = m.conversation_id
      join ${properties} p on p.id = c.property_id
      join ${users} s on s.id = m.sender_id
      cross join lateral (select ${readingLanguage('u', 'c', 'p')} as reading
                          from ${users} u where u.id = m.receiver_id) r
      where m.id = ${messageId}`,
  );
  return row;
}

/** Notes the language a user's own message was written in: they read in it too. */
export async function noteDetectedLanguage(
  db: DbOrTx,
  userId: string,
  language: Language,
): Promise<void> {
  await db
    .update(users)
    .set({ detectedLanguage: language })
    .where(sql`${users.id} = ${userId} and ${users.detectedLanguage} is distinct from ${language}`);
}

/**
 * Keeps a translation of `text`, provided the message still says it (an edit since makes it
 * stale); answers whether it was kept now (false: stale, or already kept).
 */
export async function saveTranslation(
  db: DbOrTx,
  messageId: string,
  original: string,
  translation: MessageTranslation,
): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`insert into ${messageTranslations} (message_id, language, text, provider)
      select m.id, ${translation.language}, ${translation.text}, ${translation.provider}
      from ${messages} m
      where m.id = ${messageId} and m.message = ${original} and m.unsent_at is null
      on conflict do nothing
      returning message_id`,
  );
  return rows.length > 0;
}
