import { QUICK_REPLY_PLACEHOLDERS } from '@flexbnb/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { QuickReplyDraft } from './api.ts';
import { QuickReplyForm, unknownPlaceholders } from './QuickReplyForm.tsx';

const draft = (message: string): QuickReplyDraft => ({
  title: 'Check-in',
  message,
  category: 'check_in_instructions',
  property_id: null,
  is_active: true,
});

function setup(message = '') {
  const saved: QuickReplyDraft[] = [];
  render(
    <QuickReplyForm
      initial={draft(message)}
      isNew
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

  it('appends a placeholder when the message was never focused', async () => {
    const { box, user } = setup('Welcome!');
    await user.click(screen.getByRole('button', { name: '{door_code}' }));
    expect(box).toHaveValue('Welcome!{door_code}');
  });
});
