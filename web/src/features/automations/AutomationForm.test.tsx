import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AutomationForm } from './AutomationForm.tsx';
import { EMPTY_DRAFT, draftToCreateBody, type AutomationDraft } from './draft.ts';

const TEMPLATE = { id: '6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b', title: 'Check-in', is_active: true };

function setup(initial: AutomationDraft = { ...EMPTY_DRAFT, name: 'Welcome' }) {
  const saved: AutomationDraft[] = [];
  render(
    <MemoryRouter>
      <AutomationForm
        initial={initial}
        isNew
        properties={[]}
        templates={[TEMPLATE]}
        busy={false}
        error={null}
        onSave={(draft) => saved.push(draft)}
        onCancel={() => {}}
      />
    </MemoryRouter>,
  );
  return { saved, user: userEvent.setup() };
}

const languages = () => screen.queryByRole('group', { name: 'Other languages' });

describe('AutomationForm other languages', () => {
  it('offers other languages only for its own message, not for a template', async () => {
    const { saved, user } = setup();
    expect(screen.getByRole('radio', { name: 'From a quick reply' })).toBeChecked();
    expect(languages()).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Write a message' }));
    await user.type(screen.getByLabelText('Message text'), 'Welcome!');
    expect(languages()).toHaveAccessibleDescription(
      'Guests who read one of these get it; everyone else gets the message above.',
    );
    await user.selectOptions(screen.getByLabelText('Language to add'), 'Español');
    await user.click(screen.getByRole('button', { name: 'Add language' }));
    expect(screen.getByLabelText('Message in Español')).toHaveFocus();
    await user.keyboard('¡Bienvenido!');

    // A template brings its own languages: the section goes, and nothing of it is sent.
    await user.click(screen.getByRole('radio', { name: 'From a quick reply' }));
    expect(languages()).toBeNull();
    expect(screen.queryByLabelText('Message in Español')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Template'), 'Check-in');
    await user.click(screen.getByRole('button', { name: 'Create automation' }));
    expect(saved).toHaveLength(1);
    expect(draftToCreateBody(saved[0]!)).not.toHaveProperty('translations');

    // Back to the message: its languages were kept meanwhile.
    await user.click(screen.getByRole('radio', { name: 'Write a message' }));
    expect(screen.getByLabelText('Message in Español')).toHaveValue('¡Bienvenido!');
    await user.click(screen.getByRole('button', { name: 'Create automation' }));
    expect(draftToCreateBody(saved[1]!)).toMatchObject({
      message: 'Welcome!',
      translations: { es: '¡Bienvenido!' },
    });
  });

  it('opens an automation with its languages, and removes one', async () => {
    const { saved, user } = setup({
      ...EMPTY_DRAFT,
      name: 'Thanks',
      source: 'message',
      message: 'Thanks for staying!',
      translations: { pt: 'Obrigado pela estadia!', fr: 'Merci pour votre séjour !' },
    });
    const section = within(languages()!);
    expect(section.getByLabelText('Message in Português')).toHaveValue('Obrigado pela estadia!');
    await user.click(section.getByRole('button', { name: 'Remove Français' }));
    expect(section.getByLabelText('Language to add')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Create automation' }));
    expect(saved.map((d) => d.translations)).toEqual([{ pt: 'Obrigado pela estadia!' }]);
  });
});
