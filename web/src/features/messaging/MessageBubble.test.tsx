import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessageBubble } from './MessageBubble.tsx';

const sentAt = '2026-12-04T15:20:00.000Z';

describe('MessageBubble', () => {
  it('shows the sender that a message went out with a quick reply', () => {
    render(<MessageBubble text="Check-in is at 15:00." mine time={sentAt} quickReply />);
    expect(screen.getByTitle('Sent with a quick reply')).toHaveTextContent('Quick reply');
  });

  it('does not show the other side that a message was a quick reply', () => {
    render(<MessageBubble text="Check-in is at 15:00." mine={false} time={sentAt} quickReply />);
    expect(screen.getByText('Check-in is at 15:00.')).toBeInTheDocument();
    expect(screen.queryByTitle('Sent with a quick reply')).toBeNull();
    expect(screen.queryByText('Quick reply')).toBeNull();
  });

  it('marks its text, or that it was unsent, as the text of the bubble', () => {
    const { container, rerender } = render(
      <MessageBubble text="Is there parking?" mine={false} time={sentAt} />,
    );
    expect(container.querySelector('[data-bubble-text]')).toHaveTextContent('Is there parking?');
    rerender(<MessageBubble text="" mine={false} time={sentAt} unsent />);
    expect(container.querySelector('[data-bubble-text]')).toHaveTextContent(
      'This message was unsent',
    );
  });
});
