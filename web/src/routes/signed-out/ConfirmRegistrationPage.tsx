import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { AuthCard, FormError } from '../../ui/forms.tsx';

/** The page a sign-up email opens: creates the account and signs in to it. */
export function ConfirmRegistrationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { confirmRegistration } = useAuth();
  // A query, not an effect: the link works once, so it must be sent once however often the
  // page renders.
  const result = useQuery({
    queryKey: ['confirm-registration', token],
    queryFn: async () => {
      await confirmRegistration(token);
      return true;
    },
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
  });

  if (result.data) return <Navigate to="/" replace />;
  return (
    <AuthCard title="Creating your account">
      {!token && <FormError error="This link is incomplete: open the link from the email again." />}
      {result.isLoading && (
        <p className="muted" role="status">
          Creating your account…
        </p>
      )}
      {result.isError && (
        <FormError
          error={
            result.error instanceof ApiError && result.error.code === 'email_taken'
              ? 'This address has an account already: sign in, or reset its password.'
              : result.error instanceof ApiError && result.error.status === 400
                ? 'This link has expired or was used already. Sign up again to get a new one.'
                : 'Could not reach the server. Try the link again in a moment.'
          }
        />
      )}
      <p className="muted center">
        <Link to="/login">Sign in</Link> · <Link to="/register">Sign up</Link>
      </p>
    </AuthCard>
  );
}
