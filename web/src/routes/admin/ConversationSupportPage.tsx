import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  adminKeys,
  useOpenForSupport,
  type AdminConversationView,
} from '../../features/admin/api.ts';
import { count, dateTime } from '../../features/admin/format.ts';
import { AdminHead, Facts, Person } from '../../features/admin/parts.tsx';
import { ScreeningBadge, ScreeningMatches } from '../../features/admin/Screening.tsx';
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
  const { t } = useTranslation('admin');
  const { id = '' } = useParams();
  const view = useQuery<AdminConversationView>({
    queryKey: adminKeys.supportView(id),
    // Never fetched by itself: only `useOpenForSupport` puts a view here.
    queryFn: () => Promise.reject(new Error(t('support.notOpened'))),
    enabled: false,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });

  return (
    <div className="page wide">
      <Link to="/admin/conversations" className="back-link">
        {t('back.conversations')}
      </Link>
      {view.data ? <SupportView view={view.data} /> : <AskReason id={id} />}
    </div>
  );
}

function AskReason({ id }: { id: string }) {
  const { t } = useTranslation('admin');
  const open = useOpenForSupport();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <>
      <AdminHead title={t('support.open')} description={t('support.askDescription')} />
      <form
        className={`card form ${styles.form}`}
        aria-label={t('support.open')}
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
          <label htmlFor="support-reason">{t('reasonDialog.reason')}</label>
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
              {t('reasonDialog.required')}
            </small>
          )}
        </div>
        <FormError error={open.error?.message} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={open.isPending}>
            {t('support.open')}
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
  const { t } = useTranslation('admin');
  return (
    <div className={styles.screening} role="group" aria-label={t('support.screening')}>
      <p>
        <ScreeningBadge action={s.action} /> {t(`screening.meaning.${s.action}`)}
      </p>
      <p>
        <span className="muted">{t('support.asWritten')}</span>{' '}
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
  const { t } = useTranslation('admin');
  if (m.attachments.length === 0 && !m.edited_at && !m.unsent_at && !m.screening) return null;
  return (
    <div className={`${styles.record} small`}>
      {m.screening && <ScreeningRecord screening={m.screening} />}
      {m.attachments.length > 0 && (
        <p>
          {t('support.attachments', {
            count: m.attachments.length,
            names: attachmentNames(m.attachments),
          })}
        </p>
      )}
      {m.unsent_at ? (
        <p className={styles.change}>{t('support.unsent', { when: dateTime(m.unsent_at) })}</p>
      ) : (
        m.edited_at && (
          <p className={styles.change}>{t('support.edited', { when: dateTime(m.edited_at) })}</p>
        )
      )}
      {m.revisions.length > 0 && (
        <ol className={styles.revisions} aria-label={t('support.revisions')}>
          {m.revisions.map((r) => (
            <li key={r.revision}>
              <span className="muted">
                {r.action === 'edited'
                  ? t('support.beforeEdit', { when: dateTime(r.created_at) })
                  : t('support.beforeUnsend', { when: dateTime(r.created_at) })}
              </span>{' '}
              <span className={styles.earlier}>{r.message || t('support.noText')}</span>
              {r.attachments.length > 0 && (
                <span className="muted">
                  {' '}
                  {t('support.withAttachments', { names: attachmentNames(r.attachments) })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The audit entry of this view, as the notice links it: its id's first characters. */
function AuditEntryLink({
  conversationId,
  children,
}: {
  conversationId: string;
  children?: ReactNode;
}) {
  return (
    <Link to={`/admin/audit-log?target_id=${conversationId}`}>
      <code>{children}</code>
    </Link>
  );
}

function SupportView({ view }: { view: AdminConversationView }) {
  const { t } = useTranslation('admin');
  const c = view.conversation;
  return (
    <>
      <AdminHead
        title={t('support.title', { guest: c.guest.name, host: c.host.name })}
        description={c.property.title}
      />
      <p className={styles.notice} role="status">
        <Trans
          t={t}
          i18nKey="support.notice"
          values={{ id: view.audit_id.slice(0, 8) }}
          components={{ entry: <AuditEntryLink conversationId={c.id} /> }}
        />
      </p>
      <section className="card" aria-label={t('details')}>
        <Facts
          items={[
            [t('field.guest'), <Person key="g" person={c.guest} />],
            [t('field.host'), <Person key="h" person={c.host} />],
            [
              t('field.property'),
              <Link key="p" to={`/admin/properties/${c.property.id}`}>
                {c.property.title}
              </Link>,
            ],
            [
              t('field.reservation'),
              c.reservation_id ? (
                <Link key="r" to={`/admin/reservations/${c.reservation_id}`}>
                  {t('support.openReservation')}
                </Link>
              ) : (
                t('support.none')
              ),
            ],
            [t('field.messages'), count(c.messages)],
            [t('field.lastActivity'), dateTime(c.last_message_at)],
          ]}
        />
      </section>
      <section className={`card ${styles.thread}`} aria-label={t('field.messages')}>
        {view.truncated && (
          <p className="muted small center">
            {t('support.truncated', { count: view.messages.length })}
          </p>
        )}
        {view.messages.length === 0 && <p className="muted center">{t('support.noMessages')}</p>}
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
                        ? ` ${t('support.hostSuffix')}`
                        : m.sender.id === c.guest.id
                          ? ` ${t('support.guestSuffix')}`
                          : ''}
                    </span>
                    <MessageBubble
                      text={m.unsent_at ? t('support.unsentMessage') : m.message}
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
