import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { en, loadCatalogue } from '@flexbnb/contracts/i18n';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConversation, buildReservation, buildUser } from '../../../test/factories.ts';
import { api, createTestApp, uniqueEmail, type TestApp } from '../../../test/harness.ts';
import { startMailServer, type MailServer, type ReceivedMail } from '../../../test/mail-server.ts';
import { connect, listen, settle } from '../../../test/realtime.ts';
import { pdf, png, upload } from '../../../test/uploads.ts';
import { queryRows } from '../../platform/db/connect.ts';

// The account's own use cases: profile, password, emailed links, signing out, deletion.
const PUBLIC_URL = 'http://app.example';
let t: TestApp;
let mail: MailServer<ReceivedMail>;
let dataDir: string;

beforeAll(async () => {
  mail = await startMailServer();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'flexbnb-account-'));
  t = await createTestApp({ SMTP_URL: mail.url, PUBLIC_URL, DATA_DIR: dataDir });
});
afterAll(async () => {
  await t?.close();
  await mail?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const client = () => api(t.app);
const login = (email: string, password: string) =>
  client().post('/api/auth/login/', { email, password });
const refresh = (refreshToken: string) =>
  client().post('/api/auth/refresh/', { refresh_token: refreshToken });

/** The mails received for `address` so far. */
const mailsTo = (address: string) =>
  mail.received.filter((m) => m.envelopeTo.includes(address.toLowerCase()));

/** Waits for the next mail to `address` (after the `before` it had) and its link's token. */
async function nextLink(address: string, before: number, page: string) {
  const deadline = Date.now() + 10_000;
  while (mailsTo(address).length <= before) {
    if (Date.now() > deadline) throw new Error(`no email reached ${address}`);
    await mail.waitFor(mail.received.length + 1, 500).catch(() => undefined);
  }
  const text = mailsTo(address)[before]!.parsed.text ?? '';
  const match = new RegExp(`${PUBLIC_URL}/${page}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error(`no ${page} link in: ${text}`);
  return match[1]!;
}

describe('forgot password', () => {
  it('emails a link that sets the password once and signs every session out', async () => {
    const user = await buildUser(t.app, 'Rita Reset');
    const asked = await client().post('/api/auth/password-reset/', { email: user.email });
    expect(asked.statusCode).toBe(202);
    expect(asked.data).toEqual({ status: 'accepted' });
    const token = await nextLink(user.email, 0, 'reset-password');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [stored] = await queryRows<{ token_hash: string }>(
      t.database.db,
      sql`select token_hash from account_tokens where user_id = ${user.id}`,
    );
    expect(stored?.token_hash).not.toContain(token);

    const reset = await client().post('/api/auth/password-reset/confirm/', {
      token,
      password: 'a-new-password',
    });
    expect(reset.statusCode).toBe(204);
    expect((await login(user.email, 'a-new-password')).statusCode).toBe(200);
    expect((await login(user.email, 'password123')).statusCode).toBe(401);
    expect((await refresh(user.refreshToken)).statusCode).toBe(401);

    const again = await client().post('/api/auth/password-reset/confirm/', {
      token,
      password: 'yet-another-one',
    });
    expect(again.statusCode).toBe(400);
    expect(again.data.error).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'body.token', message: expect.any(String) }],
    });
    expect((await login(user.email, 'a-new-password')).statusCode).toBe(200);
  });

  it('writes the email in the account’s language', async () => {
    const user = await buildUser(t.app, 'Dora Deutsch');
    const profile = await client().call('PATCH', '/api/auth/me/', {
      as: user,
      body: { locale: 'de-AT' },
    });
    expect(profile.statusCode).toBe(200);
    await client().post('/api/auth/password-reset/', { email: user.email });
    const token = await nextLink(user.email, 0, 'reset-password');
    const [email] = mailsTo(user.email);
    expect(email!.parsed.subject).toBe('Setze dein FlexBNB-Passwort zurück');
    expect(email!.parsed.text).toBe(
      'Hallo Dora Deutsch,\n\nJemand (hoffentlich du) möchte das Passwort deines FlexBNB-Kontos ' +
        'zurücksetzen. Wähle hier ein neues; der Link funktioniert einmal und nur eine Stunde ' +
        `lang:\n\n${PUBLIC_URL}/reset-password?token=${token}\n\nWenn du das nicht angefordert ` +
        'hast, ignoriere diese E-Mail: Dein Passwort bleibt, wie es ist.\n',
    );
  });

  it('writes a sign-up’s email in the language its page asked in', async () => {
    const fr = await loadCatalogue('fr');
    const swiss = uniqueEmail('swiss');
    await client().call('POST', '/api/auth/register/', {
      body: { email: swiss, password: 'password123', name: 'Fanny Fribourg' },
      headers: { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.5' },
    });
    await nextLink(swiss, 0, 'confirm-registration');
    expect(mailsTo(swiss)[0]!.parsed.subject).toBe(fr.notify.account.confirmRegistration.subject);

    const unknown = uniqueEmail('unknown');
    await client().call('POST', '/api/auth/register/', {
      body: { email: unknown, password: 'password123', name: 'Ida Italiano' },
      headers: { 'accept-language': 'it-IT' },
    });
    await nextLink(unknown, 0, 'confirm-registration');
    expect(mailsTo(unknown)[0]!.parsed.subject).toBe(en.notify.account.confirmRegistration.subject);
  });

  it('refuses an expired link, and a link a newer one replaced', async () => {
    const user = await buildUser(t.app, 'Ed Expired');
    await client().post('/api/auth/password-reset/', { email: user.email });
    const first = await nextLink(user.email, 0, 'reset-password');
    await client().post('/api/auth/password-reset/', { email: user.email.toUpperCase() });
    const second = await nextLink(user.email, 1, 'reset-password');
    const replaced = await client().post('/api/auth/password-reset/confirm/', {
      token: first,
      password: 'a-new-password',
    });
    expect(replaced.statusCode).toBe(400);

    await t.database.db.execute(
      sql`update account_tokens set expires_at = now() - interval '1 second' where user_id = ${user.id}`,
    );
    const expired = await client().post('/api/auth/password-reset/confirm/', {
      token: second,
      password: 'a-new-password',
    });
    expect(expired.statusCode).toBe(400);
    expect(expired.data.error.code).toBe('validation_failed');
    expect((await login(user.email, 'password123')).statusCode).toBe(200);
  });

  it('answers an unknown email the same, and sends nothing', async () => {
    const unknownEmail = uniqueEmail('nobody');
    const unknown = await client().post('/api/auth/password-reset/', { email: unknownEmail });
    // A known address asked after it: once its mail is in, the unknown one's would be too.
    const user = await buildUser(t.app, 'Kim Known');
    const known = await client().post('/api/auth/password-reset/', { email: user.email });
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    await nextLink(user.email, 0, 'reset-password');
    expect(mailsTo(unknownEmail)).toHaveLength(0);
    const garbage = await client().post('/api/auth/password-reset/confirm/', {
      token: 'not-a-token',
      password: 'a-new-password',
    });
    expect(garbage.statusCode).toBe(400);
  });
});

describe('change password', () => {
  it('needs the current password and signs the other sessions out', async () => {
    const user = await buildUser(t.app, 'Pat Password');
    const other = await login(user.email, 'password123');
    const url = await listen(t.app);
    const [here, there] = [
      await connect(url, user.token),
      await connect(url, other.data.access_token),
    ];
    const wrong = await client().call('POST', '/api/auth/password/', {
      as: user,
      body: { current_password: 'not-it-at-all', new_password: 'a-new-password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.data.error.details).toEqual([
      { field: 'body.current_password', message: 'is incorrect' },
    ]);
    const changed = await client().call('POST', '/api/auth/password/', {
      as: user,
      body: { current_password: 'password123', new_password: 'a-new-password' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.data.user.id).toBe(user.id);
    // The other device is out at once: its access token, its socket, its refresh token.
    const me = (token: string) => client().call('GET', '/api/auth/me/', { as: token });
    expect((await me(other.data.access_token)).statusCode).toBe(401);
    expect(await there.next('session.ended', undefined, 3000)).toMatchObject({
      code: 'unauthorized',
    });
    expect((await refresh(other.data.refresh_token)).statusCode).toBe(401);
    // This one goes on: its socket stays, and so does the access token it had until it expires.
    await settle();
    expect(here.socket.connected).toBe(true);
    expect((await me(user.token)).statusCode).toBe(200);
    expect((await refresh(user.refreshToken)).statusCode).toBe(401);
    expect((await refresh(changed.data.refresh_token)).statusCode).toBe(200);
    expect((await login(user.email, 'a-new-password')).statusCode).toBe(200);
    here.close();
    there.close();
  });
});

describe('change email', () => {
  it('changes the address once the link sent to it is followed', async () => {
    const user = await buildUser(t.app, 'Eve Email');
    const newEmail = uniqueEmail('eve.new');
    const wrong = await client().call('POST', '/api/auth/email-change/', {
      as: user,
      body: { password: 'wrong-password', new_email: newEmail },
    });
    expect(wrong.statusCode).toBe(400);
    const asked = await client().call('POST', '/api/auth/email-change/', {
      as: user,
      body: { password: 'password123', new_email: newEmail },
    });
    expect(asked.statusCode).toBe(202);
    const token = await nextLink(newEmail, 0, 'confirm-email');
    expect(mailsTo(user.email)).toHaveLength(0);

    const confirmed = await client().post('/api/auth/email-change/confirm/', { token });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.data).toMatchObject({ id: user.id, email: newEmail });
    expect((await login(newEmail, 'password123')).statusCode).toBe(200);
    expect((await login(user.email, 'password123')).statusCode).toBe(401);
    const me = await client().get('/api/auth/me/', user);
    expect(me.data.email).toBe(newEmail);
    const reused = await client().post('/api/auth/email-change/confirm/', { token });
    expect(reused.statusCode).toBe(400);
  });

  it('refuses an address taken, before or after the link was sent', async () => {
    const user = await buildUser(t.app, 'Tia Taken');
    const holder = await buildUser(t.app, 'Hal Holder');
    const taken = await client().call('POST', '/api/auth/email-change/', {
      as: user,
      body: { password: 'password123', new_email: holder.email.toUpperCase() },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.data.error.code).toBe('email_taken');

    const wanted = uniqueEmail('wanted');
    await client().call('POST', '/api/auth/email-change/', {
      as: user,
      body: { password: 'password123', new_email: wanted },
    });
    const token = await nextLink(wanted, 0, 'confirm-email');
    await client().post('/api/auth/register/', {
      email: wanted,
      password: 'password123',
      name: 'Quick Claimer',
    });
    const claim = await nextLink(wanted, 1, 'confirm-registration');
    expect((await client().post('/api/auth/register/confirm/', { token: claim })).statusCode).toBe(
      201,
    );
    const late = await client().post('/api/auth/email-change/confirm/', { token });
    expect(late.statusCode).toBe(409);
    expect(late.data.error.code).toBe('email_taken');
  });
});

describe('sign out everywhere', () => {
  it('revokes every refresh token of the caller, and only theirs', async () => {
    const user = await buildUser(t.app, 'Lou Logout');
    const phone = await login(user.email, 'password123');
    const bystander = await buildUser(t.app, 'Bo Bystander');
    const res = await client().call('POST', '/api/auth/logout-all/', { as: user });
    expect(res.statusCode).toBe(204);
    expect((await refresh(user.refreshToken)).statusCode).toBe(401);
    expect((await refresh(phone.data.refresh_token)).statusCode).toBe(401);
    expect((await refresh(bystander.refreshToken)).statusCode).toBe(200);
    // Signing in again works.
    expect((await login(user.email, 'password123')).statusCode).toBe(200);
  });
});

describe('profile', () => {
  const patch = (as: Parameters<ReturnType<typeof api>['get']>[1], body: unknown) =>
    client().call('PATCH', '/api/auth/me/', { as, body });

  it('changes the fields given and shows them on /me and at sign-in', async () => {
    const user = await buildUser(t.app, 'Pia Profile');
    const res = await patch(user, {
      name: '  Pia P.  ',
      phone: '+351 912 345 678',
      locale: 'pt-pt',
      time_zone: 'Europe/Lisbon',
    });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({
      name: 'Pia P.',
      phone: '+351912345678',
      locale: 'pt-PT',
      time_zone: 'Europe/Lisbon',
      avatar_url: null,
    });
    const cleared = await patch(user, { phone: null, locale: null });
    expect(cleared.data).toMatchObject({ name: 'Pia P.', phone: null, locale: null });
    const signedIn = await login(user.email, 'password123');
    expect(signedIn.data.user).toMatchObject({ name: 'Pia P.', time_zone: 'Europe/Lisbon' });
  });

  it('refuses an invisible name, an unknown zone and a malformed language plainly', async () => {
    const user = await buildUser(t.app, 'Val Valid');
    for (const [body, field] of [
      [{ name: '\u200b\u200b ' }, 'body.name'],
      [{ name: '' }, 'body.name'],
      [{ time_zone: 'Mars/Olympus' }, 'body.time_zone'],
      [{ locale: 'not a language' }, 'body.locale'],
      [{ avatar_id: 'nope' }, 'body.avatar_id'],
      [{ phone: '12 34' }, 'body.phone'],
    ] as const) {
      const res = await patch(user, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.data.error.details[0].field).toBe(field);
    }
    expect((await client().get('/api/auth/me/', user)).data.name).toBe('Val Valid');
  });

  it("takes the caller's own unused image as the photo, releasing the previous one", async () => {
    const user = await buildUser(t.app, 'Ava Avatar');
    const first = await upload(t.app, user, await png(48, 48), { filename: 'me.png' });
    expect(first.statusCode).toBe(201);
    const set = await patch(user, { avatar_id: first.data.id });
    expect(set.statusCode).toBe(200);
    expect(set.data.avatar_url).toBe(first.data.thumbnail_url ?? first.data.url);

    const second = await upload(t.app, user, await png(48, 48, '#cc3366'), { filename: 'me2.png' });
    const replaced = await patch(user, { avatar_id: second.data.id });
    expect(replaced.data.avatar_url).toContain(second.data.id);
    const owners = await queryRows<{ id: string; profile_of: string | null }>(
      t.database.db,
      sql`select id, profile_of from attachments where id in (${first.data.id}, ${second.data.id})`,
    );
    expect(Object.fromEntries(owners.map((r) => [r.id, r.profile_of]))).toEqual({
      [first.data.id]: null,
      [second.data.id]: user.id,
    });
    // The same photo again changes nothing; null removes it.
    expect((await patch(user, { avatar_id: second.data.id })).data.avatar_url).toContain(
      second.data.id,
    );
    expect((await patch(user, { avatar_id: null })).data.avatar_url).toBeNull();
  });

  it("refuses someone else's upload, and a file that is not an image", async () => {
    const user = await buildUser(t.app, 'Max Mine');
    const other = await buildUser(t.app, 'Oli Other');
    const theirs = await upload(t.app, other, await png(), { filename: 'theirs.png' });
    const refused = await patch(user, { avatar_id: theirs.data.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.data.error.details).toEqual([
      { field: 'body.avatar_id', message: expect.any(String) },
    ]);
    const manual = await upload(t.app, user, pdf(), {
      filename: 'manual.pdf',
      contentType: 'application/pdf',
    });
    expect(manual.statusCode).toBe(201);
    expect((await patch(user, { avatar_id: manual.data.id })).statusCode).toBe(400);
    expect((await client().get('/api/auth/me/', user)).data.avatar_url).toBeNull();
  });
});

describe('delete my account', () => {
  it('empties the account, refuses sign-in, and keeps its messages from "Former user"', async () => {
    const { host, guest, conversation } = await buildConversation(t.app, 'Is the loft free?');
    const wrong = await client().call('DELETE', '/api/auth/me/', {
      as: guest,
      body: { password: 'wrong-password' },
    });
    expect(wrong.statusCode).toBe(400);
    const deleted = await client().call('DELETE', '/api/auth/me/', {
      as: guest,
      body: { password: 'password123' },
    });
    expect(deleted.statusCode).toBe(204);

    expect((await login(guest.email, 'password123')).statusCode).toBe(401);
    expect((await refresh(guest.refreshToken)).statusCode).toBe(401);
    expect((await client().get('/api/auth/me/', guest)).statusCode).toBe(401);
    const [row] = await queryRows<Record<string, unknown>>(
      t.database.db,
      sql`select name, email, phone, password_hash, locale, time_zone, deleted_at from users where id = ${guest.id}`,
    );
    expect(row).toMatchObject({
      name: 'Former user',
      email: `deleted-${guest.id}@users.invalid`,
      phone: null,
      password_hash: null,
      locale: null,
      time_zone: null,
    });
    expect(row?.deleted_at).not.toBeNull();
    // A reset for the old address sends nothing: it has no account any more.
    const before = mailsTo(guest.email).length;
    await client().post('/api/auth/password-reset/', { email: guest.email });

    const thread = await client().get(`/api/messaging/conversations/${conversation.id}/`, host);
    expect(thread.statusCode).toBe(200);
    expect(thread.data.guest.name).toBe('Former user');
    const texts = (thread.data.messages as { message: string; sender_id: string }[])
      .filter((m) => m.sender_id === guest.id)
      .map((m) => m.message);
    expect(texts).toEqual(['Is the loft free?']);
    const list = await client().get('/api/messaging/conversations/', host);
    const listed = (list.data as { id: string; guest: { name: string } }[]).find(
      (c) => c.id === conversation.id,
    );
    expect(listed?.guest.name).toBe('Former user');
    expect(mailsTo(guest.email)).toHaveLength(before);
  });

  it('is refused while a stay is coming, for the guest and for the host', async () => {
    const { host, guest, property } = await buildConversation(t.app);
    const checkIn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const checkOut = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);
    await buildReservation(t.app, guest, property.id, { check_in: checkIn, check_out: checkOut });
    for (const user of [host, guest]) {
      const res = await client().call('DELETE', '/api/auth/me/', {
        as: user,
        body: { password: 'password123' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.data.error.code).toBe('conflict');
    }
    expect((await login(host.email, 'password123')).statusCode).toBe(200);
  });
});
