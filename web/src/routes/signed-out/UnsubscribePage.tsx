import { languageOfLocale, routes } from '@flexbnb/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { TYPE_LABELS } from '../../features/notifications/api.ts';
import { api, ApiError } from '../../lib/api.ts';
import { useAuth } from '../../lib/auth.tsx';
import { showIn } from '../../lib/i18n.ts';
import { AuthCard, FormError } from '../../ui/forms.tsx';

/**
 * The page an email's "Unsubscribe" link opens, signed in or not: turns that kind of email off
 * with the link's token and says so.
 */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { user } = useAuth();
  const { t, i18n } = useTranslation(['app', 'common']);
  // The email names its reader's language; signed in, the app already speaks the profile's.
  const emailLanguage = languageOfLocale(params.get('lang'));
  useEffect(() => {
    if (!user && emailLanguage) void showIn(emailLanguage);
  }, [user, emailLanguage]);
  // "emails about new messages": a kind of email inside a sentence starts in lower case, but
  // for German's nouns.
  const inSentence = (label: string) =>
    i18n.language === 'de' ? label : label.toLocaleLowerCase(i18n.language);
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
    <AuthCard title={t('unsubscribe.title')}>
      {!token && <FormError error={t('unsubscribe.incomplete')} />}
      {result.isLoading && (
        <p className="muted" role="status">
          {t('unsubscribe.unsubscribing')}
        </p>
      )}
      {result.data && (
        <p role="status">
          <Trans
            t={t}
            i18nKey="unsubscribe.done"
            values={{ type: inSentence(TYPE_LABELS[result.data.notification_type]) }}
            components={{ strong: <strong /> }}
          />
        </p>
      )}
      {result.isError && (
        <FormError
          error={
            result.error instanceof ApiError
              ? t('unsubscribe.failed', { message: result.error.message })
              : t('links.unreachable')
          }
        />
      )}
      <p className="muted">
        {user ? (
          <Link to="/settings/notifications">{t('unsubscribe.changeSettings')}</Link>
        ) : (
          <Trans
            t={t}
            i18nKey="unsubscribe.signInToChoose"
            components={{ a: <Link to="/login" /> }}
          />
        )}
      </p>
    </AuthCard>
  );
}
