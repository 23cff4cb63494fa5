import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { confirmEmailChange } from '../../features/account/api.ts';
import { ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { AuthCard, FormError } from '../../ui/forms.tsx';

/** The page a "confirm your new address" email opens, signed in or not. */
export function ConfirmEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { user } = useAuth();
  // A query, not an effect: one request per token, however often the page renders.
  const result = useQuery({
    queryKey: ['confirm-email', token],
    queryFn: () => confirmEmailChange(token),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
  });

  return (
    <AuthCard title="Confirm your email">
      {!token && <FormError error="This link is incomplete: open the link from the email again." />}
      {result.isLoading && (
        <p className="muted" role="status">
          Confirming…
        </p>
      )}
      {result.data && (
        <p role="status">
          Done: you now sign in with <strong>{result.data.email}</strong>.
        </p>
      )}
      {result.isError && (
        <FormError
          error={
            result.error instanceof ApiError && result.error.code === 'email_taken'
              ? 'Another account uses this address now, so yours did not change.'
              : result.error instanceof ApiError && result.error.status === 400
                ? 'This link has expired or was used already. Your email did not change; ask for a new link from your account page.'
                : 'Could not reach the server. Try the link again in a moment.'
          }
        />
      )}
      <p className="muted center">
        {user ? (
          <Link to="/settings/account">Back to your account</Link>
        ) : (
          <Link to="/login">Sign in</Link>
        )}
      </p>
    </AuthCard>
  );
}
