import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['app', 'common']);
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
    <AuthCard title={t('confirmEmail.title')}>
      {!token && <FormError error={t('links.incomplete')} />}
      {result.isLoading && (
        <p className="muted" role="status">
          {t('confirmEmail.confirming')}
        </p>
      )}
      {result.data && (
        <p role="status">
          <Trans
            t={t}
            i18nKey="confirmEmail.done"
            values={{ email: result.data.email }}
            components={{ strong: <strong /> }}
          />
        </p>
      )}
      {result.isError && (
        <FormError
          error={
            result.error instanceof ApiError && result.error.code === 'email_taken'
              ? t('confirmEmail.taken')
              : result.error instanceof ApiError && result.error.status === 400
                ? t('confirmEmail.expired')
                : t('links.unreachable')
          }
        />
      )}
      <p className="muted center">
        {user ? (
          <Link to="/settings/account">{t('confirmEmail.backToAccount')}</Link>
        ) : (
          <Link to="/login">{t('common:signIn')}</Link>
        )}
      </p>
    </AuthCard>
  );
}
