import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import type { TestUser } from './harness.ts';

/** One part of a multipart body: a field, or a file when it has a `filename`. */
export interface Part {
  name: string;
  data: Buffer | string;
  filename?: string;
  contentType?: string;
}

/** A `multipart/form-data` body as a browser's FormData sends it (RFC 7578). */
export function multipartBody(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----flexbnb${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = [`form-data; name="${part.name}"`];
    if (part.filename !== undefined) disposition.push(`filename="${part.filename}"`);
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition.join('; ')}\r\n` +
          (part.contentType ? `Content-Type: ${part.contentType}\r\n` : '') +
          '\r\n',
      ),
      Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

type Response = LightMyRequestResponse & { data: any };

const withData = (res: LightMyRequestResponse): Response => {
  let data: unknown;
  try {
    data = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    data = undefined;
  }
  return Object.assign(res, { data });
};

/** `POST /api/messaging/attachments/` with one file, as the web app sends it. */
export async function upload(
  app: FastifyInstance,
  as: TestUser,
  data: Buffer | string,
  options: { filename?: string; contentType?: string; field?: string } = {},
): Promise<Response> {
  const body = multipartBody([
    {
      name: options.field ?? 'file',
      data,
      filename: options.filename ?? 'upload.bin',
      contentType: options.contentType ?? 'application/octet-stream',
    },
  ]);
  return withData(
    await app.inject({
      method: 'POST',
      url: '/api/messaging/attachments/',
      headers: { authorization: `Bearer ${as.token}`, 'content-type': body.contentType },
      payload: body.payload,
    }),
  );
}

/** `GET` of an attachment's URL (`url` or `thumbnail_url` of the contract) as a user. */
export async function fetchFile(
  app: FastifyInstance,
  url: string,
  as?: TestUser,
  headers: Record<string, string> = {},
): Promise<Response> {
  return withData(
    await app.inject({
      method: 'GET',
      url,
      headers: { ...(as && { authorization: `Bearer ${as.token}` }), ...headers },
    }),
  );
}

/** A PNG of one colour. */
export const png = (width = 40, height = 30, colour = '#3366cc') =>
  sharp({ create: { width, height, channels: 4, background: colour } })
    .png()
    .toBuffer();

/**
 * A JPEG as a phone writes one: the camera, where it was taken (GPS), and an orientation
 * (6: the sensor was turned, show it rotated 90° clockwise).
 */
export const jpegWithGps = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: '#cc3333' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'FlexCam', Model: 'Test Phone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '38/1 42/1 2940/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '9/1 8/1 3600/100',
      },
    })
    .toBuffer();

/** Whether EXIF data (TIFF layout, either byte order) holds a GPS IFD pointer (tag 0x8825). */
export const exifHasGps = (exif: Buffer | undefined) =>
  !!exif &&
  (exif.includes(Buffer.from([0x88, 0x25, 0x00, 0x04])) ||
    exif.includes(Buffer.from([0x25, 0x88, 0x04, 0x00])));

/** A one-page PDF, as small as one can be. */
export function pdf(text = 'House manual'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 10 50 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Every file under `dir` (relative paths), none when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort();
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return [];
    throw err;
  }
}
