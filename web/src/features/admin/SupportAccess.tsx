import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { useOpenForSupport, type AdminConversation } from './api.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

type Target = Pick<AdminConversation, 'id' | 'guest' | 'host'>;

/**
 * "Open for support": asks why (required: the view is audited with its reason), opens the
 * conversation read-only and shows it at `/admin/conversations/:id`.
 */
export function useSupportAccess() {
  const open = useOpenForSupport();
  const navigate = useNavigate();
  const [target, setTarget] = useState<Target | null>(null);

  const dialog = target && (
    <ReasonDialog
      title="Open this conversation for support?"
      confirmLabel="Open conversation"
      reasonRequired
      busy={open.isPending}
      onCancel={() => setTarget(null)}
      onConfirm={(reason) =>
        open.mutate(
          { id: target.id, reason: reason ?? '' },
          {
            onSuccess: (view) => {
              setTarget(null);
              void navigate(`/admin/conversations/${view.conversation.id}`);
            },
            onError: (err) => toast.error(err.message),
          },
        )
      }
    >
      <p>
        Between <bdi>{target.guest.name}</bdi> (guest) and <bdi>{target.host.name}</bdi> (host). You
        will see what they wrote, read-only. Your name, the time and the reason are written to the
        audit log.
      </p>
    </ReasonDialog>
  );

  return { ask: setTarget, dialog };
}

/** The row button that starts it. */
export function OpenForSupportButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="button secondary small" onClick={onClick}>
      Open for support
    </button>
  );
}
