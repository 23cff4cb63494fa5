import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { confirmPasswordReset } from '../../features/account/api.ts';
import { NewPasswordFields } from '../../features/account/NewPasswordFields.tsx';
import { checkNewPassword, checkPasswordRepeat } from '../../features/account/validation.ts';
import { ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { AuthCard, FormError } from '../../ui/forms.tsx';

/** The page a reset email's link opens: choose a new password with the link's token. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { user, logout } = useAuth();
  const { t } = useTranslation(['app', 'common']);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = {
    password: checkNewPassword(password),
    repeat: checkPasswordRepeat(password, repeat),
  };

  // Every session of the account ended on the server: this browser's too.
  useEffect(() => {
    if (done && user) logout();
  }, [done, user, logout]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (errors.password || errors.repeat) return;
    setBusy(true);
    setError(null);
    try {
      await confirmPasswordReset(token, password);
      setDone(true);
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 400
          ? t('resetPassword.expired')
          : err instanceof ApiError
            ? err.message
            : t('common:errors.unreachableTryAgain'),
      );
    } finally {
      setBusy(false);
    }
  };

  if (!token) {
    return (
      <AuthCard title={t('resetPassword.title')} languageSwitch={!user}>
        <FormError error={t('resetPassword.incomplete')} />
        <p className="muted center">
          <Link to="/forgot-password">{t('resetPassword.askNewLink')}</Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('resetPassword.title')} languageSwitch={!user}>
      {done ? (
        <>
          <p role="status">{t('resetPassword.done')}</p>
          <Link className="button primary block" to="/login">
            {t('resetPassword.signInWithNew')}
          </Link>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="form" noValidate>
          <NewPasswordFields
            password={password}
            repeat={repeat}
            onPasswordChange={setPassword}
            onRepeatChange={setRepeat}
            errors={errors}
            showErrors={submitted}
          />
          <FormError error={error} />
          {error && (
            <p className="muted">
              <Link to="/forgot-password">{t('resetPassword.askNewLink')}</Link>
            </p>
          )}
          <button className="button primary block" type="submit" disabled={busy}>
            {busy ? t('common:saving') : t('resetPassword.submit')}
          </button>
        </form>
      )}
    </AuthCard>
  );
}
