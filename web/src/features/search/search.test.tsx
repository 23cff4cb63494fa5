import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { showIn } from '../../lib/i18n.ts';
import { highlightTerms, hitHref, messagesBase, type SearchHit, type SnippetPart } from './api.ts';
import { SearchCombobox, type SearchComboboxProps } from './SearchCombobox.tsx';
import { Snippet } from './Snippet.tsx';

const me = 'a0000000-0000-4000-8000-000000000001';
const gina = { id: 'a0000000-0000-4000-8000-000000000002', name: 'Gina Guest' };
const hana = { id: me, name: 'Hana Host' };
const loft = { id: 'b0000000-0000-4000-8000-000000000001', title: 'Seaside Loft' };

function hit(type: SearchHit['type'], n: number, snippet: SnippetPart[]): SearchHit {
  return {
    type,
    conversation_id: `c0000000-0000-4000-8000-00000000000${n}`,
    message_id: type === 'message' ? `d0000000-0000-4000-8000-00000000000${n}` : null,
    seq: type === 'message' ? n : null,
    sender_id: type === 'message' ? (n % 2 ? gina.id : me) : null,
    property: loft,
    guest: gina,
    host: hana,
    snippet,
    created_at: '2026-11-25T10:00:00.000Z',
  };
}

const byName = hit('conversation', 1, [{ text: 'Gina', highlight: true }]);
const noisy = hit('message', 3, [
  { text: 'The street ', highlight: false },
  { text: 'noise', highlight: true },
  { text: ' kept us up', highlight: false },
]);
const mine = hit('message', 4, [
  { text: 'Sorry about the ', highlight: false },
  { text: 'noises', highlight: true },
]);

describe('Snippet', () => {
  it('marks the highlighted parts and nothing else', () => {
    const { container } = render(<Snippet parts={noisy.snippet} />);
    expect(container).toHaveTextContent('The street noise kept us up');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['noise']);
  });

  it('shows HTML in a message as the text it is', () => {
    const parts: SnippetPart[] = [
      { text: '<img src=x onerror="alert(1)"> is ', highlight: false },
      { text: '<b>loud</b>', highlight: true },
      { text: ' &amp; more', highlight: false },
    ];
    const { container } = render(<Snippet parts={parts} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> is <b>loud</b> &amp; more');
    expect(container.querySelector('mark')?.textContent).toBe('<b>loud</b>');
  });
});

describe('highlightTerms', () => {
  it("takes the server's marks of the field that reads as the text", () => {
    const snippet: SnippetPart[] = [
      { text: 'Gina', highlight: true },
      { text: ' Guest', highlight: false },
      { text: ' · ', highlight: false },
      { text: 'Seaside Loft', highlight: true },
    ];
    expect(highlightTerms('Gina Guest', snippet)).toEqual(snippet.slice(0, 2));
    expect(highlightTerms('Seaside Loft', snippet)).toEqual([
      { text: 'Seaside Loft', highlight: true },
    ]);
    // A field that did not match: its words marked where they occur.
    expect(highlightTerms('Loft by the sea', snippet.slice(3))).toEqual([
      { text: 'Loft', highlight: true },
      { text: ' by the sea', highlight: false },
    ]);
  });

  it('marks the words the server highlighted wherever they occur, in any case', () => {
    expect(highlightTerms('Gina Guest', [{ text: 'gina', highlight: true }])).toEqual([
      { text: 'Gina', highlight: true },
      { text: ' Guest', highlight: false },
    ]);
    expect(
      highlightTerms('Loft (sea) loft', [
        { text: 'Loft', highlight: true },
        { text: 'Seaside Loft', highlight: false },
      ]),
    ).toEqual([
      { text: 'Loft', highlight: true },
      { text: ' (sea) ', highlight: false },
      { text: 'loft', highlight: true },
    ]);
    // Words are matched literally, never as patterns.
    expect(highlightTerms('a.b axb', [{ text: 'a.b', highlight: true }])).toEqual([
      { text: 'a.b', highlight: true },
      { text: ' axb', highlight: false },
    ]);
    expect(highlightTerms('Pine Cabin', [{ text: 'Pine Cabin', highlight: false }])).toEqual([
      { text: 'Pine Cabin', highlight: false },
    ]);
  });
});

describe('where a hit leads', () => {
  it('opens the thread at the message, or the thread of a conversation hit', () => {
    expect(hitHref(noisy, '/host/messages')).toBe(
      `/host/messages/${noisy.conversation_id}?message=${noisy.message_id}`,
    );
    expect(hitHref(byName, '/messages')).toBe(`/messages/${byName.conversation_id}`);
  });

  it('finds the messenger it is in from the location', () => {
    expect(messagesBase('/host/messages/abc', 'abc')).toBe('/host/messages');
    expect(messagesBase('/host/messages/', undefined)).toBe('/host/messages');
    expect(messagesBase('/messages', undefined)).toBe('/messages');
    expect(messagesBase('/messages/abc/', 'abc')).toBe('/messages');
  });
});

type Overrides = Partial<
  Omit<SearchComboboxProps, 'text' | 'onTextChange' | 'open' | 'onOpenChange'>
>;

/** `label`: the search box's name, in the language shown. */
function setup(overrides: Overrides = {}, label = 'Search conversations') {
  const chosen: SearchHit[] = [];
  const calls = { more: 0, submit: 0, retry: 0 };
  function Harness() {
    const [text, setText] = useState('');
    const [open, setOpen] = useState(false);
    return (
      <SearchCombobox
        text={text}
        onTextChange={setText}
        onSubmit={() => (calls.submit += 1)}
        open={open}
        onOpenChange={setOpen}
        query={text.trim()}
        hits={[byName, noisy, mine]}
        me={me}
        status="done"
        busy={false}
        hasMore={false}
        loadingMore={false}
        onMore={() => (calls.more += 1)}
        onRetry={() => (calls.retry += 1)}
        onChoose={(h) => chosen.push(h)}
        now={new Date('2026-11-25T10:05:00.000Z')}
        {...overrides}
      />
    );
  }
  render(<Harness />);
  return {
    chosen,
    calls,
    user: userEvent.setup(),
    box: screen.getByRole('combobox', { name: label }),
  };
}

const selected = () => screen.getByRole('option', { selected: true });

describe('SearchCombobox', () => {
  it('lists conversations, then messages, each with the person, the place, when and the snippet', async () => {
    const { box, user } = setup();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'noise');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const groups = within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole(
      'group',
    );
    expect(
      groups.map((g) => g.getAttribute('aria-labelledby') && g.firstChild?.textContent),
    ).toEqual(['Conversations', 'Messages']);
    const [conversation, theirs, ours] = screen.getAllByRole('option');
    expect(conversation).toHaveTextContent('Gina Guest');
    expect(conversation).toHaveTextContent('Seaside Loft');
    expect(conversation!.querySelector('mark')).toHaveTextContent('Gina');
    expect(theirs).toHaveTextContent('Gina Guest5mSeaside LoftThe street noise kept us up');
    expect(theirs!.querySelector('time')).toHaveAttribute('datetime', noisy.created_at);
    expect(theirs!.querySelector('mark')).toHaveTextContent(/^noise$/);
    expect(ours).toHaveTextContent('You: Sorry about the noises');
  });

  it('moves with ↑/↓ (wrapping), opens the active hit with Enter, closes with Escape', async () => {
    const { box, user, chosen } = setup({ hasMore: true });
    await user.type(box, 'noise');
    expect(screen.queryByRole('option', { selected: true })).toBeNull();
    expect(box).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(selected()).toHaveTextContent('Gina Guest');
    expect(box).toHaveAttribute('aria-activedescendant', selected().id);
    expect(box).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(selected()).toHaveTextContent('More results');
    await user.keyboard('{ArrowDown}');
    expect(selected()).toHaveTextContent('Gina Guest');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(selected()).toHaveTextContent('Sorry about the noises');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(chosen).toEqual([noisy]);

    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box).toHaveValue('noise');
    // Closed, Escape clears; a key down opens the list again at the first hit.
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(selected()).toHaveTextContent('Gina Guest');
    await user.keyboard('{Escape}{Escape}');
    expect(box).toHaveValue('');
  });

  it('searches at once on Enter when no hit is active, and pages with "More results"', async () => {
    const { box, user, calls, chosen } = setup({ hasMore: true });
    await user.type(box, 'noise{Enter}');
    expect(calls.submit).toBe(1);
    expect(chosen).toEqual([]);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(calls.more).toBe(1);
    await user.click(screen.getByRole('option', { name: /More results/ }));
    expect(calls.more).toBe(2);
    await user.click(screen.getByRole('option', { name: /Sorry about/ }));
    expect(chosen).toEqual([mine]);
  });

  it('carries on at the first new hit once "More results" brought the next page', async () => {
    const chosen: SearchHit[] = [];
    // The next page arrives when the test says so.
    let arrive = () => {};
    function Paging() {
      const [text, setText] = useState('');
      const [open, setOpen] = useState(false);
      const [page, setPage] = useState<'one' | 'loading' | 'two'>('one');
      return (
        <SearchCombobox
          text={text}
          onTextChange={setText}
          onSubmit={() => {}}
          open={open}
          onOpenChange={setOpen}
          query={text}
          hits={page === 'two' ? [byName, noisy, mine] : [byName, noisy]}
          me={me}
          status="done"
          busy={page === 'loading'}
          hasMore={page !== 'two'}
          loadingMore={page === 'loading'}
          onMore={() => {
            setPage('loading');
            arrive = () => setPage('two');
          }}
          onRetry={() => {}}
          onChoose={(h) => chosen.push(h)}
        />
      );
    }
    render(<Paging />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox'), 'noise{ArrowUp}');
    expect(selected()).toHaveTextContent('More results');
    await user.keyboard('{Enter}');
    expect(selected()).toHaveTextContent('Loading more…');
    expect(selected()).toHaveAttribute('aria-disabled', 'true');
    act(() => arrive());
    expect(selected()).toHaveTextContent('Sorry about the noises');
    expect(screen.queryByRole('option', { name: /More results/ })).toBeNull();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(chosen).toEqual([noisy]);
  });

  it('says when it is searching, when nothing matched, and when it failed', async () => {
    const { box, user } = setup({ hits: [], status: 'searching', busy: true });
    await user.type(box, 'pool');
    expect(screen.getByText('Searching…')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Searching');
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-busy', 'true');
  });

  it('says "No results for" the words, as text', async () => {
    const { box, user } = setup({ hits: [] });
    await user.type(box, '<i>pool</i>');
    const note = screen.getByText(/^No results for “/);
    expect(note).toHaveTextContent('No results for “<i>pool</i>”');
    expect(note.querySelector('i')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('No results for <i>pool</i>');
  });

  it('offers to try again after a failure', async () => {
    const { box, user, calls } = setup({ hits: [], status: 'error' });
    await user.type(box, 'pool');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(calls.retry).toBe(1);
    expect(box).toHaveFocus();
  });

  it('narrows to the open conversation when asked', async () => {
    const scopes: string[] = [];
    const { box, user } = setup({ scope: { value: 'all', onChange: (s) => scopes.push(s) } });
    await user.type(box, 'noise');
    const all = screen.getByRole('radio', { name: 'All conversations' });
    expect(all).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByRole('radio', { name: 'This conversation' }));
    expect(scopes).toEqual(['conversation']);
    expect(box).toHaveFocus();
  });
});

describe('SearchCombobox in another language', () => {
  afterEach(async () => {
    await showIn('en');
  });

  it('speaks Spanish: the box, the groups, "you", the count and "no results"', async () => {
    await showIn('es');
    const { box, user } = setup({ hasMore: true }, 'Buscar conversaciones');
    expect(box).toHaveAttribute('placeholder', 'Busca nombres, lugares, mensajes');
    await user.type(box, 'noise');
    const list = screen.getByRole('listbox', { name: 'Resultados de búsqueda' });
    expect(
      within(list)
        .getAllByRole('group')
        .map((g) => g.firstChild?.textContent),
    ).toEqual(['Conversaciones', 'Mensajes']);
    expect(screen.getByRole('option', { name: /Sorry about/ })).toHaveTextContent(
      'Tú: Sorry about the noises',
    );
    expect(screen.getByRole('option', { name: 'Más resultados' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('3 o más resultados');
  });

  it('says "no results" in German quotes, the words as text', async () => {
    await showIn('de');
    const { box, user } = setup({ hits: [] }, 'Unterhaltungen durchsuchen');
    await user.type(box, '<i>pool</i>');
    const note = screen.getByText(/^Keine Ergebnisse für „/);
    expect(note).toHaveTextContent('Keine Ergebnisse für „<i>pool</i>“');
    expect(note.querySelector('i')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Keine Ergebnisse für <i>pool</i>');
  });
});
