import { useEffect, useId, useState } from 'react';
import { toast } from 'sonner';
import { ApiError } from '../../lib/api.ts';
import settingsStyles from './NotificationSettingsForm.module.css';
import styles from './PushSettings.module.css';
import { currentPushState, disablePush, enablePush, type PushState } from './push.ts';

const STATE_TEXT: Record<PushState, string> = {
  enabled: 'Browser notifications are on for this browser.',
  off: 'Browser notifications are off for this browser.',
  blocked:
    'Notifications from this site are blocked in your browser. Allow them in the site settings (the icon beside the address), then try again.',
  unsupported: 'This browser cannot show notifications from FlexBNB Messenger.',
};

/** Turns Web Push on or off for this browser, and says where it stands. */
export function PushSettings() {
  const [state, setState] = useState<PushState | 'checking'>('checking');
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    let live = true;
    currentPushState().then(
      (s) => live && setState(s),
      () => live && setState('off'),
    );
    return () => {
      live = false;
    };
  }, []);

  const run = async (action: () => Promise<PushState>, wanted: PushState) => {
    setBusy(true);
    try {
      const next = await action();
      setState(next);
      if (next === wanted) toast.success(STATE_TEXT[next]);
    } catch (err) {
      toast.error(
        err instanceof ApiError
          ? err.message
          : `Could not change browser notifications: ${err instanceof Error ? err.message : 'unknown error'}`,
      );
      setState(await currentPushState().catch((): PushState => 'off'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={`card ${settingsStyles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Browser notifications</h2>
      <p className="muted small">
        Get a notification on this device when a message arrives, even when FlexBNB Messenger is not
        open.
      </p>
      <div className={styles.row}>
        <p role="status" className={styles.state} data-state={state}>
          {state === 'checking' ? 'Checking this browser…' : STATE_TEXT[state]}
        </p>
        {(state === 'off' || state === 'blocked') && (
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void run(enablePush, 'enabled')}
          >
            {busy ? 'Turning on…' : 'Enable browser notifications'}
          </button>
        )}
        {state === 'enabled' && (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => void run(() => disablePush(), 'off')}
          >
            {busy ? 'Turning off…' : 'Turn off'}
          </button>
        )}
      </div>
    </section>
  );
}
