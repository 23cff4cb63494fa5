import type { createReservationBody, Reservation, updateReservationBody } from '@flexbnb/contracts';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/connect.ts';
import {
  AppError,
  badRequest,
  forbidden,
  itemFailure,
  notFound,
  pgErrorCode,
  PG_UNIQUE_VIOLATION,
  refusedByDatabase,
} from '../../platform/errors.ts';
import type { EventName, EventPayload, UnitOfWork } from '../../platform/events/index.ts';
import { takePage } from '../../platform/paging.ts';
import { findPropertyHost } from '../properties/index.ts';
import { nightsBetween, presentReservation } from './reservations.presenter.ts';
import { canSeeReservation, isHostOf } from './reservations.policy.ts';
import * as repo from './reservations.repo.ts';

export type ReservationsService = ReturnType<typeof createReservationsService>;

/** PostgreSQL's exclusion_violation: the no-overlap constraint of confirmed stays. */
const PG_EXCLUSION_VIOLATION = '23P01';
const OVERLAP_MESSAGE = 'These dates overlap another confirmed stay at this property';
/** Stays the daily job completes per statement. */
const COMPLETE_BATCH = 500;
/** The largest total reservations.total_price (numeric(12, 2)) holds, in cents. */
const MAX_TOTAL_CENTS = 999_999_999_999;

/**
 * What a stay costs at the property's nightly rate: nights × rate, counted in cents so that
 * no float rounding creeps in ("89.50" × 3 = "268.50").
 * @throws validation_failed naming check_out when the total is more than a price can hold
 */
function totalAtRate(nightlyRate: string, checkIn: string, checkOut: string): string {
  const cents = Math.round(Number(nightlyRate) * 100) * nightsBetween(checkIn, checkOut);
  if (cents > MAX_TOTAL_CENTS) {
    throw badRequest('check_out: the stay is too long to price at this nightly rate', {
      field: 'check_out',
    });
  }
  return (cents / 100).toFixed(2);
}

/**
 * A reservation as a rental platform imports it, its property and guest already known: the
 * row it is written as, with its payment due time and price as the platform sent them.
 */
export type ImportedStay = Omit<repo.ImportedRow, 'paymentDueAt' | 'totalPrice'> & {
  paymentDueAt?: string | null;
  /** Kept when the property has no nightly rate, as `create` does. */
  totalPrice?: string | number;
};

/** Statuses that hold a property's dates: such a stay may not overlap a confirmed one. */
const BLOCKING: readonly repo.ReservationStatus[] = ['pending', 'confirmed', 'completed'];

/** What a stay costs: at the property's nightly rate, else as given (see `create`). */
function priceOf(
  property: { nightlyRate: string | null },
  stay: { checkIn: string; checkOut: string; totalPrice?: string | number },
): string | null {
  if (property.nightlyRate !== null) {
    return totalAtRate(property.nightlyRate, stay.checkIn, stay.checkOut);
  }
  return stay.totalPrice === undefined ? null : Number(stay.totalPrice).toFixed(2);
}

/** Who a reservation is between, and where: for use cases tied to one. */
export async function findReservationParties(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; propertyId: string; guestId: string; hostId: string } | undefined> {
  const row = await repo.findReservation(db, id);
  return (
    row && { id: row.id, propertyId: row.propertyId, guestId: row.guestId, hostId: row.hostId }
  );
}

type StayEvent = Exclude<
  Extract<EventName, `reservation.${string}`>,
  'reservation.cancelled' | 'reservation.changed'
>;

function stayOf(row: repo.ReservationView): EventPayload<'reservation.created'> {
  return {
    reservation_id: row.id,
    property_id: row.propertyId,
    guest_id: row.guestId,
    host_id: row.hostId,
    check_in: row.checkIn,
    check_out: row.checkOut,
  };
}

/** Why the database refused one imported stay, as the 409 it is; anything else as it was. */
function importRefusal(err: unknown, externalId: string): AppError {
  switch (pgErrorCode(err)) {
    case PG_EXCLUSION_VIOLATION:
      return new AppError('conflict', OVERLAP_MESSAGE);
    case PG_UNIQUE_VIOLATION:
      return new AppError(
        'conflict',
        `Reservation "${externalId}" was imported by another request meanwhile; send it again to update it`,
      );
    default:
      return itemFailure(err);
  }
}

/** The no-overlap constraint's refusal as the 409 it is; anything else as it was. */
function overlapAsConflict(err: unknown): never {
  if (pgErrorCode(err) === PG_EXCLUSION_VIOLATION) throw new AppError('conflict', OVERLAP_MESSAGE);
  throw err;
}

export function createReservationsService(deps: ServiceDeps) {
  const { db, events } = deps;

  /** The reservation as the actor may see it. @throws not_found otherwise */
  async function visible(actor: Actor, id: string) {
    const row = await repo.findReservation(db, id);
    if (!row || !canSeeReservation(actor, row)) throw notFound('Reservation');
    return row;
  }

  /** The reservation when the actor hosts it. @throws not_found, or forbidden for its guest */
  async function hosted(actor: Actor, id: string, what: string) {
    const row = await visible(actor, id);
    if (!isHostOf(actor, row)) throw forbidden(`Only the host ${what} a reservation`);
    return row;
  }

  /**
   * Moves a reservation from one of `from` to `to` and records `event`, in one transaction;
   * a reservation already in `to` is answered as it is.
   * @throws conflict when it is in neither
   */
  async function move(
    row: repo.ReservationView,
    from: readonly repo.ReservationStatus[],
    to: repo.ReservationStatus,
    verb: string,
    record: (uow: UnitOfWork, previous: repo.ReservationStatus) => Promise<void>,
  ): Promise<Reservation> {
    if (row.status === to) return presentReservation(row);
    const moved = await events
      .transaction(db, async (uow) => {
        const done = await repo.transition(uow.db, row.id, from, to);
        if (done) await record(uow, done.previousStatus);
        return done !== undefined;
      })
      .catch(overlapAsConflict);
    const now = (await repo.findReservation(db, row.id))!;
    if (!moved && now.status !== to) {
      throw new AppError('conflict', `A ${now.status} reservation cannot be ${verb}`);
    }
    return presentReservation(now);
  }

  /** Writes priced imported stays in one transaction; answers their ids by external id. */
  function writeImported(
    priced: readonly { stay: ImportedStay; hostId: string; totalPrice: string | null }[],
  ) {
    return events.transaction(db, async (uow) => {
      const inserted = await repo.insertReservations(
        uow.db,
        priced.map(({ stay, totalPrice }) => ({
          ...stay,
          totalPrice,
          paymentDueAt: stay.paymentDueAt ? new Date(stay.paymentDueAt) : null,
        })),
      );
      await events.record(
        uow,
        'reservation.imported',
        priced.map(({ stay, hostId }) => ({
          reservation_id: inserted.get(stay.externalId)!,
          property_id: stay.propertyId,
          guest_id: stay.guestId,
          host_id: hostId,
          check_in: stay.checkIn,
          check_out: stay.checkOut,
          status: stay.status,
        })),
      );
      return inserted;
    });
  }

  const recordStay = (event: StayEvent, row: repo.ReservationView) => (uow: UnitOfWork) =>
    events.record(uow, event, [stayOf(row)]);

  return {
    /**
     * Books a property for the actor as its guest: a pending reservation, whose reminders
     * are scheduled and whose host is told. A property with a nightly rate prices the stay
     * (nights × rate, whatever `total_price` says); without one, `total_price` is kept as given.
     * `externalId`: the rental platform's own id of it, when a platform syncs it (unique).
     * @throws not_found for an unknown property; forbidden when the actor hosts it; conflict
     *   when the dates overlap a confirmed stay there
     */
    async create(
      actor: Actor,
      input: z.output<typeof createReservationBody>,
      options: { externalId?: string } = {},
    ): Promise<Reservation> {
      const property = await findPropertyHost(db, input.property_id);
      if (!property) throw notFound('Property');
      if (property.hostId === actor.id) {
        throw new AppError('forbidden', 'A host cannot book their own property');
      }
      const stay = { propertyId: property.id, checkIn: input.check_in, checkOut: input.check_out };
      const totalPrice = priceOf(property, {
        checkIn: input.check_in,
        checkOut: input.check_out,
        totalPrice: input.total_price,
      });
      if (await repo.overlapsConfirmedStay(db, stay))
        throw new AppError('conflict', OVERLAP_MESSAGE);
      const row = await events.transaction(db, async (uow) => {
        const inserted = await repo.insertReservation(uow.db, {
          ...stay,
          guestId: actor.id,
          guests: input.guests,
          totalPrice,
          paymentDueAt: input.payment_due_at ? new Date(input.payment_due_at) : null,
          ...(options.externalId !== undefined && { externalId: options.externalId }),
        });
        const view = {
          ...inserted,
          propertyTitle: property.title,
          propertyCurrency: property.currency,
          hostId: property.hostId,
          guestName: actor.name,
          hostName: property.hostName,
          conversationId: null,
        };
        await events.record(uow, 'reservation.created', [stayOf(view)]);
        return view;
      });
      return presentReservation(row);
    },

    /**
     * Writes reservations a rental platform imports, as they are there (any status, a past
     * stay completed), in one transaction that records `reservation.imported` for them: their
     * reminders and automated messages still to come are planned, nobody is told, no stay
     * line is written. Priced as `create` prices. Answers, in their order, each one's id or
     * the error that refuses it (refused ones are not written): conflict when a pending,
     * confirmed or completed one overlaps a confirmed or completed stay, or a completed one's
     * check-out has not passed; not_found for an unknown property; forbidden for its host as
     * guest; validation_failed when it is too long to price.
     * A batch the database refuses as a whole (two of them overlapping, one imported
     * meanwhile by another request) is written again one stay at a time, so that only those
     * are refused (conflict).
     */
    async importMany(stays: readonly ImportedStay[]): Promise<(string | AppError)[]> {
      const checks = await repo.importChecks(db, stays);
      const refusals = stays.map((stay, i): AppError | undefined => {
        const check = checks[i];
        if (!check) return notFound('Property');
        if (check.hostId === stay.guestId) {
          return new AppError('forbidden', 'A host cannot book their own property');
        }
        if (stay.status === 'completed' && !check.checkOutPassed) {
          return new AppError('conflict', 'A stay can be completed only after its check-out');
        }
        if (check.overlaps && BLOCKING.includes(stay.status)) {
          return new AppError('conflict', OVERLAP_MESSAGE);
        }
        return undefined;
      });
      const priced = stays.flatMap((stay, i) => {
        if (refusals[i]) return [];
        try {
          const check = checks[i]!;
          return [{ index: i, stay, hostId: check.hostId, totalPrice: priceOf(check, stay) }];
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          refusals[i] = err;
          return [];
        }
      });
      let ids = new Map<string, string>();
      if (priced.length === 0) return refusals.map((refusal) => refusal!);
      try {
        ids = await writeImported(priced);
      } catch (err) {
        if (!refusedByDatabase(err)) throw err;
        // Refused as a whole: two of them overlap, or one was imported meanwhile. Each alone
        // then, so that only those are refused.
        for (const one of priced) {
          try {
            for (const [externalId, id] of await writeImported([one])) ids.set(externalId, id);
          } catch (refused) {
            refusals[one.index] = importRefusal(refused, one.stay.externalId);
          }
        }
      }
      return stays.map((stay, i) => refusals[i] ?? ids.get(stay.externalId)!);
    },

    /** The actor's reservations, as guest or as host, newest first, as `options` narrow them. */
    async list(
      actor: Actor,
      options: {
        limit: number;
        after?: { created_at: string; id: string };
      } & repo.ReservationFilters,
    ) {
      const rows = await repo.listReservationsFor(db, actor.id, {
        ...options,
        limit: options.limit + 1,
      });
      const page = takePage(rows, options.limit, (r) => ({
        created_at: r.createdAt.toISOString(),
        id: r.id,
      }));
      return { items: page.rows.map(presentReservation), next: page.next };
    },

    /** @throws not_found, also when the actor is neither its guest nor its host */
    async get(actor: Actor, id: string): Promise<Reservation> {
      return presentReservation(await visible(actor, id));
    },

    /**
     * The host confirms a pending reservation; its guest is told (`reservation.confirmed`).
     * @throws not_found, also when the actor is neither its guest nor its host; forbidden for
     *   its guest; conflict when it is not pending, or overlaps a confirmed stay
     */
    async confirm(actor: Actor, id: string): Promise<Reservation> {
      const row = await hosted(actor, id, 'confirms');
      return move(
        row,
        ['pending'],
        'confirmed',
        'confirmed',
        recordStay('reservation.confirmed', row),
      );
    },

    /**
     * The host declines a pending reservation; its guest is told, its reminders cancelled.
     * @throws not_found; forbidden for its guest; conflict when it is not pending
     */
    async decline(actor: Actor, id: string): Promise<Reservation> {
      const row = await hosted(actor, id, 'declines');
      return move(
        row,
        ['pending'],
        'declined',
        'declined',
        recordStay('reservation.declined', row),
      );
    },

    /**
     * Its guest or host cancels a pending or confirmed reservation; the other side is told and
     * every reminder not yet sent is cancelled.
     * @throws not_found; conflict when it is declined or completed
     */
    async cancel(actor: Actor, id: string): Promise<Reservation> {
      const row = await visible(actor, id);
      return move(row, ['pending', 'confirmed'], 'cancelled', 'cancelled', (uow, previous) =>
        events.record(uow, 'reservation.cancelled', [
          { ...stayOf(row), cancelled_by: actor.id, previous_status: previous },
        ]),
      );
    },

    /**
     * The host marks a confirmed stay completed once its check-out has passed.
     * @throws not_found; forbidden for its guest; conflict when it is not confirmed or the
     *   check-out is still ahead
     */
    async complete(actor: Actor, id: string): Promise<Reservation> {
      const row = await hosted(actor, id, 'completes');
      if (row.status === 'confirmed' && !(await repo.afterCheckOut(db, id))) {
        throw new AppError('conflict', 'A stay can be completed only after its check-out');
      }
      return move(
        row,
        ['confirmed'],
        'completed',
        'completed',
        recordStay('reservation.completed', row),
      );
    },

    /**
     * Changes the dates, guests or payment due time: the guest while it is pending, the host
     * until check-in. Reminders not yet sent follow (`reservation.changed`).
     * @throws not_found; forbidden for the guest of a confirmed one; conflict when it can no
     *   longer change or the new dates overlap a confirmed stay; validation_failed when
     *   check_out would not be after check_in
     */
    async update(
      actor: Actor,
      id: string,
      input: z.output<typeof updateReservationBody>,
    ): Promise<Reservation> {
      const row = await visible(actor, id);
      const host = isHostOf(actor, row);
      const open: repo.ReservationStatus[] = host ? ['pending', 'confirmed'] : ['pending'];
      if (!open.includes(row.status)) {
        if (!host && row.status === 'confirmed') {
          throw forbidden('Only the host changes a confirmed reservation');
        }
        throw new AppError('conflict', `A ${row.status} reservation cannot be changed`);
      }
      if (host && !(await repo.beforeCheckIn(db, id))) {
        throw new AppError('conflict', 'A reservation cannot be changed after its check-in');
      }
      const checkIn = input.check_in ?? row.checkIn;
      const checkOut = input.check_out ?? row.checkOut;
      if (checkOut <= checkIn) {
        throw badRequest('check_out must be after check_in', {
          field: input.check_out ? 'check_out' : 'check_in',
        });
      }
      const datesMoved = checkIn !== row.checkIn || checkOut !== row.checkOut;
      if (
        datesMoved &&
        (await repo.overlapsConfirmedStay(db, {
          propertyId: row.propertyId,
          checkIn,
          checkOut,
          exceptId: row.id,
        }))
      ) {
        throw new AppError('conflict', OVERLAP_MESSAGE);
      }
      const changed = await events
        .transaction(db, async (uow) => {
          const updated = await repo.updateStay(uow.db, id, open, {
            checkIn,
            checkOut,
            ...(input.guests !== undefined ? { guests: input.guests } : {}),
            ...(input.payment_due_at !== undefined
              ? { paymentDueAt: input.payment_due_at ? new Date(input.payment_due_at) : null }
              : {}),
          });
          if (!updated) return false;
          await events.record(uow, 'reservation.changed', [
            {
              ...stayOf({ ...row, checkIn, checkOut }),
              changed_by: actor.id,
              previous_check_in: row.checkIn,
              previous_check_out: row.checkOut,
            },
          ]);
          return true;
        })
        .catch(overlapAsConflict);
      const now = (await repo.findReservation(db, id))!;
      if (!changed) throw new AppError('conflict', `A ${now.status} reservation cannot be changed`);
      return presentReservation(now);
    },

    /**
     * Completes every confirmed stay whose check-out has passed (the hourly job); answers how
     * many.
     */
    async completeEnded(): Promise<number> {
      let total = 0;
      for (;;) {
        const done = await events.transaction(db, async (uow) => {
          const rows = await repo.completeEndedStays(uow.db, COMPLETE_BATCH);
          if (rows.length > 0) await events.record(uow, 'reservation.completed', rows);
          return rows.length;
        });
        total += done;
        if (done < COMPLETE_BATCH) return total;
      }
    },
  };
}
