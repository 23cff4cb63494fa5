import type { User } from '@flexbnb/contracts';
import type { UserRow } from './auth.repo.ts';

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    role: row.role,
    created_at: row.createdAt.toISOString(),
  };
}
