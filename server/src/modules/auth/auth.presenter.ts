import type { User } from '@flexbnb/contracts';
import { attachmentUrl } from '../attachments/index.ts';
import { readingLanguageOf } from '../translation/index.ts';
import type { AvatarRow, UserRow } from './auth.repo.ts';

/** The user as they see themselves; `avatar` is their profile photo, if any. */
export function presentUser(row: UserRow, avatar: AvatarRow | undefined): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    role: row.role,
    locale: row.locale,
    time_zone: row.timeZone,
    language: readingLanguageOf(row),
    avatar_url: avatar
      ? attachmentUrl(avatar.id, avatar.hasThumbnail ? 'thumbnail' : 'content')
      : null,
    created_at: row.createdAt.toISOString(),
  };
}
