import type { Peers } from '../context.ts';
import type { RedisClients } from './redis.ts';

/** Peers within this process only: a lone node is its own cluster. */
export function createLocalPeers(): Peers {
  const handlers = new Map<string, ((message: string) => void)[]>();
  return {
    publish(topic, message) {
      for (const handler of handlers.get(topic) ?? []) handler(message);
    },
    subscribe(topic, handler) {
      handlers.set(topic, [...(handlers.get(topic) ?? []), handler]);
    },
  };
}

/**
 * Peers over Redis pub/sub, on channels `<prefix>:peers:<topic>`: every node with the same
 * Redis and prefix receives what any of them publishes, itself included. A node that is
 * disconnected from Redis at the time misses the message (pub/sub keeps nothing), so what
 * is sent this way must also expire by itself.
 */
export function createRedisPeers(
  redis: Pick<RedisClients, 'pub' | 'sub'>,
  prefix: string,
  log: { warn: (obj: object, msg: string) => void },
): Peers {
  const channel = (topic: string) => `${prefix}:peers:${topic}`;
  const local = createLocalPeers();
  const byChannel = new Map<string, string>();
  // The Socket.IO adapter shares this connection; it ignores channels outside its own prefix.
  redis.sub.on('message', (name: string, message: string) => {
    const topic = byChannel.get(name);
    if (topic !== undefined) local.publish(topic, message);
  });
  return {
    publish(topic, message) {
      redis.pub.publish(channel(topic), message).catch((err: unknown) => {
        log.warn({ err, topic }, 'Could not tell the other nodes');
      });
    },
    subscribe(topic, handler) {
      if (!byChannel.has(channel(topic))) {
        byChannel.set(channel(topic), topic);
        redis.sub.subscribe(channel(topic)).catch((err: unknown) => {
          log.warn({ err, topic }, 'Could not subscribe to the other nodes');
        });
      }
      local.subscribe(topic, handler);
    },
  };
}
