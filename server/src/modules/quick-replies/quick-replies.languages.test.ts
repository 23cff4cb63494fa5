import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStayConversation } from '../../../test/factories.ts';
import { api, createTestApp, type TestApp, type TestUser } from '../../../test/harness.ts';

// Without a translation service: a template's languages are the host's own texts.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const EN = 'Hi {guest_first_name}! Check-in is on {check_in_date} from {check_in_time}.';
const DE = 'Hallo {guest_first_name}! Check-in am {check_in_date} ab {check_in_time}.';
const PT = 'Olá {guest_first_name}! O check-in é a {check_in_date} a partir das {check_in_time}.';

const CHECK_IN = DateTime.utc().plus({ days: 20 }).toISODate();
const CHECK_OUT = DateTime.utc().plus({ days: 24 }).toISODate();
/** How `locale` writes the stay's check-in day (Luxon's medium date with the weekday). */
const dayIn = (locale: string) =>
  DateTime.fromISO(CHECK_IN, { locale })
    .toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY)
    .replace(/[\u202F\u00A0]/g, ' ');

async function setLocale(user: TestUser, locale: string) {
  const res = await api(t.app).call('PATCH', '/api/auth/me/', { body: { locale }, as: user });
  expect(res.statusCode, res.body).toBe(200);
}

/** A host's template in three languages and a stay of a guest, with its conversation. */
async function setUp(guestLocale?: string) {
  const { host, guest, reservation, conversationId } = await buildStayConversation(t.app, {
    property: { timezone: 'UTC' },
    reservation: { check_in: CHECK_IN, check_out: CHECK_OUT },
  });
  if (guestLocale) await setLocale(guest, guestLocale);
  const template = await api(t.app).post(
    '/api/messaging/quick-replies/create/',
    { title: 'Check-in', message: EN, translations: { de: DE, pt: PT } },
    host,
  );
  expect(template.statusCode, template.body).toBe(201);
  return { host, guest, reservation, conversationId, template: template.data };
}

async function sendTemplate(host: TestUser, conversationId: string, quickReplyId: string) {
  const res = await api(t.app).post(
    '/api/messaging/messages/send/',
    { conversation_id: conversationId, quick_reply_id: quickReplyId },
    host,
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.data.message as string;
}

describe('templates in several languages', () => {
  it('sends the guest the text in their profile’s language, with dates written in it', async () => {
    const { host, conversationId, template } = await setUp('de-DE');
    expect(template.translations).toEqual({ de: DE, pt: PT });
    const sent = await sendTemplate(host, conversationId, template.id);
    // The property writes en-US; the German text writes German dates.
    expect(sent).toBe(`Hallo Gina! Check-in am ${dayIn('de-DE')} ab 15:00.`);
    const preview = await api(t.app).get(
      `/api/messaging/quick-replies/${template.id}/preview/?conversation_id=${conversationId}`,
      host,
    );
    expect(preview.data.message).toBe(sent);
  });

  it('follows the language the guest writes in when their profile names none', async () => {
    const { host, guest, conversationId, template } = await setUp();
    const before = await sendTemplate(host, conversationId, template.id);
    expect(before).toBe(
      `Hi Gina! Check-in is on ${DateTime.fromISO(CHECK_IN).toFormat('ccc, LLL d, yyyy')} from 3:00 PM.`,
    );
    const wrote = await api(t.app).post(
      '/api/messaging/messages/send/',
      {
        conversation_id: conversationId,
        message: 'Olá, a que horas podemos fazer o check-in amanhã?',
      },
      guest,
    );
    expect(wrote.data.language).toBe('pt');
    const after = await sendTemplate(host, conversationId, template.id);
    expect(after).toBe(`Olá Gina! O check-in é a ${dayIn('pt')} a partir das 15:00.`);
  });

  it('falls back to the template’s own text for another language', async () => {
    const { host, conversationId, template } = await setUp('it-IT');
    expect(await sendTemplate(host, conversationId, template.id)).toMatch(
      /^Hi Gina! Check-in is on /,
    );
  });

  it('keeps, replaces and clears a template’s languages, and refuses a bad one', async () => {
    const { host, template } = await setUp();
    const path = `/api/messaging/quick-replies/${template.id}/`;
    const put = (body: object) => api(t.app).call('PUT', path, { as: host, body });
    const base = { title: 'Check-in', message: EN, category: 'check_in_instructions' };
    expect((await put(base)).data.translations).toEqual({ de: DE, pt: PT });
    expect((await put({ ...base, translations: { fr: 'Bonjour !' } })).data.translations).toEqual({
      fr: 'Bonjour !',
    });
    expect((await put({ ...base, translations: {} })).data.translations).toEqual({});
    for (const translations of [{ it: 'Ciao!' }, { de: '   ' }, { de: 'x'.repeat(5001) }]) {
      const res = await put({ ...base, translations });
      expect(res.statusCode, JSON.stringify(translations)).toBe(400);
      expect(res.data.error.code).toBe('validation_failed');
    }
  });
});

describe('automations in several languages', () => {
  it('send the guest’s language of their own text, and refuse languages beside a template', async () => {
    const { host, guest, reservation, template } = await setUp('pt-PT');
    const created = await api(t.app).post(
      '/api/messaging/automations/',
      {
        name: 'Thanks',
        message: 'Thanks for booking, {guest_first_name}!',
        translations: { pt: 'Obrigado pela reserva, {guest_first_name}!' },
        trigger: 'before_check_in',
        offset_minutes: 60,
      },
      host,
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.data.translations).toEqual({ pt: 'Obrigado pela reserva, {guest_first_name}!' });
    expect(
      (await api(t.app).post(`/api/reservations/${reservation.id}/confirm/`, {}, host)).statusCode,
    ).toBe(200);
    const planned = (
      await api(t.app).get(`/api/reservations/${reservation.id}/scheduled-messages/`, host)
    ).data.find((m: { automation: { name: string } | null }) => m.automation?.name === 'Thanks');
    // What it will say is the guest's language already.
    expect(planned.message).toBe('Obrigado pela reserva, Gina!');
    const sent = await api(t.app).post(
      `/api/messaging/scheduled-messages/${planned.id}/send-now/`,
      {},
      host,
    );
    expect(sent.statusCode, sent.body).toBe(200);
    const threads = (await api(t.app).get('/api/messaging/conversations/', guest)).data;
    const thread = threads.find(
      (c: { reservation_id: string }) => c.reservation_id === reservation.id,
    );
    expect(thread.last_message.message).toBe('Obrigado pela reserva, Gina!');

    const refused = await api(t.app).post(
      '/api/messaging/automations/',
      {
        name: 'Template',
        quick_reply_id: template.id,
        translations: { pt: 'Olá' },
        trigger: 'before_check_in',
        offset_minutes: 60,
      },
      host,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.data.error.details).toEqual([
      { field: 'body.translations', message: 'only with message' },
    ]);
    // Switching to a template drops the automation's own languages.
    const switched = await api(t.app).call(
      'PATCH',
      `/api/messaging/automations/${created.data.id}/`,
      {
        as: host,
        body: { quick_reply_id: template.id },
      },
    );
    expect(switched.statusCode, switched.body).toBe(200);
    expect(switched.data).toMatchObject({ message: null, translations: {} });
  });
});
