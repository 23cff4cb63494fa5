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
  return (
    <div className="page narrow">
      <div>
        <h1>Notifications</h1>
        <p className="muted">Choose what reaches you, how, and when to keep quiet.</p>
      </div>
      {settings.isPending && <p className="muted">Loading…</p>}
      {settings.isError && (
        <p className="form-error" role="alert">
          Your notification settings could not be loaded: {settings.error.message}
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
