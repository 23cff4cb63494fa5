import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../src/platform/db/connect.ts';

/** The kind of the job that makes one attempt of a notification delivery. */
export const DELIVER_JOB = 'notifications.deliver';

/** A delivery as the exactly-once checks read it: its state, timeline counts and jobs. */
export interface DeliveryState extends Record<string, unknown> {
  id: string;
  notification_id: string;
  /** The receiver's address. */
  email: string;
  channel: string;
  status: string;
  attempts: number;
  /** Lines of its timeline that say it was sent, and the other lines. */
  sent_rows: number;
  other_rows: number;
  /** Its attempt jobs, and the state and attempts of the first one's. */
  jobs: number;
  job_state: string | null;
  job_attempts: number | null;
  /** The notification's `<channel>_sent` flag. */
  flagged: boolean;
}

/** Every delivery with its timeline's counts and its jobs. */
export function deliveryStates(db: DbOrTx): Promise<DeliveryState[]> {
  return queryRows<DeliveryState>(
    db,
    sql`select d.id, d.notification_id, u.email, d.channel, d.status, d.attempts,
            coalesce(a.sent, 0)::int as sent_rows, coalesce(a.other, 0)::int as other_rows,
            coalesce(k.jobs, 0)::int as jobs, j.state as job_state, j.attempts as job_attempts,
            case d.channel when 'email' then n.email_sent when 'push' then n.push_sent
                           else n.sms_sent end as flagged
       from notification_deliveries d
       join notifications n on n.id = d.notification_id
       join users u on u.id = n.user_id
       left join (select delivery_id, count(*) filter (where outcome = 'sent') as sent,
                         count(*) filter (where outcome <> 'sent') as other
                    from notification_delivery_attempts group by delivery_id) a
         on a.delivery_id = d.id
       left join (select payload->>'delivery_id' as delivery_id, count(*) as jobs
                    from jobs where kind = ${DELIVER_JOB} group by 1) k
         on k.delivery_id = d.id::text
       left join jobs j on j.kind = ${DELIVER_JOB} and j.idempotency_key = d.id::text || ':1'`,
  );
}
