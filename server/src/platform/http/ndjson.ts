/** One line of an NDJSON body: its text, or that it was longer than the reader takes. */
export type NdjsonLine =
  | { number: number; text: string; tooLong?: undefined }
  | { number: number; text?: undefined; tooLong: true };

const NEWLINE = 0x0a;

/**
 * The lines of a streamed NDJSON body as they arrive, numbered from 1 as a text editor numbers
 * them (blank lines are counted, not yielded). A line over `maxLineBytes` is not kept in memory:
 * it is yielded as `tooLong`, so one endless line cannot exhaust the server. Bytes are decoded
 * per line, so a character split between chunks stays whole.
 */
export async function* ndjsonLines(
  body: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<NdjsonLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;

  function take(piece: Buffer) {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  }

  function end(): NdjsonLine | undefined {
    number += 1;
    const line: NdjsonLine | undefined = tooLong
      ? { number, tooLong: true }
      : { number, text: Buffer.concat(parts).toString('utf8').trim() };
    parts = [];
    size = 0;
    tooLong = false;
    return line.tooLong || line.text ? line : undefined;
  }

  for await (const chunk of body) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    let start = 0;
    for (let nl = bytes.indexOf(NEWLINE); nl !== -1; nl = bytes.indexOf(NEWLINE, start)) {
      take(bytes.subarray(start, nl));
      const line = end();
      if (line) yield line;
      start = nl + 1;
    }
    take(bytes.subarray(start));
  }
  if (size > 0 || tooLong) {
    const line = end();
    if (line) yield line;
  }
}
