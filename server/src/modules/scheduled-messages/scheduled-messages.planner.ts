import type { DbOrTx } from '../../platform/db/connect.ts';
import {
  localize,
  placeholderValues,
  renderTemplate,
  stayRenderContext,
  type StayRenderContext,
} from '../quick-replies/index.ts';
import { planMessage, type AutomationTiming } from './scheduled-messages.plan.ts';
import * as repo from './scheduled-messages.repo.ts';

/** A scheduled message's text as it would go out now, and the placeholders it lacks. */
export interface RenderedScheduled {
  text: string;
  missing: string[];
}

/**
 * Renders a scheduled message: an automation's for its stay (placeholders filled with the
 * stay's values; `context` read once per stay by a caller that has many); a message sent
 * later as its sender wrote it.
 */
export function render(
  view: repo.ScheduledView,
  context: StayRenderContext | undefined,
): RenderedScheduled {
  const template = view.template ?? '';
  if (!view.row.reservationId || !context) return { text: template, missing: [] };
  const localized = localize({ message: template, translations: view.translations }, context);
  return renderTemplate(localized.text, placeholderValues(localized.context));
}

/** Plans an automation's message for each stay. */
function plansFor(
  automation: repo.AutomationRow,
  stays: readonly repo.StayRow[],
  now: Date,
  late: 'send_now' | 'skip',
): repo.StayPlan[] {
  const timing: AutomationTiming = {
    trigger: automation.trigger,
    offsetMinutes: automation.offsetMinutes,
    lateBooking: automation.lateBooking,
  };
  return stays.map((stay) => ({
    reservationId: stay.reservationId,
    automationId: automation.id,
    senderId: stay.hostId,
    ...planMessage(timing, { ...stay, confirmedAt: stay.updatedAt }, now, late),
  }));
}

/**
 * Re-plans an automation for the stays it applies to now and cancels what it no longer sends.
 * A time already passed is skipped: a host adding or changing an automation does not message
 * every current guest at once.
 */
export async function applyAutomation(db: DbOrTx, automation: repo.AutomationRow, now: Date) {
  if (!automation.isActive) {
    await repo.cancelAutomationUnsent(db, automation.id);
    return;
  }
  const stays = await repo.upcomingConfirmedStays(db, automation.hostId, automation.propertyId);
  await repo.cancelAutomationUnsent(
    db,
    automation.id,
    stays.map((s) => s.reservationId),
  );
  await repo.savePlans(db, plansFor(automation, stays, now, 'skip'));
}

/**
 * Plans the host's automations for a stay just confirmed, or moves what was not sent when its
 * dates changed (a message counted from the confirmation keeps its time). A time passed
 * follows the automation's late-booking policy.
 */
export async function planStay(
  db: DbOrTx,
  reservationId: string,
  change: 'confirmed' | 'changed',
  now: Date,
) {
  const stay = await repo.findStay(db, reservationId);
  if (!stay || stay.status !== 'confirmed') return;
  const automations = (await repo.automationsFor(db, stay.hostId, stay.propertyId)).filter(
    (a) => change === 'confirmed' || a.trigger !== 'booking_confirmed',
  );
  const confirmed = { ...stay, updatedAt: now };
  await repo.savePlans(
    db,
    automations.flatMap((a) => plansFor(a, [confirmed], now, a.lateBooking)),
  );
}

/**
 * Plans the hosts' automations for stays a platform imported confirmed, in one read of the
 * stays, one of the automations and one write: only times still to come, and nothing counted
 * from the confirmation (that happened on the platform, maybe long ago). An imported stay is
 * not a new booking to greet.
 */
export async function planImported(db: DbOrTx, reservationIds: readonly string[], now: Date) {
  const stays = (await repo.findStays(db, reservationIds)).filter((s) => s.status === 'confirmed');
  const hostIds = [...new Set(stays.map((s) => s.hostId))];
  const automations = (await repo.automationsOfHosts(db, hostIds)).filter(
    (a) => a.trigger !== 'booking_confirmed',
  );
  await repo.savePlans(
    db,
    stays.flatMap((stay) =>
      automations
        .filter(
          (a) =>
            a.hostId === stay.hostId && (a.propertyId === null || a.propertyId === stay.propertyId),
        )
        .flatMap((a) => plansFor(a, [stay], now, 'skip')),
    ),
  );
}

/**
 * A held message whose placeholders now all have a value goes back to `scheduled`, due at
 * once if its time has passed; one still lacking some keeps waiting, with the new list.
 */
export async function release(db: DbOrTx, id: string, now: Date) {
  const view = await repo.viewOf(db, id);
  if (!view || view.row.status !== 'held') return;
  const stay = view.row.reservationId
    ? await stayRenderContext(db, view.row.reservationId)
    : undefined;
  const { missing } = render(view, stay);
  if (missing.length > 0) {
    await repo.updateScheduled(db, id, { missingPlaceholders: missing });
    return;
  }
  const at = new Date(Math.max(view.row.scheduledFor.getTime(), now.getTime()));
  await repo.updateScheduled(db, id, {
    status: 'scheduled',
    scheduledFor: at,
    missingPlaceholders: [],
  });
  await repo.queueSendAt(db, at);
}

/** A property's details changed: its held messages that can now go out are released. */
export async function releaseHeldAt(db: DbOrTx, propertyId: string, now: Date) {
  for (const held of await repo.heldAt(db, propertyId)) await release(db, held.id, now);
}
