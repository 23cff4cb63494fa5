import {
  IMPORT_MAX_LINE_BYTES,
  IMPORT_MAX_LINES,
  importLineHead,
  upsertPlatformPropertyBody,
  upsertPlatformReservationBody,
  upsertPlatformUserBody,
  type ApiKeyScope,
  type ImportLineResult,
  type ImportRecordType,
  type ImportSummary,
} from '@flexbnb/contracts';
import type { z } from 'zod';
import type { ServiceDeps } from '../../platform/context.ts';
import { AppError, forbidden, itemFailure } from '../../platform/errors.ts';
import type { NdjsonLine } from '../../platform/http/ndjson.ts';
import { parseAs } from '../../platform/text.ts';
import type { ReservationsService } from '../reservations/index.ts';
import * as repo from './platform-sync.repo.ts';
import { stayReferencesRefused, type PlatformSyncService } from './platform-sync.service.ts';

/** New reservations written per statement: large enough to be fast, small enough to retry. */
const BATCH_SIZE = 500;

const SCOPE_OF: Record<ImportRecordType, ApiKeyScope> = {
  user: 'users:write',
  property: 'properties:write',
  reservation: 'reservations:write',
};

type ReservationInput = z.output<typeof upsertPlatformReservationBody>;

/** A reservation line read and checked, waiting for its batch. */
interface PendingStay {
  line: number;
  externalId: string;
  input: ReservationInput;
}

const outcome = (
  line: number,
  type: ImportRecordType | null,
  externalId: string | null,
  result: { id: string; created: boolean } | AppError,
): ImportLineResult =>
  result instanceof AppError
    ? {
        line,
        type,
        external_id: externalId,
        result: 'failed',
        id: null,
        error: {
          code: result.code,
          message: result.message,
          ...(result.details !== undefined && { details: result.details }),
        },
      }
    : {
        line,
        type,
        external_id: externalId,
        result: result.created ? 'created' : 'updated',
        id: result.id,
        error: null,
      };

type References = Awaited<ReturnType<typeof repo.findImportReferences>>;

/**
 * Whether a reservation synced before is already as `input` says (a repeated sync): same
 * property, guest, dates, guests, status and payment due time (`total_price` counts on
 * creation only).
 */
function unchanged(
  row: NonNullable<ReturnType<References['reservations']['get']>>,
  input: ReservationInput,
  found: References,
): boolean {
  const due = input.payment_due_at;
  return (
    row.propertyId === found.properties.get(input.property_external_id)?.id &&
    row.guestId === found.users.get(input.guest_external_id)?.id &&
    row.checkIn === input.check_in &&
    row.checkOut === input.check_out &&
    row.guests === input.guests &&
    row.status === input.status &&
    (due === undefined ||
      (due === null ? null : new Date(due).getTime()) === (row.paymentDueAt?.getTime() ?? null))
  );
}

/** A line read and checked: the record it syncs, or why it cannot. */
type ReadLine =
  | { failed: ImportLineResult }
  | { type: 'reservation'; externalId: string; input: ReservationInput }
  | { type: 'user'; externalId: string; input: z.output<typeof upsertPlatformUserBody> }
  | { type: 'property'; externalId: string; input: z.output<typeof upsertPlatformPropertyBody> };

/** Reads one line: JSON, its `type` and `external_id`, the key's scope, its `PUT`'s fields. */
function readLine(raw: NdjsonLine, scopes: readonly ApiKeyScope[]): ReadLine {
  let head: { type: ImportRecordType | null; externalId: string | null } = {
    type: null,
    externalId: null,
  };
  try {
    if (raw.tooLong) {
      throw new AppError(
        'payload_too_large',
        `Line ${raw.number} is longer than ${IMPORT_MAX_LINE_BYTES / 1024} KB`,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.text);
    } catch {
      throw new AppError('invalid_json', `Line ${raw.number} is not valid JSON`);
    }
    const { type, external_id: externalId } = parseAs(importLineHead, json, 'line');
    head = { type, externalId };
    if (!scopes.includes(SCOPE_OF[type])) {
      throw forbidden(`This API key lacks the scope ${SCOPE_OF[type]}`);
    }
    switch (type) {
      case 'reservation':
        return { type, externalId, input: parseAs(upsertPlatformReservationBody, json, 'line') };
      case 'user':
        return { type, externalId, input: parseAs(upsertPlatformUserBody, json, 'line') };
      case 'property':
        return { type, externalId, input: parseAs(upsertPlatformPropertyBody, json, 'line') };
    }
  } catch (err) {
    return { failed: outcome(raw.number, head.type, head.externalId, itemFailure(err)) };
  }
}

/** Runs one line's use case, answering its id or the error that refused it. */
async function attempt(
  run: () => Promise<{ value: { id: string }; created: boolean }>,
): Promise<{ id: string; created: boolean } | AppError> {
  try {
    const { value, created } = await run();
    return { id: value.id, created };
  } catch (err) {
    return itemFailure(err);
  }
}

/**
 * The bulk import: a platform's first sync of thousands of records, read line by line as they
 * arrive and answered line by line in their order. Users and properties go through the same
 * upserts as their `PUT`s. A reservation that exists already does too; new ones are gathered
 * and written `BATCH_SIZE` at a time in one transaction each (`reservations.importMany`), which
 * is what makes a first sync fast.
 */
export function createPlatformImport(
  deps: Pick<ServiceDeps, 'db'>,
  parts: { sync: PlatformSyncService; reservations: Pick<ReservationsService, 'importMany'> },
) {
  const { db } = deps;
  const { sync, reservations } = parts;

  /** New reservations of a batch, in one write; each line's result in the batch's order. */
  async function importNew(stays: PendingStay[], found: References): Promise<ImportLineResult[]> {
    const results = await reservations.importMany(
      stays.map(({ externalId, input }) => ({
        externalId,
        propertyId: found.properties.get(input.property_external_id)!.id,
        guestId: found.users.get(input.guest_external_id)!.id,
        checkIn: input.check_in,
        checkOut: input.check_out,
        guests: input.guests,
        status: input.status,
        paymentDueAt: input.payment_due_at,
        totalPrice: input.total_price,
      })),
    );
    return stays.map((stay, i) => {
      const result = results[i]!;
      return outcome(
        stay.line,
        'reservation',
        stay.externalId,
        typeof result === 'string' ? { id: result, created: true } : result,
      );
    });
  }

  /** Reservations synced before, each updated through its `PUT`'s upsert, events and all. */
  async function updateKnown(stays: PendingStay[]): Promise<ImportLineResult[]> {
    const results: ImportLineResult[] = [];
    for (const stay of stays) {
      const result = await attempt(() => sync.upsertReservation(stay.externalId, stay.input));
      results.push(outcome(stay.line, 'reservation', stay.externalId, result));
    }
    return results;
  }

  /** A batch of reservation lines, answered in their order. */
  async function importStays(batch: PendingStay[]): Promise<ImportLineResult[]> {
    const found = await repo.findImportReferences(db, {
      properties: [...new Set(batch.map((s) => s.input.property_external_id))],
      users: [...new Set(batch.map((s) => s.input.guest_external_id))],
      reservations: batch.map((s) => s.externalId),
    });
    const byLine = new Map<number, ImportLineResult>();
    const fresh: PendingStay[] = [];
    const known: PendingStay[] = [];
    for (const stay of batch) {
      const refused = stayReferencesRefused(
        stay.input,
        found.properties.get(stay.input.property_external_id),
        found.users.get(stay.input.guest_external_id),
      );
      const existing = found.reservations.get(stay.externalId);
      if (refused) {
        byLine.set(stay.line, outcome(stay.line, 'reservation', stay.externalId, refused));
      } else if (existing && unchanged(existing, stay.input, found)) {
        // What its PUT would do: nothing, recording nothing.
        const same = { id: existing.id, created: false };
        byLine.set(stay.line, outcome(stay.line, 'reservation', stay.externalId, same));
      } else if (existing) known.push(stay);
      else fresh.push(stay);
    }
    const written = fresh.length > 0 ? await importNew(fresh, found) : [];
    for (const result of [...written, ...(await updateKnown(known))]) {
      byLine.set(result.line, result);
    }
    return batch.map((stay) => byLine.get(stay.line)!);
  }

  return {
    /**
     * Imports the records of `lines` (one JSON object each: `type`, `external_id` and the
     * fields of its `PUT`) in their order, yielding each line's result as it is known (a
     * reservation's when its batch is written), then a summary. A line the key's `scopes` do
     * not cover fails with forbidden. At most `IMPORT_MAX_LINES` are read. Properties are
     * noted as synced by `keyId` (see `upsertProperty`).
     */
    async *importRecords(
      lines: AsyncIterable<NdjsonLine>,
      scopes: readonly ApiKeyScope[],
      keyId?: string,
    ): AsyncGenerator<ImportLineResult | ImportSummary> {
      const summary: ImportSummary = {
        done: true,
        lines: 0,
        created: 0,
        updated: 0,
        failed: 0,
        truncated: false,
      };
      const count = (result: ImportLineResult) => {
        summary[result.result] += 1;
        return result;
      };
      let batch: PendingStay[] = [];
      const batched = new Set<string>();
      async function* flush() {
        if (batch.length === 0) return;
        const results = await importStays(batch);
        batch = [];
        batched.clear();
        for (const result of results) yield count(result);
      }

      for await (const raw of lines) {
        if (summary.lines === IMPORT_MAX_LINES) {
          summary.truncated = true;
          break;
        }
        summary.lines += 1;
        const read = readLine(raw, scopes);
        if ('failed' in read) {
          yield* flush();
          yield count(read.failed);
        } else if (read.type === 'reservation') {
          // The same reservation twice: the second line updates what the first wrote.
          if (batched.has(read.externalId)) yield* flush();
          batch.push({ line: raw.number, externalId: read.externalId, input: read.input });
          batched.add(read.externalId);
          if (batch.length === BATCH_SIZE) yield* flush();
        } else {
          // A user or property may change what the reservations before it would be written as.
          yield* flush();
          const result = await attempt(() =>
            read.type === 'user'
              ? sync.upsertUser(read.externalId, read.input)
              : sync.upsertProperty(read.externalId, read.input, keyId),
          );
          yield count(outcome(raw.number, read.type, read.externalId, result));
        }
      }
      yield* flush();
      yield summary;
    },
  };
}

export type PlatformImport = ReturnType<typeof createPlatformImport>;
