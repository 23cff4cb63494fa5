/** The messenger's own texts in English: the source every other language translates. */
import { common } from './common.ts';
import { app } from './app.ts';
import { messaging } from './messaging.ts';
import { admin } from './admin.ts';
import { attachments } from './attachments.ts';
import { notifications } from './notifications.ts';
import { search } from './search.ts';
import { reservations } from './reservations.ts';
import { bookings } from './bookings.ts';
import { account } from './account.ts';
import { automations } from './automations.ts';
import { quickReplies } from './quick-replies.ts';
import { listings } from './listings.ts';
import { notify } from './notify.ts';
import { screening } from './screening.ts';

export const en = {
  common,
  app,
  messaging,
  admin,
  attachments,
  notifications,
  search,
  reservations,
  bookings,
  account,
  automations,
  quickReplies,
  listings,
  notify,
  screening,
};
