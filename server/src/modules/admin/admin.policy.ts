import type { Actor } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';

/** @throws forbidden unless the actor is an admin */
export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw forbidden('Only an admin may do this');
}
