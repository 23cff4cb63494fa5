import { Fragment } from 'react';
import type { SnippetPart } from './api.ts';

/**
 * A snippet as text, its highlighted parts in `<mark>`. Every part is a React text node, so
 * whatever a message says (`<b>`, `&amp;`, a script tag) shows exactly as written.
 */
export function Snippet({ parts, className }: { parts: SnippetPart[]; className?: string }) {
  return (
    <span className={className}>
      {parts.map((part, i) =>
        part.highlight ? (
          <mark key={i}>{part.text}</mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </span>
  );
}
