import type { Logger } from './context.ts';

/** The logger of a process without Fastify's (the CLI, the benches): warnings and errors to stderr. */
export const consoleLog: Logger = {
  info: () => undefined,
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};
