import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for an S3-compatible object store on loopback: path-style requests
 * (`/<bucket>/<key>`) for PutObject, GetObject (with a single `Range`), HeadObject and
 * DeleteObject. Every request must carry an AWS Signature Version 4 that this server computes
 * again from the documented algorithm (canonical request, string to sign, the HMAC chain of the
 * signing key) with the same credentials, and a payload hash that matches the body; one that
 * S3 would refuse is refused the same way (403 `SignatureDoesNotMatch`…) and listed in
 * `violations`.
 */
export async function startS3(options: { bucket?: string; region?: string } = {}) {
  const bucket = options.bucket ?? 'flexbnb-test';
  const region = options.region ?? 'eu-west-1';
  const accessKeyId = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`;
  const secretAccessKey = randomBytes(30).toString('base64');
  const objects = new Map<string, { body: Buffer; contentType: string; etag: string; at: Date }>();
  const requests: { method: string; key: string; range?: string }[] = [];
  const violations: string[] = [];
  /** Answers queued for the next requests, before any check (an outage). */
  const queued: number[] = [];

  const xmlError = (res: ServerResponse, status: number, code: string, message: string) => {
    res
      .writeHead(status, { 'content-type': 'application/xml' })
      .end(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>` +
          `<RequestId>${randomBytes(8).toString('hex')}</RequestId></Error>`,
      );
  };
  const refuse = (res: ServerResponse, status: number, code: string, message: string) => {
    violations.push(`${code}: ${message}`);
    xmlError(res, status, code, message);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const outage = queued.shift();
    if (outage) return xmlError(res, outage, 'InternalError', 'We encountered an internal error');

    const problem = checkSignature(req, body, { accessKeyId, secretAccessKey, region });
    if (problem) return refuse(res, problem.status, problem.code, problem.message);

    const url = new URL(req.url ?? '/', 'http://stand-in');
    const [, bucketName, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    if (bucketName !== bucket) {
      return refuse(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    }
    if (!key) return refuse(res, 400, 'InvalidRequest', 'Only object operations are served here');
    requests.push({
      method: req.method ?? '',
      key,
      ...(req.headers.range && { range: req.headers.range }),
    });

    const object = objects.get(key);
    switch (req.method) {
      case 'PUT': {
        const length = Number(req.headers['content-length']);
        if (length !== body.length) {
          return refuse(res, 400, 'IncompleteBody', 'Content-Length does not match the body');
        }
        const etag = `"${createHash('md5').update(body).digest('hex')}"`;
        objects.set(key, {
          body,
          contentType: req.headers['content-type'] ?? 'binary/octet-stream',
          etag,
          at: new Date(),
        });
        return res.writeHead(200, { etag }).end();
      }
      case 'GET':
      case 'HEAD': {
        if (!object) {
          if (req.method === 'HEAD') return res.writeHead(404).end();
          return xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        }
        const headers = {
          'content-type': object.contentType,
          etag: object.etag,
          'last-modified': object.at.toUTCString(),
          'accept-ranges': 'bytes',
        };
        const range = req.headers.range?.match(/^bytes=(\d+)-(\d*)$/);
        if (req.method === 'GET' && range) {
          const start = Number(range[1]);
          const end = Math.min(range[2] ? Number(range[2]) : Infinity, object.body.length - 1);
          if (start >= object.body.length) {
            return xmlError(res, 416, 'InvalidRange', 'The requested range is not satisfiable');
          }
          const part = object.body.subarray(start, end + 1);
          return res
            .writeHead(206, {
              ...headers,
              'content-length': String(part.length),
              'content-range': `bytes ${start}-${end}/${object.body.length}`,
            })
            .end(part);
        }
        res.writeHead(200, { ...headers, 'content-length': String(object.body.length) });
        return req.method === 'HEAD' ? res.end() : res.end(object.body);
      }
      case 'DELETE':
        objects.delete(key);
        return res.writeHead(204).end();
      default:
        return refuse(res, 405, 'MethodNotAllowed', `${req.method} is not served here`);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      violations.push(`stand-in failed: ${String(err)}`);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    /** Objects by key (`attachments/ab/<uuid>`…). */
    objects,
    requests,
    violations,
    /** The next requests fail with these statuses (`InternalError`), before any check. */
    failNext: (...statuses: number[]) => queued.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// --- AWS Signature Version 4, as https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html describes it

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) =>
  createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding, as SigV4 wants it: everything but unreserved characters. */
const uriEncode = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

function canonicalQuery(search: string): string {
  if (!search) return '';
  return search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      return [uriEncode(decodeURIComponent(name)), uriEncode(decodeURIComponent(value))];
    })
    .sort(([a = '', x = ''], [b = '', y = '']) =>
      a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0,
    )
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/** Each header's values as sent, trimmed, inner runs of spaces made one, joined by commas. */
function headerValues(req: IncomingMessage): Map<string, string> {
  const values = new Map<string, string[]>();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    const value = req.rawHeaders[i + 1]!.trim().replace(/\s+/g, ' ');
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return new Map([...values].map(([name, list]) => [name, list.join(',')]));
}

function checkSignature(
  req: IncomingMessage,
  body: Buffer,
  credentials: { accessKeyId: string; secretAccessKey: string; region: string },
): { status: number; code: string; message: string } | undefined {
  const denied = (code: string, message: string) => ({ status: 403, code, message });
  const auth = req.headers.authorization ?? '';
  const match = auth.match(
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/,
  );
  if (!match) return denied('AccessDenied', 'No AWS4-HMAC-SHA256 Authorization header');
  const [, keyId, day, region, service, signedList = '', signature] = match;
  if (keyId !== credentials.accessKeyId) {
    return denied('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist');
  }
  if (region !== credentials.region || service !== 's3') {
    return {
      status: 400,
      code: 'AuthorizationHeaderMalformed',
      message: `the scope names ${region}/${service}, expected ${credentials.region}/s3`,
    };
  }
  const amzDate = req.headers['x-amz-date'];
  if (
    typeof amzDate !== 'string' ||
    !/^\d{8}T\d{6}Z$/.test(amzDate) ||
    amzDate.slice(0, 8) !== day
  ) {
    return denied('AccessDenied', 'x-amz-date is missing or does not match the credential scope');
  }
  const signedAt = Date.UTC(
    Number(amzDate.slice(0, 4)),
    Number(amzDate.slice(4, 6)) - 1,
    Number(amzDate.slice(6, 8)),
    Number(amzDate.slice(9, 11)),
    Number(amzDate.slice(11, 13)),
    Number(amzDate.slice(13, 15)),
  );
  if (Math.abs(Date.now() - signedAt) > 15 * 60 * 1000) {
    return denied(
      'RequestTimeTooSkewed',
      'The difference between the request time and now is too large',
    );
  }
  const payloadHash = req.headers['x-amz-content-sha256'];
  if (typeof payloadHash !== 'string') {
    return { status: 400, code: 'InvalidRequest', message: 'Missing x-amz-content-sha256' };
  }
  if (payloadHash.startsWith('STREAMING-')) {
    return { status: 400, code: 'NotImplemented', message: 'aws-chunked uploads are not served' };
  }
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) {
    return {
      status: 400,
      code: 'XAmzContentSHA256Mismatch',
      message: "The provided 'x-amz-content-sha256' header does not match what was computed",
    };
  }
  const signed = signedList.split(';');
  const headers = headerValues(req);
  const unsigned = [...headers.keys()].filter(
    (name) => (name === 'host' || name.startsWith('x-amz-')) && !signed.includes(name),
  );
  if (unsigned.length > 0) {
    return denied('AccessDenied', `These headers must be signed: ${unsigned.join(', ')}`);
  }
  if ([...signed].sort().join(';') !== signedList) {
    return denied('SignatureDoesNotMatch', 'SignedHeaders are not sorted');
  }
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const canonicalRequest = [
    req.method,
    // S3 signs the path as sent: no normalisation, no second encoding.
    (req.url ?? '/').split('?')[0],
    canonicalQuery(url.search),
    ...signed.map((name) => `${name}:${headers.get(name) ?? ''}`),
    '',
    signedList,
    payloadHash,
  ].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), region), 's3'),
    'aws4_request',
  );
  const expected = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  if (expected !== signature) {
    return denied(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided',
    );
  }
  return undefined;
}
