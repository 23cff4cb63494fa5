import type { PlatformUser } from '@flexbnb/contracts';
import type { UserRow } from './platform-sync.repo.ts';

/** A synced account as the platform sees it: by its own id, with what it synced. */
export function presentPlatformUser(row: UserRow, externalId: string): PlatformUser {
  return {
    id: row.id,
    external_id: externalId,
    email: row.email,
    name: row.name,
    phone: row.phone,
    locale: row.locale,
    time_zone: row.timeZone,
    created_at: row.createdAt.toISOString(),
  };
}
