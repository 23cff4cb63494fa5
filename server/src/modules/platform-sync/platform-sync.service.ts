import {
  createPropertyBody,
  type Message,
  type PlatformProperty,
  type PlatformReservation,
  type PlatformUser,
  type postPlatformMessageBody,
  type Property,
  type Reservation,
  type ReservationStatus,
  type updatePropertyBody,
  type updateReservationBody,
  type upsertPlatformPropertyBody,
  type upsertPlatformReservationBody,
  type upsertPlatformUserBody,
} from '@flexbnb/contracts';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { Actor, ServiceDeps } from '../../platform/context.ts';
import { AppError, notFound, pgErrorCode, PG_UNIQUE_VIOLATION } from '../../platform/errors.ts';
import type { AuthService } from '../auth/index.ts';
import { openThread } from '../conversations/index.ts';
import { appendMessage, findMessages } from '../messages/index.ts';
import type { PropertiesService } from '../properties/index.ts';
import type { ReservationsService } from '../reservations/index.ts';
import { presentPlatformUser } from './platform-sync.presenter.ts';
import * as repo from './platform-sync.repo.ts';

export type PlatformSyncService = ReturnType<typeof createPlatformSyncService>;

type UserInput = z.output<typeof upsertPlatformUserBody>;
type PropertyInput = z.output<typeof upsertPlatformPropertyBody>;
type ReservationInput = z.output<typeof upsertPlatformReservationBody>;
type MessageInput = z.output<typeof postPlatformMessageBody>;

/** What an upsert answers: the record as it now is, and whether this request created it. */
export interface Upserted<T> {
  value: T;
  created: boolean;
}

/** The use cases of other modules that the sync drives, as the messenger's own endpoints do. */
export interface PlatformSyncParts {
  auth: Pick<AuthService, 'invalidateAccount' | 'deleteAccountWithoutPassword'>;
  properties: Pick<PropertiesService, 'create' | 'update' | 'get'>;
  reservations: Pick<
    ReservationsService,
    'create' | 'update' | 'get' | 'confirm' | 'decline' | 'cancel' | 'complete'
  >;
}

/** What the platform's bodies name that must have been synced first. */
interface Reference {
  field: string;
  externalId: string;
  /** Where it is synced: `/api/platform/<collection>/<id>`. */
  collection: 'users' | 'properties' | 'reservations';
}

/**
 * A request that names records not synced yet: 409, naming each and the call that syncs it.
 * (No placeholder is made for them: a placeholder user would have no email to be told at,
 * and would have to be merged later.)
 */
function notSyncedYet(missing: Reference[]): AppError {
  const call = (r: Reference) => `PUT /api/platform/${r.collection}/${r.externalId} first`;
  return new AppError(
    'conflict',
    missing.map((r) => `Unknown ${r.field} "${r.externalId}": ${call(r)}`).join('; '),
    missing.map((r) => ({ field: `body.${r.field}`, message: `is not synced yet: ${call(r)}` })),
  );
}

const deletedAccount = (field: string, externalId: string) =>
  new AppError('conflict', `${field} "${externalId}" names an account that was deleted`, [
    { field: `body.${field}`, message: 'names a deleted account' },
  ]);

/**
 * Why a reservation naming `property` and `guest` (as found by their external ids) cannot be
 * synced, if it cannot: one not synced yet, a deleted guest, or the host as guest.
 */
export function stayReferencesRefused(
  input: Pick<ReservationInput, 'property_external_id' | 'guest_external_id'>,
  property: { hostId: string } | undefined,
  guest: { id: string; deletedAt: Date | null } | undefined,
): AppError | undefined {
  if (!property || !guest) {
    return notSyncedYet([
      ...(property
        ? []
        : [
            {
              field: 'property_external_id',
              externalId: input.property_external_id,
              collection: 'properties' as const,
            },
          ]),
      ...(guest
        ? []
        : [
            {
              field: 'guest_external_id',
              externalId: input.guest_external_id,
              collection: 'users' as const,
            },
          ]),
    ]);
  }
  if (guest.deletedAt) return deletedAccount('guest_external_id', input.guest_external_id);
  if (guest.id === property.hostId) {
    return new AppError('conflict', 'The guest is the host of this property', [
      { field: 'body.guest_external_id', message: 'is the host of the property' },
    ]);
  }
  return undefined;
}

function actorOf(row: repo.UserRow): Actor {
  return { id: row.id, role: row.role, name: row.name, email: row.email };
}

/**
 * Runs `upsert` once more when it lost a race to create the same record (its insert hit a
 * unique index and rolled back): the second run finds the winner's row and updates it.
 */
async function onceMoreIfRaced<T>(upsert: () => Promise<T>): Promise<T> {
  try {
    return await upsert();
  } catch (err) {
    if (pgErrorCode(err) !== PG_UNIQUE_VIOLATION) throw err;
    return upsert();
  }
}

/** The property's fields `input` sets to another value than `current` has. */
function propertyChanges(
  current: Property,
  input: PropertyInput,
): z.output<typeof updatePropertyBody> {
  const patch: z.output<typeof updatePropertyBody> = {};
  const plain = [
    'title',
    'address',
    'timezone',
    'check_in_time',
    'check_out_time',
    'locale',
    'currency',
  ] as const;
  for (const key of plain) {
    const value = input[key];
    if (value !== undefined && value !== current[key]) patch[key] = value;
  }
  // Stored with two decimals: 89.5 and "89.50" are the rate "89.50" already has.
  const rate = input.nightly_rate;
  if (
    rate !== undefined &&
    (rate === null ? null : Number(rate).toFixed(2)) !== current.nightly_rate
  ) {
    patch.nightly_rate = rate;
  }
  const details = [
    'wifi_name',
    'wifi_password',
    'door_code',
    'parking_info',
    'house_manual_url',
    'emergency_phone',
  ] as const;
  for (const key of details) {
    const value = input[key];
    // An empty detail is stored as null, as the properties service does.
    if (value !== undefined && (value || null) !== current[key]) patch[key] = value;
  }
  return patch;
}

/** The stay's fields `input` sets to another value than `current` has; undefined when none. */
function stayChanges(
  current: Reservation,
  input: ReservationInput,
): z.output<typeof updateReservationBody> | undefined {
  const changes: z.output<typeof updateReservationBody> = {};
  if (input.check_in !== current.check_in) changes.check_in = input.check_in;
  if (input.check_out !== current.check_out) changes.check_out = input.check_out;
  if (input.guests !== current.guests) changes.guests = input.guests;
  const due = input.payment_due_at;
  if (due !== undefined && (due && new Date(due).toISOString()) !== current.payment_due_at) {
    changes.payment_due_at = due;
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/**
 * A rental platform's backend keeping the messenger in step with it, by its own ids: users,
 * properties and reservations are upserted through the same use cases as the messenger's own
 * endpoints (so every event, reminder and notification follows), and messages posted into a
 * stay's conversation. Every upsert is idempotent: the same request again changes nothing and
 * records no event.
 */
export function createPlatformSyncService(deps: ServiceDeps, parts: PlatformSyncParts) {
  const { db, events } = deps;
  const { auth, properties, reservations } = parts;

  /** The host of a synced property, as the actor its use cases run as. */
  async function hostOf(hostId: string): Promise<Actor> {
    // The foreign key keeps a property's host row, deleted accounts too.
    return actorOf((await repo.findUserById(db, hostId))!);
  }

  /**
   * The same rule `complete` applies (check-out, at the property's time in its zone, has
   * passed), checked before a pending stay is confirmed on its way to completed, so that a
   * refused completion does not leave it confirmed.
   * @throws conflict before the check-out
   */
  async function requireCheckOutPassed(
    host: Actor,
    stay: Pick<Reservation, 'property_id' | 'check_out'>,
  ): Promise<void> {
    const property = await properties.get(host, stay.property_id);
    const checkOut = DateTime.fromISO(`${stay.check_out}T${property.check_out_time}`, {
      zone: property.timezone,
    });
    if (checkOut.toMillis() > deps.now().getTime()) {
      throw new AppError('conflict', 'A stay can be completed only after its check-out');
    }
  }

  /**
   * Moves a reservation to `target` through the host's use cases (a pending stay goes to
   * completed by way of confirmed), so each step records its event as the endpoints do.
   * @throws conflict with the use case's message when the move is impossible
   */
  async function moveTo(
    host: Actor,
    current: Reservation,
    target: ReservationStatus,
  ): Promise<Reservation> {
    if (current.status === target) return current;
    switch (target) {
      case 'confirmed':
        return reservations.confirm(host, current.id);
      case 'declined':
        return reservations.decline(host, current.id);
      case 'cancelled':
        return reservations.cancel(host, current.id);
      case 'completed':
        if (current.status === 'pending') {
          await requireCheckOutPassed(host, current);
          await reservations.confirm(host, current.id);
        }
        return reservations.complete(host, current.id);
      case 'pending':
        throw new AppError('conflict', `A ${current.status} reservation cannot be pending again`);
    }
  }

  return {
    /**
     * Creates or updates the account the platform knows as `externalId` (the `sub` of its
     * tokens, which then sign in as this account). An account with the same email and no
     * external id yet is linked to it, as a first sign-in with the platform's token does.
     * Fields left out keep their value; null clears one.
     * @throws email_taken when the email belongs to another account; conflict when the account
     *   was deleted
     */
    async upsertUser(externalId: string, input: UserInput): Promise<Upserted<PlatformUser>> {
      const { row, created, changed } = await onceMoreIfRaced(() =>
        db.transaction(async (tx) => {
          const known = await repo.findUserByExternalId(tx, externalId, { lock: true });
          if (known?.deletedAt) {
            throw new AppError('conflict', `The account of user "${externalId}" was deleted`);
          }
          const byEmail = await repo.findUserByEmail(tx, input.email);
          // Read after `known`: a request creating this very account may have committed between.
          const own = known ?? (byEmail?.externalSubject === externalId ? byEmail : undefined);
          if (byEmail && (own ? byEmail.id !== own.id : byEmail.externalSubject !== null)) {
            throw new AppError('email_taken', `${input.email} belongs to another account`, [
              { field: 'body.email', message: 'belongs to another account' },
            ]);
          }
          // Not the platform's yet: an account with this email and no external id is linked.
          const account = own ?? byEmail;
          if (!account) {
            // A race with another request creating it fails on a unique index, and is run again.
            const inserted = await repo.insertUser(tx, {
              email: input.email,
              name: input.name,
              phone: input.phone ?? null,
              locale: input.locale ?? null,
              timeZone: input.time_zone ?? null,
              externalSubject: externalId,
            });
            return { row: inserted, created: true, changed: false };
          }
          const changes = {
            ...(account.externalSubject !== externalId && { externalSubject: externalId }),
            ...(input.email !== account.email && { email: input.email }),
            ...(input.name !== account.name && { name: input.name }),
            ...(input.phone !== undefined &&
              input.phone !== account.phone && { phone: input.phone }),
            ...(input.locale !== undefined &&
              input.locale !== account.locale && { locale: input.locale }),
            ...(input.time_zone !== undefined &&
              input.time_zone !== account.timeZone && { timeZone: input.time_zone }),
          };
          const changed = Object.keys(changes).length > 0;
          return {
            row: changed ? await repo.updateUser(tx, account.id, changes) : account,
            created: false,
            changed,
          };
        }),
      );
      // Authentication caches the name and email: every node reads the account again.
      if (changed) auth.invalidateAccount(row.id);
      return { value: presentPlatformUser(row, externalId), created };
    },

    /**
     * Deletes the account the platform knows as `externalId` as its owner's own deletion does:
     * emptied, its messages kept from "Former user", its sessions ended.
     * @throws not_found when unknown or deleted already; conflict while it has a pending or
     *   confirmed stay that has not ended
     */
    async deleteUser(externalId: string): Promise<void> {
      const row = await repo.findUserByExternalId(db, externalId);
      if (!row || row.deletedAt) throw notFound('User');
      await auth.deleteAccountWithoutPassword(row.id);
    },

    /**
     * Creates (as its host, recording `property.created`) or updates (`property.updated`, only
     * when something changed) the property the platform knows as `externalId`. Fields left out
     * take the messenger's defaults on creation and keep their value on update. `keyId`, the
     * API key that syncs it, is noted as the property's (its screening policy then holds for
     * the property's conversations), changed or not.
     * @throws conflict when the host is not synced yet or was deleted, or when it names another
     *   host than the property has
     */
    async upsertProperty(
      externalId: string,
      input: PropertyInput,
      keyId?: string,
    ): Promise<Upserted<PlatformProperty>> {
      const upserted = await onceMoreIfRaced(async () => {
        const hostRow = await repo.findUserByExternalId(db, input.host_external_id);
        if (!hostRow) {
          throw notSyncedYet([
            { field: 'host_external_id', externalId: input.host_external_id, collection: 'users' },
          ]);
        }
        if (hostRow.deletedAt) throw deletedAccount('host_external_id', input.host_external_id);
        const host = actorOf(hostRow);
        const existing = await repo.findPropertyByExternalId(db, externalId);
        if (existing) {
          if (existing.hostId !== host.id) {
            throw new AppError(
              'conflict',
              `Property "${externalId}" has another host; the host of a property cannot change`,
              [{ field: 'body.host_external_id', message: 'is not the host of this property' }],
            );
          }
          const current = await properties.get(host, existing.id);
          const patch = propertyChanges(current, input);
          const value =
            Object.keys(patch).length > 0
              ? await properties.update(host, existing.id, patch)
              : current;
          return { value: { ...value, external_id: externalId }, created: false };
        }
        // The messenger's own defaults for what the platform left out (the parse also drops
        // host_external_id, which is not a field of a property).
        const created = await properties.create(host, createPropertyBody.parse(input), {
          externalId,
        });
        return { value: { ...created, external_id: externalId }, created: true };
      });
      // After the property's own write (the same request again notes it, should this fail).
      if (keyId) await repo.recordSyncingKey(db, upserted.value.id, keyId);
      return upserted;
    },

    /**
     * Creates (as its guest) or updates (as its host) the reservation the platform knows as
     * `externalId`, then moves it to `status` through the host's confirm, decline, cancel and
     * complete, so each change records the same events as the endpoints (reminders scheduled
     * or moved, notifications, stay lines). Nothing changed, nothing is recorded. A step the
     * messenger refuses stops there with its 409; the steps before it stay done, and the same
     * request again carries on from them.
     * @throws conflict when the property or guest is not synced yet, when the reservation is
     *   of another property or guest, or when a change or move is impossible
     */
    async upsertReservation(
      externalId: string,
      input: ReservationInput,
    ): Promise<Upserted<PlatformReservation>> {
      return onceMoreIfRaced(async () => {
        const property = await repo.findPropertyByExternalId(db, input.property_external_id);
        const guest = await repo.findUserByExternalId(db, input.guest_external_id);
        const refused = stayReferencesRefused(input, property, guest);
        if (refused) throw refused;
        // Refused above when either is unknown; this tells the compiler.
        if (!property || !guest) throw new Error('unreachable: unknown property or guest');
        const host = await hostOf(property.hostId);
        const existing = await repo.findReservationByExternalId(db, externalId);
        if (existing) {
          if (existing.propertyId !== property.id || existing.guestId !== guest.id) {
            throw new AppError(
              'conflict',
              `Reservation "${externalId}" is of another property or guest; a reservation cannot move: cancel it and sync a new one`,
            );
          }
          let current = await reservations.get(host, existing.id);
          const changes = stayChanges(current, input);
          if (changes) current = await reservations.update(host, existing.id, changes);
          current = await moveTo(host, current, input.status);
          return { value: { ...current, external_id: externalId }, created: false };
        }
        // Refused before anything is written, rather than after booking and confirming it.
        if (input.status === 'completed') {
          await requireCheckOutPassed(host, {
            property_id: property.id,
            check_out: input.check_out,
          });
        }
        const booked = await reservations.create(
          actorOf(guest),
          {
            property_id: property.id,
            check_in: input.check_in,
            check_out: input.check_out,
            guests: input.guests,
            total_price: input.total_price,
            payment_due_at: input.payment_due_at ?? undefined,
          },
          { externalId },
        );
        const current = await moveTo(host, booked, input.status);
        return { value: { ...current, external_id: externalId }, created: true };
      });
    },

    /**
     * Cancels the reservation the platform knows as `externalId`, as its host (a cancelled one
     * is answered as it is).
     * @throws not_found when unknown; conflict when it is declined or completed
     */
    async cancelReservation(externalId: string): Promise<PlatformReservation> {
      const existing = await repo.findReservationByExternalId(db, externalId);
      if (!existing) throw notFound('Reservation');
      const cancelled = await reservations.cancel(await hostOf(existing.hostId), existing.id);
      return { ...cancelled, external_id: externalId };
    },

    /**
     * Posts into the conversation of the stay the platform knows as `reservation_external_id`
     * (opened if its guest has not yet): as its host, an ordinary message (the guest is told
     * as for any message); as `system`, a system line from the host, read from the start. Once
     * per `idempotency_key`: the same key again answers the first message (`created: false`).
     * @throws conflict when the reservation is not synced yet
     */
    async postMessage(input: MessageInput): Promise<{ message: Message; created: boolean }> {
      const stay = await repo.findReservationByExternalId(db, input.reservation_external_id);
      if (!stay) {
        throw notSyncedYet([
          {
            field: 'reservation_external_id',
            externalId: input.reservation_external_id,
            collection: 'reservations',
          },
        ]);
      }
      const reservation = await reservations.get(await hostOf(stay.hostId), stay.id);
      const key = input.idempotency_key;
      // A system line racing its own retry loses on the unique client id, and finds the first.
      return onceMoreIfRaced(() =>
        events.transaction(db, async (uow) => {
          const conversationId =
            reservation.conversation_id ??
            (
              await openThread(events, uow, {
                propertyId: stay.propertyId,
                guestId: stay.guestId,
                hostId: stay.hostId,
                reservationId: stay.id,
                withMessage: true,
              })
            ).thread.id;
          if (input.as === 'host') {
            const sent = await appendMessage(events, uow, {
              conversationId,
              senderId: stay.hostId,
              text: input.message,
              clientMessageId: key,
            });
            // The stay's own thread is always its host's.
            return sent!;
          }
          const earlier = await repo.findMessageIdByClientId(
            uow.db,
            conversationId,
            stay.hostId,
            key,
          );
          if (earlier)
            return { message: (await findMessages(uow.db, [earlier]))[0]!, created: false };
          await events.record(uow, 'platform_note.posted', [
            {
              reservation_id: stay.id,
              property_id: stay.propertyId,
              guest_id: stay.guestId,
              host_id: stay.hostId,
              check_in: reservation.check_in,
              check_out: reservation.check_out,
              conversation_id: conversationId,
              text: input.message,
              client_message_id: key,
            },
          ]);
          const posted = await repo.findMessageIdByClientId(
            uow.db,
            conversationId,
            stay.hostId,
            key,
          );
          return { message: (await findMessages(uow.db, [posted!]))[0]!, created: true };
        }),
      );
    },
  };
}
