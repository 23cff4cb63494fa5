import { DELIVERY_CHANNELS, type Dashboard } from '@flexbnb/contracts';
import { Link } from 'react-router';
import admin from '../../features/admin/admin.module.css';
import { useDashboard } from '../../features/admin/api.ts';
import { age, count, dateTime, humanize, percent } from '../../features/admin/format.ts';
import { MessagesChart } from '../../features/admin/MessagesChart.tsx';
import { AdminHead, Stat, StatGrid } from '../../features/admin/parts.tsx';
import table from '../../features/admin/DataTable.module.css';
import { CHANNEL_LABELS } from '../../features/notifications/api.ts';
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
  const dashboard = useDashboard();
  const d = dashboard.data;

  return (
    <div className="page wide">
      <AdminHead
        title="Dashboard"
        description={d ? `As of ${dateTime(d.generated_at)}` : 'The installation at a glance.'}
      />
      {dashboard.isLoading && <p className="muted">Loading…</p>}
      {dashboard.error && (
        <p className="form-error" role="alert">
          {dashboard.error.message}
        </p>
      )}
      {d && (
        <>
          <section aria-labelledby="totals" className={admin.section}>
            <h2 id="totals" className="sr-only">
              Totals
            </h2>
            <StatGrid>
              <Stat
                label="Users"
                value={<Link to="/admin/users">{count(d.totals.users)}</Link>}
                hint={`${count(d.totals.admins)} ${d.totals.admins === 1 ? 'admin' : 'admins'} · ${count(d.totals.disabled_users)} disabled`}
              />
              <Stat
                label="Properties"
                value={<Link to="/admin/properties">{count(d.totals.properties)}</Link>}
              />
              <Stat
                label="Reservations"
                value={<Link to="/admin/reservations">{count(d.totals.reservations)}</Link>}
              />
              <Stat
                label="Conversations"
                value={<Link to="/admin/conversations">{count(d.totals.conversations)}</Link>}
              />
              <Stat label="Messages" value={count(d.totals.messages)} />
              <Stat
                label="Messages today"
                value={count(d.messages_today)}
                hint="Since midnight UTC"
              />
            </StatGrid>
          </section>

          <section aria-labelledby="per-day" className={`card ${admin.section}`}>
            <h2 id="per-day">Messages per day</h2>
            <MessagesChart days={d.messages_per_day} />
          </section>

          <div className={admin.columns}>
            <section aria-labelledby="delivery-rate" className={`card ${admin.section}`}>
              <h2 id="delivery-rate">Delivery success, last 30 days</h2>
              <ul className={styles.rateList}>
                {d.delivery_success.map((s) => (
                  <li key={s.channel}>
                    <span className={styles.rateLabel}>{CHANNEL_LABELS[s.channel]}</span>
                    <span
                      className={styles.rateBar}
                      role="meter"
                      aria-label={`${CHANNEL_LABELS[s.channel]} success rate`}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={s.rate === null ? undefined : Math.round(s.rate * 100)}
                      aria-valuetext={s.rate === null ? 'No deliveries' : percent(s.rate)}
                    >
                      <span style={{ width: `${(s.rate ?? 0) * 100}%` }} />
                    </span>
                    <strong>{percent(s.rate)}</strong>
                    <span className="muted small">
                      {count(s.sent)} sent · {count(s.failed)} failed
                    </span>
                  </li>
                ))}
              </ul>
              <Link to="/admin/deliveries?status=failed" className="small">
                Failed deliveries
              </Link>
            </section>

            <section aria-labelledby="backlog" className={`card ${admin.section}`}>
              <h2 id="backlog">Backlog</h2>
              <StatGrid compact>
                <Stat label="Reminders scheduled" value={count(d.reminders.scheduled)} />
                <Stat
                  label="Reminders overdue"
                  value={count(d.reminders.overdue)}
                  tone={d.reminders.overdue > 0 ? 'warn' : undefined}
                />
                <Stat
                  label="Reminders failed"
                  value={
                    <Link to="/admin/reminders?status=failed">{count(d.reminders.failed)}</Link>
                  }
                  tone={d.reminders.failed > 0 ? 'bad' : undefined}
                />
                <Stat
                  label="Jobs pending"
                  value={<Link to="/admin/jobs?state=pending">{count(d.jobs.pending)}</Link>}
                  hint={`Oldest due: ${age(d.jobs.oldest_due_age_seconds)}`}
                />
                <Stat label="Jobs running" value={count(d.jobs.running)} />
                <Stat
                  label="Jobs failed"
                  value={<Link to="/admin/jobs?state=failed">{count(d.jobs.failed)}</Link>}
                  tone={d.jobs.failed > 0 ? 'bad' : undefined}
                />
              </StatGrid>
            </section>
          </div>

          <NotificationsByChannel rows={d.notifications_by_channel} />

          <section aria-labelledby="nodes" className={`card ${admin.section}`}>
            <h2 id="nodes">Server nodes</h2>
            {d.nodes.length === 0 ? (
              <p className="muted">No node has reported in.</p>
            ) : (
              <div className={styles.tableScroll}>
                <table className={`${table.table} ${table.plain}`}>
                  <caption className="sr-only">Server nodes alive</caption>
                  <thead>
                    <tr>
                      <th scope="col">Host</th>
                      <th scope="col">Roles</th>
                      <th scope="col" className={table.num}>
                        Sockets
                      </th>
                      <th scope="col">Started</th>
                      <th scope="col">Last seen</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.nodes.map((n) => (
                      <tr key={n.id}>
                        <th scope="row">
                          {n.hostname} <span className="muted small">pid {n.pid}</span>
                        </th>
                        <td>{n.roles.map(humanize).join(', ')}</td>
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
  const { channels, statuses, cell } = channelTable(rows);
  return (
    <section aria-labelledby="by-channel" className={`card ${admin.section}`}>
      <h2 id="by-channel">Notifications by channel, last 30 days</h2>
      {rows.length === 0 ? (
        <p className="muted">No notifications.</p>
      ) : (
        <div className={styles.tableScroll}>
          <table className={`${table.table} ${table.plain}`}>
            <caption className="sr-only">Notifications by channel and status</caption>
            <thead>
              <tr>
                <th scope="col">Channel</th>
                {statuses.map((s) => (
                  <th key={s} scope="col" className={table.num}>
                    {humanize(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={c}>
                  <th scope="row">{CHANNEL_LABELS[c]}</th>
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
