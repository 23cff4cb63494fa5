import {
  DELIVERY_CHANNELS,
  NOTIFICATION_TYPES,
  type DeliveryChannel,
  type NotificationSettings,
  type NotificationType,
} from '@flexbnb/contracts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ApiError } from '../../lib/api.ts';
import { FieldError, fieldErrors, FormError } from '../../ui/forms.tsx';
import { ADMIN_ONLY_TYPES, CHANNEL_LABELS, TYPE_LABELS, type SettingsUpdate } from './api.ts';
import {
  changesOf,
  draftOf,
  isEmptyUpdate,
  localTimeZone,
  timeZones,
  type SettingsDraft,
} from './settings.ts';
import styles from './NotificationSettingsForm.module.css';

interface Props {
  settings: NotificationSettings;
  /** Sends the changes; answers the settings as they now are. */
  onSave: (update: SettingsUpdate) => Promise<NotificationSettings>;
  /** Where quiet hours are first proposed; this browser's zone by default. */
  defaultTimeZone?: string;
  /** Shows the kinds only admins are sent. */
  isAdmin?: boolean;
}

/** The fields the form shows an error under, by the server's name for them. */
const FIELDS = ['quiet_hours.start', 'quiet_hours.end', 'quiet_hours.timezone', 'phone'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Notification preferences: a grid of kinds × channels (in-app always on), quiet hours in a
 * time zone, and the phone SMS go to. Saves only what changed; the server's validation errors
 * show under their fields.
 */
export function NotificationSettingsForm({ settings, onSave, defaultTimeZone, isAdmin }: Props) {
  const { t } = useTranslation('notifications');
  const zone = defaultTimeZone ?? localTimeZone();
  const [saved, setSaved] = useState(() =>
    draftOf(settings, { start: '22:00', end: '07:00', timezone: zone }),
  );
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const zones = useMemo(() => timeZones(draft.quiet.timezone), [draft.quiet.timezone]);

  const update = useMemo(() => changesOf(saved, draft), [saved, draft]);
  const dirty = !isEmptyUpdate(update);
  const wantsSms = NOTIFICATION_TYPES.some((t) => draft.types[t].sms);
  const shownTypes = NOTIFICATION_TYPES.filter((t) => isAdmin || !ADMIN_ONLY_TYPES.includes(t));

  const setChannel = (type: NotificationType, channel: DeliveryChannel, on: boolean) =>
    setDraft((d) => ({ ...d, types: { ...d.types, [type]: { ...d.types[type], [channel]: on } } }));
  const setQuiet = (change: Partial<SettingsDraft['quiet']>) =>
    setDraft((d) => ({ ...d, quiet: { ...d.quiet, ...change } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const next = await onSave(update);
      const fresh = draftOf(next, draft.quiet);
      setSaved(fresh);
      setDraft(fresh);
      toast.success(t('settings.saved'));
    } catch (err) {
      const byField = fieldErrors(err);
      const shown: Partial<Record<Field, string>> = {};
      for (const field of FIELDS) if (byField[field]) shown[field] = byField[field];
      // An error about quiet hours as a whole (not one of its inputs) goes under the end time.
      if (byField.quiet_hours && !shown['quiet_hours.end']) {
        shown['quiet_hours.end'] = byField.quiet_hours;
      }
      setErrors(shown);
      const unplaced = Object.keys(byField).some(
        (k) => !(FIELDS as readonly string[]).includes(k) && k !== 'quiet_hours',
      );
      if (Object.keys(shown).length === 0 || unplaced) {
        setFormError(err instanceof ApiError ? err.message : t('settings.unreachable'));
      }
    } finally {
      setBusy(false);
    }
  };

  /** The props an input with a server error takes: its description and invalid state. */
  const described = (field: Field, hint?: string) => {
    const ids = [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean);
    return {
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    };
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('settings.label')}
    >
      <section className={`card ${styles.section}`} aria-labelledby={`${id}-channels`}>
        <h2 id={`${id}-channels`}>{t('settings.channels.title')}</h2>
        <p className="muted small">{t('settings.channels.intro')}</p>
        <div className={styles.tableScroll}>
          <table className={styles.channelGrid}>
            <caption className="sr-only">{t('settings.channels.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.channels.notification')}</th>
                <th scope="col">{CHANNEL_LABELS.in_app}</th>
                {DELIVERY_CHANNELS.map((channel) => (
                  <th scope="col" key={channel}>
                    {CHANNEL_LABELS[channel]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shownTypes.map((type) => (
                <tr key={type}>
                  <th scope="row">{TYPE_LABELS[type]}</th>
                  <td>
                    <input
                      type="checkbox"
                      checked
                      disabled
                      aria-label={t('settings.channels.alwaysOn', {
                        type: TYPE_LABELS[type],
                        channel: CHANNEL_LABELS.in_app,
                      })}
                    />
                  </td>
                  {DELIVERY_CHANNELS.map((channel) => (
                    <td key={channel}>
                      <input
                        type="checkbox"
                        checked={draft.types[type][channel]}
                        onChange={(e) => setChannel(type, channel, e.target.checked)}
                        aria-label={t('settings.channels.cell', {
                          type: TYPE_LABELS[type],
                          channel: CHANNEL_LABELS[channel],
                        })}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className={`card ${styles.section}`} aria-labelledby={`${id}-quiet`}>
        <h2 id={`${id}-quiet`}>{t('settings.quiet.title')}</h2>
        <label className="switch">
          <input
            type="checkbox"
            checked={draft.quiet.enabled}
            onChange={(e) => setQuiet({ enabled: e.target.checked })}
          />
          <span>{t('settings.quiet.toggle')}</span>
        </label>
        <div className={`form-grid ${styles.quietGrid}`}>
          <div className="field">
            <label htmlFor={`${id}-start`}>{t('settings.quiet.from')}</label>
            <input
              id={`${id}-start`}
              className="input"
              type="time"
              required
              disabled={!draft.quiet.enabled}
              value={draft.quiet.start}
              onChange={(e) => setQuiet({ start: e.target.value })}
              {...described('quiet_hours.start')}
            />
            <FieldError id={`${id}-quiet_hours.start-error`} error={errors['quiet_hours.start']} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-end`}>{t('settings.quiet.until')}</label>
            <input
              id={`${id}-end`}
              className="input"
              type="time"
              required
              disabled={!draft.quiet.enabled}
              value={draft.quiet.end}
              onChange={(e) => setQuiet({ end: e.target.value })}
              {...described('quiet_hours.end')}
            />
            <FieldError id={`${id}-quiet_hours.end-error`} error={errors['quiet_hours.end']} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-zone`}>{t('settings.quiet.timeZone')}</label>
            <select
              id={`${id}-zone`}
              className="select"
              disabled={!draft.quiet.enabled}
              value={draft.quiet.timezone}
              onChange={(e) => setQuiet({ timezone: e.target.value })}
              {...described('quiet_hours.timezone')}
            >
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replace(/_/g, ' ')}
                </option>
              ))}
            </select>
            <FieldError
              id={`${id}-quiet_hours.timezone-error`}
              error={errors['quiet_hours.timezone']}
            />
          </div>
        </div>
        <p className="muted small">{t('settings.quiet.note')}</p>
      </section>

      <section className={`card ${styles.section}`} aria-labelledby={`${id}-sms`}>
        <h2 id={`${id}-sms`}>{t('settings.sms.title')}</h2>
        <div className={`field ${styles.phoneField}`}>
          <label htmlFor={`${id}-phone`}>{t('settings.sms.phone')}</label>
          <input
            id={`${id}-phone`}
            className="input"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            placeholder="+351912345678"
            value={draft.phone}
            onChange={(e) => setDraft((d) => ({ ...d, phone: e.target.value }))}
            {...described('phone', `${id}-phone-hint`)}
          />
          <small id={`${id}-phone-hint`} className="muted">
            {t('settings.sms.hint')}
          </small>
          <FieldError id={`${id}-phone-error`} error={errors.phone} />
        </div>
        {wantsSms && !draft.phone.trim() && (
          <p className={styles.note}>{t('settings.sms.needPhone')}</p>
        )}
      </section>

      <FormError error={formError} />
      <div className="form-actions">
        {dirty && !busy && <span className="muted small">{t('settings.unsaved')}</span>}
        <span className={styles.spacer} />
        <button
          type="button"
          className="button secondary"
          disabled={!dirty || busy}
          onClick={() => {
            setDraft(saved);
            setErrors({});
            setFormError(null);
          }}
        >
          {t('settings.discard')}
        </button>
        <button type="submit" className="button primary" disabled={!dirty || busy}>
          {busy ? t('settings.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  );
}
