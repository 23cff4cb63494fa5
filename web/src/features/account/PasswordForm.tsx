import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ApiError } from '../../lib/api.ts';
import { fieldErrors, FormError } from '../../ui/forms.tsx';
import styles from './Account.module.css';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { TextField } from './TextField.tsx';
import { checkNewPassword, checkPasswordRepeat } from './validation.ts';

/** Changes the password; the server signs every other session out. */
export function PasswordForm({
  onSave,
}: {
  onSave: (body: { current_password: string; new_password: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation('account');
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [wrongCurrent, setWrongCurrent] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  const errors = {
    current: current ? wrongCurrent : t('password.currentEmpty'),
    next: checkNewPassword(next, t),
    repeat: checkPasswordRepeat(next, repeat, t),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (errors.current || errors.next || errors.repeat) return;
    setBusy(true);
    setFormError(null);
    try {
      await onSave({ current_password: current, new_password: next });
      setCurrent('');
      setNext('');
      setRepeat('');
      setSubmitted(false);
      toast.success(t('password.changed'));
    } catch (err) {
      if (fieldErrors(err).current_password) {
        setWrongCurrent(t('password.notCurrent'));
      } else {
        setFormError(err instanceof ApiError ? err.message : t('unreachable'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('password.title')}</h2>
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(v) => {
          setCurrent(v);
          setWrongCurrent(null);
        }}
        error={errors.current}
        showErrors={submitted || wrongCurrent !== null}
      />
      <NewPasswordFields
        password={next}
        repeat={repeat}
        onPasswordChange={setNext}
        onRepeatChange={setRepeat}
        errors={{ password: errors.next, repeat: errors.repeat }}
        showErrors={submitted}
      />
      <FormError error={formError} />
      <div className={styles.actions}>
        <button className="button primary" type="submit" disabled={busy}>
          {busy ? t('password.changing') : t('password.change')}
        </button>
      </div>
    </form>
  );
}
