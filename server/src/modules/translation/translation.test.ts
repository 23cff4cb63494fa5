import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStayConversation, buildUser } from '../../../test/factories.ts';
import {
  api,
  createTestApp,
  drainJobs,
  type TestApp,
  type TestUser,
} from '../../../test/harness.ts';
import { connect, listen } from '../../../test/realtime.ts';
import { startTranslationService } from '../../../test/translation-service.ts';
import { queryRows } from '../../platform/db/connect.ts';
import { TRANSLATE_JOB } from './translation.handlers.ts';

// Sentences the stand-in knows in every language, which the detector tells apart.
const EARLY_DE = 'Ist ein früher Check-in möglich?';
const EARLY_PT = 'É possível fazer o check-in mais cedo?';
const EARLY_EN = 'Is early check-in possible?';
const PARK_PT = 'Onde posso estacionar o carro?';
const PARK_DE = 'Wo kann ich das Auto parken?';

type Service = Awaited<ReturnType<typeof startTranslationService>>;

async function send(t: TestApp, as: TestUser, conversationId: string, message: string) {
  const res = await api(t.app).post(
    '/api/messaging/messages/send/',
    { conversation_id: conversationId, message },
    as,
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.data;
}

const thread = async (t: TestApp, as: TestUser, conversationId: string) =>
  (await api(t.app).get(`/api/messaging/conversations/${conversationId}/`, as)).data;

const messageIn = async (t: TestApp, as: TestUser, conversationId: string, id: string) =>
  (await thread(t, as, conversationId)).messages.find((m: { id: string }) => m.id === id);

async function setLanguage(t: TestApp, user: TestUser, body: object) {
  const res = await api(t.app).call('PATCH', '/api/auth/me/', { body, as: user });
  expect(res.statusCode, res.body).toBe(200);
  return res.data;
}

/** A guest writing to a host about a stay, each with their profile's locale if given. */
async function pair(t: TestApp, locales: { guest?: string; host?: string } = {}) {
  const { host, guest, conversationId } = await buildStayConversation(t.app);
  if (locales.host) await setLanguage(t, host, { locale: locales.host });
  if (locales.guest) await setLanguage(t, guest, { locale: locales.guest });
  return { host, guest, conversationId };
}

async function translationJobs(t: TestApp) {
  return queryRows<{ state: string; last_error: string | null; idempotency_key: string }>(
    t.database.db,
    sql`select state, last_error, idempotency_key from jobs where kind = ${TRANSLATE_JOB}
        order by created_at`,
  );
}

describe('translation through LibreTranslate', () => {
  let t: TestApp;
  let service: Service;
  beforeAll(async () => {
    service = await startTranslationService({ libreApiKey: 'libre-key' });
    t = await createTestApp({ TRANSLATE_URL: `${service.url}/`, TRANSLATE_API_KEY: 'libre-key' });
  });
  afterAll(async () => {
    await t?.close();
    await service?.close();
  });

  it('shows each side the other’s messages in their own language, live and in the thread', async () => {
    const { host, guest, conversationId } = await pair(t, { guest: 'de', host: 'pt' });
    const url = await listen(t.app);
    const hostSocket = await connect(url, host.token);
    const guestSocket = await connect(url, guest.token);
    try {
      const before = service.received.length;
      const sent = await send(t, guest, conversationId, EARLY_DE);
      // Detected in the send; translated after it, never in it.
      expect(sent).toMatchObject({ language: 'de', translation: null });
      expect(service.received.length).toBe(before);

      await drainJobs(t);
      const translation = { language: 'pt', text: EARLY_PT, provider: 'libretranslate' };
      const live = await hostSocket.next('message.translated', (e) => e.message_id === sent.id);
      expect(live).toMatchObject({ conversation_id: conversationId, translation });
      expect(await messageIn(t, host, conversationId, sent.id)).toMatchObject({
        message: EARLY_DE,
        language: 'de',
        translation,
      });
      // Its sender reads what they wrote.
      expect(await messageIn(t, guest, conversationId, sent.id)).toMatchObject({
        message: EARLY_DE,
        translation: null,
      });
      expect(guestSocket.events.some((e) => e.name === 'message.translated')).toBe(false);

      // Too short to detect: the host's own language (pt) stands in for it.
      const reply = await send(t, host, conversationId, PARK_PT);
      expect(reply.language).toBeNull();
      await drainJobs(t);
      const back = await guestSocket.next('message.translated', (e) => e.message_id === reply.id);
      expect(back.translation).toEqual({
        language: 'de',
        text: PARK_DE,
        provider: 'libretranslate',
      });

      expect(service.violations).toEqual([]);
      expect(service.received.slice(before).map((r) => r.body)).toEqual([
        { q: EARLY_DE, source: 'de', target: 'pt', format: 'text', api_key: 'libre-key' },
        { q: PARK_PT, source: 'pt', target: 'de', format: 'text', api_key: 'libre-key' },
      ]);

      // A client catching up gets the translation from sync too.
      const synced = (await api(t.app).get('/api/messaging/sync/?since=0', host)).data;
      expect(synced.events).toContainEqual(
        expect.objectContaining({ type: 'message.translated', message_id: sent.id, translation }),
      );
    } finally {
      hostSocket.close();
      guestSocket.close();
    }
  });

  it('translates a message once: asking again reads the cached translation', async () => {
    const { host, guest, conversationId } = await pair(t, { guest: 'de', host: 'pt' });
    const sent = await send(t, guest, conversationId, EARLY_DE);
    await drainJobs(t);
    const calls = service.received.length;
    const asked = await api(t.app).post(`/api/messaging/messages/${sent.id}/translate/`, {}, host);
    expect(asked.statusCode).toBe(202);
    expect(asked.data).toEqual({ status: 'accepted' });
    await drainJobs(t);
    await thread(t, host, conversationId);
    expect(service.received.length).toBe(calls);
    expect((await messageIn(t, host, conversationId, sent.id)).translation.text).toBe(EARLY_PT);
  });

  it('translates nothing between readers of one language, nor for a reader of unknown language', async () => {
    const same = await pair(t, { guest: 'pt', host: 'pt' });
    const calls = service.received.length;
    await send(t, same.guest, same.conversationId, EARLY_PT);
    // The host chose no language: the property's (en-US) is theirs, so English is not translated.
    const unknown = await pair(t);
    await send(t, unknown.guest, unknown.conversationId, EARLY_EN);
    await drainJobs(t);
    expect(service.received.length).toBe(calls);
    const row = (await thread(t, unknown.host, unknown.conversationId)).messages.at(-1);
    expect(row).toMatchObject({ message: EARLY_EN, language: 'en', translation: null });
  });

  it('an edit is translated anew; an unsent message loses its translation', async () => {
    const { host, guest, conversationId } = await pair(t, { guest: 'de', host: 'pt' });
    const sent = await send(t, guest, conversationId, EARLY_DE);
    await drainJobs(t);
    const edited = await api(t.app).call('PATCH', `/api/messaging/messages/${sent.id}/`, {
      body: { message: PARK_DE },
      as: guest,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.data).toMatchObject({ message: PARK_DE, language: 'de' });
    // Until the new one is made, the host reads the edit as written, not the old translation.
    expect(await messageIn(t, host, conversationId, sent.id)).toMatchObject({
      message: PARK_DE,
      translation: null,
    });
    await drainJobs(t);
    expect((await messageIn(t, host, conversationId, sent.id)).translation).toMatchObject({
      text: PARK_PT,
    });

    const unsent = await api(t.app).call('DELETE', `/api/messaging/messages/${sent.id}/`, {
      as: guest,
    });
    expect(unsent.statusCode, unsent.body).toBe(200);
    await drainJobs(t);
    expect(await messageIn(t, host, conversationId, sent.id)).toMatchObject({
      message: '',
      translation: null,
    });
    const kept = await queryRows(
      t.database.db,
      sql`select 1 from message_translations where message_id = ${sent.id}`,
    );
    expect(kept).toEqual([]);
  });

  it('learns the language of someone who chose none from what they write', async () => {
    const { host, guest, conversationId } = await pair(t, { host: 'pt' });
    expect((await api(t.app).get('/api/auth/me/', guest)).data.language).toBeNull();
    const sent = await send(t, guest, conversationId, EARLY_DE);
    await drainJobs(t);
    expect((await api(t.app).get('/api/auth/me/', guest)).data).toMatchObject({
      locale: null,
      language: 'de',
    });
    expect((await messageIn(t, host, conversationId, sent.id)).translation.text).toBe(EARLY_PT);
    // The host's Portuguese reply reaches the guest in German.
    const reply = await send(t, host, conversationId, PARK_PT);
    await drainJobs(t);
    expect((await messageIn(t, guest, conversationId, reply.id)).translation.text).toBe(PARK_DE);
  });

  it('asks only for messages the caller received', async () => {
    const { host, guest, conversationId } = await pair(t, { guest: 'de', host: 'pt' });
    const sent = await send(t, guest, conversationId, EARLY_DE);
    const stranger = await buildUser(t.app, 'Sam Stranger');
    for (const who of [guest, stranger]) {
      const res = await api(t.app).post(`/api/messaging/messages/${sent.id}/translate/`, {}, who);
      expect(res.statusCode).toBe(404);
      expect(res.data.error.code).toBe('not_found');
    }
    const unknown = await api(t.app).post(
      '/api/messaging/messages/00000000-0000-4000-8000-000000000000/translate/',
      {},
      host,
    );
    expect(unknown.statusCode).toBe(404);
    expect((await api(t.app).get('/api/messaging/translation/', host)).data).toEqual({
      enabled: true,
      provider: 'libretranslate',
      languages: ['en', 'pt', 'es', 'fr', 'de'],
    });
  });
});

describe('translation through DeepL', () => {
  let t: TestApp;
  let service: Service;
  beforeAll(async () => {
    service = await startTranslationService({ deeplKey: 'deepl-key:fx' });
    t = await createTestApp({ DEEPL_API_KEY: 'deepl-key:fx', DEEPL_URL: service.url });
  });
  afterAll(async () => {
    await t?.close();
    await service?.close();
  });

  it('leaves a message readable as written while the provider is down, and translates it once it is back', async () => {
    const { host, guest, conversationId } = await pair(t, { guest: 'de', host: 'pt-BR' });
    service.queue(503, { message: 'Service temporarily unavailable' });
    const sent = await send(t, guest, conversationId, EARLY_DE);
    // A clock that stands still, so the retry (full jitter: possibly due within milliseconds)
    // waits instead of running in the same drain.
    const frozen = new Date();
    await drainJobs(t, { now: () => frozen });
    expect(await messageIn(t, host, conversationId, sent.id)).toMatchObject({
      message: EARLY_DE,
      translation: null,
    });
    const [failed] = await translationJobs(t);
    expect(failed).toMatchObject({ state: 'pending' });
    expect(failed!.last_error).toContain('503');

    // The retry, due now.
    await t.database.db.execute(
      sql`update jobs set run_at = now() where kind = ${TRANSLATE_JOB} and state = 'pending'`,
    );
    await drainJobs(t);
    expect((await messageIn(t, host, conversationId, sent.id)).translation).toEqual({
      language: 'pt',
      text: EARLY_PT,
      provider: 'deepl',
    });
    expect(service.violations).toEqual([]);
    const calls = service.received.filter((r) => r.api === 'deepl');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({
      path: '/v2/translate',
      authorization: 'DeepL-Auth-Key deepl-key:fx',
      body: { text: [EARLY_DE], source_lang: 'DE', target_lang: 'PT-BR' },
    });
  });

  it('gives up on a text the provider refuses, and the message stays as written', async () => {
    const { host, guest, conversationId } = await pair(t, { guest: 'de', host: 'pt' });
    service.queue(400, { message: 'Value for target_lang not supported.' });
    const sent = await send(t, guest, conversationId, PARK_DE);
    await drainJobs(t);
    const jobs = await translationJobs(t);
    expect(jobs.find((j) => j.idempotency_key === sent.id)).toMatchObject({ state: 'failed' });
    expect(await messageIn(t, host, conversationId, sent.id)).toMatchObject({
      message: PARK_DE,
      translation: null,
    });
  });
});

describe('without a translation service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('says so, makes no jobs, and refuses to translate', async () => {
    const { host, guest, conversationId } = await pair(t, { guest: 'de', host: 'pt' });
    expect((await api(t.app).get('/api/messaging/translation/', host)).data).toEqual({
      enabled: false,
      provider: null,
      languages: ['en', 'pt', 'es', 'fr', 'de'],
    });
    const sent = await send(t, guest, conversationId, EARLY_DE);
    expect(sent).toMatchObject({ language: 'de', translation: null });
    expect(await translationJobs(t)).toEqual([]);
    const res = await api(t.app).post(`/api/messaging/messages/${sent.id}/translate/`, {}, host);
    expect(res.statusCode).toBe(409);
    expect(res.data.error.code).toBe('conflict');
  });

  it('reads and sets a user’s language through their locale', async () => {
    const user = await buildUser(t.app, 'Lia Locale');
    expect(await setLanguage(t, user, { locale: 'pt-BR' })).toMatchObject({
      locale: 'pt-BR',
      language: 'pt',
    });
    // The same language keeps the region; another replaces the locale.
    expect(await setLanguage(t, user, { language: 'pt' })).toMatchObject({ locale: 'pt-BR' });
    expect(await setLanguage(t, user, { language: 'de' })).toMatchObject({
      locale: 'de',
      language: 'de',
    });
    expect(await setLanguage(t, user, { language: null })).toMatchObject({
      locale: null,
      language: null,
    });
    // A locale of a language the messenger does not speak reads no language.
    expect(await setLanguage(t, user, { locale: 'it-IT' })).toMatchObject({ language: null });

    const mismatch = await api(t.app).call('PATCH', '/api/auth/me/', {
      body: { locale: 'en-US', language: 'de' },
      as: user,
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.data.error.code).toBe('validation_failed');
    const unknown = await api(t.app).call('PATCH', '/api/auth/me/', {
      body: { language: 'xx' },
      as: user,
    });
    expect(unknown.statusCode).toBe(400);
  });
});
