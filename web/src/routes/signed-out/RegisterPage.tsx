import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { AuthCard, FormError } from '../../ui/forms.tsx';

export function RegisterPage() {
  const { register } = useAuth();
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
          ? 'Too many sign-ups from here. Wait a minute, then try again.'
          : err instanceof ApiError
            ? err.message
            : 'Could not reach the server',
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
      <AuthCard title="Check your email">
        <p role="status">
          We have sent a link to <strong>{sentTo}</strong>. Open it within a day to create your
          account and sign in.
        </p>
        <p className="muted">
          Nothing arrived? Check your spam folder, or{' '}
          <button type="button" className="link-button" onClick={() => setSentTo(null)}>
            use another address
          </button>
          . If the address has an account already, the email says so.
        </p>
        <p className="muted center">
          <Link to="/login">Back to sign in</Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Create your account">
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        <label className="field">
          <span>Name</span>
          <input className="input" autoComplete="name" required {...field('name')} />
        </label>
        <label className="field">
          <span>Email</span>
          <input className="input" type="email" autoComplete="email" required {...field('email')} />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            minLength={8}
            required
            {...field('password')}
          />
          <small className="muted">At least 8 characters.</small>
        </label>
        <FormError error={error} />
        <button className="button primary block" type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Create account'}
        </button>
      </form>
      <p className="muted center">
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </AuthCard>
  );
}
