import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('admin');
  const open = useOpenForSupport();
  const navigate = useNavigate();
  const [target, setTarget] = useState<Target | null>(null);

  const dialog = target && (
    <ReasonDialog
      title={t('support.dialogTitle')}
      confirmLabel={t('support.dialogConfirm')}
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
        <Trans
          t={t}
          i18nKey="support.dialogText"
          values={{ guest: target.guest.name, host: target.host.name }}
          components={{ guest: <bdi />, host: <bdi /> }}
        />
      </p>
    </ReasonDialog>
  );

  return { ask: setTarget, dialog };
}

/** The row button that starts it. */
export function OpenForSupportButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <button type="button" className="button secondary small" onClick={onClick}>
      {t('support.open')}
    </button>
  );
}
