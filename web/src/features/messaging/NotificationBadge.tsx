/** The unread-conversations count next to a navigation link; nothing when zero. */
export function NotificationBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <span className="badge" aria-label={`${count} ${label}`} data-testid="unread-badge">
      {count > 99 ? '99+' : count}
    </span>
  );
}
