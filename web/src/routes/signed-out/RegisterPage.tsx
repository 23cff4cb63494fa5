import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { AuthCard, FormError } from '../../ui/forms.tsx';

export function RegisterPage() {
  const { register } = useAuth();
  const { t } = useTranslation(['app', 'common']);
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await register(form);
      setSentTo(form.email.trim());
    } catch (err) {
      setError(
        err instanceof ApiError && err.code === 'rate_limited'
          ? t('register.rateLimited')
          : err instanceof ApiError
            ? err.message
            : t('common:errors.unreachable'),
      );
    } finally {
      setBusy(false);
    }
  };
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });

  if (sentTo) {
    return (
      <AuthCard title={t('register.checkEmail')} languageSwitch>
        <p role="status">
          <Trans
            t={t}
            i18nKey="register.sent"
            values={{ email: sentTo }}
            components={{ strong: <strong /> }}
          />
        </p>
        <p className="muted">
          <Trans
            t={t}
            i18nKey="register.nothingArrived"
            components={{
              button: (
                <button type="button" className="link-button" onClick={() => setSentTo(null)} />
              ),
            }}
          />
        </p>
        <p className="muted center">
          <Link to="/login">{t('links.backToSignIn')}</Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('register.title')} languageSwitch>
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        <label className="field">
          <span>{t('common:name')}</span>
          <input className="input" autoComplete="name" required {...field('name')} />
        </label>
        <label className="field">
          <span>{t('common:email')}</span>
          <input className="input" type="email" autoComplete="email" required {...field('email')} />
        </label>
        <label className="field">
          <span>{t('common:password')}</span>
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            minLength={8}
            required
            {...field('password')}
          />
          <small className="muted">{t('register.passwordHint')}</small>
        </label>
        <FormError error={error} />
        <button className="button primary block" type="submit" disabled={busy}>
          {busy ? t('common:sending') : t('register.submit')}
        </button>
      </form>
      <p className="muted center">
        <Trans t={t} i18nKey="register.haveAccount" components={{ a: <Link to="/login" /> }} />
      </p>
    </AuthCard>
  );
}
