import type { createPropertyBody, Property, updatePropertyBody } from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import { notFound } from '../../platform/errors.ts';
import { takePage } from '../../platform/paging.ts';
import { keepOnProperty, propertyPhotos } from '../attachments/index.ts';
import { seesAccessDetails } from './properties.policy.ts';
import { presentProperty } from './properties.presenter.ts';
import * as repo from './properties.repo.ts';

export type PropertiesService = ReturnType<typeof createPropertiesService>;

type CreateInput = z.output<typeof createPropertyBody>;
type UpdateInput = z.output<typeof updatePropertyBody>;

/** The details the input sets; the ones it leaves out keep their value. */
function detailColumns(
  input: Partial<
    Omit<
      UpdateInput,
      'title' | 'address' | 'timezone' | 'check_in_time' | 'check_out_time' | 'photo_ids'
    >
  >,
): Partial<repo.PropertyRow> {
  // The contract lets an empty string clear a detail, as null does.
  const orNull = (value: string | null) => value || null;
  return {
    ...(input.locale !== undefined && { locale: input.locale }),
    ...(input.wifi_name !== undefined && { wifiName: orNull(input.wifi_name) }),
    ...(input.wifi_password !== undefined && { wifiPassword: orNull(input.wifi_password) }),
    ...(input.door_code !== undefined && { doorCode: orNull(input.door_code) }),
    ...(input.parking_info !== undefined && { parkingInfo: orNull(input.parking_info) }),
    ...(input.house_manual_url !== undefined && {
      houseManualUrl: orNull(input.house_manual_url),
    }),
    ...(input.emergency_phone !== undefined && {
      emergencyPhone: orNull(input.emergency_phone),
    }),
    // Stored as numeric(10, 2): "89.5" and 89.5 both become "89.50".
    ...(input.nightly_rate !== undefined && {
      nightlyRate: input.nightly_rate === null ? null : Number(input.nightly_rate).toFixed(2),
    }),
    ...(input.currency !== undefined && { currency: input.currency }),
  };
}

/**
 * The property's host (and title, and nightly rate), for use cases that start something at a
 * property.
 */
export async function findPropertyHost(
  db: DbOrTx,
  id: string,
): Promise<
  | {
      id: string;
      hostId: string;
      hostName: string;
      title: string;
      nightlyRate: string | null;
      currency: string;
    }
  | undefined
> {
  const row = await repo.findProperty(db, id);
  return (
    row && {
      id: row.id,
      hostId: row.hostId,
      hostName: row.hostName,
      title: row.title,
      nightlyRate: row.nightlyRate,
      currency: row.currency,
    }
  );
}

export function createPropertiesService(deps: ServiceDeps) {
  const { db, events } = deps;

  /** The rows as `viewer` may see them: one query for the stays of all they do not host. */
  async function presentFor(viewer: Actor, rows: repo.PropertyWithHost[]): Promise<Property[]> {
    const now = deps.now();
    const others = rows.filter((r) => r.hostId !== viewer.id).map((r) => r.id);
    const stays = await repo.findViewerStays(db, viewer.id, others, now);
    const photos = await propertyPhotos(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((row) =>
      presentProperty(row, {
        seesAccessDetails: seesAccessDetails(viewer.id, row, stays.get(row.id) ?? [], now),
        photos: photos.get(row.id) ?? [],
      }),
    );
  }

  return {
    /**
     * Lists properties newest first, as `viewer` may see them; `hostId` narrows to one host's,
     * `externalId` to the one a platform synced under that id.
     */
    async list(
      viewer: Actor,
      options: {
        hostId?: string;
        externalId?: string;
        limit: number;
        after?: { created_at: string; id: string };
      },
    ) {
      const rows = await repo.listProperties(db, { ...options, limit: options.limit + 1 });
      const page = takePage(rows, options.limit, (r) => ({
        created_at: r.createdAt.toISOString(),
        id: r.id,
      }));
      return { items: await presentFor(viewer, page.rows), next: page.next };
    },

    /** @throws not_found */
    async get(viewer: Actor, id: string): Promise<Property> {
      const row = await repo.findProperty(db, id);
      if (!row) throw notFound('Property');
      const [property] = await presentFor(viewer, [row]);
      return property!;
    },

    /**
     * Creates a property hosted by the actor, and records `property.created`. Without a
     * locale it is the database's default, en-US. `externalId`: the rental platform's own id
     * of it, when a platform syncs it (unique).
     * @throws validation_failed naming `body.photo_ids` unless they are the actor's unclaimed
     *   image uploads
     */
    async create(
      actor: Actor,
      input: Omit<CreateInput, 'locale' | 'currency'> &
        Partial<Pick<CreateInput, 'locale' | 'currency'>>,
      options: { externalId?: string } = {},
    ): Promise<Property> {
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
          ...detailColumns(input),
          ...(options.externalId !== undefined && { externalId: options.externalId }),
        });
        if (input.photo_ids) await keepOnProperty(uow.db, actor.id, created.id, input.photo_ids);
        const firstOfHost = (await repo.countHostProperties(uow.db, actor.id)) === 1;
        await events.record(uow, 'property.created', [
          { property_id: created.id, host_id: actor.id, first_of_host: firstOfHost },
        ]);
        return created;
      });
      const photos = await propertyPhotos(db, [row.id]);
      return presentProperty(
        { ...row, hostName: actor.name },
        { seesAccessDetails: true, photos: photos.get(row.id) ?? [] },
      );
    },

    /**
     * @throws not_found, also when the actor does not host it (another's property is not
     *   theirs to know of as editable); validation_failed naming `body.photo_ids` unless they
     *   are the actor's unclaimed image uploads or the property's photos
     */
    async update(actor: Actor, id: string, patch: UpdateInput): Promise<Property> {
      const existing = await repo.findProperty(db, id);
      if (!existing || existing.hostId !== actor.id) throw notFound('Property');
      // Recorded with the change: messages held for want of a detail go out once it is there.
      const row = await events.transaction(db, async (uow) => {
        const updated = await repo.updateProperty(uow.db, id, {
          ...(patch.title !== undefined && { title: patch.title }),
          ...(patch.address !== undefined && { address: patch.address }),
          ...(patch.timezone !== undefined && { timezone: patch.timezone }),
          ...(patch.check_in_time !== undefined && { checkInTime: patch.check_in_time }),
          ...(patch.check_out_time !== undefined && { checkOutTime: patch.check_out_time }),
          ...detailColumns(patch),
          updatedAt: deps.now(),
        });
        if (updated && patch.photo_ids) {
          await keepOnProperty(uow.db, actor.id, updated.id, patch.photo_ids);
        }
        if (updated) {
          await events.record(uow, 'property.updated', [
            { property_id: updated.id, host_id: updated.hostId },
          ]);
        }
        return updated;
      });
      if (!row) throw notFound('Property');
      const photos = await propertyPhotos(db, [row.id]);
      return presentProperty(
        { ...row, hostName: existing.hostName },
        { seesAccessDetails: true, photos: photos.get(row.id) ?? [] },
      );
    },
  };
}
