import type {
  AdminAutomation,
  AdminConversation,
  AdminConversationView,
  AdminProperty,
  AdminQuickReply,
  AdminReservation,
  AdminScreenedMessage,
  AdminScreening,
} from '@flexbnb/contracts';
import type {
  AutomationRow,
  ConversationRow,
  PropertyRow,
  QuickReplyRow,
  ReservationRow,
  RevisionRow,
  ScreenedMessageRow,
  SupportMessageRow,
} from './content.repo.ts';
import type { MessageAttachment, StoredScreening } from '../../platform/db/schema.ts';

export function presentAdminProperty(row: PropertyRow): AdminProperty {
  return {
    id: row.id,
    title: row.title,
    address: row.address,
    timezone: row.timezone,
    host: row.host,
    reservations: row.reservations,
    conversations: row.conversations,
    created_at: row.createdAt.toISOString(),
  };
}

export function presentAdminReservation(row: ReservationRow): AdminReservation {
  return {
    id: row.id,
    status: row.status,
    check_in: row.checkIn,
    check_out: row.checkOut,
    guests: row.guests,
    property: row.property,
    guest: row.guest,
    host: row.host,
    payment_due_at: row.paymentDueAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
  };
}

export function presentAdminConversation(row: ConversationRow): AdminConversation {
  return {
    id: row.id,
    property: row.property,
    guest: row.guest,
    host: row.host,
    reservation_id: row.reservationId,
    messages: row.messages,
    last_message_at: row.lastMessageAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
  };
}

type SupportMessage = AdminConversationView['messages'][number];

/** What support sees of attachments: what they were, never a link to their content. */
function presentAttachmentRefs(list: MessageAttachment[] | null): SupportMessage['attachments'] {
  return (list ?? []).map((a) => ({
    id: a.id,
    kind: a.kind,
    content_type: a.content_type,
    name: a.name,
    size: a.size,
  }));
}

export function presentRevision(row: RevisionRow): SupportMessage['revisions'][number] {
  return {
    revision: row.revision,
    action: row.action,
    message: row.message,
    attachments: presentAttachmentRefs(row.attachments),
    actor_id: row.actorId,
    created_at: row.createdAt.toISOString(),
  };
}

/** What screening found in a message, with what its sender wrote (`message` unless masked). */
function presentAdminScreening(
  screening: StoredScreening | null,
  message: string,
): AdminScreening | null {
  if (!screening) return null;
  return {
    action: screening.action,
    original: screening.original ?? message,
    matches: screening.matches,
  };
}

export function presentScreenedMessage(row: ScreenedMessageRow): AdminScreenedMessage {
  return {
    id: row.id,
    conversation_id: row.conversationId,
    property: row.property,
    sender: row.sender,
    receiver: row.receiver,
    message: row.message,
    // The list holds screened messages only.
    screening: presentAdminScreening(row.screening, row.message)!,
    created_at: row.createdAt.toISOString(),
  };
}

/** A message as support sees it, with its revision log (`revisions`, oldest first). */
export function presentSupportMessage(
  row: SupportMessageRow,
  revisions: readonly RevisionRow[] = [],
): SupportMessage {
  return {
    id: row.id,
    seq: row.seq,
    sender: row.sender,
    kind: row.systemEvent ? 'system' : 'text',
    system: row.systemEvent,
    message: row.message,
    attachments: presentAttachmentRefs(row.attachments),
    is_read: row.isRead,
    screening: presentAdminScreening(row.screening, row.message),
    edited_at: row.editedAt?.toISOString() ?? null,
    unsent_at: row.unsentAt?.toISOString() ?? null,
    revisions: revisions.map(presentRevision),
    created_at: row.createdAt.toISOString(),
  };
}

export function presentAdminQuickReply(row: QuickReplyRow): AdminQuickReply {
  return {
    id: row.id,
    title: row.title,
    message: row.message,
    category: row.category,
    host: row.host,
    property:
      row.propertyId !== null && row.propertyTitle !== null
        ? { id: row.propertyId, title: row.propertyTitle }
        : null,
    usage_count: row.usageCount,
    is_active: row.isActive,
    created_at: row.createdAt.toISOString(),
  };
}

export function presentAdminAutomation(row: AutomationRow): AdminAutomation {
  return {
    id: row.id,
    name: row.name,
    trigger: row.trigger,
    offset_minutes: row.offsetMinutes,
    host: row.host,
    property:
      row.propertyId !== null && row.propertyTitle !== null
        ? { id: row.propertyId, title: row.propertyTitle }
        : null,
    quick_reply:
      row.templateId !== null && row.templateTitle !== null
        ? { id: row.templateId, title: row.templateTitle }
        : null,
    message: row.message,
    is_active: row.isActive,
    scheduled: row.scheduled,
    created_at: row.createdAt.toISOString(),
  };
}
