import type { QuickReply } from '@flexbnb/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { showIn } from '../../lib/i18n.ts';
import { filterTemplates, QuickReplyPicker } from './QuickReplyPicker.tsx';

const t = (title: string, message: string, category: QuickReply['category']): QuickReply => ({
  id: crypto.randomUUID(),
  host_id: crypto.randomUUID(),
  property_id: null,
  property: null,
  title,
  message,
  translations: {},
  category,
  usage_count: 0,
  is_active: true,
  attachments: [],
  created_at: '2026-11-25T10:00:00.000Z',
  updated_at: '2026-11-25T10:00:00.000Z',
});

const templates = [
  t('Welcome', 'Hi {guest_first_name}, welcome!', 'greeting'),
  t('Check-in', 'The key box code is 4711.', 'check_in_instructions'),
  t('Wifi', 'The wifi password is on the fridge.', 'amenities_info'),
];

describe('filterTemplates', () => {
  it('matches every word in the title, the text or the category name', () => {
    expect(filterTemplates(templates, '').map((x) => x.title)).toEqual([
      'Welcome',
      'Check-in',
      'Wifi',
    ]);
    expect(filterTemplates(templates, 'KEY code').map((x) => x.title)).toEqual(['Check-in']);
    expect(filterTemplates(templates, 'amenities').map((x) => x.title)).toEqual(['Wifi']);
    expect(filterTemplates(templates, 'wifi key')).toEqual([]);
  });
});

describe('QuickReplyPicker', () => {
  function setup(list = templates) {
    const picked: string[] = [];
    render(<QuickReplyPicker templates={list} onPick={(x) => picked.push(x.title)} />);
    return { picked, user: userEvent.setup() };
  }

  it('moves through the options with the arrow keys and picks with Enter', async () => {
    const { picked, user } = setup();
    const search = screen.getByRole('combobox', { name: 'Search quick replies' });
    expect(search).toHaveFocus();
    expect(screen.getAllByRole('option')).toHaveLength(3);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Wifi');
    expect(search).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { selected: true }).id,
    );
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Welcome');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(picked).toEqual(['Wifi']);
  });

  it('filters as you type and picks the first match', async () => {
    const { picked, user } = setup();
    await user.keyboard('code');
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await user.keyboard('{Enter}');
    expect(picked).toEqual(['Check-in']);
  });

  it('says when nothing matches, and Enter then picks nothing', async () => {
    const { picked, user } = setup();
    await user.keyboard('zzz');
    expect(screen.getByText('No template matches.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(picked).toEqual([]);
  });

  it('points to the management page when there are no templates', () => {
    setup([]);
    expect(screen.getByText(/No quick replies yet/)).toBeInTheDocument();
  });

  it('shows how many files go with a template', () => {
    const file = (name: string) => ({
      id: crypto.randomUUID(),
      kind: 'file' as const,
      content_type: 'application/pdf',
      size: 1000,
      name,
      width: null,
      height: null,
      duration_ms: null,
      url: '/x',
      thumbnail_url: null,
    });
    const manual = { ...t('Manual', 'The manual is attached.', 'amenities_info') };
    manual.attachments = [file('house-manual.pdf'), file('parking.pdf')];
    setup([manual, templates[0]!]);
    const [withFiles, without] = screen.getAllByRole('option');
    expect(withFiles).toHaveTextContent('📎 2');
    expect(withFiles).toHaveAccessibleName(/with 2 attachments/);
    expect(withFiles!.querySelector('[title]')).toHaveAttribute(
      'title',
      'house-manual.pdf, parking.pdf',
    );
    expect(without).not.toHaveTextContent('📎');
  });

  it('picks with the mouse too', async () => {
    const { picked, user } = setup();
    await user.click(screen.getByRole('option', { name: /Welcome/ }));
    expect(picked).toEqual(['Welcome']);
  });
});

describe('QuickReplyPicker in Portuguese', () => {
  afterEach(() => showIn('en'));

  it('names the categories in the language shown, and finds templates by them', async () => {
    await showIn('pt');
    render(<QuickReplyPicker templates={templates} onPick={() => {}} />);
    const search = screen.getByRole('combobox', { name: 'Buscar respostas rápidas' });
    expect(search).toHaveAttribute('placeholder', 'Buscar modelos…');
    expect(screen.getByRole('option', { name: /Check-in/ })).toHaveTextContent(
      'Instruções de check-in',
    );
    await userEvent.setup().type(search, 'comodidades');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('Wifi'),
    ]);
    await userEvent.setup().type(search, ' zzz');
    expect(screen.getByText('Nenhum modelo encontrado.')).toBeInTheDocument();
  });
});
