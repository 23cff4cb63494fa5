import { Messenger } from '../../features/messaging/Messenger.tsx';

/** A guest's conversations with the hosts of the places they asked about or booked. */
export function MessagesPage() {
  return <Messenger mode="guest" />;
}
