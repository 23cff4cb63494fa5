import type { Message, ReplyQuote } from '@flexbnb/contracts';
import { attachmentSummary } from '../attachments/format.ts';
import { messageText } from './systemLine.ts';

export const UNSENT_TEXT = 'This message was unsent';

/**
 * What a message says in one line (a conversation's preview, a reply bar): its text, or what it
 * carries ("Photo", "Voice message"), or that it was unsent.
 */
export function previewText(
  message: Pick<Message, 'kind' | 'system' | 'message' | 'attachments' | 'unsent_at'>,
): string {
  if (message.unsent_at) return UNSENT_TEXT;
  const text = messageText(message);
  if (text) return text;
  return attachmentSummary(message.attachments);
}

/**
 * A reply's quote of the message it answers: its excerpt, or what it carried — named by kind
 * when the original is loaded ("Photo", "Voice message"), counted otherwise — or that it was
 * unsent.
 */
export function quoteText(quote: ReplyQuote, original?: Message): string {
  if (quote.unsent || original?.unsent_at) return UNSENT_TEXT;
  if (quote.excerpt) return quote.excerpt;
  if (original && original.attachments.length > 0) {
    return attachmentSummary(original.attachments);
  }
  if (quote.attachments === 0) return '';
  return quote.attachments === 1 ? 'Attachment' : `${quote.attachments} attachments`;
}
