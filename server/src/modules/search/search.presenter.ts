import type { SearchHit } from '@flexbnb/contracts';
import { HIGHLIGHT_END, HIGHLIGHT_START, type HitRow } from './search.repo.ts';

type SnippetPart = SearchHit['snippet'][number];

/** ts_headline's text, its matches between the highlight marks, as parts in order. */
export function headlineParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, highlight: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.highlight === highlight) last.text += text;
    else parts.push({ text, highlight });
  };
  let rest = headline;
  while (rest) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start < 0) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, start), false);
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    const stop = end < 0 ? rest.length : end;
    push(rest.slice(start + 1, stop), true);
    rest = rest.slice(stop + 1);
  }
  // Words of a phrase are marked one by one; "quiet street" reads as one highlight.
  for (let i = parts.length - 2; i > 0; i--) {
    const [before, gap, after] = [parts[i - 1]!, parts[i]!, parts[i + 1]!];
    if (before.highlight && after.highlight && /^\s+$/.test(gap.text)) {
      before.text += gap.text + after.text;
      parts.splice(i, 2);
    }
  }
  return parts;
}

/**
 * A name or title that matched: the words found in it as they are written there highlighted,
 * or the whole of it when it matched by similarity alone ("Margret" for "Margaret").
 */
export function matchedTextParts(text: string, words: readonly string[]): SnippetPart[] {
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    const needle = word.toLowerCase();
    // Lower-casing can change a string's length (İ); then positions would not line up.
    if (!needle || lower.length !== text.length) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      marked.fill(true, at, at + needle.length);
    }
  }
  if (!marked.includes(true)) return [{ text, highlight: true }];
  const parts: SnippetPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.highlight === marked[i]) last.text += text[i];
    else parts.push({ text: text[i]!, highlight: marked[i]! });
  }
  return parts;
}

/** A row of `findHits` as the API shows it to `viewerId`. */
export function presentHit(row: HitRow, viewerId: string, words: readonly string[]): SearchHit {
  const otherName = row.host_id === viewerId ? row.guest_name : row.host_name;
  let snippet: SnippetPart[];
  if (row.type === 'message') {
    snippet = headlineParts(row.headline ?? '');
  } else {
    const fields = [
      row.name_hit ? matchedTextParts(otherName, words) : [],
      row.title_hit ? matchedTextParts(row.property_title, words) : [],
    ].filter((f) => f.length > 0);
    snippet = fields.flatMap((f, i) => (i > 0 ? [{ text: ' · ', highlight: false }, ...f] : f));
  }
  return {
    type: row.type,
    conversation_id: row.conversation_id,
    message_id: row.message_id,
    seq: row.seq,
    sender_id: row.sender_id,
    property: { id: row.property_id, title: row.property_title },
    guest: { id: row.guest_id, name: row.guest_name },
    host: { id: row.host_id, name: row.host_name },
    snippet,
    created_at: new Date(row.at).toISOString(),
  };
}
