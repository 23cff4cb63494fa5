import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import {
  ADDRESS_NOT_ALLOWED,
  AddressNotAllowedError,
  hostOf,
  isAllowedAddress,
  publicOnlyLookup,
} from './webhooks.address.ts';

/** How much of an answer's body an attempt keeps. */
export const EXCERPT_BYTES = 1024;
const USER_AGENT = 'FlexBNB-Webhooks';
const MAX_ERROR_LENGTH = 500;

/** How one POST went: the receiver's answer, or why there was none. */
export interface PostOutcome {
  /** Null when no answer came. */
  statusCode: number | null;
  latencyMs: number;
  /** The first `EXCERPT_BYTES` of the answer's body, as text. */
  excerpt: string | null;
  error: string | null;
}

export interface PostOptions {
  /** Send to loopback and private addresses too (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  timeoutMs: number;
  /** Aborts the request (the job's: its worker is stopping). */
  signal?: AbortSignal;
}

/** Text a database column can hold: a NUL byte cannot be stored. */
function storable(bytes: Buffer): string {
  return new TextDecoder().decode(bytes).replaceAll('\u0000', '');
}

function describe(err: unknown, timeoutMs: number): string {
  if (err instanceof AddressNotAllowedError) return ADDRESS_NOT_ALLOWED;
  const error = err as { name?: string; message?: string; cause?: { name?: string } };
  if (error.name === 'AbortError') {
    // The request's signal says why: the time ran out, or the job is being stopped.
    return error.cause?.name === 'TimeoutError'
      ? `no answer within ${timeoutMs / 1000} s`
      : 'aborted';
  }
  return String(error.message ?? err).slice(0, MAX_ERROR_LENGTH);
}

/**
 * POSTs a webhook body: JSON, with `headers` (the signature's), within `timeoutMs`, following
 * no redirect. Never throws: a refusal, a timeout or an address that is not allowed comes back
 * as an outcome without a status code. Unless `allowPrivate`, the host's addresses are checked
 * as the socket connects (`publicOnlyLookup`), an IP written in the URL before.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: PostOptions,
): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const host = hostOf(target);
  if (!options.allowPrivate && isIP(host) && !isAllowedAddress(host)) {
    return Promise.resolve({
      statusCode: null,
      latencyMs: elapsed(),
      excerpt: null,
      error: ADDRESS_NOT_ALLOWED,
    });
  }
  const signals = [AbortSignal.timeout(options.timeoutMs)];
  if (options.signal) signals.push(options.signal);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const answered = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () =>
        settle({
          statusCode: res.statusCode ?? null,
          latencyMs: elapsed(),
          excerpt: storable(Buffer.concat(chunks).subarray(0, EXCERPT_BYTES)),
          error: null,
        });
      res.on('data', (chunk: Buffer) => {
        if (size < EXCERPT_BYTES) chunks.push(chunk);
        size += chunk.length;
        // The rest of a long answer is not waited for.
        if (size >= EXCERPT_BYTES) {
          finish();
          res.destroy();
        }
      });
      res.on('end', finish);
      // Cut off mid-body (or destroyed above): what came is the answer.
      res.on('close', finish);
    };
    const req = request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': USER_AGENT,
        },
        signal: AbortSignal.any(signals),
        // One connection per attempt: a kept-alive socket would skip the address check.
        agent: false,
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      answered,
    );
    req.on('error', (err) =>
      settle({
        statusCode: null,
        latencyMs: elapsed(),
        excerpt: null,
        error: describe(err, options.timeoutMs),
      }),
    );
    req.end(body);
  });
}
