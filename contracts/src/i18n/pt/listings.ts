import type { listings as english } from '../en/listings.ts';
import type { Translation } from '../translation.ts';

export const listings: Translation<typeof english> = {};
