import type { Attachment, QuickReply } from '@flexbnb/contracts';
import type { TemplateView } from './quick-replies.repo.ts';

export function presentQuickReply(row: TemplateView, attachments: Attachment[]): QuickReply {
  return {
    id: row.id,
    host_id: row.hostId,
    property_id: row.propertyId,
    property:
      row.propertyId && row.propertyTitle !== null
        ? { id: row.propertyId, title: row.propertyTitle }
        : null,
    title: row.title,
    message: row.message,
    translations: row.translations ?? {},
    category: row.category,
    usage_count: row.usageCount,
    is_active: row.isActive,
    attachments,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
