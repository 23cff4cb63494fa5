import { routes } from '@flexbnb/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { Avatar } from '../../ui/Avatar.tsx';
import { AuthCard, FormError } from '../../ui/forms.tsx';
import styles from './LoginPage.module.css';

/** Sign in; on a demo database, each demo account is one click away. */
export function LoginPage() {
  const { login } = useAuth();
  const { t } = useTranslation(['app', 'common']);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const demo = useQuery({
    queryKey: ['demo-accounts'],
    queryFn: () => api(routes.listDemoAccounts),
  });

  // Once signed in, the router leaves this page (see SignedOut in App.tsx).
  const signIn = async (e: string, p: string) => {
    setBusy(true);
    setError(null);
    try {
      await login(e, p);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('common:errors.unreachable'));
    } finally {
      setBusy(false);
    }
  };
  const roles: Record<string, string> = {
    host: t('login.roles.host'),
    guest: t('login.roles.guest'),
    admin: t('login.roles.admin'),
  };
  const roleLabel = (label: string) =>
    roles[label] ?? (label[0]?.toUpperCase() ?? '') + label.slice(1);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void signIn(email, password);
  };

  return (
    <AuthCard title={t('login.title')} languageSwitch>
      <p className="muted">{t('login.tagline')}</p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <label className="field">
          <span>{t('common:email')}</span>
          <input
            className="input"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('common:password')}</span>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <p className={styles.forgot}>
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </p>
        <FormError error={error} />
        <button className="button primary block" type="submit" disabled={busy}>
          {busy ? t('login.signingIn') : t('common:signIn')}
        </button>
      </form>
      <p className="muted center">
        <Trans t={t} i18nKey="login.newHere" components={{ a: <Link to="/register" /> }} />
      </p>
      {demo.data && demo.data.length > 0 && (
        <section className={styles.demoAccounts} aria-labelledby="demo-title">
          <h2 id="demo-title">{t('login.demoTitle')}</h2>
          <ul>
            {demo.data.map((a) => (
              <li key={a.email}>
                <button
                  type="button"
                  className={styles.demoAccount}
                  disabled={busy}
                  onClick={() => void signIn(a.email, a.password)}
                >
                  <Avatar name={a.name} size={36} />
                  <span className={styles.who}>
                    <strong>{a.name}</strong>
                    <small className={styles.email}>{a.email}</small>
                  </span>
                  <span className={`chip ${styles.role}`} data-role-pill>
                    {roleLabel(a.label)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </AuthCard>
  );
}
