import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../features/account/api.ts';
import { TextField } from '../../features/account/TextField.tsx';
import { checkEmail } from '../../features/account/validation.ts';
import { ApiError } from '../../lib/api.ts';
import { AuthCard, FormError } from '../../ui/forms.tsx';

/** "Forgot password?": emails a link to choose a new one. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['app', 'common']);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const invalid = checkEmail(email);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (invalid) return;
    setBusy(true);
    setError(null);
    try {
      await requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === 'rate_limited'
          ? t('forgotPassword.rateLimited')
          : err instanceof ApiError
            ? err.message
            : t('common:errors.unreachableTryAgain'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('forgotPassword.title')} languageSwitch>
      {sentTo ? (
        <>
          <p role="status">
            <Trans
              t={t}
              i18nKey="forgotPassword.sent"
              values={{ email: sentTo }}
              components={{ strong: <strong /> }}
            />
          </p>
          <p className="muted">
            <Trans
              t={t}
              i18nKey="forgotPassword.nothingArrived"
              components={{
                button: (
                  <button type="button" className="link-button" onClick={() => setSentTo(null)} />
                ),
              }}
            />
          </p>
        </>
      ) : (
        <>
          <p className="muted">{t('forgotPassword.intro')}</p>
          <form onSubmit={(e) => void submit(e)} className="form" noValidate>
            <TextField
              label={t('common:email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={invalid}
              showErrors={submitted}
            />
            <FormError error={error} />
            <button className="button primary block" type="submit" disabled={busy}>
              {busy ? t('common:sending') : t('forgotPassword.submit')}
            </button>
          </form>
        </>
      )}
      <p className="muted center">
        <Link to="/login">{t('links.backToSignIn')}</Link>
      </p>
    </AuthCard>
  );
}
