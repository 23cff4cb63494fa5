import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  raw: Buffer;
  /** The Message-ID header, read from the raw headers. */
  messageId: string | undefined;
  /** The whole message parsed (absent when the server was started with `parse: false`). */
  parsed: ParsedMail;
}

/** What a bench keeps of a message: parsing every body would cost more than sending it. */
export type CountedMail = Omit<ReceivedMail, 'parsed'>;

function messageIdOf(raw: Buffer): string | undefined {
  const headers = raw.subarray(0, Math.max(0, raw.indexOf('\r\n\r\n'))).toString('utf8');
  return /^message-id:\s*(<[^>\r\n]+>)/im.exec(headers)?.[1];
}

/**
 * A real SMTP server on loopback that keeps what it receives, parsed. `refuse` makes it
 * answer the next messages' DATA with an SMTP error (a 4xx is temporary, a 5xx permanent).
 */
/** With `parse: false` it keeps only the envelope, the raw message and its Message-ID. */
export function startMailServer(options: { parse: false }): Promise<MailServer<CountedMail>>;
export function startMailServer(): Promise<MailServer<ReceivedMail>>;
export async function startMailServer(
  options: { parse?: boolean } = {},
): Promise<MailServer<ReceivedMail> | MailServer<CountedMail>> {
  const parse = options.parse ?? true;
  const received: CountedMail[] = [];
  const waiters: (() => void)[] = [];
  let refusal: { code: number; message: string } | undefined;
  let holding = false;
  const held: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (holding) held.push(answer);
        else answer();
      });
      const answer = () => {
        if (refusal) {
          const err = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks);
        const mail = {
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          raw,
          messageId: messageIdOf(raw),
        };
        const keep = (kept: CountedMail) => {
          received.push(kept);
          waiters.splice(0).forEach((wake) => wake());
          callback();
        };
        if (!parse) {
          keep(mail);
          return;
        }
        simpleParser(raw).then(
          (parsed) => keep({ ...mail, parsed } as ReceivedMail),
          (err: Error) => callback(err),
        );
      };
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  const server_: MailServer<CountedMail> = {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse(code: number, message = 'refused by the test') {
      refusal = { code, message };
    },
    accept() {
      refusal = undefined;
    },
    hold() {
      holding = true;
    },
    get holding() {
      return held.length;
    },
    release() {
      holding = false;
      held.splice(0).forEach((answer) => answer());
    },
    /** Resolves once `count` messages have arrived in all. */
    async waitFor(count: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`${received.length} of ${count} emails arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return server_;
}

export interface MailServer<M extends CountedMail> {
  url: string;
  received: M[];
  /** Answers the next messages' DATA with this SMTP error until `accept`. */
  refuse(code: number, message?: string): void;
  accept(): void;
  /**
   * Leaves the next messages' DATA unanswered, the message neither kept nor refused, until
   * `release`: the client sits between handing a message over and hearing it was taken.
   */
  hold(): void;
  /** Messages whose DATA waits for its answer under `hold`. */
  readonly holding: number;
  /** Answers the held messages (each then arrives, or is refused) and holds no more. */
  release(): void;
  /** Resolves once `count` messages have arrived in all. */
  waitFor(count: number, timeoutMs?: number): Promise<M[]>;
  close(): Promise<void>;
}
