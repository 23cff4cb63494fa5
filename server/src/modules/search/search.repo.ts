import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { queryRows, type DbOrTx } from '../../platform/db/connect.ts';
import { conversations, messages, properties, users } from '../../platform/db/schema.ts';
import type { SearchTerms } from './search.terms.ts';

/**
 * A search as SQL reads it: the terms, the text search configurations the messages it may
 * find were stemmed with, and whether to look them up through the GIN index (see
 * `searchScopeOf`).
 */
export interface TextSearch {
  terms: SearchTerms;
  configs: string[];
  useIndex: boolean;
}

/** What ts_headline puts around a match; private-use characters no message keeps. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

const HEADLINE_OPTIONS =
  `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=24, MinWords=10, ` +
  'ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "';

type Expression = SQL | PgColumn;

/**
 * Up to this many messages in the conversations searched, they are all read, through the
 * conversations' own index, rather than looked up in the GIN index: a few milliseconds at
 * most, however common the words. The GIN index is quicker for a rare word, but for common
 * ones, in several languages at once, it decodes long lists of rows, which PostgreSQL's cost
 * estimates do not foresee: on bench/search.ts's data, as a host of 100 threads, "late
 * checkout" took 38 ms (p50) through the index against 8.5 ms reading the host's 5,000
 * messages, on a busy machine. Beyond it PostgreSQL chooses.
 */
export const OWN_MESSAGES_READ_MAX = 10_000;
const OWN_THREADS_COUNTED_MAX = 1_000;

export interface SearchScope {
  userId: string;
  propertyId?: string;
  conversationId?: string;
}

/**
 * What a search over the scope's conversations needs to know before it is planned: the
 * configurations the user's messages were stemmed with (their properties' languages as host,
 * those of the properties they wrote to as guest; a handful of rows read by the participant
 * indexes), and whether its conversations hold few enough messages to read them all (counted
 * from each thread's `last_seq`, over at most a bounded number of threads per side).
 */
export async function searchScopeOf(
  db: DbOrTx,
  scope: SearchScope,
): Promise<{ configs: string[]; fewMessages: boolean }> {
  const me = sql`${scope.userId}::uuid`;
  const narrow = narrowing(scope);
  // Counting stops there: so many threads are read through the index anyway.
  const threads = sql`${OWN_THREADS_COUNTED_MAX + 1}::int`;
  const [row] = await queryRows<{
    configs: string[];
    threads: number | string;
    messages: number | string;
  }>(
    db,
    sql`select
        array(select p.search_config::text
              from ${properties} p where p.host_id = ${me}
              union
              select p.search_config::text
              from ${conversations} c join ${properties} p on p.id = c.property_id
              where c.guest_id = ${me}
              order by 1) as configs,
        mine.threads, mine.messages
      from (select count(*) as threads, coalesce(sum(last_seq), 0) as messages from (
          (select c.last_seq from ${conversations} c where c.host_id = ${me}${narrow}
           limit ${threads})
          union all
          (select c.last_seq from ${conversations} c where c.guest_id = ${me}${narrow}
           limit ${threads})) t) mine`,
  );
  return {
    configs: row?.configs ?? [],
    fewMessages:
      Number(row?.threads ?? 0) <= OWN_THREADS_COUNTED_MAX &&
      Number(row?.messages ?? 0) <= OWN_MESSAGES_READ_MAX,
  };
}

function narrowing(scope: SearchScope): SQL {
  return sql.join(
    [
      scope.propertyId ? sql` and c.property_id = ${scope.propertyId}::uuid` : sql``,
      scope.conversationId ? sql` and c.id = ${scope.conversationId}::uuid` : sql``,
    ],
    sql``,
  );
}

/** The query for text stemmed with `config` (a regconfig expression). */
function tsqueryFor(config: SQL, terms: SearchTerms): SQL {
  if (!terms.prefix) return sql`websearch_to_tsquery(${config}, ${terms.text}::text)`;
  // The word is letters and digits only (see parseSearchTerms), so quoting it is enough.
  const prefix = sql`to_tsquery(${config}, ${`'${terms.prefix.word}':*`}::text)`;
  // An empty text would make PostgreSQL send a notice that it holds no word.
  if (!terms.prefix.head) return prefix;
  return sql`(websearch_to_tsquery(${config}, ${terms.prefix.head}::text) && ${prefix})`;
}

/** The columns of `messages` a match reads, under whatever name the query gives the table. */
export interface MessageColumns {
  searchVector: Expression;
  searchConfig: Expression;
  systemEvent: Expression;
  unsentAt: Expression;
}

/**
 * Whether a message's text matches: its document holds the query in its own configuration.
 * Each configuration's query is a constant PostgreSQL works out once when it plans (the
 * `case`), not once a row. With `useIndex`, also the query of any of the search's
 * configurations, which the GIN index `messages_search_idx` answers; it finds what the
 * message's own query finds and some more, so the latter still decides: without it,
 * `cat -dogs` would find an English "cats and dogs" through a query that excludes only
 * "dogs". System lines (the stay's changes, written by the messenger) and unsent messages
 * are never found.
 */
export function messageTextMatches(search: TextSearch, message: MessageColumns = messages): SQL {
  const { terms, configs } = search;
  // A message of another configuration (its property's language changed since) still gets
  // its own, worked out for it.
  const ownConfig = tsqueryFor(sql`${message.searchConfig}`, terms);
  const own =
    configs.length === 0
      ? ownConfig
      : sql`case ${message.searchConfig} ${sql.join(
          configs.map(
            (config) =>
              sql`when ${config}::regconfig then ${tsqueryFor(sql`${config}::regconfig`, terms)}`,
          ),
          sql` `,
        )} else ${ownConfig} end`;
  const conditions = [
    sql`${message.systemEvent} is null`,
    sql`${message.unsentAt} is null`,
    sql`${message.searchVector} @@ ${own}`,
  ];
  if (search.useIndex && configs.length > 0) {
    const anyConfig = sql.join(
      configs.map((config) => tsqueryFor(sql`${config}::regconfig`, terms)),
      sql` || `,
    );
    conditions.unshift(sql`${message.searchVector} @@ (${anyConfig})`);
  }
  return sql`(${sql.join(conditions, sql` and `)})`;
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The threshold of pg_trgm's `<<%` (`strict_word_similarity_threshold`) by default. */
const SIMILARITY_MIN = 0.5;

/**
 * Whether `word` is in `text`: as a part of it (`Loft` in "Seaside Loft", `Sea` too), or as
 * a word spelt nearly alike (pg_trgm's strict word similarity of at least 0.5: "Margret"
 * finds "Margaret"). With `useIndex`, written with the operators the trigram GIN indexes
 * answer (`users_name_trgm_idx`, `properties_title_trgm_idx`); otherwise as the same functions
 * called, which PostgreSQL plans without estimating how many names they match: estimating it
 * runs the comparisons over the columns' statistics, which took a search's planning from
 * 0.9 to 2.3 ms where the user's few conversations are read anyway.
 */
function wordIn(text: Expression, word: string, useIndex: boolean): SQL {
  if (useIndex) return sql`(${text} ilike ${`%${escapeLike(word)}%`} or ${word} <<% ${text})`;
  return sql`(strpos(lower(${text}), lower(${word}::text)) > 0
    or strict_word_similarity(${word}::text, ${text}) >= ${SIMILARITY_MIN})`;
}

/**
 * Whether a conversation matches by name: in one of the search's `or` groups, every word is
 * in the title or the name. False for a search of excluded words only.
 */
export function nameOrTitleMatches(search: TextSearch, title: Expression, name: Expression): SQL {
  const groups = search.terms.nameGroups.map((words) =>
    sql.join(
      words.map(
        (word) =>
          sql`(${wordIn(title, word, search.useIndex)} or ${wordIn(name, word, search.useIndex)})`,
      ),
      sql` and `,
    ),
  );
  return groups.length > 0 ? sql`(${sql.join(groups, sql` or `)})` : sql`false`;
}

/** Whether any of the search's words is in `text` (which part of a hit to highlight). */
function anyWordIn(search: TextSearch, text: Expression): SQL {
  const words = search.terms.nameGroups.flat();
  return words.length > 0
    ? sql`(${sql.join(
        words.map((word) => wordIn(text, word, false)),
        sql` or `,
      )})`
    : sql`false`;
}

/**
 * The `mine` conversations of `findHits` with their title and other person's name. A user's
 * few conversations look theirs up by key, one by one (PostgreSQL would rather hash the whole
 * users table, its cost model expecting each lookup to read the disk); many conversations are
 * joined, and may be found through the trigram indexes instead.
 */
function namedConversations(search: TextSearch): SQL {
  if (search.useIndex) {
    return sql`(select c.*, p.title, o.name as other_name from mine c
      join ${properties} p on p.id = c.property_id join ${users} o on o.id = c.other_id)`;
  }
  // `offset 0` keeps each lookup in its row, rather than copied into every condition on it.
  return sql`(select c.*,
      (select p.title from ${properties} p where p.id = c.property_id) as title,
      (select o.name from ${users} o where o.id = c.other_id) as other_name
    from mine c offset 0)`;
}

export interface HitRow extends Record<string, unknown> {
  type: 'message' | 'conversation';
  /** The message's id, or the conversation's: the page's tie-breaker. */
  key: string;
  at: Date | string;
  conversation_id: string;
  message_id: string | null;
  seq: number | null;
  sender_id: string | null;
  property_id: string;
  property_title: string;
  guest_id: string;
  guest_name: string;
  host_id: string;
  host_name: string;
  /** A message hit's text around the matches, the matches between the HIGHLIGHT marks. */
  headline: string | null;
  /** A conversation hit: whether a word was found in the other person's name, the title. */
  name_hit: boolean | null;
  title_hit: boolean | null;
}

/**
 * One page of hits in the user's conversations, newest first (`limit` rows, and one more
 * when there is a next page): messages whose text matches, and conversations whose title or
 * other person's name does, at their last activity. `after`: the last hit of the page before.
 *
 * The statement is not prepared: its text depends on the words, and PostgreSQL plans it
 * with their values, which decide between the GIN index (a rare word, wherever it is) and
 * the user's own conversations' messages (a common word, a user with few threads).
 */
export async function findHits(
  db: DbOrTx,
  search: TextSearch,
  scope: SearchScope,
  page: { limit: number; after?: { at: string; id: string } },
): Promise<HitRow[]> {
  const narrow = narrowing(scope);
  const me = sql`${scope.userId}::uuid`;
  const before = (at: SQL, key: SQL) =>
    page.after
      ? sql` and (${at}, ${key}) < (${page.after.at}::timestamptz, ${page.after.id}::uuid)`
      : sql``;
  const limit = sql`${page.limit}::int`;
  return queryRows<HitRow>(
    db,
    sql`with mine as not materialized (
        -- The participant rule, one side at a time so each reads its own index.
        select c.id, c.property_id, c.last_activity_at, c.guest_id as other_id
        from ${conversations} c where c.host_id = ${me}${narrow}
        union all
        select c.id, c.property_id, c.last_activity_at, c.host_id as other_id
        from ${conversations} c where c.guest_id = ${me}${narrow}
      ),
      message_hits as (
        select 'message' as type, m.id as key, m.created_at as at, m.conversation_id,
               m.id as message_id, null::boolean as name_hit, null::boolean as title_hit
        from ${messages} m
        where m.conversation_id in (select id from mine)
          and ${messageTextMatches(search, {
            searchVector: sql`m.search_vector`,
            searchConfig: sql`m.search_config`,
            systemEvent: sql`m.system_event`,
            unsentAt: sql`m.unsent_at`,
          })}${before(sql`m.created_at`, sql`m.id`)}
        order by m.created_at desc, m.id desc
        limit ${limit}
      ),
      conversation_hits as (
        select 'conversation' as type, c.id as key, c.last_activity_at as at,
               c.id as conversation_id, null::uuid as message_id,
               ${anyWordIn(search, sql`c.other_name`)} as name_hit,
               ${anyWordIn(search, sql`c.title`)} as title_hit
        from ${namedConversations(search)} c
        where ${nameOrTitleMatches(search, sql`c.title`, sql`c.other_name`)}${before(sql`c.last_activity_at`, sql`c.id`)}
        order by c.last_activity_at desc, c.id desc
        limit ${limit}
      ),
      page as (
        select * from message_hits
        union all
        select * from conversation_hits
        order by at desc, key desc
        limit ${limit}
      )
      -- The page's few rows' details by key; looked up one by one rather than joined, which
      -- PostgreSQL would plan as a join of six tables for 21 rows.
      select page.*, m.seq, m.sender_id, c.property_id, c.guest_id, c.host_id,
             (select p.title from ${properties} p where p.id = c.property_id) as property_title,
             (select u.name from ${users} u where u.id = c.guest_id) as guest_name,
             (select u.name from ${users} u where u.id = c.host_id) as host_name,
             case when m.id is not null then ts_headline(m.search_config,
               translate(m.message, ${HIGHLIGHT_START + HIGHLIGHT_END}::text, ''),
               ${tsqueryFor(sql`m.search_config`, search.terms)}, ${HEADLINE_OPTIONS}::text)
             end as headline
      from page
      join ${conversations} c on c.id = page.conversation_id
      left join ${messages} m on m.id = page.message_id
      order by page.at desc, page.key desc`,
  );
}
