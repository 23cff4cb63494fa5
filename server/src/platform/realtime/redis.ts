import { Redis } from 'ioredis';

export interface RedisClients {
  /** Commands and publishing (rate limits, the Socket.IO adapter's broadcasts). */
  pub: Redis;
  /** Subscriptions only: a subscribed Redis connection can run no other command. */
  sub: Redis;
  close(): Promise<void>;
}

/** Connects to Redis; ioredis reconnects by itself, and errors are logged rather than thrown. */
export function openRedis(
  url: string,
  log: { warn: (obj: object, msg: string) => void },
): RedisClients {
  const pub = new Redis(url, { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) {
    client.on('error', (err: Error) => log.warn({ err }, 'Redis connection error'));
  }
  return {
    pub,
    sub,
    close: async () => {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
