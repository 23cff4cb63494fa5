import {
  routes,
  type DeliveryChannel,
  type Message,
  type MessageDeliveries,
} from '@flexbnb/contracts';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { keys } from '../../lib/queries.ts';
import { clockTime } from '../../lib/time.ts';
import styles from './DeliveryStatus.module.css';
import { messagingT } from './texts.ts';

type Delivery = MessageDeliveries['deliveries'][number];

/** Between deliveries in the same state, the one the receiver most likely sees first. */
const CHANNEL_ORDER: DeliveryChannel[] = ['push', 'email', 'sms'];

const byChannel = (a: Delivery, b: Delivery) =>
  CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel);

/**
 * What the sender is told of how the receiver learnt of a message: "Seen" once it was read;
 * else the most telling delivery — the latest sent ("Emailed 10:42"), then one being retried
 * ("Push failed, retrying"), then one held ("Email waiting for quiet hours to end"), then one
 * given up on. Null when there is nothing to say (no delivery, or none tried yet).
 */
export function deliveryLine(
  deliveries: Pick<MessageDeliveries, 'read_at' | 'deliveries'>,
  time: (iso: string) => string = clockTime,
  t: TFunction<'messaging'> = messagingT(),
): string | null {
  if (deliveries.read_at) return t('delivery.seen');
  const list = [...deliveries.deliveries].sort(byChannel);
  const sent = list
    .filter((d): d is Delivery & { sent_at: string } => d.status === 'sent' && d.sent_at !== null)
    .sort((a, b) => Date.parse(b.sent_at) - Date.parse(a.sent_at))[0];
  if (sent) return t(`delivery.sent.${sent.channel}`, { time: time(sent.sent_at) });
  const retrying = list.find((d) => d.status === 'pending' && d.attempts > 0);
  if (retrying) return t(`delivery.retrying.${retrying.channel}`);
  const held = list.find((d) => d.status === 'deferred');
  if (held) return t(`delivery.waiting.${held.channel}`);
  const failed = list.find((d) => d.status === 'failed');
  if (failed) return t(`delivery.failed.${failed.channel}`);
  return null;
}

const FRESH_MS = 2 * 60_000;

/**
 * Under the sender's newest message: "Seen" once read, else how the receiver was told (see
 * `deliveryLine`). Asks the server only while the message is unread: often in its first
 * minutes, when push and email go out, then every 30 s. A read receipt makes it "Seen" at once.
 */
export function DeliveryStatus({ message }: { message: Message }) {
  const { t } = useTranslation('messaging');
  const deliveries = useQuery({
    queryKey: keys.messageDeliveries(message.id),
    queryFn: ({ signal }) =>
      api(routes.getMessageDeliveries, { params: { id: message.id }, signal }),
    enabled: !message.is_read,
    retry: false,
    refetchInterval: (query) =>
      query.state.data?.read_at
        ? false
        : Date.now() - Date.parse(message.created_at) < FRESH_MS
          ? 10_000
          : 30_000,
  });
  const line = message.is_read
    ? t('delivery.seen')
    : deliveries.data
      ? deliveryLine(deliveries.data, clockTime, t)
      : null;
  if (!line) return null;
  return <div className={styles.seen}>{line}</div>;
}
