import { routes } from '@flexbnb/contracts';
import type { FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { contractRoute } from './contract-route.ts';

export interface HealthOptions {
  /** Resolves when the database answers; rejects (or throws) when it does not. */
  ping: () => Promise<void>;
  /** True once the node is stopping: it finishes what it has but wants nothing new. */
  stopping?: () => boolean;
}

/**
 * Serves the public probes: `GET /healthz` (200 while the process runs) and `GET /readyz`
 * (200 when `ping` resolves, 503 `unavailable` when it fails or the node is stopping). Works on any Fastify instance,
 * an API node's or one of a node that serves nothing but these: the routes bring their own
 * zod compilers.
 */
export async function installHealth(
  app: FastifyInstance,
  { ping, stopping = () => false }: HealthOptions,
): Promise<void> {
  await app.register(async (scope) => {
    const probes = scope.withTypeProvider<ZodTypeProvider>();
    probes.setValidatorCompiler(validatorCompiler);
    probes.setSerializerCompiler(serializerCompiler);

    probes.route({
      ...contractRoute(routes.getHealth),
      handler: () => ({ status: 'ok' as const }),
    });

    probes.route({
      ...contractRoute(routes.getReadiness),
      handler: async (_request, reply) => {
        if (stopping()) {
          return reply
            .code(503)
            .send({ error: { code: 'unavailable', message: 'This node is stopping' } });
        }
        try {
          await ping();
          return { status: 'ready' as const };
        } catch {
          return reply
            .code(503)
            .send({ error: { code: 'unavailable', message: 'The database does not answer' } });
        }
      },
    });
  });
}
