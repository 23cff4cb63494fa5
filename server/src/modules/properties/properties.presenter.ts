import type { Property } from '@flexbnb/contracts';
import type { PropertyWithHost } from './properties.repo.ts';

export function presentProperty(row: PropertyWithHost): Property {
  return {
    id: row.id,
    host_id: row.hostId,
    host: { id: row.hostId, name: row.hostName },
    title: row.title,
    address: row.address,
    timezone: row.timezone,
    check_in_time: row.checkInTime,
    check_out_time: row.checkOutTime,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
