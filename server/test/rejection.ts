import { expect } from 'vitest';
import { ChannelError } from '../src/modules/notifications/channels/channel.ts';

/** The ChannelError `promise` rejects with (the test fails when it resolves or throws another). */
export async function rejection(promise: Promise<unknown>): Promise<ChannelError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChannelError);
  return err as ChannelError;
}
