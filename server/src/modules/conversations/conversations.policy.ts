import type { Actor } from '../../platform/context.ts';

/** The two people of a conversation. */
export interface Participants {
  guestId: string;
  hostId: string;
}

export type Side = 'guest' | 'host';

/**
 * Who may see and act in a conversation: its guest and its host, nobody else (another
 * user's conversation answers 404, never 403). The same rule is written in SQL where a
 * query takes a lock or filters a page with it — `messages.repo.lockConversationFor`, the
 * send statement, `quick-replies.repo.findRenderContext` and the inbox's keys — so that
 * checking it costs no extra round trip; each of those says so.
 */
export function isParticipant(conversation: Participants, user: Pick<Actor, 'id'>): boolean {
  return conversation.guestId === user.id || conversation.hostId === user.id;
}

/** The side a participant is on: their archive flag and unread count are that side's. */
export function sideOf(conversation: Participants, user: Pick<Actor, 'id'>): Side {
  return conversation.hostId === user.id ? 'host' : 'guest';
}

/** The participant who is not `user`. */
export function otherParticipantOf(conversation: Participants, user: Pick<Actor, 'id'>): string {
  return conversation.guestId === user.id ? conversation.hostId : conversation.guestId;
}

/** A host may not open a thread with their own property: there would be no one to talk to. */
export function canStartConversation(property: { hostId: string }, user: Pick<Actor, 'id'>) {
  return property.hostId !== user.id;
}
