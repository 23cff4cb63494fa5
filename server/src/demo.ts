import { sql } from 'drizzle-orm';
import { ConfigError, type Config } from './config.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/demo/index.ts';
import type { Actor } from './platform/context.ts';
import { queryRows, type Db } from './platform/db/connect.ts';
import { claimSetting } from './platform/db/settings.ts';
import type { Services } from './services.ts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/**
 * True for exactly one caller, and only on a database without users: nodes starting together
 * on one empty database must not both seed it.
 */
export async function claimDemoSeed(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ exists: boolean }>(
    db,
    sql`select exists(select 1 from users) as exists`,
  );
  if (row?.exists) return false;
  return claimSetting(db, 'demo_seeded_at', new Date().toISOString());
}

/**
 * Keeps the demo accounts, whose password is published, out of real use: a production node
 * refuses to start on a database that holds them unless ALLOW_DEMO_ACCOUNTS says so, and
 * outside development the demo admin is an ordinary user. Answers what it did, for the log.
 */
export async function guardDemoAccounts(
  db: Db,
  config: Pick<Config, 'env' | 'allowDemoAccounts'>,
): Promise<{ demoted: boolean }> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const present = await queryRows<{ email: string }>(
    db,
    sql`select email from users
        where email in ${emails} and deleted_at is null and disabled_at is null`,
  );
  if (present.length === 0) return { demoted: false };
  if (config.env === 'production' && !config.allowDemoAccounts) {
    throw new ConfigError(
      `The database holds the demo accounts (${present.map((r) => r.email).join(', ')}), whose ` +
        'password is published. Delete or disable them before running in production, or set ' +
        'ALLOW_DEMO_ACCOUNTS=true to keep them.',
    );
  }
  if (config.env === 'development') return { demoted: false };
  const admins = DEMO_ACCOUNTS.filter((a) => a.role === 'admin').map((a) => a.email);
  const demoted = await queryRows<{ id: string }>(
    db,
    sql`update users set role = 'user' where email in ${admins} and role = 'admin' returning id`,
  );
  return { demoted: demoted.length > 0 };
}

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Fills an empty database with demo accounts and conversations, through the same services
 * the API uses, so the demo data obeys every rule real data does.
 */
export async function seedDemo(services: Services, now = new Date()): Promise<void> {
  const [host, guest, guest2] = await Promise.all(
    DEMO_ACCOUNTS.map((a) =>
      services.auth.createUser({
        email: a.email,
        name: a.name,
        role: a.role,
        password: DEMO_PASSWORD,
      }),
    ),
  );
  const actor = (u: NonNullable<typeof host>): Actor => ({
    id: u.id,
    role: u.role,
    name: u.name,
    email: u.email,
  });
  const hostActor = actor(host!);
  const guestActor = actor(guest!);
  const guest2Actor = actor(guest2!);

  const loft = await services.properties.create(hostActor, {
    title: 'Seaside Loft',
    address: '12 Rua do Mar, 1100-001 Lisbon, Portugal',
    timezone: 'Europe/Lisbon',
    check_in_time: '15:00',
    check_out_time: '11:00',
  });
  const cabin = await services.properties.create(hostActor, {
    title: 'Pine Cabin',
    address: '48 Forest Road, Asheville, NC 28801, USA',
    timezone: 'America/New_York',
    check_in_time: '16:00',
    check_out_time: '10:00',
  });

  const stay = await services.reservations.create(guestActor, {
    property_id: loft.id,
    check_in: addDays(now, 10),
    check_out: addDays(now, 14),
    guests: 2,
    total_price: '480.00',
    payment_due_at: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
  });

  // As people do, each one reads the thread before answering in it: a thread is unread only
  // for the side the other one wrote to last.
  const reply = async (from: Actor, conversationId: string, message: string) => {
    await services.messages.markAllRead(from, conversationId);
    await services.messages.send(from, { conversation_id: conversationId, message });
  };

  const withGina = await services.conversations.create(guestActor, {
    property_id: loft.id,
    reservation_id: stay.id,
    message: 'Hi Hana! We just booked the loft. Is early check-in around 1 pm possible?',
  });
  await reply(
    hostActor,
    withGina.conversation.id,
    'Welcome, Gina! 1 pm should be fine — I will confirm the day before.',
  );
  await reply(
    guestActor,
    withGina.conversation.id,
    'Wonderful, thank you! Is there parking nearby?',
  );

  const withGabriel = await services.conversations.create(guest2Actor, {
    property_id: cabin.id,
    message: 'Hello! Is the cabin pet-friendly? We have a small, quiet dog.',
  });
  const cabinGina = await services.conversations.create(guestActor, {
    property_id: cabin.id,
    message: 'Is the cabin free over New Year?',
  });
  await reply(hostActor, cabinGina.conversation.id, 'It is! Book soon, it usually goes fast.');

  // Written a moment ago, dated like real use: over the last days, the newest an hour ago.
  const ago = (hours: number, minutes = 0) =>
    new Date(now.getTime() - (hours * 60 + minutes) * 60_000);
  await services.demo.spreadConversation(withGina.conversation.id, [
    ago(74, 12),
    ago(72, 41),
    ago(0, 52),
  ]);
  await services.demo.spreadConversation(withGabriel.conversation.id, [ago(27, 5)]);
  await services.demo.spreadConversation(cabinGina.conversation.id, [ago(146, 30), ago(143, 8)]);
}
