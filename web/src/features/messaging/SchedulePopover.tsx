import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Dialog } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { fieldErrors } from '../../ui/forms.tsx';
import styles from './SchedulePopover.module.css';
import { defaultSendAt, localInputToIso, sendLaterProblem } from './sendLater.ts';

/**
 * The composer's "send later": a day and time (tomorrow 09:00 to start with) and Schedule.
 * A time the server refuses is said here, beside the input, and the text stays in the box.
 * The dialog of the composer's popover, which closes it on Escape or a click elsewhere.
 */
export function SchedulePopover({
  canSchedule,
  onSchedule,
  onClose,
}: {
  /** False while the box holds nothing to send. */
  canSchedule: boolean;
  /** Resolves once the message is scheduled; rejects with the server's reason. */
  onSchedule: (sendAt: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation('messaging');
  const [value, setValue] = useState(() => defaultSendAt());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);

  // Focus lands on the time, the popover exists to pick one; after the dialog's own focus on
  // opening (its effect runs first).
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sendAt = localInputToIso(value);
    const problem = sendAt ? sendLaterProblem(sendAt, new Date(), t) : t('schedule.pickDayAndTime');
    if (problem || !sendAt) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSchedule(sendAt);
    } catch (err) {
      const why = fieldErrors(err).send_at;
      setError(
        why
          ? t('schedule.timeRefused', { reason: why })
          : err instanceof ApiError
            ? err.message
            : t('schedule.unreachable'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog className={styles.dialog} aria-label={t('schedule.title')}>
      <form onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('schedule.sendAt')}</span>
          <input
            className="input"
            type="datetime-local"
            required
            ref={input}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
          />
        </label>
        {error && (
          <p id={errorId} className={styles.error} role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button secondary small" onClick={onClose}>
            {t('schedule.close')}
          </button>
          <button type="submit" className="button primary small" disabled={!canSchedule || busy}>
            {busy ? t('schedule.scheduling') : t('schedule.schedule')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
