import type { createShardedAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';

export interface RedisClients {
  /** Commands and publishing (rate limits, the Socket.IO adapter's broadcasts). */
  pub: Redis;
  /** Subscriptions only: a subscribed Redis connection can run no other command. */
  sub: Redis;
  /**
   * Socket.IO's adapter over these connections: sharded pub/sub (Redis 7+), one channel per
   * room, subscribed only by the nodes holding a socket in it, so a node receives its own
   * users' events, not every event of the cluster.
   */
  socketAdapter(channelPrefix: string): ReturnType<typeof createShardedAdapter>;
  close(): Promise<void>;
}

/**
 * Connects to Redis; ioredis reconnects by itself, and errors are logged rather than thrown.
 * ioredis and the Socket.IO adapter are loaded here, so a node without Redis does not carry them.
 */
export async function openRedis(
  url: string,
  log: { warn: (obj: object, msg: string) => void },
): Promise<RedisClients> {
  const [{ Redis }, { createShardedAdapter }] = await Promise.all([
    import('ioredis'),
    import('@socket.io/redis-adapter'),
  ]);
  const pub = new Redis(url, { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) {
    client.on('error', (err: Error) => log.warn({ err }, 'Redis connection error'));
  }
  return {
    pub,
    sub,
    socketAdapter: (channelPrefix) =>
      createShardedAdapter(pub, sub, { channelPrefix, subscriptionMode: 'dynamic' }),
    close: async () => {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
