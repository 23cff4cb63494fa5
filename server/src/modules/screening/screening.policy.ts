import { LANGUAGES } from '@flexbnb/contracts';
import { sql, type SQL } from 'drizzle-orm';
import { apiKeys, properties, reservations, users } from '../../platform/db/schema.ts';

/**
 * The one rule of "the stay is confirmed" for a conversation, which ends contact screening: a
 * `confirmed` or `completed` reservation of it — its own stay, or for a thread about the
 * property any of the guest's stays there. `conversation` names the conversation row in the
 * SQL around it (an alias such as `c`).
 */
export function stayConfirmed(conversation: string): SQL {
  const c = sql.raw(conversation);
  return sql`exists (
    select from ${reservations} r
    where r.property_id = ${c}.property_id and r.guest_id = ${c}.guest_id
      and (${c}.reservation_id is null or r.id = ${c}.reservation_id)
      and r.status in ('confirmed', 'completed'))`;
}

/**
 * The screening policy a platform set for a conversation (an alias): the `screening_policy` of
 * the API key that synced its property last; null when none did, or the key has none (the
 * installation's `SCREENING_POLICY` then holds).
 */
export function platformPolicy(conversation: string): SQL {
  const c = sql.raw(conversation);
  return sql`(select k.screening_policy from ${properties} p
    join ${apiKeys} k on k.id = p.api_key_id
    where p.id = ${c}.property_id)`;
}

const SPOKEN = sql.raw(LANGUAGES.map((code) => `'${code}'`).join(', '));

/**
 * The language the user `userId` (SQL) reads screening's placeholders in, as the API's
 * `user.language` tells it: their locale's, else the one their messages were last written in,
 * else English.
 */
export function readerLanguage(userId: SQL): SQL {
  return sql`coalesce(
    (select coalesce(case when lower(split_part(u.locale, '-', 1)) in (${SPOKEN})
                          then lower(split_part(u.locale, '-', 1)) end,
                     u.detected_language)
     from ${users} u where u.id = ${userId}),
    'en')`;
}

/**
 * How a message about to be written in a conversation (`conversation`, an alias of its row)
 * by `sender` is stored, given what screening found in its text (`screened`: the JSON of a
 * `Screened`; SQL null when nothing): one row of `message` — the masked text, its
 * placeholders in the receiver's language (null: the text as written) — and `screening`, what
 * to record; no row when nothing is to be done (nothing found, the policy is off, or the stay
 * is confirmed). The policy is the conversation's platform's (`platformPolicy`), else the
 * installation's (`screened.policy`). When `screened` is null, which is most sends, it reads
 * nothing.
 */
export function screenedSend(conversation: string, sender: SQL, screened: SQL): SQL {
  const c = sql.raw(conversation);
  const receiver = sql`case when ${c}.host_id = ${sender} then ${c}.guest_id else ${c}.host_id end`;
  return sql`select
      case when x.policy = 'mask' then coalesce(
        ${screened} -> 'masked' ->> ${readerLanguage(receiver)},
        ${screened} -> 'masked' ->> 'en') end as message,
      case x.policy
        when 'mask' then ${screened} -> 'screening'
        when 'warn' then jsonb_build_object(
          'action', 'flagged', 'matches', ${screened} -> 'screening' -> 'matches') end
        as screening
    -- offset 0 keeps the policy's look-ups behind the null test: pulled up into the send's
    -- join, they ran for every message before the test dropped it.
    from (select coalesce(${platformPolicy(conversation)}, ${screened} ->> 'policy') as policy
          where ${screened} is not null offset 0) x
    where x.policy in ('mask', 'warn') and not ${stayConfirmed(conversation)}`;
}
