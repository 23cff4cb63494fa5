import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { AuthCard, FormError } from '../../ui/forms.tsx';

/** The page a sign-up email opens: creates the account and signs in to it. */
export function ConfirmRegistrationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { confirmRegistration } = useAuth();
  const { t } = useTranslation(['app', 'common']);
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
    <AuthCard title={t('confirmRegistration.title')}>
      {!token && <FormError error={t('links.incomplete')} />}
      {result.isLoading && (
        <p className="muted" role="status">
          {t('confirmRegistration.creating')}
        </p>
      )}
      {result.isError && (
        <FormError
          error={
            result.error instanceof ApiError && result.error.code === 'email_taken'
              ? t('confirmRegistration.taken')
              : result.error instanceof ApiError && result.error.status === 400
                ? t('confirmRegistration.expired')
                : t('links.unreachable')
          }
        />
      )}
      <p className="muted center">
        <Link to="/login">{t('common:signIn')}</Link> ·{' '}
        <Link to="/register">{t('common:signUp')}</Link>
      </p>
    </AuthCard>
  );
}
