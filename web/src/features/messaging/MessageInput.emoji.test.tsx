import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MessageInput } from './MessageInput.tsx';

// The real picker draws only the emoji in view, and nothing is in view in a simulated DOM.
vi.mock('./EmojiPanel.tsx', () => ({
  default: ({ onPick }: { onPick: (emoji: string) => void }) => (
    <button type="button" onClick={() => onPick('😀')}>
      grinning face
    </button>
  ),
}));

describe('MessageInput: emoji', () => {
  it('puts the emoji picked at the caret, the focus back in the box', async () => {
    render(<MessageInput onSend={() => undefined} />);
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'See you{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    const smiley = screen.getByRole('button', { name: 'Insert emoji' });
    await user.click(smiley);
    expect(smiley).toHaveAttribute('aria-expanded', 'true');
    const dialog = await screen.findByRole('dialog', { name: 'Emoji' });
    await user.click(await screen.findByRole('button', { name: 'grinning face' }));
    expect(dialog).not.toBeInTheDocument();
    expect(box).toHaveValue('See 😀you');
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveProperty('selectionStart', 'See 😀'.length);
  });

  it('closes on Escape, the focus going back to its button', async () => {
    render(<MessageInput onSend={() => undefined} />);
    const user = userEvent.setup();
    const smiley = screen.getByRole('button', { name: 'Insert emoji' });
    await user.click(smiley);
    await screen.findByRole('button', { name: 'grinning face' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(smiley).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(smiley).toHaveFocus());
  });
});
