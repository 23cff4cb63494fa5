import { useTranslation } from 'react-i18next';
import {
  useNotificationSettings,
  useUpdateNotificationSettings,
} from '../../features/notifications/api.ts';
import { NotificationSettingsForm } from '../../features/notifications/NotificationSettingsForm.tsx';
import { PushSettings } from '../../features/notifications/PushSettings.tsx';
import { useUser } from '../../lib/auth.tsx';

/** Where and when notifications reach the signed-in user. */
export function NotificationSettingsPage() {
  const settings = useNotificationSettings();
  const save = useUpdateNotificationSettings();
  const me = useUser();
  const { t } = useTranslation(['app', 'common']);
  return (
    <div className="page narrow">
      <div>
        <h1>{t('notificationSettings.title')}</h1>
        <p className="muted">{t('notificationSettings.intro')}</p>
      </div>
      {settings.isPending && <p className="muted">{t('common:loading')}</p>}
      {settings.isError && (
        <p className="form-error" role="alert">
          {t('notificationSettings.loadFailed', { message: settings.error.message })}
        </p>
      )}
      {settings.data && (
        <NotificationSettingsForm
          settings={settings.data}
          onSave={(u) => save.mutateAsync(u)}
          isAdmin={me.role === 'admin'}
        />
      )}
      <PushSettings />
    </div>
  );
}
