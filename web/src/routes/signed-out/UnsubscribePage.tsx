import { routes } from '@flexbnb/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { TYPE_LABELS } from '../../features/notifications/api.ts';
import { api, ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { AuthCard, FormError } from '../../ui/forms.tsx';

/**
 * The page an email's "Unsubscribe" link opens, signed in or not: turns that kind of email off
 * with the link's token and says so.
 */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { user } = useAuth();
  // A query, not an effect: one request per token, however often the page renders.
  const result = useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: () => api(routes.unsubscribeEmail, { query: { token } }),
    enabled: token.length > 0,
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

  return (
    <AuthCard title="Email notifications">
      {!token && <FormError error="This unsubscribe link is incomplete: it has no token." />}
      {result.isLoading && (
        <p className="muted" role="status">
          Unsubscribing…
        </p>
      )}
      {result.data && (
        <p role="status">
          You will no longer get emails about{' '}
          <strong>{TYPE_LABELS[result.data.notification_type].toLowerCase()}</strong>.
        </p>
      )}
      {result.isError && (
        <FormError
          error={
            result.error instanceof ApiError
              ? `${result.error.message}. Your email settings did not change.`
              : 'Could not reach the server. Try the link again in a moment.'
          }
        />
      )}
      <p className="muted">
        {user ? (
          <Link to="/settings/notifications">Change your notification settings</Link>
        ) : (
          <>
            <Link to="/login">Sign in</Link> to choose which notifications you get, and how.
          </>
        )}
      </p>
    </AuthCard>
  );
}
