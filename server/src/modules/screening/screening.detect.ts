import { SCREENING_PLACEHOLDERS, type ScreeningKind } from '@flexbnb/contracts';
import {
  getCountries,
  isPossiblePhoneNumber,
  isValidPhoneNumber,
  type CountryCode,
} from 'libphonenumber-js/max';
import { linkifyit } from 'linkify-it';
import paymentPhrases from './payment-phrases.json' with { type: 'json' };

/** One thing screening found: its kind, where it is in the text, and what it says. */
export interface Found {
  kind: ScreeningKind;
  start: number;
  end: number;
  text: string;
}

/**
 * The regions whose national phone formats are tried first (without a country code a number
 * means something only in a region); a number written with one (`+`, `00`) is found in any.
 */
const PREFERRED_REGIONS: readonly CountryCode[] = [
  'US',
  'GB',
  'PT',
  'BR',
  'ES',
  'MX',
  'FR',
  'DE',
  'AT',
  'CH',
  'IT',
  'NL',
  'BE',
  'IE',
  'CA',
  'AR',
  'CO',
];
const ALL_REGIONS = [
  ...PREFERRED_REGIONS,
  ...getCountries().filter((region) => !PREFERRED_REGIONS.includes(region)),
];

/** Printable ASCII and white space: nothing to fold but case. */
const PLAIN = /^[ -~\s]*$/;

/**
 * The text folded for matching words: lower case, accents dropped, one UTF-16 unit for one, so
 * an offset in the folded text is the same offset in the original.
 */
function fold(text: string): string {
  // Most chat, and the cheap case.
  if (PLAIN.test(text)) return text.toLowerCase();
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    const base = unit.normalize('NFD')[0]!.toLowerCase();
    folded += base.length === 1 ? base : unit;
  }
  return folded;
}

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs of letters or of digits: the words of a folded text. */
const WORD = /\p{L}+|\d+/gu;

const PHRASES = Object.entries(paymentPhrases)
  .filter(([language]) => !language.startsWith('_'))
  .flatMap(([, phrases]) => phrases as string[]);
/**
 * The longest word of every phrase (the rarest, mostly: "cash" of "paid in cash"): a text with
 * none of them among its words (most chat) has no phrase either, and skips the long expression
 * below. (A phrase matches as whole words, so each of its words is one of the text's.)
 */
const PHRASE_KEY_WORDS = new Set(
  PHRASES.map((phrase) => phrase.match(WORD)!.reduce((a, b) => (b.length > a.length ? b : a))),
);
// Longest first, so "bank transfer" wins over "transfer" where both are listed.
const PAYMENT_PHRASES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...PHRASES]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escape(phrase).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** An IBAN as written (groups of four or not); its check digits are verified below. */
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;

function isIban(candidate: string): boolean {
  const compact = candidate.replace(/ /g, '');
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * Numbers as words, folded, in the five languages the product speaks: the digits, and the
 * tens and teens people use when they read a number out in pairs ("zéro six, douze…").
 */
const NUMBER_WORDS = new Set(
  [
    'zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen',
    'fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty',
    'ninety',
    'zero um uma dois duas tres quatro cinco seis sete oito nove dez onze doze treze catorze',
    'quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte',
    'trinta quarenta cinquenta sessenta setenta oitenta noventa',
    'cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce',
    'quince dieciseis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta',
    'setenta ochenta noventa',
    'zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze',
    'quinze seize vingt trente quarante cinquante soixante',
    'null eins zwei zwo drei vier funf fuenf sechs sieben acht neun zehn elf zwolf zwoelf',
    'zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig',
  ].flatMap((words) => words.split(' ')),
);
/**
 * A run of number words long enough to be a phone number read out; or of digits typed one or
 * two at a time ("0 7 7 0 0, 9 0 0…"), which the number finder does not read.
 */
function isSpelledNumber(run: { words: number; groups: number; digits: number; wide: boolean }) {
  return (
    (run.words >= 3 && run.words + run.digits >= 6) ||
    (run.words === 0 && !run.wide && run.groups >= 7 && run.digits >= 8)
  );
}

function spelledNumbers(folded: string, tokens: readonly RegExpExecArray[]): Found[] {
  const found: Found[] = [];
  let run = { start: -1, end: -1, words: 0, groups: 0, digits: 0, wide: false };
  const close = () => {
    if (run.start >= 0 && isSpelledNumber(run)) {
      found.push({ kind: 'phone', start: run.start, end: run.end, text: '' });
    }
    run = { start: -1, end: -1, words: 0, groups: 0, digits: 0, wide: false };
  };
  for (const token of tokens) {
    const isWord = NUMBER_WORDS.has(token[0]);
    const isDigits = /^\d/.test(token[0]);
    // Tokens of a run are apart by spaces and light punctuation only.
    const joined = run.start >= 0 && /^[\s,.\-/]*$/.test(folded.slice(run.end, token.index));
    if (!joined) close();
    if (!isWord && !isDigits) continue;
    if (run.start < 0) run.start = token.index;
    run.end = token.index + token[0].length;
    if (isWord) run.words++;
    else {
      run.groups++;
      run.digits += token[0].length;
      run.wide ||= token[0].length > 2;
    }
  }
  close();
  return found;
}

/**
 * Stretches of digits that could be a phone number: at least seven digits with the
 * separators people write between groups (not a comma, so amounts and coordinates split).
 */
const PHONE_CANDIDATE = /(?:\+|\b00|\()?\d[\d\s.\-/()]{5,}\d/g;

/** Written like a date, a time or a decimal number: never a phone number. */
const NOT_A_PHONE = [
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/,
  // A Brazilian postal code (CEP) and taxpayer number (CPF).
  /^\d{5}-\d{3}$/,
  /^\d{3}\.\d{3}\.\d{3}-\d{2}$/,
  /^\d{1,2}[.:]\d{2}\s*-\s*\d{1,2}[.:]\d{2}$/,
  /^\d+\.\d+$/,
];

function phoneNumbers(text: string): Found[] {
  const found: Found[] = [];
  for (const candidate of text.matchAll(PHONE_CANDIDATE)) {
    const written = candidate[0].trim();
    const digits = written.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (NOT_A_PHONE.some((pattern) => pattern.test(written))) continue;
    const international = /^(\+|00)/.test(written);
    // The library's metadata decides, so references and codes written like numbers are left
    // alone; with a country code any region reads it, without one the preferred regions
    // come first and the others only for numbers long enough to be unambiguous.
    if (international) {
      // A country code says enough: any number of a length its region uses.
      if (!isPossiblePhoneNumber(written.replace(/^00/, '+'))) continue;
    } else {
      const regions = digits.length >= 9 ? ALL_REGIONS : PREFERRED_REGIONS;
      if (!regions.some((region) => isValidPhoneNumber(written, region))) continue;
    }
    const start = candidate.index + candidate[0].indexOf(written);
    found.push({ kind: 'phone', start, end: start + written.length, text: written });
  }
  return found;
}

// What people write instead of "@" and "." to get an address past a filter.
// A spelled-out "at" is followed by a host, never by a web address ("pics at www.…").
const AT = String.raw`(?:\s*@\s*|\s*[([{<]\s*(?:at|arroba|arobase)\s*[)\]}>]\s*|\s+(?:at|arroba|arobase|chez)\s+(?!www\b))`;
const DOT_WORDS = ['dot', 'punto', 'ponto', 'point', 'punkt'];
const DOT = String.raw`(?:\s*\.\s*|\s*[([{<]\s*(?:${DOT_WORDS.join('|')})\s*[)\]}>]\s*|\s+(?:${DOT_WORDS.join('|')})\s+)`;
const TLDS =
  'com|net|org|info|biz|io|co|me|eu|de|fr|pt|es|br|it|nl|be|ch|at|uk|us|ca|mx|ar|ie|pl|se|dk|no|fi|cz|ru|au|nz|online|email|mail';
const MAIL_PROVIDERS =
  'gmail|googlemail|hotmail|outlook|live|yahoo|icloud|gmx|web|orange|free|wanadoo|sapo|protonmail|proton|aol|mail';
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[a-z0-9][a-z0-9._%+-]*${AT}[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}(?:${TLDS})(?![\p{L}\p{N}])` +
    String.raw`|(?<![\p{L}\p{N}._%+-])[a-z0-9][a-z0-9._%+-]*${AT}(?:${MAIL_PROVIDERS})(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * Whether a text may hold an address: "@", or a word `AT` spells it with and then a dot (or a
 * word `DOT` spells one with) or a mail provider's name. Most chat has none, and skips the
 * expression; "see you at five" has no dot.
 */
const AT_WORDS = ['at', 'arroba', 'arobase', 'chez'];
const AFTER_AT_WORDS = [...DOT_WORDS, ...MAIL_PROVIDERS.split('|')];

function mayHoldAddress(folded: string, words: ReadonlySet<string>) {
  if (folded.includes('@')) return true;
  if (!AT_WORDS.some((word) => words.has(word))) return false;
  return folded.includes('.') || AFTER_AT_WORDS.some((word) => words.has(word));
}

function emailAddresses(folded: string, words: ReadonlySet<string>): Found[] {
  if (!mayHoldAddress(folded, words)) return [];
  return [...folded.matchAll(OBFUSCATED_EMAIL)].map((match) => ({
    kind: 'email' as const,
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

// Bare domains too ("casa-sol.es"), not only what starts with a scheme or www.
const linkify = linkifyit({ fuzzyLink: true });

/**
 * What every link linkify finds has: a dot before a letter (a host's top-level domain), `//`,
 * `@` or `mailto:`. A text without (most chat) skips linkify's several scans.
 */
const MAY_LINK = /\.\p{L}|\/\/|@|mailto:/iu;

function links(text: string): Found[] {
  if (!MAY_LINK.test(text)) return [];
  return (linkify.match(text) ?? []).map((match) => ({
    kind: match.schema === 'mailto:' ? ('email' as const) : ('link' as const),
    start: match.index,
    end: match.lastIndex,
    text: match.raw,
  }));
}

function payments(
  text: string,
  folded: string,
  words: ReadonlySet<string>,
  hasDigits: boolean,
): Found[] {
  const found: Found[] = [];
  const phrases = [...words].some((word) => PHRASE_KEY_WORDS.has(word))
    ? folded.matchAll(PAYMENT_PHRASES)
    : [];
  for (const match of phrases) {
    found.push({
      kind: 'payment',
      start: match.index,
      end: match.index + match[0].length,
      text: text.slice(match.index, match.index + match[0].length),
    });
  }
  for (const match of hasDigits ? text.matchAll(IBAN) : []) {
    if (isIban(match[0])) {
      found.push({
        kind: 'payment',
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
      });
    }
  }
  return found;
}

/** Which of two overlapping finds to keep: the wider; of equal width, the first kind listed. */
const PRECEDENCE: readonly ScreeningKind[] = ['email', 'payment', 'link', 'phone'];

/** Non-overlapping finds in text order. */
function merge(found: Found[]): Found[] {
  const ranked = [...found].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind),
  );
  const kept: Found[] = [];
  for (const candidate of ranked) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) {
      kept.push(candidate);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Phone numbers (of any region when written with a country code; spelled out in words too),
 * email addresses (also written "name at host dot com" in five languages), links, and requests
 * to pay outside the platform (payment-phrases.json, IBANs with valid check digits) in a text,
 * in order and not overlapping. A text with none of their telltale characters or words (a
 * digit, a dot before a letter, `@`, a payment phrase's longest word…) skips the finders' scans.
 */
export function findContactDetails(text: string): Found[] {
  const folded = fold(text);
  const tokens = [...folded.matchAll(WORD)];
  const words = new Set(tokens.map((token) => token[0]));
  const hasDigits = /\d/.test(text);
  const found = [
    ...payments(text, folded, words, hasDigits),
    ...links(text),
    ...emailAddresses(folded, words),
  ];
  if (hasDigits) found.push(...phoneNumbers(text));
  found.push(...spelledNumbers(folded, tokens));
  return merge(found).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

/**
 * The text with every find replaced by its kind's placeholder: English's ("[phone number
 * hidden]") unless `placeholders` are another language's (screening.texts.ts).
 */
export function maskText(
  text: string,
  found: readonly Found[],
  placeholders: Readonly<Record<ScreeningKind, string>> = SCREENING_PLACEHOLDERS,
): string {
  let masked = '';
  let at = 0;
  for (const f of found) {
    masked += text.slice(at, f.start) + placeholders[f.kind];
    at = f.end;
  }
  return masked + text.slice(at);
}
