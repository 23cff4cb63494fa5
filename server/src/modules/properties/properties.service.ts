import type { createPropertyBody, Property, updatePropertyBody } from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { takePage } from '../../platform/paging.ts';
import { presentProperty } from './properties.presenter.ts';
import * as repo from './properties.repo.ts';

export type PropertiesService = ReturnType<typeof createPropertiesService>;

/** The property's host (and title), for use cases that start something at a property. */
export async function findPropertyHost(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; hostId: string; title: string } | undefined> {
  const row = await repo.findProperty(db, id);
  return row && { id: row.id, hostId: row.hostId, title: row.title };
}

export function createPropertiesService(deps: ServiceDeps) {
  const { db, events } = deps;

  return {
    /** Lists properties newest first; `hostId` narrows to one host's. */
    async list(options: {
      hostId?: string;
      limit: number;
      after?: { created_at: string; id: string };
    }) {
      const rows = await repo.listProperties(db, { ...options, limit: options.limit + 1 });
      const page = takePage(rows, options.limit, (r) => ({
        created_at: r.createdAt.toISOString(),
        id: r.id,
      }));
      return { items: page.rows.map(presentProperty), next: page.next };
    },

    /** @throws not_found */
    async get(id: string): Promise<Property> {
      const row = await repo.findProperty(db, id);
      if (!row) throw notFound('Property');
      return presentProperty(row);
    },

    /** Creates a property hosted by the actor, and records `property.created`. */
    async create(actor: Actor, input: z.output<typeof createPropertyBody>): Promise<Property> {
      const row = await events.transaction(db, async (uow) => {
        // Two first properties created at once must not both see themselves as the first.
        await repo.lockHost(uow.db, actor.id);
        const created = await repo.insertProperty(uow.db, {
          hostId: actor.id,
          title: input.title,
          address: input.address,
          timezone: input.timezone,
          checkInTime: input.check_in_time,
          checkOutTime: input.check_out_time,
        });
        const firstOfHost = (await repo.countHostProperties(uow.db, actor.id)) === 1;
        await events.record(uow, 'property.created', [
          { property_id: created.id, host_id: actor.id, first_of_host: firstOfHost },
        ]);
        return created;
      });
      return presentProperty({ ...row, hostName: actor.name });
    },

    /** @throws not_found, forbidden when the actor does not host it */
    async update(
      actor: Actor,
      id: string,
      patch: z.output<typeof updatePropertyBody>,
    ): Promise<Property> {
      const existing = await repo.findProperty(db, id);
      if (!existing) throw notFound('Property');
      if (existing.hostId !== actor.id) throw forbidden('Only the host can change this property');
      const row = await repo.updateProperty(db, id, {
        ...(patch.title !== undefined && { title: patch.title }),
        ...(patch.address !== undefined && { address: patch.address }),
        ...(patch.timezone !== undefined && { timezone: patch.timezone }),
        ...(patch.check_in_time !== undefined && { checkInTime: patch.check_in_time }),
        ...(patch.check_out_time !== undefined && { checkOutTime: patch.check_out_time }),
        updatedAt: deps.now(),
      });
      if (!row) throw notFound('Property');
      return presentProperty({ ...row, hostName: existing.hostName });
    },
  };
}
