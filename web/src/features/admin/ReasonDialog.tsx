import { useId, useState, type ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import modal from '../../ui/Modal.module.css';
import styles from './ReasonDialog.module.css';

interface Props {
  title: string;
  children?: ReactNode;
  /** The confirming button's text. */
  confirmLabel: string;
  /** A reason must be given (a support view); otherwise it is optional. */
  reasonRequired?: boolean;
  /** No reason field at all (the action takes none). */
  noReason?: boolean;
  danger?: boolean;
  busy?: boolean;
  onConfirm: (reason: string | undefined) => void;
  onCancel: () => void;
}

/**
 * A modal that asks to confirm an admin action, with a "Reason" for the audit log (unless the
 * action takes none). Open while it is rendered: the page behind is hidden from assistive
 * technology, Escape cancels, and the focus goes back to what opened it when it closes.
 */
export function ReasonDialog({
  title,
  children,
  confirmLabel,
  reasonRequired = false,
  noReason = false,
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: Props) {
  const { t } = useTranslation('admin');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reasonId = useId();
  const hintId = useId();

  const submit = () => {
    const text = reason.trim();
    if (reasonRequired && !text) {
      setMissing(true);
      return;
    }
    onConfirm(text || undefined);
  };

  return (
    <ModalOverlay
      isOpen
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      className={modal.overlay}
    >
      <Modal className={modal.modal}>
        <Dialog className={modal.dialog}>
          <form
            className={styles.form}
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Heading slot="title" level={2} className={modal.title}>
              {title}
            </Heading>
            {children}
            {!noReason && (
              <div className="field">
                <label htmlFor={reasonId}>{t('reasonDialog.reason')}</label>
                <textarea
                  id={reasonId}
                  className="input"
                  rows={3}
                  maxLength={500}
                  required={reasonRequired}
                  aria-required={reasonRequired || undefined}
                  aria-invalid={missing || undefined}
                  aria-describedby={hintId}
                  value={reason}
                  onChange={(e) => {
                    setReason(e.target.value);
                    setMissing(false);
                  }}
                  // The dialog opens to ask exactly this.
                  autoFocus
                />
                {missing ? (
                  <small id={hintId} className="field-error">
                    {t('reasonDialog.required')}
                  </small>
                ) : (
                  <small id={hintId} className="muted">
                    {reasonRequired
                      ? t('reasonDialog.requiredHint')
                      : t('reasonDialog.optionalHint')}
                  </small>
                )}
              </div>
            )}
            <div className={modal.actions}>
              <Button className="button secondary" onPress={onCancel}>
                {t('reasonDialog.cancel')}
              </Button>
              <Button
                type="submit"
                className={`button ${danger ? 'danger' : 'primary'}`}
                isDisabled={busy}
              >
                {busy ? t('reasonDialog.working') : confirmLabel}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
