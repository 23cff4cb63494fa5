import { DELIVERY_CHANNELS, type Dashboard } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import admin from '../../features/admin/admin.module.css';
import { useDashboard } from '../../features/admin/api.ts';
import { age, count, dateTime, percent } from '../../features/admin/format.ts';
import { notificationStatusLabel } from '../../features/admin/labels.ts';
import { MessagesChart } from '../../features/admin/MessagesChart.tsx';
import { AdminHead, Stat, StatGrid } from '../../features/admin/parts.tsx';
import table from '../../features/admin/DataTable.module.css';
import styles from './DashboardPage.module.css';

type ChannelCount = Dashboard['notifications_by_channel'][number];

/** The statuses of one channel as a row: in-app counts read/unread, the others delivery states. */
function channelTable(rows: ChannelCount[]) {
  const channels = (['in_app', ...DELIVERY_CHANNELS] as const).filter((c) =>
    rows.some((r) => r.channel === c),
  );
  const statuses = [...new Set(rows.map((r) => r.status))];
  const cell = (channel: string, status: string) =>
    rows.find((r) => r.channel === channel && r.status === status)?.count;
  return { channels, statuses, cell };
}

/** The installation at a glance; refreshed every half minute. */
export function DashboardPage() {
  const { t } = useTranslation('admin');
  const dashboard = useDashboard();
  const d = dashboard.data;

  return (
    <div className="page wide">
      <AdminHead
        title={t('dashboard.title')}
        description={
          d ? t('dashboard.asOf', { when: dateTime(d.generated_at) }) : t('dashboard.description')
        }
      />
      {dashboard.isLoading && <p className="muted">{t('loading')}</p>}
      {dashboard.error && (
        <p className="form-error" role="alert">
          {dashboard.error.message}
        </p>
      )}
      {d && (
        <>
          <section aria-labelledby="totals" className={admin.section}>
            <h2 id="totals" className="sr-only">
              {t('dashboard.totals')}
            </h2>
            <StatGrid>
              <Stat
                label={t('dashboard.users')}
                value={<Link to="/admin/users">{count(d.totals.users)}</Link>}
                hint={t('dashboard.usersHint', {
                  count: d.totals.admins,
                  admins: count(d.totals.admins),
                  disabled: count(d.totals.disabled_users),
                })}
              />
              <Stat
                label={t('dashboard.properties')}
                value={<Link to="/admin/properties">{count(d.totals.properties)}</Link>}
              />
              <Stat
                label={t('dashboard.reservations')}
                value={<Link to="/admin/reservations">{count(d.totals.reservations)}</Link>}
              />
              <Stat
                label={t('dashboard.conversations')}
                value={<Link to="/admin/conversations">{count(d.totals.conversations)}</Link>}
              />
              <Stat label={t('dashboard.messages')} value={count(d.totals.messages)} />
              <Stat
                label={t('dashboard.messagesToday')}
                value={count(d.messages_today)}
                hint={t('dashboard.sinceMidnight')}
              />
            </StatGrid>
          </section>

          <section aria-labelledby="per-day" className={`card ${admin.section}`}>
            <h2 id="per-day">{t('dashboard.perDay')}</h2>
            <MessagesChart days={d.messages_per_day} />
          </section>

          <div className={admin.columns}>
            <section aria-labelledby="delivery-rate" className={`card ${admin.section}`}>
              <h2 id="delivery-rate">{t('dashboard.deliverySuccess')}</h2>
              <ul className={styles.rateList}>
                {d.delivery_success.map((s) => (
                  <li key={s.channel}>
                    <span className={styles.rateLabel}>{t(`channel.${s.channel}`)}</span>
                    <span
                      className={styles.rateBar}
                      role="meter"
                      aria-label={t('dashboard.successRate', {
                        channel: t(`channel.${s.channel}`),
                      })}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={s.rate === null ? undefined : Math.round(s.rate * 100)}
                      aria-valuetext={
                        s.rate === null ? t('dashboard.noDeliveries') : percent(s.rate)
                      }
                    >
                      <span style={{ width: `${(s.rate ?? 0) * 100}%` }} />
                    </span>
                    <strong>{percent(s.rate)}</strong>
                    <span className="muted small">
                      {t('dashboard.sentFailed', {
                        sent: count(s.sent),
                        failed: count(s.failed),
                      })}
                    </span>
                  </li>
                ))}
              </ul>
              <Link to="/admin/deliveries?status=failed" className="small">
                {t('dashboard.failedDeliveries')}
              </Link>
            </section>

            <section aria-labelledby="backlog" className={`card ${admin.section}`}>
              <h2 id="backlog">{t('dashboard.backlog')}</h2>
              <StatGrid compact>
                <Stat
                  label={t('dashboard.remindersScheduled')}
                  value={count(d.reminders.scheduled)}
                />
                <Stat
                  label={t('dashboard.remindersOverdue')}
                  value={count(d.reminders.overdue)}
                  tone={d.reminders.overdue > 0 ? 'warn' : undefined}
                />
                <Stat
                  label={t('dashboard.remindersFailed')}
                  value={
                    <Link to="/admin/reminders?status=failed">{count(d.reminders.failed)}</Link>
                  }
                  tone={d.reminders.failed > 0 ? 'bad' : undefined}
                />
                <Stat
                  label={t('dashboard.jobsPending')}
                  value={<Link to="/admin/jobs?state=pending">{count(d.jobs.pending)}</Link>}
                  hint={t('dashboard.oldestDue', { age: age(d.jobs.oldest_due_age_seconds) })}
                />
                <Stat label={t('dashboard.jobsRunning')} value={count(d.jobs.running)} />
                <Stat
                  label={t('dashboard.jobsFailed')}
                  value={<Link to="/admin/jobs?state=failed">{count(d.jobs.failed)}</Link>}
                  tone={d.jobs.failed > 0 ? 'bad' : undefined}
                />
              </StatGrid>
            </section>
          </div>

          <NotificationsByChannel rows={d.notifications_by_channel} />

          <section aria-labelledby="nodes" className={`card ${admin.section}`}>
            <h2 id="nodes">{t('dashboard.nodes')}</h2>
            {d.nodes.length === 0 ? (
              <p className="muted">{t('dashboard.noNodes')}</p>
            ) : (
              <div className={styles.tableScroll}>
                <table className={`${table.table} ${table.plain}`}>
                  <caption className="sr-only">{t('dashboard.nodesCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.nodeHost')}</th>
                      <th scope="col">{t('dashboard.nodeRoles')}</th>
                      <th scope="col" className={table.num}>
                        {t('dashboard.nodeSockets')}
                      </th>
                      <th scope="col">{t('dashboard.nodeStarted')}</th>
                      <th scope="col">{t('dashboard.nodeLastSeen')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.nodes.map((n) => (
                      <tr key={n.id}>
                        <th scope="row">
                          {n.hostname}{' '}
                          <span className="muted small">{t('dashboard.pid', { pid: n.pid })}</span>
                        </th>
                        <td>
                          {n.roles.map((role) => t(`dashboard.serverRole.${role}`)).join(', ')}
                        </td>
                        <td className={table.num}>{count(n.sockets)}</td>
                        <td>{dateTime(n.started_at)}</td>
                        <td>{dateTime(n.last_seen_at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function NotificationsByChannel({ rows }: { rows: ChannelCount[] }) {
  const { t } = useTranslation('admin');
  const { channels, statuses, cell } = channelTable(rows);
  return (
    <section aria-labelledby="by-channel" className={`card ${admin.section}`}>
      <h2 id="by-channel">{t('dashboard.byChannel')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.noNotifications')}</p>
      ) : (
        <div className={styles.tableScroll}>
          <table className={`${table.table} ${table.plain}`}>
            <caption className="sr-only">{t('dashboard.byChannelCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.channel')}</th>
                {statuses.map((s) => (
                  <th key={s} scope="col" className={table.num}>
                    {notificationStatusLabel(t, s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={c}>
                  <th scope="row">{t(`channel.${c}`)}</th>
                  {statuses.map((s) => {
                    const n = cell(c, s);
                    return (
                      <td key={s} className={table.num}>
                        {n === undefined ? (
                          <span className="muted">—</span>
                        ) : c === 'in_app' ? (
                          count(n)
                        ) : (
                          <Link to={`/admin/notifications?channel=${c}&status=${s}`}>
                            {count(n)}
                          </Link>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
