import { useState } from 'react';
import { Link } from 'react-router';
import { toast } from 'sonner';
import { localWhen } from '../reservations/api.ts';
import { fillableDetails, MissingDetails } from './MissingDetails.tsx';
import { ScheduledTextEditor } from './ScheduledTextEditor.tsx';
import {
  SCHEDULED_STATUS_LABEL,
  isWaiting,
  missingReason,
  useChangeScheduledMessage,
  useStayScheduledMessages,
  type ScheduledMessage,
  type ScheduledMessageChange,
} from './api.ts';
import styles from './StayScheduledMessages.module.css';

const DONE: Record<ScheduledMessageChange['action'], string> = {
  skip: 'Skipped for this stay',
  cancel: 'Scheduled message cancelled',
  'send-now': 'Sent',
  edit: 'Message saved',
};

function nameOf(m: ScheduledMessage) {
  return m.automation?.name ?? 'Sent later';
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
        toast.success(DONE[what.action]);
        if (what.action === 'edit') setEditing(null);
      },
      // A 409 (fields still missing, or already sent) says why in the server's words.
      onError: (e) => toast.error(e.message),
    });

  return (
    <section className={styles.timeline} aria-label="Scheduled messages">
      <h4>Scheduled messages</h4>
      {forecast.isLoading && <p className="muted small">Loading scheduled messages…</p>}
      {forecast.isError && <p className="muted small">Scheduled messages could not be loaded.</p>}
      {forecast.isSuccess && list.length === 0 && (
        <p className="muted small">
          Nothing scheduled for this stay. <Link to="/host/automations">Automations</Link> send
          messages on every stay’s timeline.
        </p>
      )}
      {list.length > 0 && (
        <ol>
          {list.map((m) => {
            const name = nameOf(m);
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
                    {SCHEDULED_STATUS_LABEL[m.status]}
                  </span>
                </div>
                <div className="muted small">
                  <time dateTime={m.status === 'sent' ? when : m.scheduled_for_local}>
                    {localWhen({ scheduled_for: when, timezone: m.timezone })}
                  </time>
                  {m.is_edited && ' · edited'}
                </div>
                {isEditing ? (
                  <ScheduledTextEditor
                    label={`Text of ${name}`}
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
                    {m.message || (
                      <span className="muted">Nothing to send yet: the details are missing.</span>
                    )}
                  </p>
                )}
                {isWaiting(m) && m.missing_placeholders.length > 0 && (
                  <p className={styles.reason}>
                    {missingReason(m.missing_placeholders)}
                    {m.status === 'scheduled' && ' — fill it in before it is due, or it waits'}
                    {fillableDetails(m.missing_placeholders).length > 0 && filling !== m.id && (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setFilling(m.id)}
                        >
                          Fill in <span className="sr-only">{name}</span>
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
                      {m.automation ? 'Skip' : 'Cancel'} <span className="sr-only">{name}</span>
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={change.isPending}
                      onClick={() => setEditing({ id: m.id, text: m.template })}
                    >
                      Edit <span className="sr-only">{name}</span>
                    </button>
                    <button
                      type="button"
                      className="button primary small"
                      disabled={change.isPending}
                      onClick={() => run({ id: m.id, action: 'send-now' })}
                    >
                      Send now <span className="sr-only">{name}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {list[0] && <p className="muted small">Times are the property’s ({list[0].timezone}).</p>}
    </section>
  );
}
