import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { dayAndTime } from '../../lib/time.ts';
import { ClockIcon } from '../../ui/icons.tsx';
import { useChangeScheduledMessage, type ScheduledMessage } from '../automations/api.ts';
import { ScheduledTextEditor } from '../automations/ScheduledTextEditor.tsx';
import styles from './ScheduledBubbles.module.css';

/**
 * My messages waiting to go out in this thread, after the stored ones and greyed: when each
 * goes, and Edit (its text) or Cancel until then. One that goes out leaves this list (its
 * query reloads on the socket's `message.created`) and shows as an ordinary message.
 */
export function ScheduledBubbles({ messages }: { messages: ScheduledMessage[] }) {
  const { t } = useTranslation('messaging');
  const change = useChangeScheduledMessage();
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  if (messages.length === 0) return null;

  const cancel = (m: ScheduledMessage) =>
    change.mutate(
      { id: m.id, action: 'cancel' },
      {
        onSuccess: () => toast.success(t('scheduled.cancelled')),
        onError: (e) => toast.error(e.message),
      },
    );

  const save = (message: string) => {
    if (!editing) return;
    change.mutate(
      { id: editing.id, action: 'edit', message },
      {
        onSuccess: () => setEditing(null),
        onError: (e) => toast.error(e.message),
      },
    );
  };

  return (
    <ul className={styles.list} aria-label={t('scheduled.list')}>
      {messages.map((m) => {
        const when = dayAndTime(m.scheduled_for);
        const isEditing = editing?.id === m.id;
        return (
          <li key={m.id} className={styles.row}>
            {isEditing ? (
              <div className={styles.editing}>
                <ScheduledTextEditor
                  label={t('scheduled.textLabel')}
                  rows={3}
                  text={editing.text}
                  saving={change.isPending}
                  onChange={(text) => setEditing({ id: m.id, text })}
                  onSave={save}
                  onCancel={() => setEditing(null)}
                />
              </div>
            ) : (
              <div className={styles.bubble}>
                <p className={styles.text}>{m.message}</p>
              </div>
            )}
            <div className={styles.meta}>
              <ClockIcon />
              <span>
                <Trans
                  t={t}
                  i18nKey="scheduled.when"
                  values={{ when }}
                  components={{ time: <time dateTime={m.scheduled_for} /> }}
                />
              </span>
              {!isEditing && (
                <>
                  <button
                    type="button"
                    className="link-button"
                    disabled={change.isPending}
                    onClick={() => setEditing({ id: m.id, text: m.message })}
                  >
                    <Trans
                      t={t}
                      i18nKey="scheduled.edit"
                      components={{ sr: <span className="sr-only" /> }}
                    />
                  </button>
                  <button
                    type="button"
                    className="link-button subtle"
                    disabled={change.isPending}
                    onClick={() => cancel(m)}
                  >
                    <Trans
                      t={t}
                      i18nKey="scheduled.cancel"
                      components={{ sr: <span className="sr-only" /> }}
                    />
                  </button>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
