import { Trans, useTranslation } from 'react-i18next';
import { QUICK_REPLY_PLACEHOLDERS } from './api.ts';

// What the server reads as a placeholder — one pair of braces; a doubled `{{name}}` is the
// host's way of writing braces — but with any name, so that `{Guest_Name}` or `{wifi}` show up.
const TOKEN = /(?<!\{)\{([^{}\s]+)\}(?!\})/g;

/** The `{…}` tokens of a template that are no placeholder, each once, in order of use. */
export function unknownPlaceholders(message: string): string[] {
  const unknown = new Set<string>();
  for (const [token, name] of message.matchAll(TOKEN)) {
    if (!Object.hasOwn(QUICK_REPLY_PLACEHOLDERS, name!)) unknown.add(token);
  }
  return [...unknown];
}

/**
 * The warning under a template's text naming its unknown placeholders (`unknownPlaceholders`);
 * its text box points at it with `aria-describedby`. Nothing when there are none.
 */
export function UnknownPlaceholders({
  id,
  tokens,
  list = 'below',
}: {
  id: string;
  tokens: string[];
  /** Where the placeholder buttons are, from the text box. */
  list?: 'above' | 'below';
}) {
  const { t } = useTranslation('quickReplies');
  if (tokens.length === 0) return null;
  const marked = (
    <>
      {tokens.map((token, i) => (
        <span key={token}>
          {i > 0 && ', '}
          <mark>{token}</mark>
        </span>
      ))}
    </>
  );
  return (
    // A warning, not an error: the template saves, and the token is sent as written.
    <p id={id} className="field-warning" role="alert">
      <Trans
        t={t}
        i18nKey={list === 'above' ? 'unknown.above' : 'unknown.below'}
        count={tokens.length}
        components={{ tokens: marked }}
      />
    </p>
  );
}
