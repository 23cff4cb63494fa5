import type { Reaction } from '@flexbnb/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { reactionChipText, reactionSummary, withReaction } from './reactions.ts';
import { ReactionChips } from './ThreadMessage.tsx';

const me = crypto.randomUUID();
const ana = crypto.randomUUID();
const names = { [me]: 'You', [ana]: 'Ana Host' };

describe('reactions', () => {
  it('names who reacted, the reader first as "You"', () => {
    expect(reactionSummary([ana, me], me, names)).toBe('You and Ana Host');
    expect(reactionSummary([me], me, names)).toBe('You');
    expect(reactionSummary([ana], me, names)).toBe('Ana Host');
    expect(reactionSummary([ana, crypto.randomUUID()], me, names)).toBe('Ana Host and Someone');
  });

  it('shows an emoji with its count', () => {
    expect(reactionChipText({ emoji: '👍', count: 2, user_ids: [me, ana] })).toBe('👍 2');
  });

  it('adds and takes back mine as the server will answer', () => {
    const start: Reaction[] = [{ emoji: '👍', count: 1, user_ids: [ana] }];
    const added = withReaction(start, '👍', me, true);
    expect(added).toEqual([{ emoji: '👍', count: 2, user_ids: [ana, me] }]);
    expect(withReaction(added, '👍', me, true)).toBe(added);
    const heart = withReaction(added, '❤️', me, true);
    expect(heart.map((r) => r.emoji)).toEqual(['👍', '❤️']);
    expect(withReaction(heart, '❤️', me, false)).toEqual(added);
    expect(withReaction(added, '👍', me, false)).toEqual(start);
    // Taking back what I did not give changes nothing.
    expect(withReaction(start, '👍', me, false)).toBe(start);
  });

  it('renders chips "👍 2" that name who reacted and toggle mine', async () => {
    const toggled: string[] = [];
    render(
      <ReactionChips
        reactions={[
          { emoji: '👍', count: 2, user_ids: [ana, me] },
          { emoji: '❤️', count: 1, user_ids: [ana] },
        ]}
        me={me}
        names={names}
        onToggle={(emoji) => toggled.push(emoji)}
      />,
    );
    const [thumbs, heart] = screen.getAllByRole('button');
    expect(thumbs).toHaveTextContent('👍 2');
    expect(thumbs).toHaveAttribute('title', 'You and Ana Host');
    expect(thumbs).toHaveAttribute('aria-pressed', 'true');
    expect(heart).toHaveTextContent('❤️ 1');
    expect(heart).toHaveAttribute('title', 'Ana Host');
    expect(heart).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(heart!);
    expect(toggled).toEqual(['❤️']);
  });
});
