import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { de } from '../contracts/src/i18n/de/index.ts';
import { en } from '../contracts/src/i18n/en/index.ts';
import { pt } from '../contracts/src/i18n/pt/index.ts';
import { startTranslationService } from '../server/test/translation-service.ts';
import {
  expectNoBrowserErrors,
  GUEST,
  HOST,
  launch,
  open,
  screenshot,
  signInAsDemo,
  type Session,
} from './browser.ts';
import { demoApi, startDemoServer } from './server.ts';

// Sentences the loopback translation service knows in every language.
const EARLY_DE = 'Ist ein früher Check-in möglich?';
const EARLY_PT = 'É possível fazer o check-in mais cedo?';
const PARK_PT = 'Onde posso estacionar o carro?';
const PARK_DE = 'Wo kann ich das Auto parken?';

describe('two languages in one conversation, in a real browser', () => {
  let translator: Awaited<ReturnType<typeof startTranslationService>>;
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    translator = await startTranslationService({ libreApiKey: 'e2e-libre-key' });
    server = await startDemoServer('languages', {
      TRANSLATE_URL: translator.url,
      TRANSLATE_API_KEY: 'e2e-libre-key',
    });
    browser = await launch();
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    await translator?.close();
  });

  it('a German-speaking guest and a Portuguese-speaking host each read the other, and the app, in their own language', async () => {
    const { baseURL } = server;
    const gina = await demoApi(baseURL, GUEST);
    await gina('/api/auth/me/', { method: 'PATCH', body: { locale: 'de-DE' } });
    const threads = (await gina('/api/messaging/conversations/')) as {
      id: string;
      property: { title: string };
    }[];
    const loft = threads.find((t) => t.property.title === 'Seaside Loft')!;
    expect(loft).toBeDefined();

    const guest = await open(browser, { baseURL });
    const host = await open(browser, { baseURL });
    sessions.push(guest, host);
    await signInAsDemo(guest, GUEST, 'de');
    await signInAsDemo(host, HOST);

    // The guest's profile says German: the app speaks it from the sign-in on.
    await guest.page.goto('/messages');
    await guest.page.locator('html[lang="de"]').waitFor();
    await guest.page.getByRole('heading', { name: de.messaging.inbox.titleGuest }).waitFor();

    // The host picks Portuguese in the profile, which says messages will be translated into it;
    // the app switches to it on saving.
    await host.page.goto('/settings/account');
    await host.page.getByRole('combobox', { name: en.account.profile.language }).selectOption('pt');
    await host.page.getByText(en.account.profile.translated).waitFor();
    await host.page.getByRole('button', { name: en.account.profile.save }).click();
    await host.page.getByRole('button', { name: pt.account.profile.save }).waitFor();
    await host.page.getByText(pt.account.profile.translated).waitFor();
    expect(await host.page.locator('html').getAttribute('lang')).toBe('pt');
    await expect
      .poll(async () => (await demoApi(baseURL, HOST))('/api/auth/me/').then((u) => u.language))
      .toBe('pt');

    await guest.page.goto(`/messages/${loft.id}`);
    await host.page.goto(`/host/messages/${loft.id}`);
    const guestThread = guest.page.getByRole('log', { name: de.messaging.thread.messages });
    const hostThread = host.page.getByRole('log', { name: pt.messaging.thread.messages });
    await guestThread.waitFor();
    await hostThread.waitFor();

    // The guest writes in German; the host reads it in Portuguese, marked as a translation.
    await guest.page.getByLabel(de.messaging.composer.message, { exact: true }).fill(EARLY_DE);
    await guest.page.getByRole('button', { name: de.messaging.composer.send }).click();
    const translated = hostThread.locator('[data-message-id]').filter({ hasText: EARLY_PT });
    await translated.waitFor({ timeout: 15_000 });
    // The bubble itself, whichever text it shows.
    const askedId = await translated.getAttribute('data-message-id');
    const asked = hostThread.locator(`[data-message-id="${askedId}"]`);
    await asked.getByText(pt.messaging.translation.translatedFrom.de).waitFor();
    await screenshot(host.page, 'translated-message');

    // One tap shows what the guest wrote, another the translation again.
    await asked.getByRole('button', { name: pt.messaging.translation.showOriginal }).click();
    await asked.getByText(EARLY_DE).waitFor();
    await asked.getByText(pt.messaging.translation.originalIn.de).waitFor();
    await asked.getByRole('button', { name: pt.messaging.translation.showTranslation }).click();
    await asked.getByText(EARLY_PT).waitFor();

    // The guest reads their own message as written.
    const own = guestThread.locator('[data-message-id]').filter({ hasText: EARLY_DE });
    await own.waitFor();
    expect(await own.getByRole('note').count()).toBe(0);

    // The host answers in Portuguese; the guest reads German.
    await host.page.getByLabel(pt.messaging.composer.message, { exact: true }).fill(PARK_PT);
    await host.page.getByRole('button', { name: pt.messaging.composer.send }).click();
    const answer = guestThread.locator('[data-message-id]').filter({ hasText: PARK_DE });
    await answer.waitFor({ timeout: 15_000 });
    // Too short to tell its language by itself: translated from the host's, marked all the same.
    await answer.getByRole('button', { name: de.messaging.translation.showOriginal }).waitFor();
    expect(await answer.getByRole('note').textContent()).toContain(
      de.messaging.translation.translated,
    );
    await screenshot(guest.page, 'guest-in-german');

    // What reached the translation service for them, as LibreTranslate documents it.
    expect(translator.violations).toEqual([]);
    const ours = translator.received.filter((r) =>
      [EARLY_DE, PARK_PT].includes((r.body as { q?: string }).q ?? ''),
    );
    expect(ours.map((r) => r.body)).toEqual([
      { q: EARLY_DE, source: 'de', target: 'pt', format: 'text', api_key: 'e2e-libre-key' },
      { q: PARK_PT, source: 'pt', target: 'de', format: 'text', api_key: 'e2e-libre-key' },
    ]);
    expectNoBrowserErrors(guest, host);
  });
});
