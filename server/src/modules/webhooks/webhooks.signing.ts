import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new signing secret: `whsec_` and the base64 of 32 random bytes. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The Standard Webhooks headers of one attempt: `webhook-id` (the delivery's, the same on
 * every attempt), `webhook-timestamp` (seconds) and `webhook-signature` (`v1,` and the
 * base64 HMAC-SHA256 of `id.timestamp.body` with the secret), made by the specification's own
 * `standardwebhooks` package.
 */
export function signatureHeaders(
  secret: string,
  messageId: string,
  at: Date,
  body: string,
): { 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string } {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, at, body),
  };
}
