import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChannelError } from './channel.ts';
import { composeSms, createSmsChannel, SMS_MAX_LENGTH } from './sms.ts';

const ACCOUNT_SID = `AC${randomBytes(16).toString('hex')}`;
const AUTH_TOKEN = randomBytes(16).toString('hex');
const FROM = '+15005550006';

/** Twilio's magic test numbers, answered as Twilio's test credentials answer them. */
const REFUSALS: Record<string, { code: number; message: string }> = {
  '+15005550001': {
    code: 21211,
    message: "The 'To' number +15005550001 is not a valid phone number.",
  },
  '+15005550002': {
    code: 21612,
    message: "The 'To' phone number is not currently reachable via SMS.",
  },
  '+15005550003': {
    code: 21408,
    message:
      "Permission to send an SMS has not been enabled for the region indicated by the 'To' number.",
  },
  '+15005550004': { code: 21610, message: 'Attempt to send to unsubscribed recipient' },
  '+15005550009': { code: 21614, message: "'To' number is not a valid mobile number" },
};

interface Received {
  to: string | null;
  from: string | null;
  body: string | null;
}

/**
 * A stand-in for Twilio's Messages API: it checks every request as Twilio documents it and
 * answers as Twilio does. A request Twilio would refuse is refused the same way and listed
 * in `violations`, so a test sees both the channel's reaction and what was wrong.
 */
async function startTwilio() {
  const received: Received[] = [];
  const violations: string[] = [];
  /** Answers queued for the next requests, before any check (an outage, a rate limit). */
  const queued: Array<{ status: number; body: string; contentType: string }> = [];

  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const refuse = (res: ServerResponse, status: number, code: number, message: string) => {
    violations.push(`${code}: ${message}`);
    reply(res, status, {
      code,
      message,
      more_info: `https://www.twilio.com/docs/errors/${code}`,
      status,
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');

    const next = queued.shift();
    if (next) {
      res.writeHead(next.status, { 'content-type': next.contentType }).end(next.body);
      return;
    }
    if (req.method !== 'POST' || req.url !== `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`) {
      return refuse(res, 404, 20404, `The requested resource ${req.url} was not found`);
    }
    const expectedAuth = `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`;
    if (req.headers.authorization !== expectedAuth) {
      return refuse(res, 401, 20003, 'Authenticate');
    }
    const type = req.headers['content-type']?.split(';')[0]?.trim();
    if (type !== 'application/x-www-form-urlencoded') {
      return refuse(res, 400, 20001, `Unsupported content type ${type}`);
    }
    const form = new URLSearchParams(raw);
    const fields = { to: form.get('To'), from: form.get('From'), body: form.get('Body') };
    received.push(fields);
    if (!fields.to) return refuse(res, 400, 21604, "A 'To' phone number is required.");
    if (!fields.from) return refuse(res, 400, 21603, "A 'From' phone number is required.");
    if (!fields.body) return refuse(res, 400, 21602, 'Message body is required.');
    if (fields.body.length > 1600) {
      return refuse(
        res,
        400,
        21617,
        'The concatenated message body exceeds the 1600 character limit.',
      );
    }
    const refusal = REFUSALS[fields.to];
    if (refusal) {
      return reply(res, 400, {
        ...refusal,
        more_info: `https://www.twilio.com/docs/errors/${refusal.code}`,
        status: 400,
      });
    }
    reply(res, 201, {
      sid: `SM${randomBytes(16).toString('hex')}`,
      account_sid: ACCOUNT_SID,
      to: fields.to,
      from: fields.from,
      body: fields.body,
      status: 'queued',
      num_segments: '1',
      direction: 'outbound-api',
      api_version: '2010-04-01',
      date_created: new Date().toUTCString(),
      uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/SM.json`,
    });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => res.writeHead(500).end(String(err)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    violations,
    queue(status: number, body: unknown, contentType = 'application/json') {
      queued.push({
        status,
        body: typeof body === 'string' ? body : JSON.stringify(body),
        contentType,
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function rejection(promise: Promise<unknown>): Promise<ChannelError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChannelError);
  return err as ChannelError;
}

describe('SMS channel (Twilio Messages API)', () => {
  let twilio: Awaited<ReturnType<typeof startTwilio>>;
  let channel: ReturnType<typeof createSmsChannel>;

  beforeAll(async () => {
    twilio = await startTwilio();
    channel = createSmsChannel({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      from: FROM,
      baseUrl: twilio.baseUrl,
    });
  });
  afterAll(() => twilio.close());
  beforeEach(() => {
    twilio.received.length = 0;
    twilio.violations.length = 0;
  });

  it('sends To, From and Body as Twilio documents, and returns the SID', async () => {
    const receipt = await channel.send(
      '+15555550100',
      'Gina: Is early check-in possible?',
      'https://x.test/c/1',
    );
    expect(twilio.violations).toEqual([]);
    expect(twilio.received).toEqual([
      {
        to: '+15555550100',
        from: FROM,
        body: 'Gina: Is early check-in possible? https://x.test/c/1',
      },
    ]);
    expect(channel.configured).toBe(true);
    expect(receipt.responseCode).toBe('201');
    expect(receipt.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it('trims a long text to 320 characters, keeping the link whole at its end', async () => {
    const link =
      'https://messenger.example.com/host/conversations/5b0c6f1e-0d7e-4a55-9a43-2f1e8f6c9d10';
    const text = 'Hello! '.repeat(200);
    await channel.send('+15555550100', text, link);
    expect(twilio.violations).toEqual([]);
    const sent = twilio.received[0]!.body!;
    expect(sent.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(sent.length).toBeGreaterThan(SMS_MAX_LENGTH - 10);
    expect(sent.endsWith(`... ${link}`)).toBe(true);
    expect(text.startsWith(sent.slice(0, sent.length - link.length - 4))).toBe(true);
  });

  it('maps refusals by Twilio error code to permanent errors', async () => {
    for (const [to, { code }] of Object.entries(REFUSALS)) {
      const err = await rejection(channel.send(to, 'hi', 'https://x.test/'));
      expect(err).toMatchObject({ permanent: true, gone: false, responseCode: String(code) });
    }
  });

  it('answers bad credentials with a permanent error coded 20003', async () => {
    const wrong = createSmsChannel({
      accountSid: ACCOUNT_SID,
      authToken: 'not-the-token',
      from: FROM,
      baseUrl: twilio.baseUrl,
    });
    const err = await rejection(wrong.send('+15555550100', 'hi', 'https://x.test/'));
    expect(err).toMatchObject({ permanent: true, responseCode: '20003' });
    expect(err.message).toContain('401');
  });

  it('retries on 429 and on 5xx', async () => {
    twilio.queue(429, {
      code: 20429,
      message: 'Too Many Requests',
      more_info: 'https://www.twilio.com/docs/errors/20429',
      status: 429,
    });
    const limited = await rejection(channel.send('+15555550100', 'hi', 'https://x.test/'));
    expect(limited).toMatchObject({ permanent: false, responseCode: '20429' });

    twilio.queue(500, '<html>Internal Server Error</html>', 'text/html');
    const down = await rejection(channel.send('+15555550100', 'hi', 'https://x.test/'));
    expect(down).toMatchObject({ permanent: false, responseCode: '500' });

    twilio.queue(503, { code: 20503, message: 'Service unavailable', status: 503 });
    const unavailable = await rejection(channel.send('+15555550100', 'hi', 'https://x.test/'));
    expect(unavailable).toMatchObject({ permanent: false, responseCode: '20503' });
  });

  it('retries when Twilio cannot be reached', async () => {
    const closed = await startTwilio();
    await closed.close();
    const unreachable = createSmsChannel({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      from: FROM,
      baseUrl: closed.baseUrl,
    });
    const err = await rejection(unreachable.send('+15555550100', 'hi', 'https://x.test/'));
    expect(err).toMatchObject({ permanent: false, responseCode: null });
  });

  it('is not configured without credentials, and refuses to send for good', async () => {
    const none = createSmsChannel(undefined);
    expect(none.configured).toBe(false);
    const err = await rejection(none.send('+15555550100', 'hi', 'https://x.test/'));
    expect(err.permanent).toBe(true);
  });
});

describe('composeSms', () => {
  it('leaves a short text as it is, followed by the link', () => {
    expect(composeSms('  Hi there ', 'https://x.test/a')).toBe('Hi there https://x.test/a');
    expect(composeSms('Hi there', '')).toBe('Hi there');
  });

  it('fits exactly 320 characters without shortening', () => {
    const link = 'https://x.test/a';
    const text = 'a'.repeat(SMS_MAX_LENGTH - link.length - 1);
    expect(composeSms(text, link)).toBe(`${text} ${link}`);
    expect(composeSms(`${text}b`, link)).toBe(`${'a'.repeat(text.length - 3)}... ${link}`);
  });

  it('never splits a surrogate pair', () => {
    const link = 'https://x.test/a';
    const sms = composeSms('😀'.repeat(400), link);
    expect(sms.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(sms).toMatch(/^(😀)+\.\.\. https:\/\/x\.test\/a$/u);
  });

  it('sends a link longer than the limit alone, whole', () => {
    const link = `https://x.test/${'p'.repeat(400)}`;
    expect(composeSms('Hi', link)).toBe(link);
  });
});
