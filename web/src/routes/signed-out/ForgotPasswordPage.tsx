import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../features/account/api.ts';
import { TextField } from '../../features/account/TextField.tsx';
import { checkEmail } from '../../features/account/validation.ts';
import { ApiError } from '../../lib/api.ts';
import { AuthCard, FormError } from '../../ui/forms.tsx';

/** "Forgot password?": emails a link to choose a new one. */
export function ForgotPasswordPage() {
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
          ? 'Too many requests for this address. Wait a minute, then try again.'
          : err instanceof ApiError
            ? err.message
            : 'Could not reach the server; try again.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title="Forgot your password?">
      {sentTo ? (
        <>
          <p role="status">
            If an account uses <strong>{sentTo}</strong>, we have emailed it a link to choose a new
            password. The link works once, within an hour.
          </p>
          <p className="muted">
            Nothing arrived? Check your spam folder, or{' '}
            <button type="button" className="link-button" onClick={() => setSentTo(null)}>
              try another address
            </button>
            .
          </p>
        </>
      ) : (
        <>
          <p className="muted">Enter the email you sign in with; we will send you a link.</p>
          <form onSubmit={(e) => void submit(e)} className="form" noValidate>
            <TextField
              label="Email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={invalid}
              showErrors={submitted}
            />
            <FormError error={error} />
            <button className="button primary block" type="submit" disabled={busy}>
              {busy ? 'Sending…' : 'Email me a link'}
            </button>
          </form>
        </>
      )}
      <p className="muted center">
        <Link to="/login">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}
