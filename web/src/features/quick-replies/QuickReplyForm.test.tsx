import {
  MESSAGE_MAX_LENGTH,
  QUICK_REPLY_PLACEHOLDERS,
  routes,
  type Attachment,
} from '@flexbnb/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import type { QuickReplyDraft } from './api.ts';
import { QuickReplyForm, unknownPlaceholders } from './QuickReplyForm.tsx';

const draft = (message: string): QuickReplyDraft => ({
  title: 'Check-in',
  message,
  translations: {},
  category: 'check_in_instructions',
  property_id: null,
  is_active: true,
  attachment_ids: [],
});

function setup(
  message = '',
  attachments: Attachment[] = [],
  translations: QuickReplyDraft['translations'] = {},
) {
  const saved: QuickReplyDraft[] = [];
  render(
    <QuickReplyForm
      initial={{ ...draft(message), translations, attachment_ids: attachments.map((a) => a.id) }}
      attachments={attachments}
      isNew={attachments.length === 0}
      properties={[]}
      busy={false}
      onSave={(input) => saved.push(input)}
      onCancel={() => {}}
    />,
  );
  return { saved, user: userEvent.setup(), box: screen.getByLabelText('Message') };
}

describe('unknownPlaceholders', () => {
  it('lists each single-braced token that is no placeholder, once, in order', () => {
    expect(
      unknownPlaceholders(
        'Hi {guest_first_name}! {wifi} {{host_name}} {Property_Name} {wifi} { spaced } {door_code}',
      ),
    ).toEqual(['{wifi}', '{Property_Name}']);
    expect(unknownPlaceholders('Plain text, {{literal}} braces')).toEqual([]);
  });
});

describe('QuickReplyForm', () => {
  it('warns about an unknown placeholder under the message, and names it for the field', async () => {
    const { box, user } = setup('Your code is {doorcode}.');
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('Unknown placeholder: {doorcode}');
    expect(warning.querySelector('mark')).toHaveTextContent('{doorcode}');
    expect(box).toHaveAccessibleDescription(expect.stringContaining('{doorcode}'));

    await user.clear(box);
    await user.paste('Your code is {door_code}. Wifi: {wifi} {WIFI_NAME}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Unknown placeholders: {wifi}, {WIFI_NAME}',
    );

    await user.clear(box);
    await user.paste('Your code is {door_code}.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box).not.toHaveAttribute('aria-describedby');
  });

  it('offers every placeholder, described, and inserts it where the cursor is', async () => {
    const { box, user, saved } = setup('Hi ! See you.');
    for (const [name, description] of Object.entries(QUICK_REPLY_PLACEHOLDERS)) {
      expect(screen.getByRole('button', { name: `{${name}}` })).toHaveAttribute(
        'title',
        description,
      );
    }
    await user.pointer({ target: box, offset: 3, keys: '[MouseLeft]' });
    await user.click(screen.getByRole('button', { name: '{guest_first_name}' }));
    expect(box).toHaveValue('Hi {guest_first_name}! See you.');
    expect(box).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '{wifi_password}' }));
    expect(box).toHaveValue('Hi {guest_first_name}{wifi_password}! See you.');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved.map((s) => s.message)).toEqual(['Hi {guest_first_name}{wifi_password}! See you.']);
  });

  it('inserts at a caret moved by the keyboard, and the next key types in the message', async () => {
    const { box, user } = setup('');
    await user.click(box);
    await user.keyboard('Hello , welcome');
    await user.keyboard('{ArrowLeft>9/}');
    await user.tab();
    // Tab reaches the first chip; Enter inserts it and gives the focus back to the message.
    expect(screen.getByRole('button', { name: '{guest_name}' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Hello {guest_name}, welcome');
    expect(box).toHaveFocus();
    await user.keyboard(' there');
    expect(box).toHaveValue('Hello {guest_name} there, welcome');
  });

  it('appends a placeholder when the message was never focused', async () => {
    const { box, user } = setup('Welcome!');
    await user.click(screen.getByRole('button', { name: '{door_code}' }));
    expect(box).toHaveValue('Welcome!{door_code}');
  });
});

describe('QuickReplyForm other languages', () => {
  const picker = () => screen.getByRole('combobox', { name: 'Language to add' });
  const offered = () =>
    within(picker())
      .getAllByRole('option')
      .map((o) => o.textContent);
  const section = () => screen.getByRole('group', { name: 'Other languages' });

  it('adds languages from those not used yet, each with its own text, and saves them all', async () => {
    const { saved, user } = setup('Welcome, {guest_first_name}!');
    expect(section()).toHaveAccessibleDescription(
      'Guests who read one of these get it; everyone else gets the message above.',
    );
    expect(offered()).toEqual(['English', 'Português', 'Español', 'Français', 'Deutsch']);

    await user.selectOptions(picker(), 'Deutsch');
    await user.click(screen.getByRole('button', { name: 'Add language' }));
    const de = screen.getByLabelText('Message in Deutsch');
    expect(de).toHaveFocus();
    expect(de).toHaveAttribute('lang', 'de');
    await user.keyboard('Willkommen, {{guest_first_name}!');
    expect(offered()).toEqual(['English', 'Português', 'Español', 'Français']);

    // By keyboard: pick, Tab to the button, Enter.
    await user.selectOptions(picker(), 'Português');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Add language' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Message in Português')).toHaveFocus();
    await user.keyboard('Bem-vindo!');

    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.message).toBe('Welcome, {guest_first_name}!');
    expect(saved[0]!.translations).toEqual({
      de: 'Willkommen, {guest_first_name}!',
      pt: 'Bem-vindo!',
    });
  });

  it('edits a language, and saves without one removed', async () => {
    const { saved, user } = setup('The code is {door_code}.', [], {
      pt: 'O código é {door_code}.',
      de: 'Der Code ist {door_code}.',
    });
    expect(offered()).toEqual(['English', 'Español', 'Français']);
    const pt = screen.getByLabelText('Message in Português');
    expect(pt).toHaveValue('O código é {door_code}.');
    await user.click(pt);
    await user.keyboard(' Até breve!');

    await user.click(screen.getByRole('button', { name: 'Remove Deutsch' }));
    expect(screen.queryByLabelText('Message in Deutsch')).toBeNull();
    // The focus goes to the list, which offers the language again.
    expect(picker()).toHaveFocus();
    expect(offered()).toContain('Deutsch');

    await user.click(screen.getByRole('button', { name: 'Create' }));
    // The whole object: the server drops the language left out.
    expect(saved.map((s) => s.translations)).toEqual([
      { pt: 'O código é {door_code}. Até breve!' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove Português' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved.at(-1)!.translations).toEqual({});
  });

  it('refuses a blank text in another language, beside it, until it is written', async () => {
    const { saved, user } = setup('Hello!');
    await user.selectOptions(picker(), 'Français');
    await user.click(screen.getByRole('button', { name: 'Add language' }));
    const fr = screen.getByLabelText('Message in Français');
    expect(fr).toBeRequired();

    // Empty: the browser's own check stops the save.
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved).toEqual([]);
    expect(fr).toBeInvalid();

    // Only spaces: the form's.
    await user.type(fr, '   ');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved).toEqual([]);
    expect(fr).toHaveAttribute('aria-invalid', 'true');
    expect(fr).toHaveAccessibleDescription('must not be empty');
    expect(fr).toHaveFocus();

    await user.type(fr, 'Bonjour !');
    expect(fr).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved.map((s) => s.translations)).toEqual([{ fr: '   Bonjour !' }]);
  });

  it('refuses a blank message the same way', async () => {
    const { saved, user, box } = setup('  ');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved).toEqual([]);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('must not be empty');
    expect(box).toHaveFocus();
  });

  it('keeps the texts as long as a message can be', async () => {
    setup('Hi', [], { es: 'Hola' });
    expect(screen.getByLabelText('Message in Español')).toHaveAttribute(
      'maxLength',
      String(MESSAGE_MAX_LENGTH),
    );
    expect(screen.getByLabelText('Message')).toHaveAttribute(
      'maxLength',
      String(MESSAGE_MAX_LENGTH),
    );
  });

  it('warns about an unknown placeholder in another language, and inserts into the box last used', async () => {
    const { user, box } = setup('Hi {guest_first_name}!', [], { pt: 'Olá {nome}!' });
    const pt = screen.getByLabelText('Message in Português');
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('Unknown placeholder: {nome}');
    expect(warning).toHaveTextContent('Pick from the list above.');
    expect(pt).toHaveAccessibleDescription(expect.stringContaining('{nome}'));

    await user.pointer({ target: pt, offset: 4, keys: '[MouseLeft]' });
    await user.click(screen.getByRole('button', { name: '{guest_first_name}' }));
    expect(pt).toHaveValue('Olá {guest_first_name}{nome}!');
    expect(pt).toHaveFocus();
    expect(box).toHaveValue('Hi {guest_first_name}!');

    // Back in the message, the buttons write there again.
    await user.click(box);
    await user.click(screen.getByRole('button', { name: '{host_name}' }));
    expect(box).toHaveValue('Hi {guest_first_name}!{host_name}');
  });

  it('offers no more languages once every one has a text', async () => {
    const { user } = setup('Hi', [], { en: 'Hi', pt: 'Olá', es: 'Hola', fr: 'Salut' });
    await user.click(screen.getByRole('button', { name: 'Add language' }));
    expect(screen.getByLabelText('Message in Deutsch')).toHaveFocus();
    expect(screen.queryByRole('combobox', { name: 'Language to add' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add language' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove English' }));
    expect(offered()).toEqual(['English']);
  });
});

const stored = (name: string, kind: Attachment['kind'], contentType: string, size: number) => {
  const id = crypto.randomUUID();
  return {
    id,
    kind,
    content_type: contentType,
    size,
    name,
    width: kind === 'image' ? 1600 : null,
    height: kind === 'image' ? 1200 : null,
    duration_ms: null,
    url: `/api/messaging/attachments/${id}/content`,
    thumbnail_url: kind === 'image' ? `/api/messaging/attachments/${id}/thumbnail` : null,
  } satisfies Attachment;
};

// A PDF as small as it gets; the server tells the type from these bytes, not the name.
const PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

describe('QuickReplyForm attachments', () => {
  // The form uploads to the real server, as the demo host.
  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    setSession(
      await api(routes.login, {
        body: { email: 'host@demo.flexbnb.test', password: 'flexbnb-demo' },
      }),
    );
  });

  const chips = () => within(screen.getByRole('list', { name: 'Attached files' }));
  const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

  it('lists the files a template has, with names and sizes, and saves with the ones kept', async () => {
    const manual = stored('house-manual.pdf', 'file', 'application/pdf', 1_250_000);
    const parking = stored('parking-map.jpg', 'image', 'image/jpeg', 183_204);
    const { saved, user } = setup('The manual and the parking map are attached.', [
      manual,
      parking,
    ]);
    expect(
      chips()
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['house-manual.pdf1.3 MB', 'parking-map.jpg183 KB']);
    await user.click(screen.getByRole('button', { name: 'Remove parking-map.jpg' }));
    expect(chips().getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(saved.map((s) => s.attachment_ids)).toEqual([[manual.id]]);

    await user.click(screen.getByRole('button', { name: 'Remove house-manual.pdf' }));
    expect(screen.queryByRole('list', { name: 'Attached files' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Saved with none: the template lets its files go.
    expect(saved.at(-1)!.attachment_ids).toEqual([]);
  });

  it('uploads a file as it is added and saves the template with its id', async () => {
    const { saved, user } = setup('Here is the house manual.');
    await user.type(screen.getByLabelText('Title'), ' + manual');
    await user.upload(
      fileInput(),
      new File([PDF], 'house-manual.pdf', { type: 'application/pdf' }),
    );
    const chip = chips().getByText('house-manual.pdf').closest('li')!;
    await waitFor(() => expect(chip).toHaveAttribute('data-status', 'stored'), {
      timeout: 10_000,
    });
    expect(chip).toHaveTextContent(`house-manual.pdf${PDF.length} B`);
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved).toHaveLength(1);
    const [id] = saved[0]!.attachment_ids;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // The id is the server's: a template made with it carries the file.
    const template = await api(routes.createQuickReply, { body: saved[0]! });
    try {
      expect(template.attachments.map((a) => [a.id, a.name, a.kind])).toEqual([
        [id, 'house-manual.pdf', 'file'],
      ]);
    } finally {
      await api(routes.deleteQuickReply, { params: { id: template.id } });
    }
  });

  it('says why the server refused a file, and saves without it', async () => {
    const { saved, user } = setup('Hello');
    // As a drop would: the picker's own filter left out.
    await userEvent
      .setup({ applyAccept: false })
      .upload(fileInput(), new File(['just some words'], 'notes.txt', { type: 'text/plain' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.closest('li')).toHaveTextContent('notes.txt');
    expect(alert.textContent).not.toBe('');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved.map((s) => s.attachment_ids)).toEqual([[]]);
  });

  it('takes up to ten files and says how many were left out', async () => {
    const nine = Array.from({ length: 9 }, (_, i) =>
      stored(`page-${i + 1}.pdf`, 'file', 'application/pdf', 2_000),
    );
    const { user } = setup('Lots of pages', nine);
    await user.upload(fileInput(), [
      new File([PDF], 'page-10.pdf', { type: 'application/pdf' }),
      new File([PDF], 'page-11.pdf', { type: 'application/pdf' }),
      new File([PDF], 'page-12.pdf', { type: 'application/pdf' }),
    ]);
    expect(chips().getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText(/up to 10 files — 2 were left out/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add more files' })).toBeDisabled();
    await waitFor(
      () =>
        expect(chips().getByText('page-10.pdf').closest('li')).toHaveAttribute(
          'data-status',
          'stored',
        ),
      { timeout: 10_000 },
    );
  });
});
