import { routes, type Conversation, type Notification, type Reservation } from '@flexbnb/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { api } from './api.ts';
import { keys } from './queries.ts';

/** A conversation the app has loaded already: in an inbox list or an open thread. */
function cachedConversation(client: QueryClient, id: string): Conversation | undefined {
  for (const [, data] of client.getQueriesData<Conversation | Conversation[]>({
    queryKey: keys.conversations,
  })) {
    const found = Array.isArray(data) ? data.find((c) => c.id === id) : data;
    if (found?.id === id) return found;
  }
  return undefined;
}

/**
 * Where a notification takes its user, as the server's own links do: the conversation (in the
 * host inbox when the user hosts it, else under Messages), or for a booking without a thread
 * the host inbox or the guest's trips. What the app has cached decides; otherwise one request.
 */
export async function notificationTarget(
  client: QueryClient,
  notification: Pick<Notification, 'conversation_id' | 'reservation_id'>,
  me: string,
): Promise<string> {
  const { conversation_id: conversationId, reservation_id: reservationId } = notification;
  if (conversationId) {
    let hostId = cachedConversation(client, conversationId)?.host_id;
    if (!hostId) {
      hostId = await api(routes.getConversation, {
        params: { id: conversationId },
        query: { limit: 1 },
      }).then(
        (c) => c.host_id,
        () => undefined,
      );
    }
    return `${hostId === me ? '/host/messages' : '/messages'}/${conversationId}`;
  }
  if (reservationId) {
    let hostId = client
      .getQueryData<Reservation[]>(keys.reservations)
      ?.find((r) => r.id === reservationId)?.host_id;
    if (!hostId) {
      hostId = await api(routes.getReservation, { params: { id: reservationId } }).then(
        (r) => r.host_id,
        () => undefined,
      );
    }
    return hostId === me ? '/host/messages' : '/trips';
  }
  return '/';
}
