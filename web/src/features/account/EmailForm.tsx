import { useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { fieldErrors, FormError } from '../../ui/forms.tsx';
import styles from './Account.module.css';
import { TextField } from './TextField.tsx';
import { checkEmail } from './validation.ts';

/** Asks for a new address; it changes once the link emailed to it is followed. */
export function EmailForm({
  email,
  onSave,
}: {
  email: string;
  onSave: (body: { password: string; new_email: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation('account');
  const id = useId();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [serverErrors, setServerErrors] = useState<{ email?: string; password?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  const sameAsNow = newEmail.trim().toLowerCase() === email.toLowerCase();
  const errors = {
    email:
      checkEmail(newEmail, t) ?? (sameAsNow ? t('email.sameAsNow') : null) ?? serverErrors.email,
    password: password ? serverErrors.password : t('email.passwordEmpty'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (errors.email || errors.password) return;
    setBusy(true);
    setFormError(null);
    try {
      await onSave({ password, new_email: newEmail.trim() });
      setSentTo(newEmail.trim());
      setNewEmail('');
      setPassword('');
      setSubmitted(false);
    } catch (err) {
      const byField = fieldErrors(err);
      if (err instanceof ApiError && err.code === 'email_taken') {
        setServerErrors({ email: t('email.taken') });
      } else if (byField.password) {
        setServerErrors({ password: t('notYourPassword') });
      } else if (byField.new_email) {
        setServerErrors({ email: t('email.refused') });
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
      <h2 id={`${id}-title`}>{t('email.title')}</h2>
      <p className="muted">
        <Trans t={t} i18nKey="email.current" components={{ email: <strong>{email}</strong> }} />
      </p>
      {sentTo && (
        <p role="status">
          <Trans t={t} i18nKey="email.sent" components={{ email: <strong>{sentTo}</strong> }} />
        </p>
      )}
      <TextField
        label={t('email.new')}
        type="email"
        autoComplete="email"
        value={newEmail}
        onChange={(v) => {
          setNewEmail(v);
          setServerErrors((e) => ({ ...e, email: undefined }));
        }}
        error={errors.email}
        showErrors={submitted || serverErrors.email !== undefined}
      />
      <TextField
        label={t('yourPassword')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(v) => {
          setPassword(v);
          setServerErrors((e) => ({ ...e, password: undefined }));
        }}
        error={errors.password}
        showErrors={submitted || serverErrors.password !== undefined}
      />
      <FormError error={formError} />
      <div className={styles.actions}>
        <button className="button primary" type="submit" disabled={busy}>
          {busy ? t('email.sending') : t('email.send')}
        </button>
      </div>
    </form>
  );
}
