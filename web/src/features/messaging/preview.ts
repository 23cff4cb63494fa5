import type { Message, ReplyQuote } from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { attachmentSummary } from '../attachments/format.ts';
import { messageText } from './systemLine.ts';
import { messagingT } from './texts.ts';

/** What an unsent message shows in its place: "This message was unsent". */
export function unsentText(t: TFunction<'messaging'> = messagingT()): string {
  return t('bubble.unsent');
}

/**
 * What a message says in one line (a conversation's preview, a reply bar): its text, or what it
 * carries ("Photo", "Voice message"), or that it was unsent.
 */
export function previewText(
  message: Pick<Message, 'kind' | 'system' | 'message' | 'attachments' | 'unsent_at'>,
  t: TFunction<'messaging'> = messagingT(),
): string {
  if (message.unsent_at) return unsentText(t);
  const text = messageText(message, undefined, t);
  if (text) return text;
  return attachmentSummary(message.attachments);
}

/**
 * A reply's quote of the message it answers: its excerpt, or what it carried — named by kind
 * when the original is loaded ("Photo", "Voice message"), counted otherwise — or that it was
 * unsent.
 */
export function quoteText(
  quote: ReplyQuote,
  original?: Message,
  t: TFunction<'messaging'> = messagingT(),
): string {
  if (quote.unsent || original?.unsent_at) return unsentText(t);
  if (quote.excerpt) return quote.excerpt;
  if (original && original.attachments.length > 0) {
    return attachmentSummary(original.attachments);
  }
  if (quote.attachments === 0) return '';
  return t('bubble.attachments', { count: quote.attachments });
}
