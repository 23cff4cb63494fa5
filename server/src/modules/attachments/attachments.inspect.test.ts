import { describe, expect, it } from 'vitest';
import { webmOpus } from '../../../test/audio-fixtures.ts';
import { png } from '../../../test/uploads.ts';
import { AppError } from '../../platform/errors.ts';
import { contentDisposition, matchesEtag, parseRange } from './attachments.http.ts';
import { attachmentName, inspectUpload, webmDurationMs } from './attachments.inspect.ts';

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (err: unknown) => (err instanceof AppError ? { code: err.code, message: err.message } : err),
  );

describe('what an upload is', () => {
  it('refuses a HEIC photo the image library cannot read, saying what to send', async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      Buffer.alloc(64),
    ]);
    expect(await refusal(inspectUpload(heic))).toEqual({
      code: 'unsupported_media_type',
      message: expect.stringMatching(/HEIC photo, which this server cannot read: send it as JPEG/),
    });
  });

  it('refuses a damaged image, and a video in an audio container', async () => {
    const image = await png(30, 30);
    const damaged = Buffer.concat([image.subarray(0, 40), Buffer.alloc(40)]);
    expect(await refusal(inspectUpload(damaged))).toEqual({
      code: 'unsupported_media_type',
      message: 'This looks like a PNG image but cannot be read: it may be damaged',
    });
    // A WebM whose track is video (TrackType 1).
    const video = webmOpus(200);
    const trackType = video.indexOf(Buffer.from([0x83, 0x81, 0x02]));
    video[trackType + 2] = 0x01;
    expect(await refusal(inspectUpload(video))).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('knows the length of a WebM recording that does not say it', () => {
    expect(webmDurationMs(webmOpus(1000, { duration: false }))).toBe(1000);
    expect(webmDurationMs(webmOpus(60, { duration: false }))).toBe(60);
    expect(webmDurationMs(Buffer.from('not webm at all'))).toBeNull();
    expect(webmDurationMs(webmOpus(1000, { duration: false }).subarray(0, 60))).toBeNull();
  });
});

describe('an attachment’s name', () => {
  const jpeg = { kind: 'image', contentType: 'image/jpeg', extension: 'jpg' } as const;
  const pdfFile = { kind: 'file', contentType: 'application/pdf', extension: 'pdf' } as const;
  it.each([
    ['IMG_1.JPEG', jpeg, 'IMG_1.JPEG'],
    ['holiday.png', jpeg, 'holiday.jpg'],
    ['lease', pdfFile, 'lease.pdf'],
    ['v1.2 final', pdfFile, 'v1.2 final.pdf'],
    ['/home/me/Docs/rules.pdf', pdfFile, 'rules.pdf'],
    ['C:\\Users\\me\\rules.pdf', pdfFile, 'rules.pdf'],
    ['evil\u202Egpj.exe', jpeg, 'evilgpj.jpg'],
    ['  spaced \t out  .pdf', pdfFile, 'spaced out.pdf'],
    ['a\u0000b\uD800.pdf', pdfFile, 'ab.pdf'],
    ['', pdfFile, 'document.pdf'],
    [undefined, jpeg, 'photo.jpg'],
    ['...', jpeg, 'photo.jpg'],
    ['.pdf', pdfFile, 'document.pdf'],
  ] as const)('%j as %j is %j', (original, what, name) => {
    expect(attachmentName(original, what)).toBe(name);
  });

  it('is 255 characters at most, counted as the database counts them', () => {
    const long = attachmentName(`${'🏠'.repeat(300)}.pdf`, pdfFile);
    expect(Array.from(long)).toHaveLength(255);
    expect(long.endsWith('🏠.pdf')).toBe(true);
  });
});

describe('serving a file', () => {
  it.each([
    [undefined, 100, { kind: 'whole' }],
    ['bytes=0-9', 100, { kind: 'range', range: { start: 0, end: 9 } }],
    ['bytes=90-', 100, { kind: 'range', range: { start: 90, end: 99 } }],
    ['bytes=-10', 100, { kind: 'range', range: { start: 90, end: 99 } }],
    ['bytes=-1000', 100, { kind: 'range', range: { start: 0, end: 99 } }],
    ['bytes=50-1000', 100, { kind: 'range', range: { start: 50, end: 99 } }],
    ['bytes=100-', 100, { kind: 'unsatisfiable' }],
    ['bytes=100-200', 100, { kind: 'unsatisfiable' }],
    ['bytes=-0', 100, { kind: 'unsatisfiable' }],
    ['bytes=5-1', 100, { kind: 'whole' }],
    ['bytes=0-1,3-4', 100, { kind: 'whole' }],
    ['lines=1-2', 100, { kind: 'whole' }],
    ['bytes=', 100, { kind: 'whole' }],
    ['bytes=99999999999999999999-', 100, { kind: 'whole' }],
  ] as const)('reads Range %j of %d bytes as %j', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  it('names the file for every client', () => {
    expect(contentDisposition('plan.pdf')).toBe(
      `inline; filename="plan.pdf"; filename*=UTF-8''plan.pdf`,
    );
    expect(contentDisposition('naïve "x" (1)*.pdf')).toBe(
      `inline; filename="na_ve _x_ (1)*.pdf"; filename*=UTF-8''na%C3%AFve%20%22x%22%20%281%29%2A.pdf`,
    );
  });

  it('matches ETags as If-None-Match lists them', () => {
    expect(matchesEtag('"a", "b"', '"b"')).toBe(true);
    expect(matchesEtag('W/"b"', '"b"')).toBe(true);
    expect(matchesEtag('*', '"b"')).toBe(true);
    expect(matchesEtag('"c"', '"b"')).toBe(false);
    expect(matchesEtag(undefined, '"b"')).toBe(false);
  });
});
