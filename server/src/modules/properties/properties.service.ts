import type { createPropertyBody, Property, updatePropertyBody } from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { takePage } from '../../platform/paging.ts';
import { addStarterQuickReplies } from '../quick-replies/index.ts';
import { presentProperty } from './properties.presenter.ts';
import * as repo from './properties.repo.ts';

export type PropertiesService = ReturnType<typeof createPropertiesService>;

export function createPropertiesService(deps: ServiceDeps) {
  const { db } = deps;

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

    /** Creates a property hosted by the actor; a host's first one brings the starter quick replies. */
    async create(actor: Actor, input: z.output<typeof createPropertyBody>): Promise<Property> {
      const row = await db.transaction(async (tx) => {
        // Two first properties created at once must not both see themselves as the first.
        await repo.lockHost(tx, actor.id);
        const created = await repo.insertProperty(tx, {
          hostId: actor.id,
          title: input.title,
          address: input.address,
          timezone: input.timezone,
          checkInTime: input.check_in_time,
          checkOutTime: input.check_out_time,
        });
        if ((await repo.countHostProperties(tx, actor.id)) === 1) {
          await addStarterQuickReplies(tx, actor.id);
        }
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
