import type { Reaction } from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { listInWords, messagingT } from './texts.ts';

/**
 * The emojis the reaction picker offers first, each with its name's key in `reactions.names`
 * ("thumbs up"); "more" opens the full picker.
 */
export const QUICK_REACTIONS = [
  { emoji: '👍', name: 'thumbsUp' },
  { emoji: '❤️', name: 'heart' },
  { emoji: '😂', name: 'laughing' },
  { emoji: '😮', name: 'surprised' },
  { emoji: '😢', name: 'sad' },
  { emoji: '🙏', name: 'thankYou' },
] as const;

/**
 * Who reacted, for a chip's tooltip: "You", "Ana", "You and Ana" — the reader first, then the
 * others in the order they reacted.
 */
export function reactionSummary(
  userIds: string[],
  me: string,
  names: Record<string, string>,
  t: TFunction<'messaging'> = messagingT(),
): string {
  const others = userIds.filter((id) => id !== me).map((id) => names[id] ?? t('reactions.someone'));
  return listInWords([...(userIds.includes(me) ? [t('reactions.you')] : []), ...others], t);
}

/** The chip's text: the emoji and how many reacted with it, "👍 2". */
export function reactionChipText(reaction: Reaction): string {
  return `${reaction.emoji} ${reaction.count}`;
}

/**
 * The reactions after `me` added or took back `emoji`, as the server will answer them (shown at
 * once, before it has): an emoji keeps its place, a new one goes last, an empty one goes.
 */
export function withReaction(
  reactions: Reaction[],
  emoji: string,
  me: string,
  add: boolean,
): Reaction[] {
  const found = reactions.find((r) => r.emoji === emoji);
  if (add) {
    if (found?.user_ids.includes(me)) return reactions;
    if (!found) return [...reactions, { emoji, count: 1, user_ids: [me] }];
    return reactions.map((r) =>
      r === found ? { ...r, count: r.count + 1, user_ids: [...r.user_ids, me] } : r,
    );
  }
  if (!found?.user_ids.includes(me)) return reactions;
  return reactions.flatMap((r) => {
    if (r !== found) return [r];
    const user_ids = r.user_ids.filter((id) => id !== me);
    return user_ids.length ? [{ ...r, count: user_ids.length, user_ids }] : [];
  });
}
