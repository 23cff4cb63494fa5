import type { reservations as english } from '../en/reservations.ts';
import type { Translation } from '../translation.ts';

export const reservations: Translation<typeof english> = {};
