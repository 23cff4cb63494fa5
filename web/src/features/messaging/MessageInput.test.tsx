import { routes, type QuickReply } from '@flexbnb/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, ApiError, setSession } from '../../lib/api.ts';
import { MessageInput, type QuickReplySource } from './MessageInput.tsx';
import type { PendingAttachment } from './outbox.ts';
import { defaultSendAt, localInputToIso } from './sendLater.ts';

function template(overrides: Partial<QuickReply>): QuickReply {
  return {
    id: crypto.randomUUID(),
    host_id: crypto.randomUUID(),
    property_id: null,
    property: null,
    title: 'Welcome',
    message: 'Hi {guest_first_name}!',
    translations: {},
    category: 'greeting',
    usage_count: 0,
    is_active: true,
    attachments: [],
    created_at: '2026-11-25T10:00:00.000Z',
    updated_at: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}

/** A real 1×1 PNG: the server reads it (and re-encodes it) as an image. */
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
export function png(name: string): File {
  return new File([Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0))], name, {
    type: 'image/png',
  });
}

function setup(quickReplies?: QuickReplySource) {
  const sent: { text: string; quickReplyId?: string }[] = [];
  const typing: boolean[] = [];
  render(
    <MessageInput
      onSend={(text, quickReplyId) => sent.push({ text, quickReplyId })}
      onTyping={(t) => typing.push(t)}
      quickReplies={quickReplies}
    />,
  );
  return {
    sent,
    typing,
    box: screen.getByRole('textbox', { name: 'Message' }),
    user: userEvent.setup(),
  };
}

describe('MessageInput', () => {
  it('sends the trimmed text on Enter and clears the box; Shift+Enter starts a new line', async () => {
    const { sent, box, user } = setup();
    await user.type(box, '  Hello there');
    await user.keyboard('{Shift>}{Enter}{/Shift}second line{Enter}');
    expect(sent).toEqual([{ text: 'Hello there\nsecond line', quickReplyId: undefined }]);
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
  });

  it('never sends blank text, and the send button is off until there is some', async () => {
    const { sent, box, user } = setup();
    const button = screen.getByRole('button', { name: 'Send' });
    expect(button).toBeDisabled();
    await user.type(box, '   {Enter}');
    expect(sent).toEqual([]);
    await user.type(box, 'ok');
    expect(button).toBeEnabled();
    await user.click(button);
    expect(sent).toEqual([{ text: 'ok', quickReplyId: undefined }]);
  });

  it('refuses text over the limit and says by how much', async () => {
    const { sent, box, user } = setup();
    await user.click(box);
    await user.paste('x'.repeat(5003));
    expect(screen.getByRole('alert')).toHaveTextContent('3 characters over the limit of 5000');
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(sent).toEqual([]);
  });

  it('tells the other side when typing starts and stops', async () => {
    const { typing, box, user } = setup();
    await user.type(box, 'abc');
    expect(typing).toEqual([true]);
    await user.keyboard('{Enter}');
    expect(typing.at(-1)).toBe(false);
  });

  it('opens the quick replies on "/" and puts the rendered template in the box for editing', async () => {
    const parking = template({ title: 'Parking', message: 'Park at {property_name}.' });
    const rendered: string[] = [];
    const { sent, box, user } = setup({
      templates: [template({ title: 'Welcome' }), parking],
      loading: false,
      render: async (t) => {
        rendered.push(t.id);
        return t.message.replace('{property_name}', 'Seaside Loft');
      },
    });
    await user.type(box, '/');
    const search = screen.getByRole('combobox', { name: 'Search quick replies' });
    expect(search).toHaveFocus();
    await user.type(search, 'park{Enter}');
    expect(await screen.findByDisplayValue('Park at Seaside Loft.')).toBe(box);
    expect(rendered).toEqual([parking.id]);
    expect(screen.getByText(/From a quick reply/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(box).toHaveFocus());

    await user.type(box, ' Free!{Enter}');
    expect(sent).toEqual([{ text: 'Park at Seaside Loft. Free!', quickReplyId: parking.id }]);
  });

  it('forgets the template once the box is emptied', async () => {
    const t = template({ message: 'Hello' });
    const { sent, box, user } = setup({
      templates: [t],
      loading: false,
      render: async () => 'Hello',
    });
    await user.click(screen.getByRole('button', { name: 'Quick replies' }));
    await user.keyboard('{Enter}');
    await screen.findByDisplayValue('Hello');
    await user.clear(box);
    await user.type(box, 'My own words{Enter}');
    expect(sent).toEqual([{ text: 'My own words', quickReplyId: undefined }]);
  });

  it('closes the quick replies on Escape, the focus going back to what opened them', async () => {
    const { box, user } = setup({
      templates: [template({ title: 'Welcome' })],
      loading: false,
      render: async (t) => t.message,
    });
    const bolt = screen.getByRole('button', { name: 'Quick replies' });
    await user.type(box, '/');
    expect(screen.getByRole('dialog', { name: 'Quick replies' })).toBeInTheDocument();
    expect(bolt).toHaveAttribute('aria-expanded', 'true');
    // The first template is highlighted, for Enter to pick.
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Welcome');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bolt).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveValue('');

    await user.click(bolt);
    expect(screen.getByRole('combobox', { name: 'Search quick replies' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(bolt).toHaveFocus());
  });

  it('types "/" as text for guests, who have no quick replies', async () => {
    const { box, user } = setup();
    await user.type(box, '/');
    expect(box).toHaveValue('/');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});

describe('MessageInput: send later', () => {
  function setupScheduling(answer: () => Promise<void> = async () => undefined) {
    const scheduled: { text: string; sendAt: string; quickReplyId?: string }[] = [];
    const sent: string[] = [];
    render(
      <MessageInput
        onSend={(text) => sent.push(text)}
        onSchedule={async (text, sendAt, quickReplyId) => {
          await answer();
          scheduled.push({ text, sendAt, quickReplyId });
        }}
      />,
    );
    return {
      scheduled,
      sent,
      box: screen.getByRole('textbox', { name: 'Message' }),
      clock: screen.getByRole('button', { name: 'Schedule message' }),
      user: userEvent.setup(),
    };
  }

  it('offers no schedule button unless the conversation can schedule', () => {
    render(<MessageInput onSend={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Schedule message' })).not.toBeInTheDocument();
  });

  it('schedules the text for tomorrow 09:00 by default, then clears the box', async () => {
    const { scheduled, sent, box, clock, user } = setupScheduling();
    expect(clock).toBeDisabled();
    await user.type(box, 'See you tomorrow!');
    await user.click(clock);
    expect(clock).toHaveAttribute('aria-expanded', 'true');
    const dialog = screen.getByRole('dialog', { name: 'Schedule message' });
    const when = within(dialog).getByLabelText('Send at');
    expect(when).toHaveValue(defaultSendAt());
    expect(when).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(scheduled).toEqual([
      {
        text: 'See you tomorrow!',
        sendAt: localInputToIso(defaultSendAt()),
        quickReplyId: undefined,
      },
    ]);
    expect(sent).toEqual([]);
    expect(box).toHaveValue('');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(box).toHaveFocus());
  });

  it('closes with its Close button, the focus going back to the clock', async () => {
    const { scheduled, box, clock, user } = setupScheduling();
    await user.type(box, 'Later');
    await user.click(clock);
    const dialog = screen.getByRole('dialog', { name: 'Schedule message' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(clock).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(clock).toHaveFocus());
    expect(scheduled).toEqual([]);
    expect(box).toHaveValue('Later');
  });

  it('says inline why a time in the past cannot be, and keeps the text', async () => {
    const { scheduled, box, clock, user } = setupScheduling();
    await user.type(box, 'Too late');
    await user.click(clock);
    const dialog = screen.getByRole('dialog', { name: 'Schedule message' });
    fireEvent.change(within(dialog).getByLabelText('Send at'), {
      target: { value: '2020-01-01T09:00' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Pick a time in the future.');
    expect(within(dialog).getByLabelText('Send at')).toHaveAttribute('aria-invalid', 'true');
    expect(scheduled).toEqual([]);
    expect(box).toHaveValue('Too late');
  });

  it("shows the server's refusal in the popover", async () => {
    const refusal = new ApiError(
      400,
      'validation_failed',
      'body.send_at: must be in the next 90 days',
      [{ field: 'body.send_at', message: 'must be in the next 90 days' }],
    );
    const { scheduled, box, clock, user } = setupScheduling(() => Promise.reject(refusal));
    await user.type(box, 'Hello');
    await user.click(clock);
    const dialog = screen.getByRole('dialog', { name: 'Schedule message' });
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The time must be in the next 90 days.',
    );
    expect(scheduled).toEqual([]);
    expect(box).toHaveValue('Hello');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('MessageInput: attachments, against the real API', () => {
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    window.happyDOM.setURL(baseUrl);
    setSession(
      await api(routes.login, {
        body: { email: 'guest@demo.flexbnb.test', password: 'flexbnb-demo' },
      }),
    );
  });

  function setupAttach() {
    const sent: { text: string; attachments?: PendingAttachment[] }[] = [];
    render(
      <MessageInput
        attachments
        onSend={(text, _quickReplyId, attachments) => sent.push({ text, attachments })}
      />,
    );
    return {
      sent,
      input: screen.getByTestId('attach-input'),
      send: screen.getByRole('button', { name: 'Send' }),
      user: userEvent.setup({ applyAccept: false }),
    };
  }

  it('enables Send with only an uploaded photo, and sends it without text', async () => {
    const { sent, input, send, user } = setupAttach();
    expect(send).toBeDisabled();
    await user.upload(input, png('pool.png'));
    const chip = await screen.findByRole(
      'listitem',
      { name: 'pool.png, ready' },
      { timeout: 10_000 },
    );
    expect(chip).toBeInTheDocument();
    expect(send).toBeEnabled();
    await user.click(send);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toBe('');
    const [attachment] = sent[0]?.attachments ?? [];
    expect(attachment?.attachment).toMatchObject({ kind: 'image', content_type: 'image/png' });
    expect(attachment?.attachment?.thumbnail_url).toMatch(/\/thumbnail$/);
    expect(screen.queryByRole('list', { name: 'Attachments' })).not.toBeInTheDocument();
  });

  it("shows the server's refusal of a file inline, and sends nothing for it", async () => {
    const { sent, input, send, user } = setupAttach();
    await user.upload(input, new File(['just text'], 'notes.txt', { type: 'text/plain' }));
    const chip = await screen.findByRole(
      'listitem',
      { name: 'notes.txt, failed' },
      { timeout: 10_000 },
    );
    expect(within(chip).getByRole('alert').textContent).not.toBe('');
    expect(send).toBeDisabled();
    await user.click(within(chip).getByRole('button', { name: 'Remove notes.txt' }));
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('takes at most 10 files per message and says so', async () => {
    const { input, user } = setupAttach();
    await user.upload(
      input,
      Array.from({ length: 12 }, (_, i) => png(`p${i}.png`)),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText(/Up to 10 attachments per message: 2 left out/)).toBeInTheDocument();
    // Let them finish: unmounting cancels uploads on their way.
    await waitFor(
      () => expect(screen.queryAllByRole('listitem', { name: /uploading/ })).toHaveLength(0),
      { timeout: 15_000 },
    );
  });
});
