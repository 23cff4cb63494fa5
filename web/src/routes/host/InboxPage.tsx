import { Messenger } from '../../features/messaging/Messenger.tsx';

/** A host's inbox: every guest's conversation across their properties, with the reservation. */
export function InboxPage() {
  return <Messenger mode="host" />;
}
