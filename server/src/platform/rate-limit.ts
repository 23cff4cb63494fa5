import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from './errors.ts';

/** A budget of `points` actions per key and window, shared by every path that spends it. */
export interface RateLimiter {
  /** @throws rate_limited (with a `retry-after` header) when the key's budget is spent */
  consume(key: string): Promise<void>;
}

/**
 * A fixed-window limiter: in Redis when a client is given, so every node spends the same
 * budget, in process memory otherwise.
 */
export function createRateLimiter(options: {
  prefix: string;
  points: number;
  windowSeconds: number;
  redis?: Redis;
  /** Where the limiter says that Redis is away and its budget is this node's until it returns. */
  log?: { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void };
}): RateLimiter {
  const base = {
    keyPrefix: options.prefix,
    points: options.points,
    duration: options.windowSeconds,
  };
  const limiter = options.redis
    ? // With Redis out of reach, each node falls back to its own memory rather than failing sends.
      new RateLimiterRedis({
        ...base,
        storeClient: options.redis,
        insuranceLimiter: new RateLimiterMemory(base),
      })
    : new RateLimiterMemory(base);
  // Said once per outage, not per request.
  let alone = false;
  function noticeRedis() {
    const away = options.redis !== undefined && options.redis.status !== 'ready';
    if (away === alone) return;
    alone = away;
    if (away) {
      options.log?.warn(
        { limiter: options.prefix },
        'Redis is out of reach: rate limits are per node until it is back',
      );
    } else {
      options.log?.info({ limiter: options.prefix }, 'Redis is back: rate limits are shared again');
    }
  }
  return {
    async consume(key) {
      noticeRedis();
      try {
        await limiter.consume(key);
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        throw new AppError(
          'rate_limited',
          `Too many requests; try again in ${seconds} s`,
          undefined,
          {
            'retry-after': String(seconds),
          },
        );
      }
    },
  };
}
