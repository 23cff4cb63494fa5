import path from 'node:path';
import { SCREENING_POLICIES, type ScreeningPolicy } from '@flexbnb/contracts';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const envSchema = z.object({
  ROLES: list
    .pipe(z.array(z.enum(['api', 'worker'])).min(1, 'name at least one of api, worker'))
    .default(['api', 'worker']),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  CORS_ORIGINS: list.pipe(z.array(z.union([z.literal('*'), z.url()]))).default([]),
  EMBED_ORIGINS: list
    .pipe(
      z.array(
        z.url({ protocol: /^https?$/, error: 'must be origins like https://www.example.com' }),
      ),
    )
    .default([]),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.string().optional(),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/)
    .default('flexbnb'),
  SOCKET_ACCOUNT_CHECK_SECONDS: z.coerce.number().min(0.05).max(3600).default(60),
  AUTH_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(10).default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(30 * 24 * 3600),
  JWT_JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  AUTH_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  SEND_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  SEND_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).default(256),
  SEND_MAX_WAIT_MS: z.coerce.number().int().min(1).max(60_000).default(30),
  SEND_BATCH_MAX: z.coerce.number().int().min(1).max(1000).default(64),
  SEND_BATCHES_IN_FLIGHT: z.coerce.number().int().min(1).max(64).default(1),
  SEND_BATCH_LINGER_MS: z.coerce.number().min(0).max(100).default(3),
  SEND_BATCH_LINGER_FOR: z.coerce.number().int().min(1).max(1000).default(12),
  CHANGE_EVENTS_KEEP_DAYS: z.coerce.number().min(1).max(3650).default(30),
  CHANGE_EVENTS_KEEP_PER_USER: z.coerce.number().int().min(100).default(10_000),
  CHANGE_EVENTS_PRUNE_INTERVAL_SECONDS: z.coerce.number().min(1).max(86_400).default(3600),
  SEED_DEMO: bool.optional(),
  ALLOW_DEMO_ACCOUNTS: bool.default(false),
  TRUST_PROXY: bool.default(false),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(120_000),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  ADMIN_EMAIL: z.email().max(254).optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(256).optional(),
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(4),
  JOBS_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1000),
  JOBS_KEEP_COMPLETED_DAYS: z.coerce.number().min(0).max(3650).default(7),
  JOBS_STOP_GRACE_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  STOP_DRAIN_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  SMTP_URL: z
    .url()
    .refine((u) => /^smtps?:/.test(u), 'must be an smtp:// or smtps:// URL')
    .optional(),
  EMAIL_FROM: z.string().min(3).default('FlexBNB Messenger <no-reply@localhost>'),
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM: z.string().optional(),
  TWILIO_BASE_URL: z.url().default('https://api.twilio.com'),
  VAPID_PUBLIC_KEY: z.string().optional(),
  VAPID_PRIVATE_KEY: z.string().optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)\S+$/, 'must be a mailto: or https: URL')
    .optional(),
  NOTIFY_PUSH_DELAY_SECONDS: z.coerce.number().min(0).max(86_400).default(30),
  NOTIFY_EMAIL_DELAY_SECONDS: z.coerce.number().min(0).max(86_400).default(300),
  NOTIFY_SMS_DELAY_SECONDS: z.coerce.number().min(0).max(86_400).default(300),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NOTIFY_RETRY_BASE_SECONDS: z.coerce.number().min(0.01).max(3600).default(30),
  SCREENING_POLICY: z.enum(SCREENING_POLICIES).default('mask'),
  SCREENING_REVEAL_ON_CONFIRM: bool.default(false),
  TRANSLATE_URL: z.url().optional(),
  TRANSLATE_API_KEY: z.string().min(1).optional(),
  DEEPL_API_KEY: z.string().min(1).optional(),
  DEEPL_URL: z.url().optional(),
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    // An upload is held in memory while it is checked.
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  ATTACHMENT_UPLOAD_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool.default(true),
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  WEBHOOK_RETRY_SCHEDULE_SECONDS: list
    .pipe(
      z
        .array(
          z.coerce
            .number<string>()
            .min(0)
            .max(7 * 86_400),
        )
        .max(20),
    )
    // The Standard Webhooks specification's suggestion: 8 attempts over about a day.
    .default([5, 300, 1800, 7200, 18_000, 36_000, 36_000]),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
});

/** The environment as parsed, with the rules that tie variables together. */
const configSchema = envSchema.superRefine((e, ctx) => {
  // Half of the pair would start a node that quietly has no administrator.
  if (e.ADMIN_EMAIL && !e.ADMIN_PASSWORD) {
    ctx.addIssue({
      code: 'custom',
      path: ['ADMIN_PASSWORD'],
      message: 'required with ADMIN_EMAIL',
    });
  }
  if (e.ADMIN_PASSWORD && !e.ADMIN_EMAIL) {
    ctx.addIssue({
      code: 'custom',
      path: ['ADMIN_EMAIL'],
      message: 'required with ADMIN_PASSWORD',
    });
  }
  // Half of an S3 setting would quietly keep attachments on this node's disk.
  const pairs = [
    ['S3_BUCKET', 'S3_ENDPOINT'],
    ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'],
  ] as const;
  for (const pair of pairs) {
    for (const [given, missing] of [pair, [pair[1], pair[0]]] as const) {
      if (e[given] && !e[missing]) {
        ctx.addIssue({ code: 'custom', path: [missing], message: `required with ${given}` });
      }
    }
  }
  if (e.S3_ACCESS_KEY_ID && !e.S3_BUCKET) {
    ctx.addIssue({
      code: 'custom',
      path: ['S3_BUCKET'],
      message: 'required with S3_ACCESS_KEY_ID',
    });
  }
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  /** What this node does: serve the API and sockets, run background jobs, or both. */
  roles: { api: boolean; worker: boolean };
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string | undefined;
  corsOrigins: string[];
  /** The pages (origins) allowed to frame the chat widget: CSP `frame-ancestors`. */
  embedOrigins: string[];
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  redisUrl: string | undefined;
  /** Prefixes every Redis key and channel, so that several deployments can share one Redis. */
  redisPrefix: string;
  /** How often each node looks for disabled accounts among its open sockets. */
  socketAccountCheckSeconds: number;
  /**
   * How long a node trusts an account it read for authentication (verified tokens are kept
   * until they expire): the staleness bound of a change made without `invalidateAccount`.
   */
  authCacheSeconds: number;
  logLevel: string;
  jwtSecret: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  externalJwt: { jwksUrl: string; issuer?: string; audience?: string } | undefined;
  loginRateLimitPerMinute: number;
  /**
   * Sign-ins, registrations and reset requests per minute from one address, whatever the
   * email: one password tried on many accounts (spraying) and mass sign-ups are slowed.
   */
  authRateLimitPerAddressPerMinute: number;
  sendRateLimitPerMinute: number;
  /**
   * Back-pressure on sends: a node refuses a send (`overloaded`) while this many are under
   * way, or while the oldest under way has waited `maxWaitMs`, rather than queue without end.
   */
  sendLoad: {
    maxInFlight: number;
    maxWaitMs: number;
    /** Group commit: sends written together in one statement at most, and such batches at once. */
    maxBatch: number;
    batchesInFlight: number;
    /**
     * While sends keep coming, how long one waits for others to share its batch, and how many
     * queued end the wait at once.
     */
    batchLingerMs: number;
    batchLingerFor: number;
  };
  /** Demo accounts on an empty database: by default only on the embedded one, outside production. */
  seedDemo: boolean;
  /**
   * Whether a production node may start on a database holding the demo accounts, whose
   * password is published.
   */
  allowDemoAccounts: boolean;
  trustProxy: boolean;
  /**
   * How long a client has to send a whole request, headers and body (an upload on a slow
   * line included); a client that sends slower is answered 408 and dropped.
   */
  requestTimeoutMs: number;
  /**
   * On SIGTERM, how long `/readyz` says 503 before the node stops taking work, so that load
   * balancers turn away from it first. The whole stop takes 10 s at the most.
   */
  stopDrainMs: number;
  /** The bearer token `GET /metrics` requires; open to anyone who reaches it when unset. */
  metricsToken: string | undefined;
  /**
   * ADMIN_EMAIL and ADMIN_PASSWORD: the administrator every node creates at start, or makes
   * of the account with that address, if not one already.
   */
  admin: { email: string; password: string } | undefined;
  /**
   * How much of the change feed is kept: an event older than `keepDays`, or more than
   * `keepPerUser` behind its user's latest, is pruned every `pruneIntervalSeconds`.
   */
  changeEvents: { keepDays: number; keepPerUser: number; pruneIntervalSeconds: number };
  jobs: {
    /** Jobs one worker runs at once. */
    concurrency: number;
    /** How often an idle worker looks for due jobs it was not woken for. */
    pollMs: number;
    /** How long completed jobs (and so their idempotency keys) are kept. */
    keepCompletedDays: number;
    /** How long a stopping worker lets its running jobs finish before handing them back. */
    stopGraceMs: number;
  };
  notifications: {
    /** SMTP server URL; without it emails are written to `DATA_DIR/outbox`. */
    smtpUrl: string | undefined;
    emailFrom: string;
    /** Twilio's Messages API; SMS are skipped unless all three credentials are set. */
    twilio: { accountSid: string; authToken: string; from: string; baseUrl: string } | undefined;
    /** Web Push keys; generated once and kept in the database when unset. */
    vapid: { publicKey: string | undefined; privateKey: string | undefined; subject: string };
    /** A new message escalates to these channels this long after it, if still unread. */
    pushDelaySeconds: number;
    emailDelaySeconds: number;
    smsDelaySeconds: number;
    /** Attempts of one delivery before it fails, with exponential back-off and jitter. */
    maxAttempts: number;
    retryBaseSeconds: number;
  };
  /**
   * Where messages are translated: LibreTranslate at `TRANSLATE_URL`, else DeepL with
   * `DEEPL_API_KEY`; undefined (translation off) with neither.
   */
  translation:
    | { provider: 'libretranslate'; url: string; apiKey?: string | undefined }
    | { provider: 'deepl'; url: string; apiKey: string }
    | undefined;
  screening: {
    /** What happens to contact details in messages sent before a stay is confirmed. */
    policy: ScreeningPolicy;
    /** Whether confirming the stay shows masked messages as written. */
    revealOnConfirm: boolean;
  };
  attachments: {
    /** The largest file an upload may carry; larger ones are refused and nothing is kept. */
    maxBytes: number;
    /** Uploads per user and minute, across every node (with Redis). */
    uploadsPerMinute: number;
    /**
     * An S3-compatible bucket for the files; without it they are kept under
     * `DATA_DIR/attachments` (one node, or a folder every node shares).
     */
    s3: S3Config | undefined;
  };
  webhooks: {
    /**
     * Lets a platform's webhook endpoints be on loopback, private, link-local or other
     * internal addresses (tests, a platform on the same network); off, they are refused.
     */
    allowPrivate: boolean;
    /** The delays between a delivery's attempts: one more attempt than delays. */
    retryScheduleSeconds: number[];
    /** Deliveries failed for good in a row after which an endpoint is turned off. */
    disableAfterFailures: number;
  };
}

export interface S3Config {
  bucket: string;
  endpoint: string;
  region: string;
  /** Without them, the AWS SDK's own chain (its environment variables, an instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** `https://endpoint/bucket/key` rather than `https://bucket.endpoint/key`. */
  forcePathStyle: boolean;
}

export class ConfigError extends Error {}

/** Parses the environment once at boot; every problem is listed together. */
/**
 * DeepL's API host for `apiKey`: keys of the free plan end in `:fx` and are only accepted by
 * `api-free.deepl.com` (the other host answers them 403, and vice versa).
 */
function deeplUrlFor(apiKey: string): string {
  return apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    roles: { api: e.ROLES.includes('api'), worker: e.ROLES.includes('worker') },
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    corsOrigins: e.CORS_ORIGINS,
    embedOrigins: [...new Set(e.EMBED_ORIGINS.map((o) => new URL(o).origin))],
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    socketAccountCheckSeconds: e.SOCKET_ACCOUNT_CHECK_SECONDS,
    authCacheSeconds: e.AUTH_CACHE_SECONDS,
    logLevel: e.LOG_LEVEL,
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
    externalJwt: e.JWT_JWKS_URL
      ? { jwksUrl: e.JWT_JWKS_URL, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE }
      : undefined,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    authRateLimitPerAddressPerMinute: e.AUTH_RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
    sendRateLimitPerMinute: e.SEND_RATE_LIMIT_PER_MINUTE,
    sendLoad: {
      maxInFlight: e.SEND_MAX_IN_FLIGHT,
      maxWaitMs: e.SEND_MAX_WAIT_MS,
      maxBatch: e.SEND_BATCH_MAX,
      batchesInFlight: e.SEND_BATCHES_IN_FLIGHT,
      batchLingerMs: e.SEND_BATCH_LINGER_MS,
      batchLingerFor: e.SEND_BATCH_LINGER_FOR,
    },
    seedDemo: e.SEED_DEMO ?? (!e.DATABASE_URL && e.NODE_ENV !== 'production'),
    allowDemoAccounts: e.ALLOW_DEMO_ACCOUNTS,
    trustProxy: e.TRUST_PROXY,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    stopDrainMs: e.STOP_DRAIN_MS,
    metricsToken: e.METRICS_TOKEN,
    admin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD
        ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD }
        : undefined,
    changeEvents: {
      keepDays: e.CHANGE_EVENTS_KEEP_DAYS,
      keepPerUser: e.CHANGE_EVENTS_KEEP_PER_USER,
      pruneIntervalSeconds: e.CHANGE_EVENTS_PRUNE_INTERVAL_SECONDS,
    },
    jobs: {
      concurrency: e.JOBS_CONCURRENCY,
      pollMs: e.JOBS_POLL_MS,
      keepCompletedDays: e.JOBS_KEEP_COMPLETED_DAYS,
      stopGraceMs: e.JOBS_STOP_GRACE_MS,
    },
    notifications: {
      smtpUrl: e.SMTP_URL,
      emailFrom: e.EMAIL_FROM,
      twilio:
        e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM
          ? {
              accountSid: e.TWILIO_ACCOUNT_SID,
              authToken: e.TWILIO_AUTH_TOKEN,
              from: e.TWILIO_FROM,
              baseUrl: e.TWILIO_BASE_URL.replace(/\/+$/, ''),
            }
          : undefined,
      vapid: {
        publicKey: e.VAPID_PUBLIC_KEY,
        privateKey: e.VAPID_PRIVATE_KEY,
        // Push services take only a mailto: or https: contact.
        subject:
          e.VAPID_SUBJECT ??
          (e.PUBLIC_URL?.startsWith('https://') ? e.PUBLIC_URL : 'mailto:admin@localhost'),
      },
      pushDelaySeconds: e.NOTIFY_PUSH_DELAY_SECONDS,
      emailDelaySeconds: e.NOTIFY_EMAIL_DELAY_SECONDS,
      smsDelaySeconds: e.NOTIFY_SMS_DELAY_SECONDS,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      retryBaseSeconds: e.NOTIFY_RETRY_BASE_SECONDS,
    },
    translation: e.TRANSLATE_URL
      ? {
          provider: 'libretranslate',
          url: e.TRANSLATE_URL.replace(/\/+$/, ''),
          apiKey: e.TRANSLATE_API_KEY,
        }
      : e.DEEPL_API_KEY
        ? {
            provider: 'deepl',
            url: (e.DEEPL_URL ?? deeplUrlFor(e.DEEPL_API_KEY)).replace(/\/+$/, ''),
            apiKey: e.DEEPL_API_KEY,
          }
        : undefined,
    screening: {
      policy: e.SCREENING_POLICY,
      revealOnConfirm: e.SCREENING_REVEAL_ON_CONFIRM,
    },
    attachments: {
      maxBytes: e.ATTACHMENT_MAX_BYTES,
      uploadsPerMinute: e.ATTACHMENT_UPLOAD_RATE_LIMIT_PER_MINUTE,
      s3:
        e.S3_BUCKET && e.S3_ENDPOINT
          ? {
              bucket: e.S3_BUCKET,
              endpoint: e.S3_ENDPOINT,
              region: e.S3_REGION,
              credentials:
                e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
                  ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
                  : undefined,
              forcePathStyle: e.S3_FORCE_PATH_STYLE,
            }
          : undefined,
    },
    webhooks: {
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
      retryScheduleSeconds: e.WEBHOOK_RETRY_SCHEDULE_SECONDS,
      disableAfterFailures: e.WEBHOOK_DISABLE_AFTER_FAILURES,
    },
  };
}
