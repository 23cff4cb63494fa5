import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProperty, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';
import { headlineParts, matchedTextParts } from './search.presenter.ts';
import { findHits } from './search.repo.ts';
import { textSearchFor } from './search.service.ts';
import { parseSearchTerms } from './search.terms.ts';

interface Hit {
  type: 'message' | 'conversation';
  conversation_id: string;
  message_id: string | null;
  seq: number | null;
  sender_id: string | null;
  property: { id: string; title: string };
  guest: { id: string; name: string };
  host: { id: string; name: string };
  snippet: { text: string; highlight: boolean }[];
  created_at: string;
}

const highlighted = (hit: Hit) =>
  hit.snippet
    .filter((p) => p.highlight)
    .map((p) => p.text)
    .join('|');
const plain = (hit: Hit) => hit.snippet.map((p) => p.text).join('');

describe('search', () => {
  let t: TestApp;
  let host: TestUser;
  let bart: TestUser;
  let greta: TestUser;
  let outsider: TestUser;
  let loft: { id: string };
  let haus: { id: string };
  let bartThread: string;
  let gretaThread: string;
  let outsiderThread: string;
  let outsiderProperty: { id: string };

  const search = async (query: string, as: TestUser = host) => {
    const res = await api(t.app).get(`/api/messaging/search/?${query}`, as);
    expect(res.statusCode, res.body).toBe(200);
    return res.data as Hit[];
  };
  const q = (text: string, extra = '') =>
    `q=${encodeURIComponent(text)}${extra ? `&${extra}` : ''}`;
  const send = async (as: TestUser, conversationId: string, message: string) => {
    const res = await api(t.app).post(
      '/api/messaging/messages/send/',
      { conversation_id: conversationId, message },
      as,
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.data as { id: string };
  };
  const start = async (as: TestUser, propertyId: string, message: string) => {
    const res = await api(t.app).post(
      '/api/messaging/conversations/create/',
      { property_id: propertyId, message },
      as,
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.data as { id: string; messages: { id: string }[] };
  };

  beforeAll(async () => {
    t = await createTestApp();
    host = await buildUser(t.app, 'Hana Host');
    bart = await buildUser(t.app, 'Bartholomew Quinn');
    greta = await buildUser(t.app, 'Greta Schmidt');
    outsider = await buildUser(t.app, 'Otto Outsider');
    const guestOfOutsider = await buildUser(t.app, 'Bartholomew Quinn');
    loft = await buildProperty(t.app, host, { title: 'Seaside Loft', locale: 'en-US' });
    haus = await buildProperty(t.app, host, { title: 'Bergblick Chalet', locale: 'de-DE' });
    outsiderProperty = await buildProperty(t.app, outsider, {
      title: 'Seaside Loft',
      locale: 'en-US',
    });

    bartThread = (await start(bart, loft.id, 'The noises from the street kept us awake')).id;
    await send(host, bartThread, 'Sorry! Is the quiet street behind the house better?');
    await send(bart, bartThread, 'The street was quiet, but the party next door was not');
    gretaThread = (await start(greta, haus.id, 'Die Häuser am See sind wunderschön')).id;
    await send(host, gretaThread, 'Danke! Der Schlüssel liegt unter der Matte.');
    outsiderThread = (
      await start(guestOfOutsider, outsiderProperty.id, 'So many noises at night, and a party')
    ).id;
  });
  afterAll(() => t.close());

  it('finds a word by its stem in an English property, newest first, with highlights', async () => {
    const hits = await search(q('noise'));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      type: 'message',
      conversation_id: bartThread,
      seq: 1,
      sender_id: bart.id,
      property: { id: loft.id, title: 'Seaside Loft' },
      guest: { id: bart.id, name: 'Bartholomew Quinn' },
      host: { id: host.id, name: 'Hana Host' },
    });
    expect(plain(hits[0]!)).toBe('The noises from the street kept us awake');
    expect(highlighted(hits[0]!)).toBe('noises');

    const street = await search(q('streets'));
    expect(street.map((h) => h.seq)).toEqual([3, 2, 1]);
    const times = street.map((h) => h.created_at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('stems German in a German property: "Haus" finds "Häuser"', async () => {
    const hits = await search(q('Haus'));
    const messages = hits.filter((h) => h.type === 'message');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ conversation_id: gretaThread, seq: 1 });
    expect(highlighted(messages[0]!)).toBe('Häuser');
    // The guest finds it too: their thread's property is German.
    const asGuest = await search(q('Haus'), greta);
    expect(asGuest.map((h) => h.message_id)).toEqual([messages[0]!.message_id]);
  });

  it('reads web search syntax: a quoted phrase, an excluded word, or', async () => {
    const phrase = await search(q('"quiet street"'));
    expect(phrase.map((h) => h.seq)).toEqual([2]);
    expect(highlighted(phrase[0]!)).toBe('quiet street');

    const quietNotParty = await search(q('quiet -party'));
    expect(quietNotParty.map((h) => h.seq)).toEqual([2]);
    // Excluded by its stem: "parties" leaves out "party".
    expect((await search(q('street -parties'))).map((h) => h.seq)).toEqual([2, 1]);

    const either = await search(q('awake or Schlüssel'));
    expect(either.map((h) => [h.conversation_id, h.seq])).toEqual([
      [gretaThread, 2],
      [bartThread, 1],
    ]);
  });

  it('matches the last word as a prefix while it is typed', async () => {
    expect((await search(q('nois'))).map((h) => h.seq)).toEqual([1]);
    expect((await search(q('street aw'))).map((h) => h.seq)).toEqual([]);
    expect((await search(q('street awa'))).map((h) => h.seq)).toEqual([1]);
    // A quoted or excluded last word is a whole word.
    expect(await search(q('"noi"'))).toEqual([]);
    const excluded = await search(q('-noises', `conversation_id=${bartThread}`));
    expect(excluded.map((h) => h.seq)).toEqual([3, 2]);
  });

  it("finds conversations by the other person's name, misspelt too, and by title", async () => {
    const typo = await search(q('Bartolomew'));
    expect(typo).toHaveLength(1);
    expect(typo[0]).toMatchObject({
      type: 'conversation',
      conversation_id: bartThread,
      message_id: null,
      seq: null,
      sender_id: null,
    });
    expect(typo[0]!.snippet).toEqual([{ text: 'Bartholomew Quinn', highlight: true }]);

    const title = await search(q('loft'));
    expect(title.map((h) => [h.type, h.conversation_id])).toEqual([['conversation', bartThread]]);
    expect(title[0]!.snippet).toEqual([
      { text: 'Seaside ', highlight: false },
      { text: 'Loft', highlight: true },
    ]);

    // Every word must be found, in the name or the title.
    const both = await search(q('greta chalet'));
    expect(both.map((h) => h.conversation_id)).toEqual([gretaThread]);
    expect(both[0]!.snippet.map((p) => [p.text, p.highlight])).toEqual([
      ['Greta', true],
      [' Schmidt', false],
      [' · ', false],
      ['Bergblick ', false],
      ['Chalet', true],
    ]);
    expect(await search(q('greta loft'))).toEqual([]);

    // A guest finds the host by name, not themselves.
    expect((await search(q('Hana'), bart)).map((h) => h.type)).toEqual(['conversation']);
    expect(await search(q('Bartholomew'), bart)).toEqual([]);
  });

  it("never finds another user's conversations, even when named", async () => {
    const own = await search(q('noise'), outsider);
    expect(own.map((h) => h.conversation_id)).toEqual([outsiderThread]);
    expect((await search(q('Bartholomew'), outsider)).map((h) => h.conversation_id)).toEqual([
      outsiderThread,
    ]);
    expect(await search(q('noise', `conversation_id=${bartThread}`), outsider)).toEqual([]);
    expect(await search(q('loft', `property_id=${loft.id}`), outsider)).toEqual([]);
    expect(await search(q('Haus'), outsider)).toEqual([]);
    const stranger = await buildUser(t.app, 'Sam Stranger');
    expect(await search(q('noise'), stranger)).toEqual([]);
    expect(await search(q('Seaside'), stranger)).toEqual([]);
  });

  it('narrows to a property or a conversation', async () => {
    const byProperty = await search(q('street', `property_id=${haus.id}`));
    expect(byProperty).toEqual([]);
    const inThread = await search(q('quiet', `conversation_id=${bartThread}`));
    expect(inThread.map((h) => h.seq)).toEqual([3, 2]);
    const elsewhere = await search(q('quiet', `conversation_id=${gretaThread}`));
    expect(elsewhere).toEqual([]);
  });

  it('leaves unsent messages out', async () => {
    const sent = await send(bart, bartThread, 'Please send the invoice for the saxophone');
    expect((await search(q('saxophone'))).map((h) => h.message_id)).toEqual([sent.id]);
    await t.database.db.execute(
      sql`update messages set message = '', unsent_at = now() where id = ${sent.id}`,
    );
    expect(await search(q('saxophone'))).toEqual([]);
  });

  it('pages newest first with a Link header, without gaps or repeats', async () => {
    const guest = await buildUser(t.app, 'Paula Pager');
    const thread = await start(guest, loft.id, 'towel question 1');
    const ids = [thread.messages[0]!.id];
    for (let i = 2; i <= 5; i++) ids.push((await send(guest, thread.id, `towel question ${i}`)).id);
    // Two at the same instant, so the page boundary must fall between equal times.
    const at = ['2026-01-03', '2026-01-01', '2026-01-01', '2026-01-04', '2026-01-05'];
    for (const [i, id] of ids.entries()) {
      await t.database.db.execute(
        sql`update messages set created_at = ${`${at[i]}T00:00:00Z`}::timestamptz where id = ${id}`,
      );
    }
    const whole = await search(q('towels', 'limit=50'), guest);
    expect(whole).toHaveLength(5);
    const expected = whole.map((h) => h.message_id);
    expect(expected.slice(0, 3)).toEqual([ids[4], ids[3], ids[0]]);
    expect(expected.slice(3).sort()).toEqual([ids[1], ids[2]].sort());

    const walked: (string | null)[] = [];
    let url: string | undefined = `/api/messaging/search/?${q('towels', 'limit=2')}`;
    let pages = 0;
    while (url) {
      const page = await api(t.app).get(url, guest);
      expect(page.statusCode).toBe(200);
      expect(page.data.length).toBeLessThanOrEqual(2);
      walked.push(...(page.data as Hit[]).map((h) => h.message_id));
      const link = page.headers.link as string | undefined;
      url = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : undefined;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(walked).toEqual(expected);
  });

  it('finds the same through the GIN index as by reading the messages', async () => {
    const scope = { userId: host.id };
    const texts = ['noise', 'quiet -party', '"quiet street"', 'Haus', 'nois', 'streets -party'];
    for (const text of [...texts, 'awake or Schlüssel', 'street -parties', 'loft', '-noises']) {
      const search = await textSearchFor(t.database.db, scope, text);
      expect(search.useIndex, text).toBe(false);
      expect(search.configs).toEqual(['english', 'german']);
      const page = { limit: 50 };
      const read = await findHits(t.database.db, search, scope, page);
      const indexed = await findHits(t.database.db, { ...search, useIndex: true }, scope, page);
      expect(indexed, text).toEqual(read);
    }
  });

  it('refuses bad input with 400 and no token with 401', async () => {
    const bad = async (query: string) => {
      const res = await api(t.app).get(`/api/messaging/search/?${query}`, host);
      expect(res.statusCode, query).toBe(400);
      expect(res.data.error.code).toBe('validation_failed');
    };
    await bad('');
    await bad('q=');
    await bad('q=%20%20');
    await bad(q('x'.repeat(201)));
    await bad(q('noise', 'limit=0'));
    await bad(q('noise', 'limit=51'));
    await bad(q('noise', 'conversation_id=nope'));
    await bad(q('noise', 'cursor=not-a-cursor'));
    const unauthenticated = await api(t.app).get(`/api/messaging/search/?${q('noise')}`);
    expect(unauthenticated.statusCode).toBe(401);
  });

  it('answers odd text without error: only stop words, symbols, quotes', async () => {
    for (const text of [
      'the',
      '%',
      '"',
      '-',
      '- - -',
      'or',
      '"" or ""',
      "'",
      ':*',
      '!(&|)',
      '\\',
    ]) {
      const res = await api(t.app).get(`/api/messaging/search/?${q(text)}`, host);
      expect(res.statusCode, text).toBe(200);
      expect(res.data, text).toEqual([]);
    }
  });

  it('answers any text with hits or a 400, never an error of its own', async () => {
    const pieces = [
      'noise',
      'nois',
      'Häuser',
      'or',
      'OR',
      '-',
      '"',
      "'",
      ':',
      '*',
      ':*',
      '&',
      '|',
      '!',
      '(',
      ')',
      '<->',
      '\\',
      '%',
      '_',
      ' ',
      '  ',
      'İ',
      'ß',
      '😀',
      '\uE000',
      '\uE001',
      'a',
      '3',
      'loft',
      'Margret',
      ',',
      '.',
      '@',
      '#',
      '<',
      '>',
      'ﬁ',
      '\u0301',
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), async (parts) => {
        for (const path of ['search', 'conversations']) {
          const res = await api(t.app).get(`/api/messaging/${path}/?${q(parts.join(''))}`, host);
          expect([200, 400], `${path}: ${JSON.stringify(parts)}: ${res.body}`).toContain(
            res.statusCode,
          );
          if (res.statusCode === 400) expect(res.data.error.code).toBe('validation_failed');
        }
      }),
      { numRuns: 60, seed: 20261216 },
    );
  });

  it("gives the conversation list's q the same engine", async () => {
    const list = async (text: string, as: TestUser = host) => {
      const res = await api(t.app).get(`/api/messaging/conversations/?${q(text)}`, as);
      expect(res.statusCode).toBe(200);
      return (res.data as { id: string }[]).map((c) => c.id);
    };
    expect(await list('noise')).toEqual([bartThread]);
    expect(await list('nois')).toEqual([bartThread]);
    expect(await list('Haus')).toEqual([gretaThread]);
    expect(await list('Bartolomew')).toEqual([bartThread]);
    expect(await list('Chalet')).toEqual([gretaThread]);
    expect(await list('quiet -party')).toEqual([bartThread]);
    expect(await list('noise', outsider)).toEqual([outsiderThread]);
    expect(await list('Haus', outsider)).toEqual([]);
  });
});

describe('search terms and snippets', () => {
  it('matches a plain last word as a prefix, and nothing quoted, excluded or after or', () => {
    expect(parseSearchTerms('quiet nois').prefix).toEqual({ head: 'quiet', word: 'nois' });
    expect(parseSearchTerms('Häus').prefix).toEqual({ head: '', word: 'Häus' });
    expect(parseSearchTerms('no').prefix).toBeNull();
    expect(parseSearchTerms('quiet -party').prefix).toBeNull();
    expect(parseSearchTerms('"quiet street"').prefix).toBeNull();
    expect(parseSearchTerms('"quiet street').prefix).toBeNull();
    expect(parseSearchTerms('wifi or park').prefix).toBeNull();
    expect(parseSearchTerms("it's").prefix).toBeNull();
  });

  it('reads name words by or group, leaving exclusions out', () => {
    expect(parseSearchTerms('Alice "Seaside Loft" -party or Bob').nameGroups).toEqual([
      ['Alice', 'Seaside', 'Loft'],
      ['Bob'],
    ]);
    expect(parseSearchTerms('-party').nameGroups).toEqual([]);
  });

  it('splits ts_headline marks into parts', () => {
    expect(headlineParts('a \uE000b\uE001, \uE000c\uE001\uE000d\uE001 e')).toEqual([
      { text: 'a ', highlight: false },
      { text: 'b', highlight: true },
      { text: ', ', highlight: false },
      { text: 'cd', highlight: true },
      { text: ' e', highlight: false },
    ]);
    // The words of a phrase, marked one by one, read as one.
    expect(headlineParts('the \uE000quiet\uE001 \uE000street\uE001 here')).toEqual([
      { text: 'the ', highlight: false },
      { text: 'quiet street', highlight: true },
      { text: ' here', highlight: false },
    ]);
    expect(headlineParts('')).toEqual([]);
    expect(headlineParts('\uE000open')).toEqual([{ text: 'open', highlight: true }]);
  });

  it('highlights the words found in a name, or all of it', () => {
    expect(matchedTextParts('Seaside Loft', ['loft', 'sea'])).toEqual([
      { text: 'Sea', highlight: true },
      { text: 'side ', highlight: false },
      { text: 'Loft', highlight: true },
    ]);
    expect(matchedTextParts('Margaret', ['Margret'])).toEqual([
      { text: 'Margaret', highlight: true },
    ]);
  });
});
