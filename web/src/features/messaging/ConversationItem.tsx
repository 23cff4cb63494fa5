import type { Conversation } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { relativeTime } from '../../lib/time.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { previewText } from './preview.ts';
import styles from './ConversationItem.module.css';

/** A row of the list: the other person, the property, the last message, when, and unread. */
export function ConversationItem({
  conversation,
  me,
  to,
  now,
}: {
  conversation: Conversation;
  me: string;
  to: string;
  now?: Date;
}) {
  const { t } = useTranslation('messaging');
  const other = conversation.guest_id === me ? conversation.host : conversation.guest;
  const last = conversation.last_message;
  const unread = conversation.unread_count;
  const when = conversation.last_message_at ?? conversation.created_at;
  const lastText = last
    ? last.sender_id === me && last.kind === 'text'
      ? t('conversationItem.fromMe', { text: previewText(last, t) })
      : previewText(last, t)
    : t('conversationItem.noMessages');
  // Read as one sentence; the row's parts are laid out for the eye. A name given by
  // aria-label would have to contain all the row's visible text (WCAG 2.5.3, label in name).
  const parts = {
    name: other.name,
    property: conversation.property.title,
    last: lastText,
    time: relativeTime(when, now),
  };
  const summary = conversation.is_archived
    ? unread
      ? t('conversationItem.summaryArchivedUnread', { ...parts, count: unread })
      : t('conversationItem.summaryArchived', parts)
    : unread
      ? t('conversationItem.summaryUnread', { ...parts, count: unread })
      : t('conversationItem.summary', parts);
  return (
    <li>
      <NavLink
        to={to}
        className={({ isActive }) =>
          [styles.item, isActive && styles.active, unread > 0 && styles.unread]
            .filter(Boolean)
            .join(' ')
        }
      >
        <span className="sr-only">{summary}</span>
        <Avatar name={other.name} size={44} />
        <span className={styles.body} aria-hidden="true">
          <span className={styles.top}>
            <bdi className={styles.name}>{other.name}</bdi>
            <time className={styles.time} dateTime={when}>
              {relativeTime(when, now)}
            </time>
          </span>
          <span className={styles.property}>
            {conversation.property.title}
            {conversation.is_archived && (
              <span className="chip subtle">{t('conversationItem.archived')}</span>
            )}
          </span>
          <span className={styles.bottom}>
            <span className={styles.last}>{lastText}</span>
            {unread > 0 && (
              <span className="badge" aria-hidden="true">
                {unread}
              </span>
            )}
          </span>
        </span>
      </NavLink>
    </li>
  );
}
