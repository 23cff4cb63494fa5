import type { Conversation } from '@flexbnb/contracts';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatIcon } from '../../ui/icons.tsx';
import { ConversationItem } from './ConversationItem.tsx';
import styles from './ChatList.module.css';

interface Props {
  conversations: Conversation[] | undefined;
  loading: boolean;
  me: string;
  linkTo: (id: string) => string;
  emptyTitle: string;
  emptyText: string;
  /** The one next step from an empty list (a link or a button). */
  emptyAction?: ReactNode;
}

/** The conversation list, newest activity first, with loading and empty states. */
export function ChatList({
  conversations,
  loading,
  me,
  linkTo,
  emptyTitle,
  emptyText,
  emptyAction,
}: Props) {
  const { t } = useTranslation('messaging');
  // Re-render every minute so "now" becomes "1m", "2m"… without new data.
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  if (loading) {
    return (
      <ul className={styles.chatList} aria-busy="true" aria-label={t('inbox.conversations')}>
        {[0, 1, 2, 3].map((i) => (
          <li key={i} className={styles.skeletonRow} />
        ))}
      </ul>
    );
  }
  if (!conversations?.length) {
    return (
      <div className="list-empty">
        <span className="empty-icon">
          <ChatIcon />
        </span>
        <h3>{emptyTitle}</h3>
        <p>{emptyText}</p>
        {emptyAction && <div>{emptyAction}</div>}
      </div>
    );
  }
  return (
    <ul className={styles.chatList} aria-label={t('inbox.conversations')}>
      {conversations.map((c) => (
        <ConversationItem key={c.id} conversation={c} me={me} to={linkTo(c.id)} now={now} />
      ))}
    </ul>
  );
}
