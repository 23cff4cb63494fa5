import type { Conversation } from '@flexbnb/contracts';
import type { Actor } from '../../platform/context.ts';
import { presentMessage } from '../messages/index.ts';
import type { ConversationView } from './conversations.repo.ts';

/** A conversation as `viewer` sees it: their own archive flag and unread count. */
export function presentConversation(
  view: ConversationView,
  viewer: Pick<Actor, 'id'>,
): Conversation {
  const c = view.conversation;
  const viewerIsHost = c.hostId === viewer.id;
  return {
    id: c.id,
    property_id: c.propertyId,
    guest_id: c.guestId,
    host_id: c.hostId,
    reservation_id: c.reservationId,
    property: { id: c.propertyId, title: view.propertyTitle, timezone: view.propertyTimezone },
    guest: { id: c.guestId, name: view.guestName },
    host: { id: c.hostId, name: view.hostName },
    reservation: view.reservation && {
      id: view.reservation.id,
      check_in: view.reservation.checkIn,
      check_out: view.reservation.checkOut,
      guests: view.reservation.guests,
      status: view.reservation.status,
    },
    is_archived_by_guest: c.isArchivedByGuest,
    is_archived_by_host: c.isArchivedByHost,
    is_archived: viewerIsHost ? c.isArchivedByHost : c.isArchivedByGuest,
    unread_count: viewerIsHost ? c.hostUnreadCount : c.guestUnreadCount,
    last_message: view.lastMessage && presentMessage(view.lastMessage),
    last_message_at: c.lastMessageAt?.toISOString() ?? null,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
  };
}
