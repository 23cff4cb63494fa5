import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeSms, createSmsChannel, SMS_MAX_LENGTH } from './sms.ts';
import { rejection } from '../../../../test/rejection.ts';
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  FROM,
  REFUSALS,
  startTwilio,
} from '../../../../test/twilio-service.ts';

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
