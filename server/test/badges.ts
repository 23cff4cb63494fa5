/**
 * Every user's unread badge worked out from their conversations' unread counts: what
 * `user_counters` must hold. For the checks that the kept totals never drift (the no-500 fuzz
 * test, the bench's seed).
 */
export const BADGES_FROM_CONVERSATIONS = `
  select user_id, sum(unread)::int as messages, count(*)::int as conversations from (
    select host_id as user_id, host_unread_count as unread from conversations
      where host_unread_count > 0
    union all
    select guest_id, guest_unread_count from conversations where guest_unread_count > 0
  ) as unread
  group by user_id`;

/** The users whose kept badge disagrees with `BADGES_FROM_CONVERSATIONS`. */
export const USERS_WITH_WRONG_BADGES = `
  select coalesce(b.user_id, u.user_id) as user_id
  from (${BADGES_FROM_CONVERSATIONS}) as b
  full join user_counters u on u.user_id = b.user_id
  where coalesce(b.messages, 0) <> coalesce(u.unread_messages, 0)
     or coalesce(b.conversations, 0) <> coalesce(u.unread_conversations, 0)`;
