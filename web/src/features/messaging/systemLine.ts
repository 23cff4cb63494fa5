import type { Message, StayLineEvent } from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { stayDates } from '../../lib/time.ts';
import { messagingT } from './texts.ts';

const HEADLINE = {
  'reservation.confirmed': 'systemLine.confirmed',
  'reservation.declined': 'systemLine.declined',
  'reservation.cancelled': 'systemLine.cancelled',
  'reservation.changed': 'systemLine.changed',
  'reservation.completed': 'systemLine.completed',
} as const satisfies Record<StayLineEvent, string>;

/**
 * What a message says in a thread or a preview: a system line with the stay's dates as the
 * property writes them, like the stay's dates beside it ("Reservation confirmed · Mar 12 – Mar 15, 2027"); a line
 * of a kind this app does not know, as the server wrote it.
 */
export function messageText(
  message: Pick<Message, 'kind' | 'system' | 'message'>,
  /** The property's locale, which writes the stay's dates (the reader's without one). */
  locale?: string | null,
  t: TFunction<'messaging'> = messagingT(),
): string {
  const line = message.system;
  if (!line || !(line.type in HEADLINE)) return message.message;
  // Only stay lines have a headline here; `in` told this line is one.
  return t(HEADLINE[line.type as StayLineEvent], {
    dates: stayDates(line.check_in, line.check_out, locale),
  });
}
