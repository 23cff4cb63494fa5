import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ACCOUNT_SID = `AC${randomBytes(16).toString('hex')}`;
export const AUTH_TOKEN = randomBytes(16).toString('hex');
export const FROM = '+15005550006';

/** Twilio's magic test numbers, answered as Twilio's test credentials answer them. */
export const REFUSALS: Record<string, { code: number; message: string }> = {
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

export interface Received {
  to: string | null;
  from: string | null;
  body: string | null;
}

/**
 * A stand-in for Twilio's Messages API: it checks every request as Twilio documents it and
 * answers as Twilio does. A request Twilio would refuse is refused the same way and listed
 * in `violations`, so a test sees both the channel's reaction and what was wrong.
 */
export async function startTwilio() {
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
