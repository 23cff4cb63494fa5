import type { Message } from '@flexbnb/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ThreadMessage } from './ThreadMessage.tsx';
import type { useMessageActions } from './useMessageActions.ts';

const me = crypto.randomUUID();
const ana = crypto.randomUUID();
const names = { [me]: 'You', [ana]: 'Ana Host' };

const message = (overrides: Partial<Message> = {}): Message => ({
  id: crypto.randomUUID(),
  conversation_id: 'c',
  seq: 1,
  sender_id: me,
  receiver_id: ana,
  message: 'Is there parking?',
  is_read: false,
  read_at: null,
  is_quick_reply: false,
  client_message_id: null,
  kind: 'text',
  system: null,
  attachments: [],
  reply_to: null,
  reactions: [],
  edited_at: null,
  unsent_at: null,
  created_at: new Date().toISOString(),
  ...overrides,
});

function setup(m: Message = message()) {
  const actions = {
    edit: vi.fn(async () => true),
    unsend: vi.fn(async () => true),
    toggleReaction: vi.fn(async () => undefined),
  } as unknown as ReturnType<typeof useMessageActions>;
  const onReply = vi.fn();
  render(
    <div role="log" aria-label="Messages">
      <ThreadMessage
        message={m}
        me={me}
        names={names}
        actions={actions}
        onReply={onReply}
        onOpenQuote={() => undefined}
      />
    </div>,
  );
  return { actions, onReply, user: userEvent.setup() };
}

describe('ThreadMessage', () => {
  it('opens the message menu from More actions: reactions, then what can be done to it', async () => {
    const { user, actions } = setup();
    const more = screen.getByRole('button', { name: 'More actions' });
    await user.click(more);
    const menu = await screen.findByRole('menu', { name: 'Message actions' });
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const react = within(menu).getByRole('group', { name: 'React' });
    expect(within(react).getAllByRole('menuitem').length).toBeGreaterThan(1);
    expect(within(menu).getByRole('menuitem', { name: 'More reactions' })).toBeInTheDocument();
    for (const name of ['Reply', 'Copy text', 'Edit', 'Unsend']) {
      expect(within(menu).getByRole('menuitem', { name })).toBeInTheDocument();
    }
    await waitFor(() => expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus());

    await user.click(within(menu).getByRole('menuitem', { name: 'React with thumbs up' }));
    expect(actions.toggleReaction).toHaveBeenCalledWith(expect.anything(), '👍');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  });

  it('moves through the items with the arrow keys and goes back to the button on Escape or Tab', async () => {
    const { user } = setup();
    const more = screen.getByRole('button', { name: 'More actions' });
    more.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: 'Message actions' });
    const items = within(menu).getAllByRole('menuitem');
    await waitFor(() => expect(items[0]).toHaveFocus());
    await user.keyboard('{ArrowRight}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(items.at(-1)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await waitFor(() => expect(more).toHaveFocus());

    await user.keyboard('{Enter}');
    await screen.findByRole('menu', { name: 'Message actions' });
    await user.keyboard('{Tab}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await waitFor(() => expect(more).toHaveFocus());
  });

  it('shows only the reactions from React, and the others of the message cannot be edited', async () => {
    const { user } = setup(message({ sender_id: ana, receiver_id: me }));
    await user.click(screen.getByRole('button', { name: 'React' }));
    const menu = await screen.findByRole('menu', { name: 'Message actions' });
    expect(within(menu).getByRole('menuitem', { name: 'React with thumbs up' })).toBeVisible();
    expect(within(menu).queryByRole('menuitem', { name: 'Reply' })).toBeNull();
    expect(within(menu).queryByRole('menuitem', { name: 'Edit' })).toBeNull();
  });

  it('asks before unsending, in a dialog that Cancel closes, the focus back on the menu button', async () => {
    const { user, actions } = setup();
    const more = screen.getByRole('button', { name: 'More actions' });
    more.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: 'Message actions' });
    await user.click(within(menu).getByRole('menuitem', { name: 'Unsend' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unsend this message?' });
    expect(dialog).toHaveTextContent('It is removed for both of you');
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(actions.unsend).not.toHaveBeenCalled();
    await waitFor(() => expect(more).toHaveFocus());

    await user.click(more);
    await user.click(
      within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Unsend' }),
    );
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Unsend this message?' })).getByRole(
        'button',
        { name: 'Unsend' },
      ),
    );
    expect(actions.unsend).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('edits in place from the menu', async () => {
    const { user, actions } = setup();
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(
      within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Edit' }),
    );
    const editor = await screen.findByRole('textbox', { name: 'Edit message' });
    await waitFor(() => expect(editor).toHaveFocus());
    await user.clear(editor);
    await user.type(editor, 'Is there free parking?{Enter}');
    expect(actions.edit).toHaveBeenCalledWith(expect.any(String), 'Is there free parking?');
  });
});
