/**
 * What an upload is, from its bytes alone (magic numbers, then the container's own headers),
 * and what is kept of it: images re-encoded without metadata, with a thumbnail; PDFs and audio
 * as sent. The libraries are loaded on first use: a node that never takes an upload does not
 * pay for them.
 */
import type { AttachmentKind } from '@flexbnb/contracts';
import { AppError } from '../../platform/errors.ts';

/** Images are scaled down to this many pixels on their longest side at most. */
export const MAX_IMAGE_EDGE = 4096;
/** Thumbnails fit in a square of this many pixels. */
export const THUMBNAIL_EDGE = 320;
/** An image (all its frames) of more pixels than this is refused: decoding it would cost too much. */
export const MAX_INPUT_PIXELS = 100_000_000;
/** An animation is kept while its frames hold this many pixels at most; else its first frame. */
export const MAX_ANIMATION_PIXELS = 40_000_000;

export interface Inspected {
  kind: AttachmentKind;
  /** What it is served as. */
  contentType: string;
  /** The extension its name gets. */
  extension: string;
  /** The bytes to keep. */
  data: Buffer;
  /** A JPEG preview, for images. */
  thumbnail: Buffer | null;
  width: number | null;
  height: number | null;
  durationMs: number | null;
}

type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

/** The images taken, by the type the content shows, and what each is kept as. */
const IMAGES: Record<string, { label: string; output: ImageFormat }> = {
  'image/jpeg': { label: 'a JPEG image', output: 'jpeg' },
  'image/png': { label: 'a PNG image', output: 'png' },
  'image/webp': { label: 'a WebP image', output: 'webp' },
  'image/gif': { label: 'a GIF image', output: 'gif' },
  // Browsers show none of these (Safari aside): they become JPEG.
  'image/heic': { label: 'a HEIC photo', output: 'jpeg' },
  'image/heic-sequence': { label: 'a HEIC photo', output: 'jpeg' },
  'image/heif': { label: 'a HEIF photo', output: 'jpeg' },
  'image/heif-sequence': { label: 'a HEIF photo', output: 'jpeg' },
  'image/avif': { label: 'an AVIF image', output: 'jpeg' },
};
const IMAGE_OUTPUT: Record<ImageFormat, { contentType: string; extension: string }> = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
  gif: { contentType: 'image/gif', extension: 'gif' },
};

type AudioContainer = 'webm' | 'ogg' | 'mp4';
/** Audio containers by the type the magic numbers suggest; the tracks decide (no video). */
const AUDIO: Record<string, AudioContainer> = {
  'audio/webm': 'webm',
  'video/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/ogg; codecs=opus': 'ogg',
  'audio/opus': 'ogg',
  'video/ogg': 'ogg',
  'audio/x-m4a': 'mp4',
  'audio/m4a': 'mp4',
  'audio/mp4': 'mp4',
  'video/mp4': 'mp4',
};
const AUDIO_OUTPUT: Record<AudioContainer, { contentType: string; extension: string }> = {
  webm: { contentType: 'audio/webm', extension: 'webm' },
  ogg: { contentType: 'audio/ogg', extension: 'ogg' },
  mp4: { contentType: 'audio/mp4', extension: 'm4a' },
};

/** Extensions a name may keep for what it is; any other is replaced by the first. */
export const EXTENSIONS: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
  'audio/webm': ['webm', 'weba'],
  'audio/ogg': ['ogg', 'oga', 'opus'],
  'audio/mp4': ['m4a', 'mp4'],
};

const WHAT_WE_TAKE =
  'send a photo (JPEG, PNG, WebP, GIF, HEIC), a PDF or a voice message (WebM, Ogg, M4A)';

const unsupported = (message: string) => new AppError('unsupported_media_type', message);

/**
 * Decides what the bytes are and prepares what is kept.
 * @throws unsupported_media_type for anything but the images, PDFs and audio taken, or one that
 *   cannot be read; payload_too_large for an image of too many pixels
 */
export async function inspectUpload(bytes: Buffer): Promise<Inspected> {
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  const mime: string | undefined = detected?.mime;
  if (mime && IMAGES[mime]) return inspectImage(bytes, IMAGES[mime]);
  if (mime === 'application/pdf') {
    return {
      kind: 'file',
      contentType: 'application/pdf',
      extension: 'pdf',
      data: bytes,
      thumbnail: null,
      width: null,
      height: null,
      durationMs: null,
    };
  }
  if (mime && AUDIO[mime]) return inspectAudio(bytes, mime, AUDIO[mime]);
  throw unsupported(
    `${mime ? `This file is ${mime}` : 'What this file is cannot be told from its content'}: ${WHAT_WE_TAKE}`,
  );
}

async function inspectImage(
  bytes: Buffer,
  image: { label: string; output: ImageFormat },
): Promise<Inspected> {
  const { default: sharp } = await import('sharp');
  const options = { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS } as const;
  try {
    const meta = await sharp(bytes, options).metadata();
    const pages = meta.pages ?? 1;
    const frameHeight = meta.pageHeight ?? meta.height;
    // A long or large animation costs a decode of every frame: past the limit, the first frame.
    const animated =
      (image.output === 'gif' || image.output === 'webp') &&
      pages > 1 &&
      meta.width * frameHeight * pages <= MAX_ANIMATION_PIXELS;
    // Without keepExif/withMetadata sharp writes no metadata at all: EXIF (GPS, camera,
    // times), XMP, IPTC and ICC are gone (colours are converted to sRGB first).
    let pipeline = sharp(bytes, { ...options, animated })
      .autoOrient()
      .resize({
        width: MAX_IMAGE_EDGE,
        height: MAX_IMAGE_EDGE,
        fit: 'inside',
        withoutEnlargement: true,
      });
    switch (image.output) {
      case 'jpeg':
        pipeline = pipeline.jpeg({ quality: 85, mozjpeg: true });
        break;
      case 'png':
        pipeline = pipeline.png();
        break;
      case 'webp':
        pipeline = pipeline.webp({ quality: 85 });
        break;
      case 'gif':
        pipeline = pipeline.gif();
        break;
    }
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(data, { failOn: 'none' })
      .resize({
        width: THUMBNAIL_EDGE,
        height: THUMBNAIL_EDGE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      // JPEG has no transparency: what was transparent shows white.
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 75, mozjpeg: true })
      .toBuffer();
    return {
      kind: 'image',
      ...IMAGE_OUTPUT[image.output],
      data,
      thumbnail,
      width: info.width,
      height: info.pageHeight ?? info.height,
      durationMs: null,
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const reason = err instanceof Error ? err.message : '';
    if (/pixel limit/i.test(reason)) {
      throw new AppError(
        'payload_too_large',
        `This image has more than ${MAX_INPUT_PIXELS / 1_000_000} million pixels: send a smaller one`,
      );
    }
    if (image.label.includes('HEI')) {
      throw unsupported(
        `This looks like ${image.label}, which this server cannot read: send it as JPEG ` +
          '(on an iPhone: Settings › Camera › Formats › Most Compatible)',
      );
    }
    throw unsupported(`This looks like ${image.label} but cannot be read: it may be damaged`);
  }
}

async function inspectAudio(
  bytes: Buffer,
  mime: string,
  container: AudioContainer,
): Promise<Inspected> {
  const { parseBuffer } = await import('music-metadata');
  let format;
  try {
    ({ format } = await parseBuffer(
      bytes,
      { mimeType: mime, size: bytes.length },
      { duration: true, skipCovers: true },
    ));
  } catch {
    throw unsupported(`This looks like ${container.toUpperCase()} audio but cannot be read`);
  }
  if (format.hasVideo) throw unsupported(`This is a video, which is not taken: ${WHAT_WE_TAKE}`);
  if (!format.hasAudio) throw unsupported(`This ${container.toUpperCase()} file holds no audio`);
  const seconds = format.duration;
  const durationMs =
    seconds !== undefined && Number.isFinite(seconds) && seconds >= 0
      ? Math.round(seconds * 1000)
      : container === 'webm'
        ? webmDurationMs(bytes)
        : null;
  return {
    kind: 'audio',
    ...AUDIO_OUTPUT[container],
    data: bytes,
    thumbnail: null,
    width: null,
    height: null,
    // The column is a 32-bit integer: nearly 25 days, more than any recording.
    durationMs: durationMs !== null && durationMs <= 2 ** 31 - 1 ? durationMs : null,
  };
}

// --- names -------------------------------------------------------------------------------

const FALLBACK_NAMES: Record<AttachmentKind, string> = {
  image: 'photo',
  audio: 'voice-message',
  file: 'document',
};
/** Bidirectional controls turn "gpj.exe" into "exe.jpg" on screen. */
const HIDDEN = /[\p{Cc}\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffd]/gu;
/** Half of a surrogate pair, alone: no column can store it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
export const MAX_NAME_LENGTH = 255;

/**
 * The name an attachment shows and downloads as: the uploaded file's own (its last path part,
 * without control or direction characters, spaces collapsed) with the extension of what it
 * really is, or `photo.jpg`, `voice-message.webm`, `document.pdf` without one; 255 characters
 * at most.
 */
export function attachmentName(
  original: string | undefined,
  what: { kind: AttachmentKind; contentType: string; extension: string },
): string {
  const cleaned = (original ?? '')
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .split(/[/\\]/)
    .pop()!
    .replace(HIDDEN, '')
    .replace(/\s+/gu, ' ')
    .trim();
  let base = cleaned;
  let extension = what.extension;
  const dot = cleaned.lastIndexOf('.');
  if (dot >= 0) {
    const given = cleaned.slice(dot + 1).toLowerCase();
    if ((EXTENSIONS[what.contentType] ?? []).includes(given)) {
      extension = cleaned.slice(dot + 1);
      base = cleaned.slice(0, dot);
    } else if (/^[a-z0-9]{1,5}$/.test(given)) {
      // An extension that says something else ("photo.pdf" that is a PNG) is replaced.
      base = cleaned.slice(0, dot);
    }
  }
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  if (!base) base = FALLBACK_NAMES[what.kind];
  // Counted in code points, as the database counts characters.
  const room = MAX_NAME_LENGTH - extension.length - 1;
  const points = Array.from(base);
  if (points.length > room) base = points.slice(0, room).join('').trimEnd();
  return `${base}.${extension}`;
}

// --- WebM length -------------------------------------------------------------------------

const EBML_HEADER = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const TRACKS = 0x1654ae6b;
const TRACK_ENTRY = 0xae;
const CODEC_ID = 0x86;
const CLUSTER = 0x1f43b675;
const CLUSTER_TIMECODE = 0xe7;
const SIMPLE_BLOCK = 0xa3;
const BLOCK_GROUP = 0xa0;
const BLOCK = 0xa1;
const BLOCK_DURATION = 0x9b;
/** Elements that end a cluster of unknown size: the segment's other children. */
const SEGMENT_CHILDREN = new Set([
  CLUSTER,
  INFO,
  TRACKS,
  0x1c53bb6b, // Cues
  0x1254c367, // Tags
  0x1043a770, // Chapters
  0x1941a469, // Attachments
  0x114d9b74, // SeekHead
]);

interface Element {
  id: number;
  /** Where its data starts and ends (the buffer's end for an unknown size). */
  start: number;
  end: number;
  unknownSize: boolean;
}

function readElement(buf: Buffer, pos: number): Element | undefined {
  const first = buf[pos];
  if (first === undefined || first === 0) return undefined;
  const idLength = Math.clz32(first) - 23;
  if (idLength > 4 || pos + idLength > buf.length) return undefined;
  let id = 0;
  for (let i = 0; i < idLength; i++) id = id * 256 + buf[pos + i]!;
  const sizeAt = pos + idLength;
  const sizeFirst = buf[sizeAt];
  if (sizeFirst === undefined || sizeFirst === 0) return undefined;
  const sizeLength = Math.clz32(sizeFirst) - 23;
  if (sizeAt + sizeLength > buf.length) return undefined;
  let size = sizeFirst & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    const byte = buf[sizeAt + i]!;
    size = size * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  const start = sizeAt + sizeLength;
  return allOnes
    ? { id, start, end: buf.length, unknownSize: true }
    : { id, start, end: Math.min(start + size, buf.length), unknownSize: false };
}

const readUint = (buf: Buffer, e: Element) => {
  let value = 0;
  for (let i = e.start; i < e.end; i++) value = value * 256 + buf[i]!;
  return value;
};

/** The length of an Opus packet from its TOC byte (RFC 6716 §3.1), in milliseconds. */
function opusPacketMs(packet: Buffer): number {
  const toc = packet[0];
  if (toc === undefined) return 0;
  const config = toc >> 3;
  const frameMs =
    config < 12
      ? [10, 20, 40, 60][config % 4]!
      : config < 16
        ? [10, 20][config % 2]!
        : [2.5, 5, 10, 20][config % 4]!;
  const code = toc & 3;
  const frames = code === 0 ? 1 : code < 3 ? 2 : (packet[1] ?? 0) & 0x3f;
  return frameMs * frames;
}

/**
 * The length of a WebM recording that does not say it (MediaRecorder writes no Duration):
 * the time of its last block plus that block's own length (Opus packets tell theirs).
 * Null when the file cannot be walked.
 */
export function webmDurationMs(buf: Buffer): number | null {
  let scale = 1_000_000;
  let opus = false;
  let lastMs: number | null = null;
  const header = readElement(buf, 0);
  if (header?.id !== EBML_HEADER || header.unknownSize) return null;
  const segment = readElement(buf, header.end);
  if (segment?.id !== SEGMENT) return null;

  const blockAt = (clusterTime: number, block: Element, durationTicks?: number) => {
    // Track number (a vint), then a signed 16-bit time relative to the cluster, then flags.
    const trackLength = Math.clz32(buf[block.start] ?? 0) - 23;
    const at = block.start + trackLength;
    if (trackLength < 1 || trackLength > 8 || at + 3 > block.end) return;
    const ticks = clusterTime + buf.readInt16BE(at);
    const ownMs =
      durationTicks !== undefined
        ? (durationTicks * scale) / 1e6
        : opus
          ? opusPacketMs(buf.subarray(at + 3, block.end))
          : 0;
    const endMs = (ticks * scale) / 1e6 + ownMs;
    if (lastMs === null || endMs > lastMs) lastMs = endMs;
  };

  let pos = segment.start;
  while (pos < segment.end) {
    const e = readElement(buf, pos);
    if (!e) break;
    if (e.id === INFO || e.id === TRACKS) {
      for (let at = e.start; at < e.end;) {
        const child = readElement(buf, at);
        if (!child || child.unknownSize) break;
        if (child.id === TIMECODE_SCALE) scale = readUint(buf, child) || scale;
        if (child.id === TRACK_ENTRY) {
          for (let t = child.start; t < child.end;) {
            const field = readElement(buf, t);
            if (!field || field.unknownSize) break;
            if (field.id === CODEC_ID) {
              opus ||= buf.toString('latin1', field.start, field.end) === 'A_OPUS';
            }
            t = field.end;
          }
        }
        at = child.end;
      }
      pos = e.end;
    } else if (e.id === CLUSTER) {
      let clusterTime = 0;
      let at = e.start;
      while (at < e.end) {
        const child = readElement(buf, at);
        if (!child) break;
        if (e.unknownSize && SEGMENT_CHILDREN.has(child.id)) break;
        if (child.unknownSize) return lastMs === null ? null : Math.round(lastMs);
        if (child.id === CLUSTER_TIMECODE) clusterTime = readUint(buf, child);
        else if (child.id === SIMPLE_BLOCK) blockAt(clusterTime, child);
        else if (child.id === BLOCK_GROUP) {
          let block: Element | undefined;
          let duration: number | undefined;
          for (let g = child.start; g < child.end;) {
            const part = readElement(buf, g);
            if (!part || part.unknownSize) break;
            if (part.id === BLOCK) block = part;
            if (part.id === BLOCK_DURATION) duration = readUint(buf, part);
            g = part.end;
          }
          if (block) blockAt(clusterTime, block, duration);
        }
        at = child.end;
      }
      pos = at;
    } else {
      if (e.unknownSize) break;
      pos = e.end;
    }
  }
  return lastMs === null ? null : Math.round(lastMs);
}
