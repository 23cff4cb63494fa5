import { routes } from '@flexbnb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import { ChatList } from './ChatList.tsx';
import { ChatWindow, NoConversation } from './ChatWindow.tsx';
import { DEFAULT_FILTERS, MessageFilters, type FilterState } from './MessageFilters.tsx';
import { ReservationPanel } from './ReservationPanel.tsx';
import { api } from '../../lib/api.ts';
import { useUser } from '../../lib/auth.tsx';
import { keys, useConversation, useConversations, useProperties } from '../../lib/queries.ts';
import { useRealtime } from '../../lib/realtime.tsx';
import { CheckAllIcon } from '../../ui/icons.tsx';
import styles from './Messenger.module.css';

/**
 * What an empty list says, with its one next step: someone new finds a place (a guest) or
 * shares their listings (a host); an empty filter or search leads back to the whole inbox.
 */
function emptyList(
  mode: 'guest' | 'host',
  filters: FilterState,
  showAll: () => void,
  t: TFunction<'messaging'>,
) {
  const back = (
    <button type="button" className="button secondary small" onClick={showAll}>
      {t('inbox.showAll')}
    </button>
  );
  if (filters.q || filters.property_id) {
    return {
      emptyTitle: t('inbox.noMatchesTitle'),
      emptyText: t('inbox.noMatchesText'),
      emptyAction: back,
    };
  }
  if (filters.filter === 'archived') {
    return {
      emptyTitle: t('inbox.noArchivedTitle'),
      emptyText: t('inbox.noArchivedText'),
      emptyAction: back,
    };
  }
  if (filters.filter === 'unread') {
    return {
      emptyTitle: t('inbox.caughtUpTitle'),
      emptyText: t('inbox.caughtUpText'),
      emptyAction: back,
    };
  }
  return mode === 'host'
    ? {
        emptyTitle: t('inbox.emptyTitle'),
        emptyText: t('inbox.emptyHostText'),
        emptyAction: (
          <Link className="button primary small" to="/host/properties">
            {t('inbox.emptyHostAction')}
          </Link>
        ),
      }
    : {
        emptyTitle: t('inbox.emptyTitle'),
        emptyText: t('inbox.emptyGuestText'),
        emptyAction: (
          <Link className="button primary small" to="/properties">
            {t('inbox.emptyGuestAction')}
          </Link>
        ),
      };
}

/**
 * The messenger: the list on the left, the open thread in the middle and, for hosts, the
 * reservation on the right. On a phone only one of list and thread shows at a time.
 */
export function Messenger({ mode }: { mode: 'guest' | 'host' }) {
  const { t } = useTranslation('messaging');
  const me = useUser();
  const { id } = useParams();
  const base = mode === 'host' ? '/host/messages' : '/messages';
  const { connected } = useRealtime();
  const client = useQueryClient();
  const [filters, setFilters] = useState<FilterState>(DEFAULT_FILTERS);
  const list = useConversations(
    {
      filter: filters.filter,
      ...(filters.q && { q: filters.q }),
      ...(filters.property_id && { property_id: filters.property_id }),
    },
    !connected,
  );
  const properties = useProperties(true);
  const open = useConversation(mode === 'host' ? id : undefined, false);
  const [marking, setMarking] = useState(false);

  const markAll = async () => {
    const unread = await api(routes.listConversations, {
      query: { filter: 'unread', limit: 200 },
    });
    setMarking(true);
    try {
      await Promise.all(
        unread.map((c) => api(routes.markConversationRead, { params: { id: c.id } })),
      );
      await client.invalidateQueries({ queryKey: keys.conversations });
      await client.invalidateQueries({ queryKey: keys.unread });
      toast.success(unread.length ? t('inbox.allMarkedRead') : t('inbox.nothingUnread'));
    } finally {
      setMarking(false);
    }
  };

  const title = mode === 'host' ? t('inbox.titleHost') : t('inbox.titleGuest');
  const details =
    mode === 'host' && id && open.data ? <ReservationPanel conversation={open.data} /> : undefined;
  return (
    <div
      className={[styles.messenger, id && styles.hasThread, mode === 'host' && styles.host]
        .filter(Boolean)
        .join(' ')}
    >
      <section className={styles.listPane} aria-label={t('inbox.conversations')}>
        <div className={styles.listHead}>
          <h1>{title}</h1>
          <button
            type="button"
            className="icon-button labelled"
            onClick={() => void markAll()}
            disabled={marking}
          >
            <CheckAllIcon />
            <span>{t('inbox.markAllRead')}</span>
          </button>
        </div>
        <MessageFilters
          value={filters}
          onChange={setFilters}
          properties={mode === 'host' ? properties.data : undefined}
        />
        <ChatList
          conversations={list.data}
          loading={list.isLoading}
          me={me.id}
          linkTo={(cid) => `${base}/${cid}`}
          {...emptyList(mode, filters, () => setFilters(DEFAULT_FILTERS), t)}
        />
      </section>
      {id ? (
        <ChatWindow key={id} conversationId={id} mode={mode} backTo={base} details={details} />
      ) : (
        <NoConversation />
      )}
      {details}
    </div>
  );
}
