import type { Language, TranslationProviderName } from '@flexbnb/contracts';
import { z } from 'zod';
import type { Config } from '../../config.ts';

/**
 * Machine-translation providers: each speaks one service's HTTP API and nothing else. Which
 * messages to translate, into what, when to retry and what to store is the translation
 * service's business; a provider only turns one text into another or says why it could not,
 * and whether trying again later can help.
 */

export interface TranslateRequest {
  text: string;
  /** The text's language; null lets the provider detect it. */
  source: Language | null;
  target: Language;
  /** The caller's cancellation, on top of the provider's own timeout. */
  signal?: AbortSignal;
}

export interface Translated {
  text: string;
  /**
   * The source language the provider saw (its detection when `source` was null), lower-case
   * ISO 639-1 as given, or null if it did not say. It may be a language the messenger does
   * not speak (a guest writing Italian), hence a string rather than a `Language`.
   */
  detectedSource: string | null;
}

export interface TranslationProvider {
  readonly name: TranslationProviderName;
  /**
   * Translates `request.text` into `request.target`.
   * @throws TranslationError — `retryable` when trying again later can succeed (a network
   * failure, a timeout, a rate limit, an exhausted quota, a 5xx, an answer of the wrong shape),
   * permanent otherwise (a refused request or key).
   */
  translate(request: TranslateRequest): Promise<Translated>;
}

/**
 * A translation the provider refused or could not do. `retryable`: the same request can
 * succeed later, so it is retried with back-off; otherwise it never will (bad key, unsupported
 * language pair, text too large) and retrying only burns quota. `status` is the provider's
 * HTTP status, absent when there was no answer (network failure, timeout).
 */
export class TranslationError extends Error {
  override name = 'TranslationError';
  readonly retryable: boolean;
  readonly status?: number;

  constructor(
    message: string,
    options: { retryable: boolean; status?: number | undefined; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.retryable = options.retryable;
    if (options.status !== undefined) this.status = options.status;
  }
}

export type TranslationConfig = NonNullable<Config['translation']>;

/** How long one call may take, answer body included, unless the caller says otherwise. */
const DEFAULT_TIMEOUT_MS = 10_000;
/** How much of a provider's own error text goes into our message (logs, the admin console). */
const DETAIL_MAX = 200;

interface ProviderOptions {
  /** Injected by tests; the global `fetch` otherwise. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * The provider `config` names. URLs are the service's base (no trailing `/translate`); a
 * trailing slash is ignored.
 */
export function createTranslationProvider(
  config: TranslationConfig,
  options: ProviderOptions = {},
): TranslationProvider {
  const http = new ProviderHttp(
    config.provider === 'deepl' ? 'DeepL' : 'LibreTranslate',
    options.fetch ?? fetch,
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  const url = config.url.replace(/\/+$/, '');
  return config.provider === 'deepl'
    ? deepl(url, config.apiKey, http)
    : libreTranslate(url, config.apiKey, http);
}

/**
 * What needs no call: an empty text (both services refuse an empty one as a bad request, which
 * would make a blank message a permanent failure) and a text already in the target language.
 */
function withoutCall(request: TranslateRequest): Translated | null {
  if (request.text.trim() === '' || request.source === request.target) {
    return { text: request.text, detectedSource: request.source };
  }
  return null;
}

// --- LibreTranslate -------------------------------------------------------------------------

const libreAnswer = z.object({
  translatedText: z.string(),
  detectedLanguage: z
    .object({ language: z.string(), confidence: z.number().optional() })
    .optional(),
});

/**
 * LibreTranslate (`POST /translate`, JSON `{ q, source, target, format, api_key? }`), the
 * open-source server a host can run beside the messenger. `source` is `"auto"` when unknown
 * and the answer's `detectedLanguage` says what it found. `api_key` is sent only when one is
 * configured: a server started without `--api-keys` needs none, and libretranslate.com
 * answers 403 without a valid one.
 *
 * Refusals: 400 (a bad request, an unsupported language pair) and 403 (a missing or bad key)
 * are permanent; 429 (slow down) and 5xx are retryable.
 */
function libreTranslate(
  url: string,
  apiKey: string | undefined,
  http: ProviderHttp,
): TranslationProvider {
  return {
    name: 'libretranslate',
    async translate(request) {
      const skip = withoutCall(request);
      if (skip) return skip;
      const answer = await http.postJson(
        `${url}/translate`,
        {
          q: request.text,
          source: request.source ?? 'auto',
          target: request.target,
          format: 'text',
          ...(apiKey ? { api_key: apiKey } : {}),
        },
        {},
        request.signal,
        (status) => status === 429 || status >= 500,
        (body) => errorText(body, 'error'),
      );
      const parsed = http.parse(libreAnswer, answer);
      return {
        text: parsed.translatedText,
        // With a given source LibreTranslate says nothing more: it used the one we gave.
        detectedSource: parsed.detectedLanguage?.language.toLowerCase() ?? request.source,
      };
    },
  };
}

// --- DeepL ----------------------------------------------------------------------------------

const deeplAnswer = z.object({
  translations: z
    .array(z.object({ text: z.string(), detected_source_language: z.string().optional() }))
    .length(1),
});

/**
 * DeepL wants a regional variant for English and Portuguese targets: plain `EN` and `PT` are
 * deprecated as `target_lang` (still accepted for now, with no promise of which variant they
 * give, and due to go). We write American English and Brazilian Portuguese, the variants most
 * of our readers of each language use. Sources stay plain: DeepL reads every variant as one.
 */
const DEEPL_TARGETS: Record<Language, string> = {
  en: 'EN-US',
  pt: 'PT-BR',
  es: 'ES',
  fr: 'FR',
  de: 'DE',
};

/**
 * DeepL (`POST /v2/translate`, `Authorization: DeepL-Auth-Key <key>`, JSON
 * `{ text: [text], target_lang, source_lang? }`); without `source_lang` DeepL detects the
 * language and says which in `detected_source_language`.
 *
 * Refusals: 400 (bad request), 403 (authorization failed — a bad key, or a free key sent to the
 * pro host), 404, 413 (text too large) are permanent; 429 (too many requests), 456 (quota
 * exceeded — the character quota resets with the billing period, or the account owner raises
 * its cost-control limit, so a later try can succeed) and 5xx are retryable.
 */
function deepl(url: string, apiKey: string, http: ProviderHttp): TranslationProvider {
  return {
    name: 'deepl',
    async translate(request) {
      const skip = withoutCall(request);
      if (skip) return skip;
      const answer = await http.postJson(
        `${url}/v2/translate`,
        {
          text: [request.text],
          target_lang: DEEPL_TARGETS[request.target],
          ...(request.source ? { source_lang: request.source.toUpperCase() } : {}),
        },
        { authorization: `DeepL-Auth-Key ${apiKey}` },
        request.signal,
        (status) => status === 429 || status === 456 || status >= 500,
        (body) => errorText(body, 'message'),
      );
      const translation = http.parse(deeplAnswer, answer).translations[0]!;
      return {
        text: translation.text,
        detectedSource: translation.detected_source_language?.toLowerCase() ?? request.source,
      };
    },
  };
}

// --- HTTP -----------------------------------------------------------------------------------

/** One provider's calls: a JSON POST under a timeout, and its answers mapped to errors. */
class ProviderHttp {
  constructor(
    private readonly label: string,
    private readonly doFetch: typeof fetch,
    private readonly timeoutMs: number,
  ) {}

  /**
   * POSTs `body` as JSON and returns the parsed JSON of a 2xx answer (undefined when it is not
   * JSON, which `parse` then refuses). Any other answer throws a `TranslationError`, retryable
   * when `retryable(status)` says so, with the provider's own words from `detail(body)`.
   */
  async postJson(
    url: string,
    body: unknown,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    retryable: (status: number) => boolean,
    detail: (body: unknown) => string | null,
  ): Promise<unknown> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await this.doFetch(url, {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      text = await response.text();
    } catch (err) {
      // Nothing was translated whatever stopped us (network, our timeout, the caller
      // cancelling): the same request can succeed later.
      const why = timeout.aborted
        ? `timed out after ${this.timeoutMs} ms`
        : signal?.aborted
          ? 'cancelled'
          : `unreachable: ${reason(err)}`;
      throw new TranslationError(`${this.label} ${why}`, { retryable: true, cause: err });
    }
    const json = parseJson(text);
    if (response.ok) return json;
    const said = detail(json) ?? (text.trim() || response.statusText);
    throw new TranslationError(
      `${this.label} answered ${response.status}${said ? `: ${cut(said)}` : ''}`,
      { retryable: retryable(response.status), status: response.status },
    );
  }

  /**
   * `answer` as `schema` says a 2xx answer looks. Anything else is retryable: a proxy's page
   * or a provider's bad moment, not something wrong with what we asked.
   */
  parse<T>(schema: z.ZodType<T>, answer: unknown): T {
    const result = schema.safeParse(answer);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const where = issue ? ` (${issue.path.join('.') || 'body'}: ${issue.message})` : '';
    throw new TranslationError(`${this.label} answered 200 with an unexpected body${where}`, {
      retryable: true,
      status: 200,
    });
  }
}

/** The provider's error text: `{ [field]: string }`. */
function errorText(body: unknown, field: 'error' | 'message'): string | null {
  if (body && typeof body === 'object' && field in body) {
    const value = (body as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `text` on one line, at most DETAIL_MAX characters. */
function cut(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > DETAIL_MAX ? `${line.slice(0, DETAIL_MAX - 3)}...` : line;
}

function reason(err: unknown): string {
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? ` (${err.cause.message})` : '';
    return `${err.name}: ${err.message}${cause}`;
  }
  return String(err);
}
