import type { Reminder } from '@flexbnb/contracts';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { prepared } from '../../platform/db/connect.ts';
import { notFound, refusedByDatabase } from '../../platform/errors.ts';
import type { EventPayload } from '../../platform/events/index.ts';
import { createGroupCommit } from '../../platform/group-commit.ts';
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

  /** Sends what of `ids` is due, in one statement that commits on its own. */
  function sendBatch(ids: readonly string[]) {
    const send = (uow: Parameters<Parameters<typeof events.single>[1]>[0]) =>
      sendStatement(uow.db).execute(ids, now(), uow);
    return events.needsTransaction('reminder.sent')
      ? events.transaction(db, send)
      : events.single(db, send);
  }

  // The jobs of reminders due together (a claim of many) are sent by one statement.
  const sends = createGroupCommit<string, void>({
    keyOf: (id) => id,
    maxBatch: SEND_BATCH,
    maxInFlight: 1,
    retryAlone: refusedByDatabase,
    write: async (ids) => {
      await sendBatch(ids);
      return ids.map(() => undefined);
    },
  });

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

    /** Sends one reminder if it is due and still scheduled (its job). */
    send: (reminderId: string) => sends.submit(reminderId),

    /** The reminders due now and not sent, oldest first (`process-reminders --dry-run`). */
    due: (limit = 1_000) => repo.dueReminders(db, now(), limit),

    /**
     * One pass over every reminder due now, in batches: what the management command does.
     * Reminders another process is sending at the same moment are left to it. Answers those
     * it sent and how many it skipped.
     */
    async processDue(): Promise<{ sent: SentReminder[]; skipped: number }> {
      const total = { sent: [] as SentReminder[], skipped: 0 };
      for (;;) {
        const due = await repo.dueReminders(db, now(), SEND_BATCH);
        if (due.length === 0) return total;
        const done = await sendBatch(due.map((r) => r.id));
        total.sent.push(...done.sent);
        total.skipped += done.skipped;
        // All of them locked by other senders: those finish them.
        if (done.sent.length + done.skipped === 0) return total;
      }
    },
  };
}
