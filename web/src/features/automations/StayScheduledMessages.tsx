import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { localWhen } from '../reservations/api.ts';
import { fillableDetails, MissingDetails } from './MissingDetails.tsx';
import { ScheduledTextEditor } from './ScheduledTextEditor.tsx';
import {
  isWaiting,
  missingDetails,
  useChangeScheduledMessage,
  useStayScheduledMessages,
  type ScheduledMessage,
  type ScheduledMessageChange,
} from './api.ts';
import styles from './StayScheduledMessages.module.css';

const DONE = {
  skip: 'stay.done.skip',
  cancel: 'stay.done.cancel',
  'send-now': 'stay.done.sendNow',
  edit: 'stay.done.edit',
} as const satisfies Record<ScheduledMessageChange['action'], string>;

function nameOf(m: ScheduledMessage, t: TFunction<'automations'>) {
  return m.automation?.name ?? t('stay.sentLater');
}

/**
 * A stay's timeline for its host: every automation's message and every message sent later,
 * sent or to come, in time order, in the property's time. One still waiting can be edited
 * (this stay's copy), skipped, or sent now; a held one says which details it waits for.
 */
export function StayScheduledMessages({
  reservationId,
  propertyId,
}: {
  reservationId: string;
  propertyId: string;
}) {
  const { t } = useTranslation('automations');
  const forecast = useStayScheduledMessages(reservationId);
  const change = useChangeScheduledMessage();
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [filling, setFilling] = useState<string | null>(null);
  const list = [...(forecast.data ?? [])].sort(
    (a, b) => Date.parse(a.scheduled_for) - Date.parse(b.scheduled_for),
  );

  const run = (what: ScheduledMessageChange) =>
    change.mutate(what, {
      onSuccess: () => {
        toast.success(t(DONE[what.action]));
        if (what.action === 'edit') setEditing(null);
      },
      // A 409 (fields still missing, or already sent) says why in the server's words.
      onError: (e) => toast.error(e.message),
    });

  return (
    <section className={styles.timeline} aria-label={t('stay.title')}>
      <h4>{t('stay.title')}</h4>
      {forecast.isLoading && <p className="muted small">{t('stay.loading')}</p>}
      {forecast.isError && <p className="muted small">{t('stay.loadFailed')}</p>}
      {forecast.isSuccess && list.length === 0 && (
        <p className="muted small">
          <Trans
            t={t}
            i18nKey="stay.empty"
            components={{ automations: <Link to="/host/automations" /> }}
          />
        </p>
      )}
      {list.length > 0 && (
        <ol>
          {list.map((m) => {
            const name = nameOf(m, t);
            const sr = { name: <span className="sr-only">{name}</span> };
            const isEditing = editing?.id === m.id;
            const when = m.status === 'sent' && m.sent_at ? m.sent_at : m.scheduled_for;
            return (
              <li key={m.id} className={styles.item} data-status={m.status}>
                <div className={styles.head}>
                  <strong>{name}</strong>
                  <span
                    className={`status status-${m.status} ${styles.status}`}
                    data-status={m.status}
                  >
                    {t(`status.${m.status}`)}
                  </span>
                </div>
                <div className="muted small">
                  <time dateTime={m.status === 'sent' ? when : m.scheduled_for_local}>
                    {localWhen({ scheduled_for: when, timezone: m.timezone })}
                  </time>
                  {m.is_edited && ` · ${t('stay.edited')}`}
                </div>
                {isEditing ? (
                  <ScheduledTextEditor
                    label={t('stay.textOf', { name })}
                    rows={4}
                    text={editing.text}
                    saving={change.isPending}
                    onChange={(text) => setEditing({ id: m.id, text })}
                    onSave={(message) => run({ id: m.id, action: 'edit', message })}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <p className={styles.text}>
                    {/* The text as it would go out now: a sentence whose detail is missing
                        is left out, sometimes all of it. */}
                    {m.message || <span className="muted">{t('stay.nothingToSend')}</span>}
                  </p>
                )}
                {isWaiting(m) && m.missing_placeholders.length > 0 && (
                  <p className={styles.reason}>
                    {t(m.status === 'scheduled' ? 'stay.missingBeforeDue' : 'stay.missing', {
                      details: missingDetails(m.missing_placeholders, t),
                    })}
                    {fillableDetails(m.missing_placeholders).length > 0 && filling !== m.id && (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setFilling(m.id)}
                        >
                          <Trans t={t} i18nKey="stay.fillIn" components={sr} />
                        </button>
                      </>
                    )}
                  </p>
                )}
                {filling === m.id && (
                  <MissingDetails
                    propertyId={propertyId}
                    missing={fillableDetails(m.missing_placeholders)}
                    onSaved={() => setFilling(null)}
                  />
                )}
                {isWaiting(m) && !isEditing && (
                  <div className={styles.row}>
                    {/* A message sent later is the host's own: it is cancelled, not skipped. */}
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={change.isPending}
                      onClick={() => run({ id: m.id, action: m.automation ? 'skip' : 'cancel' })}
                    >
                      <Trans
                        t={t}
                        i18nKey={m.automation ? 'stay.skip' : 'stay.cancel'}
                        components={sr}
                      />
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={change.isPending}
                      onClick={() => setEditing({ id: m.id, text: m.template })}
                    >
                      <Trans t={t} i18nKey="stay.edit" components={sr} />
                    </button>
                    <button
                      type="button"
                      className="button primary small"
                      disabled={change.isPending}
                      onClick={() => run({ id: m.id, action: 'send-now' })}
                    >
                      <Trans t={t} i18nKey="stay.sendNow" components={sr} />
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {list[0] && <p className="muted small">{t('stay.zone', { zone: list[0].timezone })}</p>}
    </section>
  );
}
