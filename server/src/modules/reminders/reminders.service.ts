import type { Reminder } from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { prepared } from '../../platform/db/connect.ts';
import { notFound } from '../../platform/errors.ts';
import type { EventPayload, UnitOfWork } from '../../platform/events/index.ts';
import { findReservationParties } from '../reservations/index.ts';
import { presentReminder } from './reminders.presenter.ts';
import * as repo from './reminders.repo.ts';

export type RemindersService = ReturnType<typeof createRemindersService>;

/** Reminders one statement sends at most. */
const SEND_BATCH = 200;

/** A reminder as it went out: what `reminder.sent` says of it. */
export type SentReminder = EventPayload<'reminder.sent'>;

/** A due reminder as `process-reminders --dry-run` lists it. */
export type DueReminder = Awaited<ReturnType<typeof repo.dueReminders>>[number];

export function createRemindersService(deps: ServiceDeps) {
  const { db, events, now } = deps;
  const sendStatement = prepared((handle) => repo.buildSendStatement(handle, events));

  /** Sends up to SEND_BATCH due reminders, in one statement that commits on its own. */
  function sendBatch() {
    const send = (uow: UnitOfWork) => sendStatement(uow.db).execute(SEND_BATCH, now(), uow);
    return events.needsTransaction('reminder.sent')
      ? events.transaction(db, send)
      : events.single(db, send);
  }

  return {
    /**
     * A reservation's reminders, in time order, to its guest and host.
     * @throws not_found for anyone else
     */
    async list(actor: Actor, reservationId: string): Promise<Reminder[]> {
      const parties = await findReservationParties(db, reservationId);
      if (!parties || (parties.guestId !== actor.id && parties.hostId !== actor.id)) {
        throw notFound('Reservation');
      }
      const rows = await repo.remindersOf(db, reservationId);
      return rows.map((r) => presentReminder(r.reminder, r.timezone));
    },

    /** The reminders due now and not sent, oldest first (`process-reminders --dry-run`). */
    due: (limit = 1_000) => repo.dueReminders(db, now(), limit),

    /**
     * Sends every reminder due now, in batches, oldest first: what the send jobs, the sweep
     * and the management command do. Those another process is sending at the same moment are
     * left to it. Answers the reminders it sent and how many it skipped.
     */
    async sendDue(): Promise<{ sent: SentReminder[]; skipped: number }> {
      const total = { sent: [] as SentReminder[], skipped: 0 };
      for (;;) {
        const batch = await sendBatch();
        total.sent.push(...batch.sent);
        total.skipped += batch.skipped;
        if (batch.taken < SEND_BATCH) return total;
      }
    },
  };
}
