import type { app as english } from '../en/app.ts';
import type { Translation } from '../translation.ts';

export const app: Translation<typeof english> = {};
