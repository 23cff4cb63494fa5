import type { Message } from '@flexbnb/contracts';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
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
  screened: false,
  screening: null,
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
  language: null,
  translation: null,
  created_at: new Date().toISOString(),
  ...overrides,
});

function setup(
  m: Message = message(),
  extra: Partial<ComponentProps<typeof ThreadMessage>> = {},
  translate: (id: string) => Promise<boolean> = async () => true,
) {
  const actions = {
    edit: vi.fn(async () => true),
    unsend: vi.fn(async () => true),
    toggleReaction: vi.fn(async () => undefined),
    translate: vi.fn(translate),
  } as unknown as ReturnType<typeof useMessageActions>;
  const onReply = vi.fn();
  const view = (shown: Message) => (
    <div role="log" aria-label="Messages">
      <ThreadMessage
        message={shown}
        me={me}
        names={names}
        actions={actions}
        onReply={onReply}
        onOpenQuote={() => undefined}
        {...extra}
      />
    </div>
  );
  const { rerender } = render(view(m));
  return {
    actions,
    onReply,
    user: userEvent.setup(),
    /** The same message as the cache now has it (a translation came). */
    update: (shown: Message) => rerender(view(shown)),
  };
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

describe('ThreadMessage: contact screening', () => {
  const MASKED_NOTE = 'Contact details hidden until the booking is confirmed';
  const FLAGGED_NOTE = 'Flagged: shared before the booking was confirmed';
  const masked = (overrides: Partial<Message> = {}) =>
    message({
      message: 'Call me on [phone number hidden] or write to [email address hidden]',
      screened: true,
      screening: { action: 'masked', kinds: ['phone', 'email'] },
      ...overrides,
    });

  it('notes under a masked message that contact details are hidden, for both sides', () => {
    setup(masked({ sender_id: ana, receiver_id: me }));
    expect(screen.getByRole('note')).toHaveTextContent(MASKED_NOTE);
    cleanup();
    setup(masked());
    expect(screen.getByRole('note')).toHaveTextContent(MASKED_NOTE);
  });

  it('shows the placeholders in a masked text apart, the text around them as written', () => {
    setup(masked());
    const text = document.querySelector('[data-bubble-text]');
    expect(text).toHaveTextContent(
      'Call me on [phone number hidden] or write to [email address hidden]',
    );
    const phone = within(text as HTMLElement).getByText('[phone number hidden]');
    expect(phone.tagName).toBe('SPAN');
    expect(phone.className).not.toBe('');
    expect(within(text as HTMLElement).getByText('[email address hidden]').tagName).toBe('SPAN');
  });

  it('leaves a bracketed text alone when nothing was screened', () => {
    setup(message({ message: 'I typed [phone number hidden] myself' }));
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByText('[phone number hidden]', { selector: 'span' })).toBeNull();
  });

  it('tells the sender alone that a message was flagged', () => {
    const flagged = { screening: { action: 'flagged' as const, kinds: ['phone' as const] } };
    setup(message({ message: 'Call me on +351 912 345 678', ...flagged }));
    expect(screen.getByRole('note')).toHaveTextContent(FLAGGED_NOTE);
    expect(screen.queryByText(MASKED_NOTE)).toBeNull();
    cleanup();
    setup(
      message({
        message: 'Call me on +351 912 345 678',
        sender_id: ana,
        receiver_id: me,
        ...flagged,
      }),
    );
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByText(FLAGGED_NOTE)).toBeNull();
  });

  it('says nothing of a revealed message, nor of an unsent one', () => {
    setup(
      message({
        message: 'Call me on +351 912 345 678',
        screening: { action: 'revealed', kinds: ['phone'] },
      }),
    );
    expect(screen.queryByRole('note')).toBeNull();
    cleanup();
    setup(masked({ message: '', unsent_at: new Date().toISOString() }));
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('ThreadMessage: translation', () => {
  const GERMAN = 'Gibt es in der Nähe der Wohnung einen Parkplatz für zwei Autos?';
  const ENGLISH = 'Is there a parking space for two cars near the flat?';
  const translation = { language: 'en' as const, text: ENGLISH, provider: 'deepl' as const };
  const received = (overrides: Partial<Message> = {}) =>
    message({ sender_id: ana, receiver_id: me, message: GERMAN, language: 'de', ...overrides });
  const bubbleText = () => document.querySelector('[data-bubble-text]');
  const everyLanguage = ['en', 'pt', 'es', 'fr', 'de'] as const;

  it('shows a received message translated, says so, and toggles to the original and back', async () => {
    const { user } = setup(received({ translation }), { readerLanguage: 'en' });
    expect(bubbleText()).toHaveTextContent(ENGLISH);
    expect(bubbleText()).toHaveAttribute('lang', 'en');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Translated from Deutsch');

    await user.click(within(note).getByRole('button', { name: 'Show original' }));
    expect(bubbleText()).toHaveTextContent(GERMAN);
    expect(bubbleText()).toHaveAttribute('lang', 'de');
    expect(note).toHaveTextContent('Original in Deutsch');
    expect(within(note).queryByRole('button', { name: 'Show original' })).toBeNull();

    const back = within(note).getByRole('button', { name: 'Show translation' });
    expect(back).toHaveFocus();
    await user.click(back);
    expect(bubbleText()).toHaveTextContent(ENGLISH);
    expect(note).toHaveTextContent('Translated from Deutsch');
  });

  it('says only "Translated" when the language it was written in is unknown', () => {
    setup(received({ language: null, translation }), { readerLanguage: 'en' });
    expect(bubbleText()).toHaveTextContent(ENGLISH);
    expect(screen.getByRole('note')).toHaveTextContent(/^Translated·Show original$/);
  });

  it('shows my own messages as I wrote them, with nothing about translation', () => {
    setup(message({ message: GERMAN, language: 'de', translation }), {
      readerLanguage: 'en',
      translatable: everyLanguage,
    });
    expect(bubbleText()).toHaveTextContent(GERMAN);
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.queryByRole('button', { name: /Translat|Show original/ })).toBeNull();
  });

  it('offers Translate for a received message in another language, "Translating…" until it comes', async () => {
    const m = received();
    const { user, actions, update } = setup(m, {
      readerLanguage: 'en',
      translatable: everyLanguage,
    });
    expect(bubbleText()).toHaveTextContent(GERMAN);
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(actions.translate).toHaveBeenCalledWith(m.id);
    const waiting = await screen.findByRole('button', { name: 'Translating…' });
    expect(waiting).toHaveAttribute('aria-disabled', 'true');
    await user.click(waiting);
    expect(actions.translate).toHaveBeenCalledTimes(1);

    update({ ...m, translation });
    expect(bubbleText()).toHaveTextContent(ENGLISH);
    expect(screen.getByRole('note')).toHaveTextContent('Translated from Deutsch');
    expect(screen.queryByRole('button', { name: /^Translat/ })).toBeNull();
  });

  it('offers Translate again when the request was refused', async () => {
    const { user, actions } = setup(
      received(),
      { readerLanguage: 'en', translatable: everyLanguage },
      async () => false,
    );
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(actions.translate).toHaveBeenCalledTimes(1);
    await screen.findByRole('button', { name: 'Translate' });
    expect(screen.queryByRole('button', { name: 'Translating…' })).toBeNull();
  });

  it('offers no Translate when the server does not translate, or the message is in my language', () => {
    setup(received(), { readerLanguage: 'en', translatable: [] });
    expect(screen.queryByRole('button', { name: 'Translate' })).toBeNull();
    cleanup();
    setup(received({ language: 'en', message: ENGLISH }), {
      readerLanguage: 'en',
      translatable: everyLanguage,
    });
    expect(screen.queryByRole('button', { name: 'Translate' })).toBeNull();
    cleanup();
    // Neither when the language it was written in, or mine, is unknown.
    setup(received({ language: null }), { readerLanguage: 'en', translatable: everyLanguage });
    expect(screen.queryByRole('button', { name: 'Translate' })).toBeNull();
    cleanup();
    setup(received(), { readerLanguage: null, translatable: everyLanguage });
    expect(screen.queryByRole('button', { name: 'Translate' })).toBeNull();
  });
});
