import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A few whole sentences in each language the messenger speaks. The stand-in translates any of
 * them into any other exactly as written here, so tests can assert real-looking text; any
 * other text comes back as `[<target>] <text>`, `<target>` spelled as the request spelled it
 * (`es` for LibreTranslate, `ES` or `EN-US` for DeepL).
 */
export const PHRASES = [
  {
    en: 'Hello!',
    pt: 'Olá!',
    es: '¡Hola!',
    fr: 'Bonjour !',
    de: 'Hallo!',
  },
  {
    en: 'Is early check-in possible?',
    pt: 'É possível fazer o check-in mais cedo?',
    es: '¿Es posible hacer el check-in antes?',
    fr: 'Est-il possible d’arriver plus tôt ?',
    de: 'Ist ein früher Check-in möglich?',
  },
  {
    en: 'Where can I park the car?',
    pt: 'Onde posso estacionar o carro?',
    es: '¿Dónde puedo aparcar el coche?',
    fr: 'Où puis-je garer la voiture ?',
    de: 'Wo kann ich das Auto parken?',
  },
  {
    en: 'Thank you, see you tomorrow.',
    pt: 'Obrigado, até amanhã.',
    es: 'Gracias, hasta mañana.',
    fr: 'Merci, à demain.',
    de: 'Danke, bis morgen.',
  },
] as const;

type Lang = keyof (typeof PHRASES)[number];
const LANGS: readonly Lang[] = ['en', 'pt', 'es', 'fr', 'de'];

/**
 * Words that give a language away, for detecting a text that is not one of the PHRASES: the
 * language with the most of them wins, ties and texts with none go to English.
 */
const HINTS: Record<Lang, readonly string[]> = {
  en: ['the', 'and', 'is', 'you', 'we', 'what', 'thanks', 'please'],
  pt: ['não', 'você', 'obrigado', 'obrigada', 'olá', 'é', 'uma', 'está', 'até'],
  es: ['el', 'los', 'gracias', 'hola', 'está', 'usted', 'dónde', 'qué', 'hasta'],
  fr: ['le', 'les', 'est', 'merci', 'bonjour', 'vous', 'où', 'nous', 'à'],
  de: ['der', 'die', 'das', 'und', 'ist', 'danke', 'bitte', 'wir', 'nicht'],
};

/**
 * The language of `text`: the language of the PHRASE it is, else by HINTS. Deterministic, so
 * a test knows what either service will say it detected.
 */
export function detectLanguage(text: string): Lang {
  for (const phrase of PHRASES) {
    for (const lang of LANGS) if (phrase[lang] === text) return lang;
  }
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let best: Lang = 'en';
  let bestCount = 0;
  for (const lang of LANGS) {
    const count = words.filter((word) => HINTS[lang].includes(word)).length;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}

/** `text` (in `source`) in `target`: its PHRASE when it is one, else `[<targetCode>] text`. */
export function translateText(text: string, source: Lang, target: Lang, targetCode: string) {
  const phrase = PHRASES.find((p) => p[source] === text);
  return phrase ? phrase[target] : `[${targetCode}] ${text}`;
}

/** One request as the stand-in received it, whatever it then answered. */
export interface ReceivedRequest {
  api: 'libretranslate' | 'deepl' | 'unknown';
  method: string;
  path: string;
  authorization: string | null;
  contentType: string | null;
  accept: string | null;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
}

const LIBRE_PATH = '/translate';
const DEEPL_PATH = '/v2/translate';
const LIBRE_LANGS: readonly string[] = LANGS;
const DEEPL_SOURCES: Record<string, Lang> = { EN: 'en', PT: 'pt', ES: 'es', FR: 'fr', DE: 'de' };
const DEEPL_TARGETS: Record<string, Lang> = {
  'EN-US': 'en',
  'EN-GB': 'en',
  'PT-BR': 'pt',
  'PT-PT': 'pt',
  ES: 'es',
  FR: 'fr',
  DE: 'de',
};

/**
 * A stand-in for both machine-translation services on one loopback port:
 * - LibreTranslate, `POST /translate` (https://libretranslate.com/docs): JSON
 *   `{ q, source, target, format?, api_key? }`; answers `{ translatedText, detectedLanguage? }`,
 *   refusals `{ error }` with 400 (bad request) or 403 (API key). With `libreApiKey` set it
 *   requires that `api_key` (a server run with `--api-keys`); without, it ignores `api_key`.
 * - DeepL, `POST /v2/translate` (https://developers.deepl.com/docs/api-reference/translate):
 *   `Authorization: DeepL-Auth-Key <key>`, JSON `{ text: [..], target_lang, source_lang? }`;
 *   answers `{ translations: [{ detected_source_language, text }] }`, refusals `{ message }`
 *   with 400 or 403. With `deeplKey` set the key must be that one; without, any non-empty key
 *   passes (the scheme is still checked). Plain `EN`/`PT` targets, deprecated by DeepL, are
 *   refused.
 *
 * Every request is recorded in `received` (queued answers included). A request the service
 * documents as wrong is refused as the service refuses it and described in `violations`, so
 * a test sees both the client's reaction and what was wrong. Languages are the messenger's
 * five; translation and detection are deterministic (see PHRASES and detectLanguage).
 */
export async function startTranslationService(
  options: { libreApiKey?: string; deeplKey?: string } = {},
) {
  const received: ReceivedRequest[] = [];
  const violations: string[] = [];
  /** Answers queued for the next requests, before any check (an outage, a rate limit, a hang). */
  const queued: Array<{ status: number; body: string; contentType: string; delayMs: number }> = [];
  const timers = new Set<NodeJS.Timeout>();

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const refuseLibre = (res: ServerResponse, status: number, error: string) => {
    violations.push(`libretranslate ${status}: ${error}`);
    reply(res, status, { error });
  };
  const refuseDeepl = (res: ServerResponse, status: number, message: string) => {
    violations.push(`deepl ${status}: ${message}`);
    reply(res, status, { message });
  };

  const libre = (req: IncomingMessage, res: ServerResponse, body: unknown) => {
    if (req.method !== 'POST') return refuseLibre(res, 405, `Method ${req.method} not allowed`);
    if (!isJson(req)) {
      return refuseLibre(res, 400, `Invalid request: content type must be application/json`);
    }
    if (!isObject(body)) return refuseLibre(res, 400, 'Invalid request: body is not a JSON object');
    if (options.libreApiKey !== undefined && body.api_key !== options.libreApiKey) {
      return refuseLibre(
        res,
        403,
        body.api_key === undefined ? 'Visit the portal to get an API key' : 'Invalid API key',
      );
    }
    if (body.api_key !== undefined && typeof body.api_key !== 'string') {
      return refuseLibre(res, 400, 'Invalid request: api_key must be a string');
    }
    const { q, source, target, format } = body;
    if (typeof q !== 'string' || q === '') {
      return refuseLibre(res, 400, 'Invalid request: missing q parameter');
    }
    if (typeof source !== 'string' || source === '') {
      return refuseLibre(res, 400, 'Invalid request: missing source parameter');
    }
    if (typeof target !== 'string' || target === '') {
      return refuseLibre(res, 400, 'Invalid request: missing target parameter');
    }
    if (format !== undefined && format !== 'text' && format !== 'html') {
      return refuseLibre(res, 400, `Invalid request: format must be text or html`);
    }
    if (source !== 'auto' && !LIBRE_LANGS.includes(source)) {
      return refuseLibre(res, 400, `${source} is not supported`);
    }
    if (!LIBRE_LANGS.includes(target)) return refuseLibre(res, 400, `${target} is not supported`);
    const from = source === 'auto' ? detectLanguage(q) : (source as Lang);
    reply(res, 200, {
      translatedText: translateText(q, from, target as Lang, target),
      ...(source === 'auto' ? { detectedLanguage: { confidence: 90, language: from } } : {}),
    });
  };

  const deepl = (req: IncomingMessage, res: ServerResponse, body: unknown) => {
    if (req.method !== 'POST') return refuseDeepl(res, 405, `Method ${req.method} not allowed`);
    const auth = req.headers.authorization ?? '';
    const key = /^DeepL-Auth-Key (\S+)$/.exec(auth)?.[1];
    if (!key || (options.deeplKey !== undefined && key !== options.deeplKey)) {
      return refuseDeepl(res, 403, 'Authorization failed. Please supply a valid auth_key.');
    }
    if (!isJson(req)) return refuseDeepl(res, 400, 'Content type must be application/json');
    if (!isObject(body)) return refuseDeepl(res, 400, 'Bad request: body is not a JSON object');
    if ('auth_key' in body) {
      return refuseDeepl(res, 403, 'auth_key in the body is not accepted; use the header');
    }
    const { text, target_lang: targetLang, source_lang: sourceLang } = body;
    if (!Array.isArray(text) || text.length === 0) {
      return refuseDeepl(res, 400, "Parameter 'text' must be a non-empty array.");
    }
    if (text.length > 50) return refuseDeepl(res, 400, "Too many texts in 'text' (max. 50).");
    if (!text.every((t) => typeof t === 'string')) {
      return refuseDeepl(res, 400, "Every entry of 'text' must be a string.");
    }
    if (typeof targetLang !== 'string' || targetLang === '') {
      return refuseDeepl(res, 400, "Parameter 'target_lang' not specified.");
    }
    if (targetLang === 'EN' || targetLang === 'PT') {
      return refuseDeepl(
        res,
        400,
        `target_lang '${targetLang}' is deprecated, please use '${targetLang}-` +
          `${targetLang === 'EN' ? 'US' : 'BR'}' or another regional variant instead.`,
      );
    }
    const target = DEEPL_TARGETS[targetLang];
    if (!target) return refuseDeepl(res, 400, "Value for 'target_lang' not supported.");
    let source: Lang | undefined;
    if (sourceLang !== undefined) {
      source = typeof sourceLang === 'string' ? DEEPL_SOURCES[sourceLang] : undefined;
      if (!source) return refuseDeepl(res, 400, "Value for 'source_lang' not supported.");
    }
    reply(res, 200, {
      translations: text.map((t) => {
        const from = source ?? detectLanguage(t);
        return {
          detected_source_language: from.toUpperCase(),
          text: translateText(t, from, target, targetLang),
        };
      }),
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = req.url ?? '';
    let body: unknown = raw;
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      // Kept as text: the checks below refuse it.
    }
    const api = path === LIBRE_PATH ? 'libretranslate' : path === DEEPL_PATH ? 'deepl' : 'unknown';
    received.push({
      api,
      method: req.method ?? '',
      path,
      authorization: req.headers.authorization ?? null,
      contentType: req.headers['content-type'] ?? null,
      accept: req.headers.accept ?? null,
      body,
    });

    const next = queued.shift();
    if (next) {
      const answer = () =>
        res.writeHead(next.status, { 'content-type': next.contentType }).end(next.body);
      if (next.delayMs <= 0) return answer();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) answer();
      }, next.delayMs);
      timers.add(timer);
      return;
    }
    if (api === 'libretranslate') return libre(req, res, body);
    if (api === 'deepl') return deepl(req, res, body);
    violations.push(`404: ${req.method} ${path} is neither service's endpoint`);
    reply(res, 404, { error: 'Not Found', message: 'Not Found' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => res.writeHead(500).end(String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The base URL of both services (LibreTranslate's and DeepL's `url`). */
    url: `http://127.0.0.1:${port}`,
    received,
    violations,
    /**
     * Answers the next request (either API) with `status` and `body` before any check;
     * `delayMs` holds the answer back (a hung provider, for timeouts).
     */
    queue(status: number, body: unknown, { contentType = 'application/json', delayMs = 0 } = {}) {
      queued.push({
        status,
        body: typeof body === 'string' ? body : JSON.stringify(body),
        contentType,
        delayMs,
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function isJson(req: IncomingMessage): boolean {
  return req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
