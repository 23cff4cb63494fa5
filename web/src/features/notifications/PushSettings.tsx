import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ApiError } from '../../lib/api.ts';
import settingsStyles from './NotificationSettingsForm.module.css';
import styles from './PushSettings.module.css';
import { currentPushState, disablePush, enablePush, type PushState } from './push.ts';

/** Turns Web Push on or off for this browser, and says where it stands. */
export function PushSettings() {
  const { t } = useTranslation('notifications');
  const stateText = (s: PushState) => t(`push.state.${s}`);
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
      if (next === wanted) toast.success(stateText(next));
    } catch (err) {
      toast.error(
        err instanceof ApiError
          ? err.message
          : t('push.changeFailed', {
              reason: err instanceof Error ? err.message : t('push.unknownError'),
            }),
      );
      setState(await currentPushState().catch((): PushState => 'off'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={`card ${settingsStyles.section}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('push.title')}</h2>
      <p className="muted small">{t('push.intro')}</p>
      <div className={styles.row}>
        <p role="status" className={styles.state} data-state={state}>
          {state === 'checking' ? t('push.checking') : stateText(state)}
        </p>
        {(state === 'off' || state === 'blocked') && (
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void run(enablePush, 'enabled')}
          >
            {busy ? t('push.turningOn') : t('push.enable')}
          </button>
        )}
        {state === 'enabled' && (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => void run(() => disablePush(), 'off')}
          >
            {busy ? t('push.turningOff') : t('push.turnOff')}
          </button>
        )}
      </div>
    </section>
  );
}
