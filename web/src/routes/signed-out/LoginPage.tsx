import { routes } from '@flexbnb/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { Avatar } from '../../ui/Avatar.tsx';
import { AuthCard, FormError } from '../../ui/forms.tsx';
import styles from './LoginPage.module.css';

/** Sign in; on a demo database, each demo account is one click away. */
export function LoginPage() {
  const { login } = useAuth();
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
      setError(err instanceof ApiError ? err.message : 'Could not reach the server');
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void signIn(email, password);
  };

  return (
    <AuthCard title="Welcome back">
      <p className="muted">Talk to your hosts and guests, all in one place.</p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <label className="field">
          <span>Email</span>
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
          <span>Password</span>
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
          <Link to="/forgot-password">Forgot password?</Link>
        </p>
        <FormError error={error} />
        <button className="button primary block" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="muted center">
        New here? <Link to="/register">Create an account</Link>
      </p>
      {demo.data && demo.data.length > 0 && (
        <section className={styles.demoAccounts} aria-labelledby="demo-title">
          <h2 id="demo-title">Try a demo account</h2>
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
                    {a.label[0]?.toUpperCase() + a.label.slice(1)}
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
