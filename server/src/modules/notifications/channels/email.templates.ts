/**
 * The notification email's layout: one MJML document, compiled once per shape, filled with
 * escaped values per email. MJML turns the layout into the table soup email clients need;
 * compiling it takes milliseconds, so it never happens per email.
 */
import { ChannelError } from './channel.ts';
import type { DigestLine, EmailContent, ReaderClock } from './channel.ts';

/** Where a compiled layout takes a value. Every value is inserted already escaped. */
type Slot =
  | 'lang'
  | 'subject'
  | 'preview'
  | 'heading'
  | 'paragraphs'
  | 'digest'
  | 'action_url'
  | 'action_label'
  | 'reason'
  | 'unsubscribe_url'
  | 'unsubscribe_label';

/** The layout split at its slots: literal HTML at even indexes, slot names at odd ones. */
type CompiledLayout = readonly string[];

/** The parts of the layout that appear only when the email has them. */
interface Shape {
  paragraphs: boolean;
  digest: boolean;
}

const BRAND = '#e11d48';
const INK = '#111827';
const MUTED = '#6b7280';
const RULE = '#e5e7eb';

function layoutSource(shape: Shape): string {
  return `<mjml lang="{{lang}}">
  <mj-head>
    <mj-title>{{subject}}</mj-title>
    <mj-preview>{{preview}}</mj-preview>
    <mj-attributes>
      <mj-all font-family="-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" />
      <mj-text font-size="15px" line-height="1.5" color="${INK}" padding="6px 24px" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f3f4f6" width="600px">
    <mj-section padding="24px 0 12px">
      <mj-column>
        <mj-text font-size="18px" font-weight="700" color="${BRAND}">FlexBNB Messenger</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" border-radius="8px" padding="20px 0">
      <mj-column>
        <mj-text font-size="20px" font-weight="700" line-height="1.3" padding-bottom="12px">{{heading}}</mj-text>
        ${shape.paragraphs ? '<mj-text>{{paragraphs}}</mj-text>' : ''}
        ${shape.digest ? `<mj-text padding-top="12px">{{digest}}</mj-text>` : ''}
        <mj-button href="{{action_url}}" align="left" background-color="${BRAND}" color="#ffffff"
          font-size="15px" font-weight="600" border-radius="6px" inner-padding="12px 24px"
          padding="18px 24px 6px">{{action_label}}</mj-button>
      </mj-column>
    </mj-section>
    <mj-section padding="16px 0 32px">
      <mj-column>
        <mj-text font-size="12px" color="${MUTED}" align="center">{{reason}}<br /><a href="{{unsubscribe_url}}" style="color:${MUTED};text-decoration:underline;">{{unsubscribe_label}}</a></mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

const SLOTS = new Set<string>([
  'lang',
  'subject',
  'preview',
  'heading',
  'paragraphs',
  'digest',
  'action_url',
  'action_label',
  'reason',
  'unsubscribe_url',
  'unsubscribe_label',
] satisfies Slot[]);

async function compile(shape: Shape): Promise<CompiledLayout> {
  // Imported on first use: mjml takes most of a second to load, which a node that never
  // sends email (an API-only role, most tests) should not pay at start.
  const { default: mjml2html } = await import('mjml');
  const { html: pretty } = await mjml2html(layoutSource(shape), { validationLevel: 'strict' });
  // MJML indents its output; a third of the bytes are whitespace that every email would carry
  // and encode. A run of white space that holds a line break renders like a single line break
  // (there is no <pre> in the layout), so this keeps the rendering and drops the weight.
  const html = pretty.replace(/[ \t\r]*\n\s*/g, '\n');
  // Split once here so that a value containing "{{…}}" is never read as a slot: each email
  // only joins literal parts and escaped values, in a single pass.
  const parts = html.split(/\{\{([a-z_]+)\}\}/);
  for (let i = 1; i < parts.length; i += 2) {
    if (!SLOTS.has(parts[i] ?? '')) throw new Error(`unknown slot {{${parts[i]}}} in the layout`);
  }
  return parts;
}

const layouts = new Map<string, Promise<CompiledLayout>>();

function layoutFor(shape: Shape): Promise<CompiledLayout> {
  const key = `${shape.paragraphs ? 'p' : ''}${shape.digest ? 'd' : ''}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = compile(shape);
    // A failed compile is not cached, so that a transient failure (say, a file descriptor
    // limit while importing) is not remembered forever.
    layout.catch(() => layouts.delete(key));
    layouts.set(key, layout);
  }
  return layout;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Escaped, with the text's own line breaks kept (a message can span lines). */
function escapeMultiline(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br />');
}

/**
 * The URL as a browser would read it, if it is http(s). Anything else (`javascript:`, `data:`,
 * a relative path) would be a dead or dangerous link in an email.
 * @throws ChannelError (permanent) when it is not an absolute http(s) URL
 */
export function safeHttpUrl(raw: string, what: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ChannelError(`the email's ${what} is not an absolute URL`, { permanent: true });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ChannelError(`the email's ${what} must be an http(s) URL`, { permanent: true });
  }
  // `href` is the parsed form: whitespace and line breaks are gone or percent-encoded, so it is
  // safe in a header as well as (escaped) in an attribute.
  return url.href;
}

const NO_CLOCK: ReaderClock = { locale: null, timeZone: null };

// Constructing Intl formatters costs far more than using them: one per clock, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function sentAtFormat({ locale, timeZone }: ReaderClock): Intl.DateTimeFormat {
  const key = `${locale ?? ''} ${timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale ?? 'en-GB', {
      // A reader who has not said where they are gets UTC, named as such.
      timeZone: timeZone ?? 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * "12 Mar 2025, 14:05 UTC", or in the reader's language and zone ("12/03/2025, 14:05 WET");
 * the text as given if it is not a valid ISO-8601 time.
 */
export function formatSentAt(iso: string, clock: ReaderClock = NO_CLOCK): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : sentAtFormat(clock).format(date);
}
function digestHtml(lines: readonly DigestLine[], clock?: ReaderClock): string {
  let html = '';
  for (const [i, line] of lines.entries()) {
    const border = i === 0 ? '' : `border-top:1px solid ${RULE};`;
    html +=
      `<div style="padding:10px 0;${border}">` +
      `<div style="font-weight:600;color:${INK};">${escapeHtml(line.senderName)}` +
      ` <span style="font-weight:400;font-size:12px;color:${MUTED};">${escapeHtml(formatSentAt(line.sentAt, clock))}</span></div>` +
      (line.text ? `<div style="margin-top:2px;">${escapeMultiline(line.text)}</div>` : '') +
      (line.attachments
        ? `<div style="margin-top:4px;"><a href="${escapeHtml(safeHttpUrl(line.attachments.url, 'attachment link'))}" ` +
          `style="color:${BRAND};text-decoration:underline;">${escapeHtml(line.attachments.note)}</a></div>`
        : '') +
      `</div>`;
  }
  return html;
}

function paragraphsHtml(paragraphs: readonly string[]): string {
  let html = '';
  for (const p of paragraphs) html += `<p style="margin:0 0 12px;">${escapeMultiline(p)}</p>`;
  return html;
}

function textBody(content: EmailContent, actionUrl: string, unsubscribeUrl: string): string {
  const blocks: string[] = [content.heading, ...content.paragraphs];
  for (const line of content.digest ?? []) {
    const parts = [`${line.senderName} · ${formatSentAt(line.sentAt, content.clock)}`];
    if (line.text) parts.push(line.text);
    if (line.attachments) {
      parts.push(
        `${line.attachments.note} (${safeHttpUrl(line.attachments.url, 'attachment link')})`,
      );
    }
    blocks.push(parts.join('\n'));
  }
  blocks.push(`${content.action.label}: ${actionUrl}`);
  blocks.push(
    `--\n${content.reason}\n${content.unsubscribeLabel ?? 'Unsubscribe'}: ${unsubscribeUrl}`,
  );
  return `${blocks.join('\n\n')}\n`;
}

/** An email laid out: both bodies, and the checked unsubscribe URL for its headers. */
export interface RenderedEmail {
  html: string;
  text: string;
  unsubscribeUrl: string;
}

/**
 * Lays out a notification email: an HTML body from the compiled MJML layout, in which every
 * piece of `content` is escaped, and a plain-text body with the same words and links. The
 * first call for a shape (with or without paragraphs, a digest) compiles the layout; later
 * calls only join strings.
 * @throws ChannelError (permanent) when the action or unsubscribe URL is not http(s)
 */
export async function renderEmail(content: EmailContent): Promise<RenderedEmail> {
  const actionUrl = safeHttpUrl(content.action.url, 'action URL');
  const unsubscribeUrl = safeHttpUrl(content.unsubscribeUrl, 'unsubscribe URL');
  const digest = content.digest ?? [];
  const layout = await layoutFor({
    paragraphs: content.paragraphs.length > 0,
    digest: digest.length > 0,
  });

  const values: Record<Slot, string> = {
    lang: escapeHtml(content.language ?? 'en'),
    subject: escapeHtml(content.subject),
    preview: escapeHtml(content.heading),
    heading: escapeHtml(content.heading),
    paragraphs: paragraphsHtml(content.paragraphs),
    digest: digestHtml(digest, content.clock),
    action_url: escapeHtml(actionUrl),
    action_label: escapeHtml(content.action.label),
    reason: escapeHtml(content.reason),
    unsubscribe_url: escapeHtml(unsubscribeUrl),
    unsubscribe_label: escapeHtml(content.unsubscribeLabel ?? 'Unsubscribe'),
  };
  let html = '';
  for (let i = 0; i < layout.length; i++) {
    // Odd parts are slot names, checked against SLOTS when the layout was compiled.
    html += i % 2 === 0 ? layout[i] : values[layout[i] as Slot];
  }
  return { html, text: textBody(content, actionUrl, unsubscribeUrl), unsubscribeUrl };
}
