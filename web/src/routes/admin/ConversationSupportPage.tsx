import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  adminKeys,
  useOpenForSupport,
  type AdminConversationView,
} from '../../features/admin/api.ts';
import { count, dateTime } from '../../features/admin/format.ts';
import { AdminHead, Facts, Person } from '../../features/admin/parts.tsx';
import {
  SCREENING_ACTION_MEANING,
  ScreeningBadge,
  ScreeningMatches,
} from '../../features/admin/Screening.tsx';
import { MessageBubble } from '../../features/messaging/MessageBubble.tsx';
import { messageText } from '../../features/messaging/systemLine.ts';
import { DaySeparator, SystemLine } from '../../features/messaging/ThreadLines.tsx';
import { FormError } from '../../ui/forms.tsx';
import { dayKey, dayLabel } from '../../lib/time.ts';
import styles from './ConversationSupportPage.module.css';

/**
 * A conversation opened for support, read-only. The view was opened (and audited) by "Open for
 * support"; a reload does not open it again by itself: it asks for a reason once more, since
 * every view is its own audit entry.
 */
export function ConversationSupportPage() {
  const { id = '' } = useParams();
  const view = useQuery<AdminConversationView>({
    queryKey: adminKeys.supportView(id),
    // Never fetched by itself: only `useOpenForSupport` puts a view here.
    queryFn: () => Promise.reject(new Error('Open the conversation for support first')),
    enabled: false,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });

  return (
    <div className="page wide">
      <Link to="/admin/conversations" className="back-link">
        ← Conversations
      </Link>
      {view.data ? <SupportView view={view.data} /> : <AskReason id={id} />}
    </div>
  );
}

function AskReason({ id }: { id: string }) {
  const open = useOpenForSupport();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <>
      <AdminHead
        title="Open for support"
        description="Reading a conversation is written to the audit log with your name, the time and why."
      />
      <form
        className={`card form ${styles.form}`}
        aria-label="Open for support"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) {
            setMissing(true);
            return;
          }
          open.mutate({ id, reason: reason.trim() });
        }}
      >
        <div className="field">
          <label htmlFor="support-reason">Reason</label>
          <textarea
            id="support-reason"
            className="input"
            rows={3}
            maxLength={500}
            required
            aria-invalid={missing || undefined}
            aria-describedby={missing ? 'support-reason-error' : undefined}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setMissing(false);
            }}
          />
          {missing && (
            <small id="support-reason-error" className="field-error">
              A reason is required.
            </small>
          )}
        </div>
        <FormError error={open.error?.message} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={open.isPending}>
            Open for support
          </button>
        </div>
      </form>
    </>
  );
}

type SupportMessage = AdminConversationView['messages'][number];

function attachmentNames(attachments: SupportMessage['attachments']) {
  return attachments.map((a) => a.name).join(', ');
}

/**
 * What contact screening did to a message: masked, flagged or revealed, the text as its sender
 * wrote it, and what matched.
 */
function ScreeningRecord({
  screening: s,
}: {
  screening: NonNullable<SupportMessage['screening']>;
}) {
  return (
    <div className={styles.screening} role="group" aria-label="Contact screening">
      <p>
        <ScreeningBadge action={s.action} /> {SCREENING_ACTION_MEANING[s.action]}
      </p>
      <p>
        <span className="muted">As written:</span>{' '}
        <span className={styles.earlier}>{s.original}</span>
      </p>
      <ScreeningMatches matches={s.matches} />
    </div>
  );
}

/**
 * Under a message: what contact screening did to it, its attachments' names, whether it was
 * edited or unsent, and its revision log — every earlier text, oldest first, which the
 * participants no longer see.
 */
function MessageRecord({ message: m }: { message: SupportMessage }) {
  if (m.attachments.length === 0 && !m.edited_at && !m.unsent_at && !m.screening) return null;
  return (
    <div className={`${styles.record} small`}>
      {m.screening && <ScreeningRecord screening={m.screening} />}
      {m.attachments.length > 0 && (
        <p>
          {m.attachments.length === 1 ? 'Attachment' : `${m.attachments.length} attachments`}:{' '}
          {attachmentNames(m.attachments)}
        </p>
      )}
      {m.unsent_at ? (
        <p className={styles.change}>Unsent {dateTime(m.unsent_at)}</p>
      ) : (
        m.edited_at && <p className={styles.change}>Edited {dateTime(m.edited_at)}</p>
      )}
      {m.revisions.length > 0 && (
        <ol className={styles.revisions} aria-label="Earlier versions">
          {m.revisions.map((r) => (
            <li key={r.revision}>
              <span className="muted">
                {r.action === 'edited' ? 'Before the edit' : 'Before unsending'} of{' '}
                {dateTime(r.created_at)}:
              </span>{' '}
              <span className={styles.earlier}>{r.message || '(no text)'}</span>
              {r.attachments.length > 0 && (
                <span className="muted"> · with {attachmentNames(r.attachments)}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function SupportView({ view }: { view: AdminConversationView }) {
  const c = view.conversation;
  return (
    <>
      <AdminHead title={`${c.guest.name} and ${c.host.name}`} description={c.property.title} />
      <p className={styles.notice} role="status">
        Read-only support view. This view was logged in the audit log (entry{' '}
        <Link to={`/admin/audit-log?target_id=${c.id}`}>
          <code>{view.audit_id.slice(0, 8)}</code>
        </Link>
        ). Nothing was marked read.
      </p>
      <section className="card" aria-label="Details">
        <Facts
          items={[
            ['Guest', <Person key="g" person={c.guest} />],
            ['Host', <Person key="h" person={c.host} />],
            [
              'Property',
              <Link key="p" to={`/admin/properties/${c.property.id}`}>
                {c.property.title}
              </Link>,
            ],
            [
              'Reservation',
              c.reservation_id ? (
                <Link key="r" to={`/admin/reservations/${c.reservation_id}`}>
                  Open the reservation
                </Link>
              ) : (
                'None'
              ),
            ],
            ['Messages', count(c.messages)],
            ['Last activity', dateTime(c.last_message_at)],
          ]}
        />
      </section>
      <section className={`card ${styles.thread}`} aria-label="Messages">
        {view.truncated && (
          <p className="muted small center">
            Only the latest {view.messages.length} messages are shown.
          </p>
        )}
        {view.messages.length === 0 && <p className="muted center">No messages.</p>}
        <ol className={styles.messages}>
          {view.messages.map((m, i) => {
            const previous = view.messages[i - 1];
            const separator = !previous || dayKey(previous.created_at) !== dayKey(m.created_at);
            const mine = m.sender.id === c.host.id;
            return (
              <li key={m.id}>
                {separator && <DaySeparator label={dayLabel(m.created_at)} />}
                {m.kind === 'system' ? (
                  <SystemLine
                    text={messageText(m)}
                    at={m.created_at}
                    time={dateTime(m.created_at)}
                  />
                ) : (
                  <div className={styles.message} data-mine={mine || undefined}>
                    <span className={`${styles.sender} small`}>
                      <bdi>{m.sender.name}</bdi>
                      {m.sender.id === c.host.id
                        ? ' (host)'
                        : m.sender.id === c.guest.id
                          ? ' (guest)'
                          : ''}
                    </span>
                    <MessageBubble
                      text={m.unsent_at ? 'This message was unsent' : m.message}
                      mine={mine}
                      time={m.created_at}
                      masked={!m.unsent_at && m.screening?.action === 'masked'}
                      receipt={<MessageRecord message={m} />}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
