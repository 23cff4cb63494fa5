import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerError } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChannelError } from './channel.ts';
import type { EmailContent } from './channel.ts';
import { createEmailChannel } from './email.ts';

interface Received {
  mail: ParsedMail;
  envelopeTo: string[];
}

type Rejection = { at: 'rcpt' | 'data'; code: number; text: string } | null;

/**
 * A real SMTP server on loopback that keeps what it accepts (parsed unless `parse` is false)
 * and refuses on demand.
 */
async function startSmtp(
  options: { auth?: { reject: (password: string) => SMTPServerError }; parse?: boolean } = {},
) {
  const { auth, parse = true } = options;
  const received: Received[] = [];
  const raw: Buffer[] = [];
  let rejection: Rejection = null;
  const refuse = (at: 'rcpt' | 'data'): SMTPServerError | null => {
    if (rejection?.at !== at) return null;
    return Object.assign(new Error(rejection.text), { responseCode: rejection.code });
  };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(credentials, _session, callback) {
      callback(auth?.reject(credentials.password ?? ''));
    },
    onRcptTo(_address, _session, callback) {
      callback(refuse('rcpt'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const refused = refuse('data');
        if (refused) return callback(refused);
        raw.push(Buffer.concat(chunks));
        if (!parse) return callback();
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            received.push({ mail, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('the SMTP server has no port');
  return {
    port: address.port,
    received,
    raw,
    reject(next: Rejection) {
      rejection = next;
    },
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const silent = { info: () => {} };

function content(overrides: Partial<EmailContent> = {}): EmailContent {
  return {
    subject: 'New message from Gina Guest',
    heading: 'New message from Gina Guest',
    paragraphs: ['About your stay at Seaside Loft, 12–15 March.'],
    digest: [
      {
        senderName: 'Gina Guest',
        text: 'Hi! What time is check-in?',
        sentAt: '2025-03-01T14:05:00Z',
      },
      {
        senderName: 'Gina Guest',
        text: 'And is there parking?\nWe come by car.',
        sentAt: '2025-03-01T14:07:30Z',
      },
    ],
    action: { label: 'Reply to Gina', url: 'https://messenger.example.com/host/c/123' },
    unsubscribeUrl: 'https://messenger.example.com/api/unsubscribe?token=abc&kind=message',
    reason: 'You get this email because a guest wrote to you and you had not read it.',
    ...overrides,
  };
}

/** A header as it was sent, unfolded. */
function headerLine(mail: ParsedMail, key: string): string | undefined {
  return mail.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n[ \t]+/g, ' ');
}

const to = { email: 'host@example.com', name: 'Hank Host' };

async function rejected(promise: Promise<unknown>): Promise<ChannelError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChannelError);
  return err as ChannelError;
}

describe('email channel over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let channel: ReturnType<typeof createEmailChannel>;

  beforeAll(async () => {
    smtp = await startSmtp();
    channel = createEmailChannel({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'FlexBNB Messenger <no-reply@flexbnb.test>',
      dataDir: os.tmpdir(),
      log: silent,
    });
  });
  afterAll(async () => {
    channel.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.reject(null);
    smtp.received.length = 0;
  });

  it('sends a laid-out email with both bodies, the digest, the button and one-click unsubscribe', async () => {
    const id = randomUUID();
    const receipt = await channel.send(to, content(), { messageId: id });

    expect(receipt).toEqual({
      providerMessageId: `<${id}@flexbnb-messenger>`,
      responseCode: '250',
    });
    expect(smtp.received).toHaveLength(1);
    const { mail, envelopeTo } = smtp.received[0]!;
    expect(envelopeTo).toEqual(['host@example.com']);
    expect(mail.subject).toBe('New message from Gina Guest');
    expect(mail.from?.value).toEqual([
      { name: 'FlexBNB Messenger', address: 'no-reply@flexbnb.test' },
    ]);
    const recipients = Array.isArray(mail.to) ? mail.to : [mail.to];
    expect(recipients.flatMap((a) => a?.value ?? [])).toEqual([
      { name: 'Hank Host', address: 'host@example.com' },
    ]);
    expect(mail.messageId).toBe(`<${id}@flexbnb-messenger>`);
    expect(mail.headers.get('list')).toEqual({
      unsubscribe: { url: 'https://messenger.example.com/api/unsubscribe?token=abc&kind=message' },
      'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' },
    });
    expect(headerLine(mail, 'list-unsubscribe')).toBe(
      'List-Unsubscribe: <https://messenger.example.com/api/unsubscribe?token=abc&kind=message>',
    );
    expect(headerLine(mail, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');

    const html = mail.html || '';
    expect(html).toContain('FlexBNB Messenger');
    expect(html).toContain('New message from Gina Guest');
    expect(html).toContain('About your stay at Seaside Loft, 12–15 March.');
    expect(html).toContain('Hi! What time is check-in?');
    expect(html).toContain('And is there parking?<br />We come by car.');
    expect(html).toContain('1 Mar 2025, 14:05 UTC');
    expect(html).toContain('1 Mar 2025, 14:07 UTC');
    expect(html).toMatch(
      /<a\s+href="https:\/\/messenger\.example\.com\/host\/c\/123"[^>]*>\s*Reply to Gina\s*<\/a>/,
    );
    expect(html).toContain(
      '<a href="https://messenger.example.com/api/unsubscribe?token=abc&amp;kind=message"',
    );
    expect(html).toContain('Unsubscribe</a>');
    expect(html).toContain('you had not read it.');

    const text = mail.text ?? '';
    expect(text).toContain('New message from Gina Guest');
    expect(text).toContain('Gina Guest · 1 Mar 2025, 14:05 UTC\nHi! What time is check-in?');
    expect(text).toContain(
      'Gina Guest · 1 Mar 2025, 14:07 UTC\nAnd is there parking?\nWe come by car.',
    );
    expect(text).toContain('Reply to Gina: https://messenger.example.com/host/c/123');
    expect(text).toContain(
      'Unsubscribe: https://messenger.example.com/api/unsubscribe?token=abc&kind=message',
    );
    expect(text).not.toContain('<');
  });

  it('writes when each message was sent on the clock of a reader who has set one', async () => {
    await channel.send(to, content({ clock: { locale: 'en-US', timeZone: 'America/New_York' } }), {
      messageId: randomUUID(),
    });
    const { mail } = smtp.received[0]!;
    // 14:05 UTC is 9:05 in New York in March (EST), in the reader's American English.
    expect(mail.text).toContain(
      'Gina Guest · Mar 1, 2025, 09:05 AM EST\nHi! What time is check-in?',
    );
    expect(mail.html).toContain('Mar 1, 2025, 09:07 AM EST');
    expect(mail.html).not.toContain('UTC');
  });

  it('lays out an email without paragraphs or a digest', async () => {
    await channel.send(
      to,
      content({
        subject: 'Reminder',
        paragraphs: [],
        digest: undefined,
        heading: 'Your stay starts tomorrow',
      }),
      {
        messageId: randomUUID(),
      },
    );
    const { mail } = smtp.received[0]!;
    expect(mail.html).toContain('Your stay starts tomorrow');
    expect(mail.html).toContain('Reply to Gina');
    expect(mail.html).not.toContain('Gina Guest');
    expect(mail.text).toContain('Your stay starts tomorrow\n\nReply to Gina: https://');
  });

  it('escapes every piece of user text in the HTML and refuses links that are not http(s)', async () => {
    const script = '<script>alert(1)</script>';
    const breakout = '"><img src=x onerror=alert(1)>';
    await channel.send(
      { email: 'host@example.com', name: `Hank ${breakout}` },
      content({
        subject: `Re: ${script}`,
        heading: `${script} wrote {{action_url}}`,
        paragraphs: [breakout, `${script}\n${breakout}`],
        digest: [{ senderName: breakout, text: script, sentAt: 'not a time <b>' }],
        action: {
          label: breakout,
          url: 'https://messenger.example.com/c/1?q="><script>alert(1)</script>',
        },
        unsubscribeUrl: `https://messenger.example.com/u/'onmouseover='alert(1)`,
        reason: script,
      }),
      { messageId: randomUUID() },
    );
    const { mail } = smtp.received[0]!;
    const html = mail.html || '';
    expect(mail.subject).toBe(`Re: ${script}`);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('"><img');
    expect(html).not.toContain("'onmouseover='");
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<title>Re: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('not a time &lt;b&gt;');
    // A value that looks like a slot of the layout is text, not a second substitution.
    expect(html).toContain('wrote {{action_url}}');
    expect(html).toContain(
      'href="https://messenger.example.com/c/1?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"',
    );
    expect(html).toContain('href="https://messenger.example.com/u/&#39;onmouseover=&#39;alert(1)"');
    expect(mail.text).toContain(script);

    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '/relative/path',
      'ftp://x.test/',
    ]) {
      const err = await rejected(
        channel.send(to, content({ action: { label: 'Open', url } }), { messageId: randomUUID() }),
      );
      expect(err.permanent).toBe(true);
    }
    const err = await rejected(
      channel.send(to, content({ unsubscribeUrl: 'javascript:alert(1)' }), {
        messageId: randomUUID(),
      }),
    );
    expect(err.permanent).toBe(true);
    expect(smtp.received).toHaveLength(1);
  });

  it('gives the same delivery the same Message-ID on every attempt', async () => {
    const id = randomUUID();
    const first = await channel.send(to, content(), { messageId: id });
    const again = await channel.send(to, content(), { messageId: id });
    const other = await channel.send(to, content(), { messageId: `${id}.2` });
    const odd = await channel.send(to, content(), { messageId: 'not <a> valid id' });
    expect(again.providerMessageId).toBe(first.providerMessageId);
    expect(other.providerMessageId).toBe(`<${id}.2@flexbnb-messenger>`);
    expect(odd.providerMessageId).toMatch(/^<[A-Za-z0-9_-]+@flexbnb-messenger>$/);
    expect(smtp.received.map((r) => r.mail.messageId)).toEqual([
      first.providerMessageId,
      first.providerMessageId,
      other.providerMessageId,
      odd.providerMessageId,
    ]);
  });

  it('refuses a recipient that is not one plain address, without sending', async () => {
    for (const email of ['a@example.com, b@example.com', 'Someone <a@example.com>', 'nobody']) {
      const err = await rejected(
        channel.send({ email, name: 'X' }, content(), { messageId: randomUUID() }),
      );
      expect(err.permanent).toBe(true);
    }
    expect(smtp.received).toHaveLength(0);
  });

  it.each([
    { at: 'rcpt', code: 550, permanent: true },
    { at: 'data', code: 554, permanent: true },
    { at: 'rcpt', code: 451, permanent: false },
    { at: 'data', code: 452, permanent: false },
  ] as const)(
    'maps a $code reply to $at as permanent: $permanent',
    async ({ at, code, permanent }) => {
      smtp.reject({ at, code, text: `No thanks (${code})` });
      const err = await rejected(channel.send(to, content(), { messageId: randomUUID() }));
      expect(err.permanent).toBe(permanent);
      expect(err.responseCode).toBe(String(code));
      expect(err.gone).toBe(false);
      expect(err.message).toContain(String(code));
      // The pooled connection survives a refusal: the next email goes through.
      smtp.reject(null);
      await expect(channel.send(to, content(), { messageId: randomUUID() })).resolves.toMatchObject(
        {
          responseCode: '250',
        },
      );
    },
  );

  it('sends many emails at once over the pooled connections', async () => {
    // A server that only receives, so that the CPU measured is mostly the sender's.
    const sink = await startSmtp({ parse: false });
    const bulk = createEmailChannel({
      smtpUrl: `smtp://127.0.0.1:${sink.port}`,
      from: 'no-reply@flexbnb.test',
      dataDir: os.tmpdir(),
      log: silent,
    });
    try {
      await bulk.send(to, content(), { messageId: 'warm-up' });
      const count = 500;
      const started = performance.now();
      const cpu = process.cpuUsage();
      const receipts = await Promise.all(
        Array.from({ length: count }, (_, i) =>
          bulk.send(to, content({ heading: `Message ${i}` }), { messageId: `bulk-${i}` }),
        ),
      );
      const used = process.cpuUsage(cpu);
      const elapsed = performance.now() - started;

      expect(receipts.every((r) => r.responseCode === '250')).toBe(true);
      const sent = new Set(receipts.map((r) => r.providerMessageId));
      expect(sent.size).toBe(count);
      const arrived = sink.raw
        .slice(1)
        .map((m) => /^Message-ID: (<.+>)\r$/im.exec(m.toString())?.[1]);
      expect(new Set(arrived)).toEqual(sent);
      // The receiving server shares this process, so the figure overstates the sender a little.
      console.info(
        `email: ${count} sent in ${elapsed.toFixed(0)} ms (${((count / elapsed) * 1000).toFixed(0)}/s), ` +
          `${((used.user + used.system) / 1000 / count).toFixed(2)} ms CPU per email (sender + server)`,
      );
    } finally {
      bulk.close();
      await sink.close();
    }
  });
});

describe('email channel failures without a usable server', () => {
  it('reports a refused connection as transient', async () => {
    const channel = createEmailChannel({
      smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
      from: 'no-reply@flexbnb.test',
      dataDir: os.tmpdir(),
      log: silent,
    });
    try {
      const err = await rejected(channel.send(to, content(), { messageId: randomUUID() }));
      expect(err.permanent).toBe(false);
      expect(err.responseCode).toBeNull();
      expect(err.message).toContain('ECONNREFUSED');
    } finally {
      channel.close();
    }
  });

  it('reports refused credentials as permanent and never repeats the password', async () => {
    const password = 'Sup3r/Secret@pass';
    const smtp = await startSmtp({
      auth: {
        // A careless server that echoes what it was given.
        reject: (given) =>
          Object.assign(new Error(`Invalid password ${given}`), { responseCode: 535 }),
      },
    });
    const channel = createEmailChannel({
      smtpUrl: `smtp://mailer:${encodeURIComponent(password)}@127.0.0.1:${smtp.port}`,
      from: 'no-reply@flexbnb.test',
      dataDir: os.tmpdir(),
      log: silent,
    });
    try {
      const err = await rejected(channel.send(to, content(), { messageId: randomUUID() }));
      expect(err.permanent).toBe(true);
      expect(err.responseCode).toBe('535');
      expect(err.message).toContain('Invalid password ***');
      expect(err.message).not.toContain(password);
      expect(err.message).not.toContain(encodeURIComponent(password));
      expect(String(err.stack)).not.toContain('Secret');
      expect(err.cause).toBeUndefined();
      expect(smtp.received).toHaveLength(0);
    } finally {
      channel.close();
      await smtp.close();
    }
  });
});

describe('email channel without SMTP_URL', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'flexbnb-outbox-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes each email as a parseable .eml file in DATA_DIR/outbox and logs its path', async () => {
    const logged: { obj: object; msg: string }[] = [];
    const channel = createEmailChannel({
      smtpUrl: undefined,
      from: 'FlexBNB Messenger <no-reply@localhost>',
      dataDir,
      log: { info: (obj, msg) => logged.push({ obj, msg }) },
    });
    const id = `${randomUUID()}.1`;
    const receipt = await channel.send(to, content(), { messageId: id });
    channel.close();

    expect(receipt).toEqual({ providerMessageId: `<${id}@flexbnb-messenger>`, responseCode: null });
    const files = await readdir(path.join(dataDir, 'outbox'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z-${id.replace('.', '\\.')}\\.eml$`),
    );
    const file = path.join(dataDir, 'outbox', files[0]!);
    expect(logged).toEqual([
      { obj: { path: file }, msg: 'email written to the outbox (no SMTP_URL)' },
    ]);

    const raw = await readFile(file);
    // RFC 5322 line endings throughout, so any mail client opens the file as a message.
    expect(raw.toString('latin1')).not.toMatch(/(?<!\r)\n/);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('New message from Gina Guest');
    expect(mail.messageId).toBe(`<${id}@flexbnb-messenger>`);
    expect(headerLine(mail, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(mail.html).toContain('Hi! What time is check-in?');
    expect(mail.text).toContain('Reply to Gina: https://messenger.example.com/host/c/123');
  });
});
