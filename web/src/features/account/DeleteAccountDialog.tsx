import { useId, useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { fieldErrors, FormError } from '../../ui/forms.tsx';
import styles from './Account.module.css';
import modal from '../../ui/Modal.module.css';
import { TextField } from './TextField.tsx';

/**
 * "Delete my account": a modal dialog that spells out what happens and asks for the password.
 * Focus stays in the dialog and returns to the button; Escape closes it.
 */
export function DeleteAccountDialog({
  onDelete,
}: {
  onDelete: (password: string) => Promise<unknown>;
}) {
  const { t } = useTranslation('account');
  return (
    <DialogTrigger>
      <Button className="button danger">{t('deletion.open')}</Button>
      <ModalOverlay isDismissable className={modal.overlay}>
        <Modal className={modal.modal}>
          <Dialog role="alertdialog" className={modal.dialog}>
            {({ close }) => <DeleteForm onDelete={onDelete} close={close} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function DeleteForm({
  onDelete,
  close,
}: {
  onDelete: (password: string) => Promise<unknown>;
  close: () => void;
}) {
  const { t } = useTranslation('account');
  const id = useId();
  const [password, setPassword] = useState('');
  const [wrong, setWrong] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const error = password ? wrong : t('deletion.passwordEmpty');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (error) return;
    setBusy(true);
    setFormError(null);
    try {
      // Signed out on success: the page goes, and the dialog with it.
      await onDelete(password);
    } catch (err) {
      if (fieldErrors(err).password) setWrong(t('notYourPassword'));
      else if (err instanceof ApiError) setFormError(err.message);
      else setFormError(t('unreachable'));
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <Heading slot="title" className={modal.title}>
        {t('deletion.title')}
      </Heading>
      <p className="muted" id={`${id}-what`}>
        {t('deletion.what')}
      </p>
      <TextField
        label={t('yourPassword')}
        type="password"
        autoComplete="current-password"
        autoFocus
        value={password}
        onChange={(v) => {
          setPassword(v);
          setWrong(null);
        }}
        error={error}
        showErrors={submitted || wrong !== null}
      />
      <FormError error={formError} />
      <div className={modal.actions}>
        <Button className="button secondary" onPress={close}>
          {t('deletion.keep')}
        </Button>
        <button className="button danger" type="submit" disabled={busy}>
          {busy ? t('deletion.deleting') : t('deletion.delete')}
        </button>
      </div>
    </form>
  );
}
