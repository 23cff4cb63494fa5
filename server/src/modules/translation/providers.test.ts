import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createTranslationProvider,
  TranslationError,
  type TranslationProvider,
} from './providers.ts';
import { testConfig } from '../../../test/harness.ts';
import { PHRASES, startTranslationService } from '../../../test/translation-service.ts';

const LIBRE_KEY = 'c0ffee00-1234-4abc-8def-000000000001';
const DEEPL_KEY = '279a2e9d-83b3-c416-7e2d-f721593e42a0:fx';

/** The TranslationError `promise` rejects with (the test fails when it resolves or throws another). */
async function failure(promise: Promise<unknown>): Promise<TranslationError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TranslationError);
  return err as TranslationError;
}

const [hello, checkIn, parking, thanks] = PHRASES;

describe('translation providers against the documented APIs', () => {
  let service: Awaited<ReturnType<typeof startTranslationService>>;
  let libre: TranslationProvider;
  let deepl: TranslationProvider;

  beforeAll(async () => {
    service = await startTranslationService({ deeplKey: DEEPL_KEY });
    libre = createTranslationProvider({ provider: 'libretranslate', url: service.url });
    deepl = createTranslationProvider({ provider: 'deepl', url: service.url, apiKey: DEEPL_KEY });
  });
  afterAll(() => service.close());
  beforeEach(() => {
    service.received.length = 0;
    service.violations.length = 0;
  });

  describe('LibreTranslate', () => {
    it('translates from a known source, sending q, source, target and format as JSON', async () => {
      const result = await libre.translate({ text: checkIn.en, source: 'en', target: 'es' });
      expect(result).toEqual({ text: checkIn.es, detectedSource: 'en' });
      expect(libre.name).toBe('libretranslate');
      expect(service.violations).toEqual([]);
      expect(service.received).toEqual([
        {
          api: 'libretranslate',
          method: 'POST',
          path: '/translate',
          authorization: null,
          contentType: 'application/json',
          accept: 'application/json',
          body: { q: checkIn.en, source: 'en', target: 'es', format: 'text' },
        },
      ]);
    });

    it('asks for detection with source "auto" and reports the detected language', async () => {
      const result = await libre.translate({ text: thanks.pt, source: null, target: 'en' });
      expect(result).toEqual({ text: thanks.en, detectedSource: 'pt' });
      expect(service.violations).toEqual([]);
      expect(service.received.map((r) => r.body)).toEqual([
        { q: thanks.pt, source: 'auto', target: 'en', format: 'text' },
      ]);
    });

    it('returns any other text as the stand-in translates it', async () => {
      const result = await libre.translate({
        text: 'Room 12, second floor',
        source: 'en',
        target: 'de',
      });
      expect(result).toEqual({ text: '[de] Room 12, second floor', detectedSource: 'en' });
      expect(service.violations).toEqual([]);
    });

    it('sends api_key only when one is configured', async () => {
      const keyed = await startTranslationService({ libreApiKey: LIBRE_KEY });
      try {
        const withKey = createTranslationProvider({
          provider: 'libretranslate',
          url: `${keyed.url}/`,
          apiKey: LIBRE_KEY,
        });
        expect(await withKey.translate({ text: hello.fr, source: 'fr', target: 'pt' })).toEqual({
          text: hello.pt,
          detectedSource: 'fr',
        });
        expect(keyed.received[0]?.body).toEqual({
          q: hello.fr,
          source: 'fr',
          target: 'pt',
          format: 'text',
          api_key: LIBRE_KEY,
        });
        expect(keyed.received[0]?.path).toBe('/translate');
        expect(keyed.violations).toEqual([]);

        // A server that requires a key refuses a provider configured without one: permanent.
        const keyless = createTranslationProvider({ provider: 'libretranslate', url: keyed.url });
        const err = await failure(
          keyless.translate({ text: hello.fr, source: 'fr', target: 'pt' }),
        );
        expect(err).toMatchObject({ retryable: false, status: 403 });
        expect(err.message).toMatch(/^LibreTranslate answered 403: .*API key/);
        expect(keyed.received[1]?.body).not.toHaveProperty('api_key');
        expect(keyed.violations).toHaveLength(1);
      } finally {
        await keyed.close();
      }
    });

    it.each([
      [400, false, 'de is not supported'],
      [403, false, 'Invalid API key'],
      [429, true, 'Slowdown: 30 per 1 minute'],
      [500, true, 'Cannot translate text: model failed'],
      [503, true, 'Service Unavailable'],
    ])('maps an answer %i to retryable=%s', async (status, retryable, error) => {
      service.queue(status, { error });
      const err = await failure(libre.translate({ text: 'Hi', source: 'en', target: 'de' }));
      expect(err).toMatchObject({ retryable, status });
      expect(err.message).toBe(`LibreTranslate answered ${status}: ${error}`);
    });
  });

  describe('DeepL', () => {
    it('translates from a known source with the auth header and plain source code', async () => {
      const result = await deepl.translate({ text: parking.pt, source: 'pt', target: 'fr' });
      expect(result).toEqual({ text: parking.fr, detectedSource: 'pt' });
      expect(deepl.name).toBe('deepl');
      expect(service.violations).toEqual([]);
      expect(service.received).toEqual([
        {
          api: 'deepl',
          method: 'POST',
          path: '/v2/translate',
          authorization: `DeepL-Auth-Key ${DEEPL_KEY}`,
          contentType: 'application/json',
          accept: 'application/json',
          body: { text: [parking.pt], target_lang: 'FR', source_lang: 'PT' },
        },
      ]);
    });

    it('omits source_lang when the source is unknown and reports the detection', async () => {
      const result = await deepl.translate({ text: checkIn.de, source: null, target: 'es' });
      expect(result).toEqual({ text: checkIn.es, detectedSource: 'de' });
      expect(service.violations).toEqual([]);
      expect(service.received.map((r) => r.body)).toEqual([
        { text: [checkIn.de], target_lang: 'ES' },
      ]);
    });

    it('asks for EN-US and PT-BR, never the deprecated plain EN and PT', async () => {
      const targets = { en: 'EN-US', pt: 'PT-BR', es: 'ES', fr: 'FR', de: 'DE' } as const;
      for (const [target, code] of Object.entries(targets)) {
        const result = await deepl.translate({
          text: 'Room 12',
          source: null,
          target: target as keyof typeof targets,
        });
        expect(result).toEqual({ text: `[${code}] Room 12`, detectedSource: 'en' });
      }
      expect(service.violations).toEqual([]);
      expect(service.received.map((r) => (r.body as { target_lang: string }).target_lang)).toEqual(
        Object.values(targets),
      );
      expect(await deepl.translate({ text: hello.de, source: 'de', target: 'en' })).toEqual({
        text: hello.en,
        detectedSource: 'de',
      });
      expect(service.received.at(-1)?.body).toEqual({
        text: [hello.de],
        target_lang: 'EN-US',
        source_lang: 'DE',
      });
    });

    it('refuses a wrong key as DeepL does: 403, permanent', async () => {
      const wrong = createTranslationProvider({
        provider: 'deepl',
        url: service.url,
        apiKey: 'not-the-key:fx',
      });
      const err = await failure(wrong.translate({ text: 'Hi', source: 'en', target: 'de' }));
      expect(err).toMatchObject({ retryable: false, status: 403 });
      expect(err.message).toMatch(/^DeepL answered 403: Authorization failed/);
      expect(service.violations).toHaveLength(1);
    });

    it.each([
      [400, false, "Value for 'target_lang' not supported."],
      [403, false, 'Authorization failed. Please supply a valid auth_key.'],
      [404, false, 'Not found'],
      [413, false, 'Request Entity Too Large'],
      [429, true, 'Too many requests'],
      [456, true, 'Quota exceeded'],
      [500, true, 'Internal server error'],
      [503, true, 'Service unavailable'],
      [504, true, 'Gateway timeout'],
    ])('maps an answer %i to retryable=%s', async (status, retryable, message) => {
      service.queue(status, { message });
      const err = await failure(deepl.translate({ text: 'Hi', source: 'en', target: 'de' }));
      expect(err).toMatchObject({ retryable, status });
      expect(err.message).toBe(`DeepL answered ${status}: ${message}`);
    });

    it('picks the free or the pro host from the key, unless DEEPL_URL says', () => {
      const urlOf = (env: Record<string, string>) => testConfig(env).translation?.url;
      expect(urlOf({ DEEPL_API_KEY: DEEPL_KEY })).toBe('https://api-free.deepl.com');
      expect(urlOf({ DEEPL_API_KEY: '279a2e9d-83b3-c416-7e2d-f721593e42a0' })).toBe(
        'https://api.deepl.com',
      );
      expect(urlOf({ DEEPL_API_KEY: DEEPL_KEY, DEEPL_URL: 'http://127.0.0.1:9/' })).toBe(
        'http://127.0.0.1:9',
      );
      // LibreTranslate first, when both are set.
      expect(
        testConfig({ DEEPL_API_KEY: DEEPL_KEY, TRANSLATE_URL: 'http://127.0.0.1:5000' }).translation
          ?.provider,
      ).toBe('libretranslate');
    });
  });

  describe('failures without a usable answer', () => {
    it('cuts a long provider error to about 200 characters on one line', async () => {
      service.queue(400, { message: `bad\n${'x'.repeat(1000)}` });
      const err = await failure(deepl.translate({ text: 'Hi', source: 'en', target: 'de' }));
      const detail = err.message.slice('DeepL answered 400: '.length);
      expect(detail.length).toBeLessThanOrEqual(200);
      expect(detail).toMatch(/^bad x+\.\.\.$/);
    });

    it('reads a non-JSON error page (a proxy in front) as its text, 5xx retryable', async () => {
      service.queue(502, '<html>Bad Gateway</html>', { contentType: 'text/html' });
      const err = await failure(libre.translate({ text: 'Hi', source: 'en', target: 'de' }));
      expect(err).toMatchObject({ retryable: true, status: 502 });
      expect(err.message).toBe('LibreTranslate answered 502: <html>Bad Gateway</html>');
    });

    it.each([
      ['LibreTranslate', { translated: 'Hallo' }],
      ['LibreTranslate', { translatedText: 42 }],
      ['DeepL', { translations: [] }],
      ['DeepL', { translations: [{ detected_source_language: 'EN' }] }],
      ['DeepL', 'Hallo'],
    ])('takes a 200 of the wrong shape from %s as retryable: %j', async (label, body) => {
      const provider = label === 'DeepL' ? deepl : libre;
      service.queue(200, body, {
        contentType: typeof body === 'string' ? 'text/plain' : 'application/json',
      });
      const err = await failure(provider.translate({ text: 'Hi', source: 'en', target: 'de' }));
      expect(err).toMatchObject({ retryable: true, status: 200 });
      expect(err.message).toContain(`${label} answered 200 with an unexpected body`);
    });

    it('gives up after the timeout, retryable', async () => {
      const slow = createTranslationProvider(
        { provider: 'deepl', url: service.url, apiKey: DEEPL_KEY },
        { timeoutMs: 100 },
      );
      service.queue(
        200,
        { translations: [{ detected_source_language: 'EN', text: 'Hallo' }] },
        {
          delayMs: 2_000,
        },
      );
      const started = Date.now();
      const err = await failure(slow.translate({ text: 'Hi', source: 'en', target: 'de' }));
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(err).toMatchObject({ retryable: true });
      expect(err.status).toBeUndefined();
      expect(err.message).toBe('DeepL timed out after 100 ms');
    });

    it('stops when the caller cancels, retryable', async () => {
      const controller = new AbortController();
      controller.abort();
      const err = await failure(
        libre.translate({ text: 'Hi', source: 'en', target: 'de', signal: controller.signal }),
      );
      expect(err).toMatchObject({ retryable: true, message: 'LibreTranslate cancelled' });
    });

    it('takes a network failure as retryable (injected fetch, and a closed port)', async () => {
      const broken = createTranslationProvider(
        { provider: 'libretranslate', url: 'http://translate.invalid' },
        {
          fetch: () =>
            Promise.reject(new TypeError('fetch failed', { cause: new Error('ECONNRESET') })),
        },
      );
      const err = await failure(broken.translate({ text: 'Hi', source: 'en', target: 'de' }));
      expect(err).toMatchObject({ retryable: true });
      expect(err.status).toBeUndefined();
      expect(err.message).toBe('LibreTranslate unreachable: TypeError: fetch failed (ECONNRESET)');

      const gone = await startTranslationService();
      const url = gone.url;
      await gone.close();
      const closed = createTranslationProvider({ provider: 'deepl', url, apiKey: DEEPL_KEY });
      const refused = await failure(closed.translate({ text: 'Hi', source: 'en', target: 'de' }));
      expect(refused).toMatchObject({ retryable: true });
      expect(refused.message).toMatch(/^DeepL unreachable: /);
    });

    it('makes no call for an empty text or a text already in the target language', async () => {
      expect(await deepl.translate({ text: '  ', source: null, target: 'de' })).toEqual({
        text: '  ',
        detectedSource: null,
      });
      expect(await libre.translate({ text: hello.fr, source: 'fr', target: 'fr' })).toEqual({
        text: hello.fr,
        detectedSource: 'fr',
      });
      expect(service.received).toEqual([]);
    });
  });

  describe('the stand-in holds requests to the documentation', () => {
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${service.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });

    it('refuses a LibreTranslate request without target, or with a bad format or language', async () => {
      const missing = await post('/translate', { q: 'Hi', source: 'en' });
      expect(missing.status).toBe(400);
      expect(await missing.json()).toEqual({ error: 'Invalid request: missing target parameter' });

      expect(
        (await post('/translate', { q: 'Hi', source: 'en', target: 'de', format: 'md' })).status,
      ).toBe(400);
      expect((await post('/translate', { q: 'Hi', source: 'xx', target: 'de' })).status).toBe(400);
      expect((await post('/translate', { q: 'Hi', source: 'en', target: 'it' })).status).toBe(400);
      const form = await post('/translate', 'q=Hi&source=en&target=de', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(form.status).toBe(400);
      expect(service.violations).toEqual([
        'libretranslate 400: Invalid request: missing target parameter',
        'libretranslate 400: Invalid request: format must be text or html',
        'libretranslate 400: xx is not supported',
        'libretranslate 400: it is not supported',
        'libretranslate 400: Invalid request: content type must be application/json',
      ]);
    });

    it('refuses a DeepL request without the auth scheme, with plain EN, or a bad text', async () => {
      const auth = { authorization: `DeepL-Auth-Key ${DEEPL_KEY}` };
      const bearer = await post(
        '/v2/translate',
        { text: ['Hi'], target_lang: 'DE' },
        {
          authorization: `Bearer ${DEEPL_KEY}`,
        },
      );
      expect(bearer.status).toBe(403);
      expect(await bearer.json()).toHaveProperty('message');

      const plainEn = await post('/v2/translate', { text: ['Hallo'], target_lang: 'EN' }, auth);
      expect(plainEn.status).toBe(400);
      expect(await plainEn.json()).toMatchObject({ message: expect.stringMatching(/deprecated/) });
      expect((await post('/v2/translate', { text: ['Olá'], target_lang: 'PT' }, auth)).status).toBe(
        400,
      );
      expect((await post('/v2/translate', { text: 'Hi', target_lang: 'DE' }, auth)).status).toBe(
        400,
      );
      expect((await post('/v2/translate', { text: ['Hi'] }, auth)).status).toBe(400);
      expect(
        (
          await post(
            '/v2/translate',
            { text: ['Hi'], target_lang: 'DE', source_lang: 'EN-US' },
            auth,
          )
        ).status,
      ).toBe(400);
      expect(service.violations).toHaveLength(6);
      expect(service.violations.every((v) => v.startsWith('deepl '))).toBe(true);
    });
  });
});
