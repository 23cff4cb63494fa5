import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import styles from './ConfirmButton.module.css';
import modal from './Modal.module.css';

/**
 * A button that asks before it does something that cannot be undone (decline, cancel): a modal
 * dialog with the consequence spelt out, the action and a way back. Focus stays in the dialog
 * and returns to the button; Escape closes it.
 */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  keepLabel,
  onConfirm,
  isDisabled,
  className = 'button danger small',
}: {
  label: ReactNode;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  keepLabel?: string;
  onConfirm: () => void;
  isDisabled?: boolean;
  className?: string;
}) {
  const { t } = useTranslation('common');
  return (
    <DialogTrigger>
      <Button className={className} isDisabled={isDisabled}>
        {label}
      </Button>
      <ModalOverlay isDismissable className={modal.overlay}>
        <Modal className={modal.modal}>
          <Dialog role="alertdialog" className={modal.dialog}>
            {({ close }) => (
              <>
                <Heading slot="title" className={modal.title}>
                  {title}
                </Heading>
                <div className={styles.body}>{children}</div>
                <div className={modal.actions}>
                  <Button className="button secondary" onPress={close} autoFocus>
                    {keepLabel ?? t('keepIt')}
                  </Button>
                  <Button
                    className="button danger"
                    onPress={() => {
                      close();
                      onConfirm();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
