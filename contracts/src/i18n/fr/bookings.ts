import type { bookings as english } from '../en/bookings.ts';
import type { Translation } from '../translation.ts';

export const bookings: Translation<typeof english> = {};
