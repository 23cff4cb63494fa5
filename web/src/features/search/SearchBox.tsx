import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../lib/auth.tsx';
import { hitHref, messagesBase, useMessageSearch, type SearchHit } from './api.ts';
import { SearchCombobox, type SearchScope } from './SearchCombobox.tsx';

interface Props {
  /** The words searched when the box appears (the list's current `q`). */
  value: string;
  /** The words once the typing pauses (or on Enter): the conversation list narrows to them too. */
  onSearch: (q: string) => void;
  /** The host's property filter: hits only from its conversations. */
  propertyId?: string;
  delayMs?: number;
}

/**
 * The messenger's search: full-text over the caller's messages, names and property titles, hits
 * listed under the box as the typing pauses. Choosing a message opens its thread at that
 * message (`?message=<id>`), a conversation opens its thread. With a thread open, the search can
 * be narrowed to it.
 */
export function SearchBox({ value, onSearch, propertyId, delayMs = 250 }: Props) {
  const { id: threadId } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const me = useAuth().user?.id;
  const [text, setText] = useState(value);
  const [query, setQuery] = useState(value.trim());
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<SearchScope>('all');
  const reported = useRef(value.trim());
  const notify = useRef(onSearch);

  // Searches for `q` now: the hits, and the conversation list's `q` (each new value once).
  const submit = (q: string) => {
    setQuery(q);
    if (q !== reported.current) {
      reported.current = q;
      notify.current(q);
    }
  };
  const submitLater = useRef(submit);
  useEffect(() => {
    notify.current = onSearch;
    submitLater.current = submit;
  });

  useEffect(() => {
    const q = text.trim();
    if (q === query) return;
    const timer = setTimeout(() => submitLater.current(q), delayMs);
    return () => clearTimeout(timer);
  }, [text, query, delayMs]);

  const inThread = scope === 'conversation' && threadId !== undefined;
  const search = useMessageSearch({
    q: query,
    property_id: propertyId || undefined,
    conversation_id: inThread ? threadId : undefined,
  });
  const hits = search.data?.pages.flatMap((p) => p.items) ?? [];
  const pending = text.trim() !== query;
  // Hits of earlier words stay up while these load; "no results" waits for these words' answer.
  const settled = !pending && !search.isPlaceholderData;
  const status =
    search.isError && !search.isFetchNextPageError
      ? 'error'
      : settled && search.isSuccess
        ? 'done'
        : 'searching';

  const choose = (hit: SearchHit) => {
    setOpen(false);
    void navigate(hitHref(hit, messagesBase(pathname, threadId)));
  };

  return (
    <SearchCombobox
      text={text}
      onTextChange={setText}
      onSubmit={() => submit(text.trim())}
      open={open}
      onOpenChange={setOpen}
      query={query}
      hits={hits}
      me={me}
      status={status}
      busy={pending || search.isFetching}
      hasMore={search.hasNextPage}
      loadingMore={search.isFetchingNextPage}
      onMore={() => void search.fetchNextPage()}
      onRetry={() => void search.refetch()}
      onChoose={choose}
      scope={threadId ? { value: scope, onChange: setScope } : undefined}
    />
  );
}
