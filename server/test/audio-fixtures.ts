// Tiny, valid audio files built byte by byte as their container specifications describe them,
// so the tests need no binary fixtures and no encoder: an Ogg Opus stream (RFC 3533 pages,
// RFC 7845 headers), a WebM file as Chrome's MediaRecorder writes one (Matroska EBML, an
// Opus track; optionally without a Duration, as MediaRecorder leaves it), and an M4A file
// (ISO/IEC 14496-12 boxes, an AAC `mp4a` sample entry). The audio itself is silence: Opus
// packets of a TOC byte only, which decoders read as lost frames.

const OPUS_SAMPLE_RATE = 48_000;
const PRE_SKIP = 312;
/** One 20 ms CELT frame, fullband, mono, code 0 with no payload (RFC 6716 §3.1). */
const SILENT_OPUS_PACKET = Buffer.from([0xf8]);

function opusHead(): Buffer {
  const head = Buffer.alloc(19);
  head.write('OpusHead', 0, 'ascii');
  head.writeUInt8(1, 8); // version
  head.writeUInt8(1, 9); // channels
  head.writeUInt16LE(PRE_SKIP, 10);
  head.writeUInt32LE(OPUS_SAMPLE_RATE, 12);
  head.writeInt16LE(0, 16); // output gain
  head.writeUInt8(0, 18); // mapping family
  return head;
}

// --- Ogg ---------------------------------------------------------------------------------

const OGG_CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let j = 0; j < 8; j++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

/** Ogg's CRC-32: polynomial 0x04c11db7, no reflection, initial value and final XOR 0. */
function oggCrc(data: Buffer): number {
  let crc = 0;
  for (const byte of data) crc = ((crc << 8) ^ OGG_CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  return crc;
}

function oggPage(options: {
  packets: Buffer[];
  granule: bigint;
  sequence: number;
  first?: boolean;
  last?: boolean;
}): Buffer {
  const lacing: number[] = [];
  for (const packet of options.packets) {
    let left = packet.length;
    while (left >= 255) {
      lacing.push(255);
      left -= 255;
    }
    lacing.push(left);
  }
  const header = Buffer.alloc(27 + lacing.length);
  header.write('OggS', 0, 'ascii');
  header.writeUInt8(0, 4);
  header.writeUInt8((options.first ? 0x02 : 0) | (options.last ? 0x04 : 0), 5);
  header.writeBigInt64LE(options.granule, 6);
  header.writeUInt32LE(0x464c4558, 14); // stream serial number
  header.writeUInt32LE(options.sequence, 18);
  header.writeUInt32LE(0, 22); // CRC, computed below with this field zero
  header.writeUInt8(lacing.length, 26);
  Buffer.from(lacing).copy(header, 27);
  const page = Buffer.concat([header, ...options.packets]);
  page.writeUInt32LE(oggCrc(page), 22);
  return page;
}

/** An Ogg Opus file of `durationMs` of silence (a multiple of 20 ms). */
export function oggOpus(durationMs = 1000): Buffer {
  const tags = Buffer.alloc(8 + 4 + 4 + 4);
  tags.write('OpusTags', 0, 'ascii');
  tags.writeUInt32LE(4, 8);
  tags.write('test', 12, 'ascii');
  tags.writeUInt32LE(0, 16);
  const frames = Math.round(durationMs / 20);
  const packets = Array.from({ length: frames }, () => SILENT_OPUS_PACKET);
  const samples = BigInt(frames * 960 + PRE_SKIP);
  return Buffer.concat([
    oggPage({ packets: [opusHead()], granule: 0n, sequence: 0, first: true }),
    oggPage({ packets: [tags], granule: 0n, sequence: 1 }),
    oggPage({ packets, granule: samples, sequence: 2, last: true }),
  ]);
}

// --- EBML (WebM) -------------------------------------------------------------------------

/** An EBML variable-length size: the shortest encoding. */
function vintSize(size: number): Buffer {
  for (let length = 1; length <= 8; length++) {
    if (size < 2 ** (7 * length) - 1) {
      const bytes = Buffer.alloc(length);
      let rest = size;
      for (let i = length - 1; i >= 0; i--) {
        bytes[i] = rest & 0xff;
        rest = Math.floor(rest / 256);
      }
      bytes[0]! |= 1 << (8 - length);
      return bytes;
    }
  }
  throw new RangeError('size too large');
}

/** An element: its id (written with its marker bits, as the specification lists it). */
function el(id: number, ...children: Buffer[]): Buffer {
  const idBytes = Buffer.from(
    id
      .toString(16)
      .padStart(2, '0')
      .match(/../g)!
      .map((h) => parseInt(h, 16)),
  );
  const body = Buffer.concat(children);
  return Buffer.concat([idBytes, vintSize(body.length), body]);
}
const uint = (value: number) => {
  const bytes: number[] = [];
  let rest = value;
  do {
    bytes.unshift(rest & 0xff);
    rest = Math.floor(rest / 256);
  } while (rest > 0);
  return Buffer.from(bytes);
};
const float64 = (value: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(value);
  return b;
};
const ascii = (text: string) => Buffer.from(text, 'ascii');
/** A segment of unknown size, as a live recorder writes it. */
const UNKNOWN_SIZE = Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

/**
 * A WebM file with one Opus audio track of `durationMs` of silence. With `duration: false`
 * its Info has no Duration and its Segment an unknown size, as MediaRecorder writes them.
 */
export function webmOpus(durationMs = 1000, options: { duration?: boolean } = {}): Buffer {
  const withDuration = options.duration ?? true;
  const header = el(
    0x1a45dfa3,
    el(0x4286, uint(1)),
    el(0x42f7, uint(1)),
    el(0x42f2, uint(4)),
    el(0x42f3, uint(8)),
    el(0x4282, ascii('webm')),
    el(0x4287, uint(4)),
    el(0x4285, uint(2)),
  );
  const info = el(
    0x1549a966,
    el(0x2ad7b1, uint(1_000_000)), // TimecodeScale: milliseconds
    el(0x4d80, ascii('flexbnb-test')),
    el(0x5741, ascii('flexbnb-test')),
    ...(withDuration ? [el(0x4489, float64(durationMs))] : []),
  );
  const tracks = el(
    0x1654ae6b,
    el(
      0xae,
      el(0xd7, uint(1)), // TrackNumber
      el(0x73c5, uint(1)), // TrackUID
      el(0x83, uint(2)), // TrackType: audio
      el(0x86, ascii('A_OPUS')),
      el(0x63a2, opusHead()),
      el(0xe1, el(0xb5, float64(OPUS_SAMPLE_RATE)), el(0x9f, uint(1))),
    ),
  );
  const blocks: Buffer[] = [];
  for (let at = 0; at < durationMs; at += 20) {
    const block = Buffer.alloc(4);
    block[0] = 0x81; // track 1
    block.writeInt16BE(at, 1);
    block[3] = 0x80; // keyframe
    blocks.push(el(0xa3, block, SILENT_OPUS_PACKET));
  }
  const cluster = el(0x1f43b675, el(0xe7, uint(0)), ...blocks);
  const body = Buffer.concat([info, tracks, cluster]);
  const segment = withDuration
    ? el(0x18538067, body)
    : Buffer.concat([Buffer.from([0x18, 0x53, 0x80, 0x67]), UNKNOWN_SIZE, body]);
  return Buffer.concat([header, segment]);
}

// --- ISO base media (M4A) ----------------------------------------------------------------

function box(type: string, ...children: Buffer[]): Buffer {
  const body = Buffer.concat(children);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'ascii');
  return Buffer.concat([head, body]);
}
function fullBox(type: string, version: number, flags: number, ...children: Buffer[]): Buffer {
  const vf = Buffer.alloc(4);
  vf.writeUInt32BE(((version << 24) | flags) >>> 0);
  return box(type, vf, ...children);
}
const u32 = (...values: number[]) => {
  const b = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => b.writeUInt32BE(v >>> 0, 4 * i));
  return b;
};
const u16 = (...values: number[]) => {
  const b = Buffer.alloc(2 * values.length);
  values.forEach((v, i) => b.writeUInt16BE(v, 2 * i));
  return b;
};
const zeros = (n: number) => Buffer.alloc(n);
const UNITY_MATRIX = u32(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000);

/** An M4A file (brand `M4A `) with one AAC track of `durationMs`, and no samples. */
export function m4aAac(durationMs = 1000): Buffer {
  const rate = 44_100;
  const samples = Math.round((durationMs / 1000) * rate);
  const mvhd = fullBox(
    'mvhd',
    0,
    0,
    u32(0, 0, 1000, durationMs), // created, modified, timescale, duration
    u32(0x00010000),
    u16(0x0100),
    zeros(10),
    UNITY_MATRIX,
    zeros(24),
    u32(2),
  );
  const tkhd = fullBox(
    'tkhd',
    0,
    7,
    u32(0, 0, 1, 0, durationMs), // created, modified, track id, reserved, duration
    zeros(8),
    u16(0, 0, 0x0100, 0), // layer, alternate group, volume, reserved
    UNITY_MATRIX,
    u32(0, 0),
  );
  const mdhd = fullBox('mdhd', 0, 0, u32(0, 0, rate, samples), u16(0x55c4, 0));
  const hdlr = fullBox('hdlr', 0, 0, u32(0), ascii('soun'), zeros(12), ascii('SoundHandler\0'));
  // ES_Descriptor → DecoderConfigDescriptor (MPEG-4 audio) → AudioSpecificConfig (AAC LC, 44.1 kHz, mono).
  const esds = fullBox(
    'esds',
    0,
    0,
    Buffer.from([
      0x03, 0x19, 0x00, 0x01, 0x00, 0x04, 0x11, 0x40, 0x15, 0x00, 0x00, 0x00, 0x00, 0x01, 0xf4,
      0x00, 0x00, 0x01, 0xf4, 0x00, 0x05, 0x02, 0x12, 0x08, 0x06, 0x01, 0x02,
    ]),
  );
  const mp4a = box(
    'mp4a',
    zeros(6),
    u16(1), // data reference index
    zeros(8),
    u16(1, 16, 0, 0), // channels, sample size, pre-defined, reserved
    u32(rate * 65536),
    esds,
  );
  const stbl = box(
    'stbl',
    fullBox('stsd', 0, 0, u32(1), mp4a),
    fullBox('stts', 0, 0, u32(0)),
    fullBox('stsc', 0, 0, u32(0)),
    fullBox('stsz', 0, 0, u32(0, 0)),
    fullBox('stco', 0, 0, u32(0)),
  );
  const minf = box(
    'minf',
    fullBox('smhd', 0, 0, u16(0, 0)),
    box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))),
    stbl,
  );
  const moov = box('moov', mvhd, box('trak', tkhd, box('mdia', mdhd, hdlr, minf)));
  const ftyp = box('ftyp', ascii('M4A '), u32(0), ascii('M4A '), ascii('mp42'), ascii('isom'));
  return Buffer.concat([ftyp, moov, box('mdat')]);
}
