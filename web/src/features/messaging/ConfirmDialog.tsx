import { useId, type ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import modal from '../../ui/Modal.module.css';

/**
 * Asks to confirm something that cannot be taken back, for an action chosen in a menu (a
 * ConfirmButton needs a button of its own to open from): a modal dialog (the page behind is
 * inert, Escape cancels), the focus on Cancel first and back on what opened the menu after (see
 * ThreadMessage). It stays open, its action disabled, while
 * the action runs.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('messaging');
  const bodyId = useId();
  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      className={modal.overlay}
    >
      <Modal className={modal.modal}>
        <Dialog className={modal.dialog} aria-describedby={children ? bodyId : undefined}>
          <Heading slot="title" level={2} className={modal.title}>
            {title}
          </Heading>
          {children && (
            <div id={bodyId} className="muted">
              {children}
            </div>
          )}
          <div className={modal.actions}>
            <Button className="button secondary" onPress={onCancel} autoFocus>
              {t('dialog.cancel')}
            </Button>
            <Button className="button danger" isDisabled={busy} onPress={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
