import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * An `.eml` file's text with its long header lines unfolded, and quoted-printable's soft line
 * breaks and escaped `=` undone.
 */
const unwrap = (source: string) =>
  source
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/=\r?\n/g, '')
    .replace(/=3D/gi, '=');

/**
 * The token of the newest link to `/<page>?token=…` emailed to `email` by a server without
 * SMTP_URL, which writes its emails to `<dataDir>/outbox`; waits for it up to `timeoutMs`.
 */
export async function emailedToken(
  dataDir: string,
  email: string,
  page: string,
  timeoutMs = 10_000,
): Promise<string> {
  const outbox = path.join(dataDir, 'outbox');
  const recipient = new RegExp(`^To:.*<?${email.replace(/[.+]/g, '\\$&')}>?\\s*$`, 'im');
  const link = new RegExp(`/${page}\\?token=([A-Za-z0-9_-]+)`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // The file names start with the time they were written: newest last.
    const names = (await readdir(outbox).catch(() => [] as string[]))
      .filter((name) => name.endsWith('.eml'))
      .sort()
      .reverse();
    for (const name of names) {
      const mail = unwrap(await readFile(path.join(outbox, name), 'utf8'));
      const token = recipient.test(mail) ? link.exec(mail)?.[1] : undefined;
      if (token) return token;
    }
    if (Date.now() > deadline) throw new Error(`no /${page} link emailed to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface SignUp {
  email: string;
  password: string;
  name: string;
  phone?: string;
}

/**
 * Signs up on the server at `baseUrl` as a person would: asks for the account, follows the
 * emailed link (from the server's outbox in `dataDir`), and answers the session it gives.
 */
export async function signUpThroughOutbox(
  baseUrl: string,
  dataDir: string,
  body: SignUp,
): Promise<{ user: { id: string }; access_token: string; refresh_token: string }> {
  const post = (route: string, json: unknown) =>
    fetch(`${baseUrl}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
  const asked = await post('/api/auth/register/', body);
  if (asked.status !== 202) throw new Error(`sign-up refused: ${await asked.text()}`);
  const token = await emailedToken(dataDir, body.email, 'confirm-registration');
  const confirmed = await post('/api/auth/register/confirm/', { token });
  if (confirmed.status !== 201) throw new Error(`confirmation refused: ${await confirmed.text()}`);
  return (await confirmed.json()) as Awaited<ReturnType<typeof signUpThroughOutbox>>;
}
