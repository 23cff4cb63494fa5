import { createWebhookBody, webhookSecret } from '@flexbnb/contracts';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { isAllowedAddress } from './webhooks.address.ts';
import { generateSecret, signatureHeaders } from './webhooks.signing.ts';

describe('webhook signatures', () => {
  it("match the Standard Webhooks specification's own test vector", () => {
    const headers = signatureHeaders(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      new Date(1614265330 * 1000),
      '{"test": 2432232314}',
    );
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('are verified by a receiver with the secret, and refused with another or a changed body', () => {
    const secret = generateSecret();
    const body = JSON.stringify({ type: 'message.created', data: { id: 'x' } });
    const headers = signatureHeaders(secret, 'msg_1', new Date(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateSecret()).verify(body, headers)).toThrow(
      'No matching signature found',
    );
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow(
      'No matching signature found',
    );
  });

  it('generates secrets of 32 random bytes that the contract accepts', () => {
    const [one, two] = [generateSecret(), generateSecret()];
    expect(one).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(one.slice(6), 'base64')).toHaveLength(32);
    expect(one).not.toBe(two);
    expect(webhookSecret.safeParse(one).success).toBe(true);
  });

  it.each([
    ['the specification’s example', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', true],
    ['64 bytes', `whsec_${Buffer.alloc(64, 7).toString('base64')}`, true],
    ['no prefix', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', false],
    ['16 bytes', `whsec_${Buffer.alloc(16, 7).toString('base64')}`, false],
    ['65 bytes', `whsec_${Buffer.alloc(65, 7).toString('base64')}`, false],
    ['base64url', `whsec_${Buffer.alloc(30, 0xfb).toString('base64url')}`, false],
    [
      'missing padding',
      `whsec_${Buffer.alloc(25, 7).toString('base64').replace(/=+$/, '')}`,
      false,
    ],
    ['white space', 'whsec_MfKQ9r8GKYqrTwjUPD8I LPZIo2LaLaSw', false],
  ])('takes a given secret only as whsec_ and base64 of 24 to 64 bytes: %s', (_, secret, ok) => {
    expect(webhookSecret.safeParse(secret).success).toBe(ok);
  });

  it('subscribes http and https URLs only, to events it knows, each once', () => {
    const body = (override: object) =>
      createWebhookBody.safeParse({
        url: 'https://example.com/hook',
        events: ['message.created'],
        ...override,
      });
    expect(body({}).success).toBe(true);
    expect(body({ events: ['reservation.*', 'message.read'] }).success).toBe(true);
    expect(body({ url: 'ftp://example.com/hook' }).success).toBe(false);
    expect(body({ url: 'example.com/hook' }).success).toBe(false);
    expect(body({ events: [] }).success).toBe(false);
    expect(body({ events: ['message.created', 'message.created'] }).success).toBe(false);
    expect(body({ events: ['message.deleted'] }).success).toBe(false);
  });
});

describe('webhook addresses', () => {
  it.each([
    ['127.0.0.1', false],
    ['127.255.0.9', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['192.168.1.10', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['100.127.255.254', false],
    ['0.0.0.0', false],
    ['224.0.0.251', false],
    ['255.255.255.255', false],
    ['::', false],
    ['::1', false],
    ['fd12:3456::1', false],
    ['fc00::1', false],
    ['fe80::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:10.0.0.1', false],
    ['not an address', false],
    ['93.184.215.14', true],
    ['172.32.0.1', true],
    ['100.128.0.1', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['::ffff:8.8.8.8', true],
  ])('%s is %s', (address, allowed) => {
    expect(isAllowedAddress(address)).toBe(allowed);
  });
});
