import type { Conversation } from '@flexbnb/contracts';
import { NavLink } from 'react-router';
import { relativeTime } from '../../lib/time.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { previewText } from './preview.ts';

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
  const other = conversation.guest_id === me ? conversation.host : conversation.guest;
  const last = conversation.last_message;
  const unread = conversation.unread_count;
  const when = conversation.last_message_at ?? conversation.created_at;
  return (
    <li>
      <NavLink
        to={to}
        className={({ isActive }) =>
          `conversation-item ${isActive ? 'active' : ''} ${unread ? 'unread' : ''}`
        }
        aria-label={`${other.name}, ${conversation.property.title}${unread ? `, ${unread} unread` : ''}`}
      >
        <Avatar name={other.name} size={44} />
        <span className="ci-body">
          <span className="ci-top">
            <span className="ci-name">{other.name}</span>
            <time className="ci-time" dateTime={when}>
              {relativeTime(when, now)}
            </time>
          </span>
          <span className="ci-property">
            {conversation.property.title}
            {conversation.is_archived && <span className="chip subtle">Archived</span>}
          </span>
          <span className="ci-bottom">
            <span className="ci-last">
              {last
                ? last.sender_id === me && last.kind === 'text'
                  ? `You: ${previewText(last)}`
                  : previewText(last)
                : 'No messages yet'}
            </span>
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
