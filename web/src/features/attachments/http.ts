import {
  ATTACHMENT_UPLOAD_FIELD,
  routes,
  type Attachment,
  type ErrorBody,
} from '@flexbnb/contracts';
import { ApiError, getSession, withSession } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';

const t = i18n.getFixedT(null, 'attachments');

/** Where uploads go: `POST` multipart with the field `file`, answered 201 with the attachment. */
export const ATTACHMENTS_PATH = `${routes.uploadAttachment.path}/`;

function bearer(): Record<string, string> {
  const token = getSession()?.access_token;
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as ErrorBody;
    return new ApiError(res.status, body.error.code, body.error.message, body.error.details);
  } catch {
    return new ApiError(
      res.status,
      'http_error',
      t('errors.serverAnswered', { status: res.status }),
    );
  }
}

/**
 * An attachment's content (or thumbnail) as the signed-in user: its URLs want the bearer token,
 * which an `<img src>` cannot send. A stale token is refreshed once, as `api` does.
 * @throws ApiError for any answer but a 2xx (404 once it is gone or not ours to see); a network
 *   failure rejects with the fetch error.
 */
export async function fetchAttachmentBlob(url: string, signal?: AbortSignal): Promise<Blob> {
  const res = await withSession(() => fetch(url, { headers: bearer(), signal }));
  if (!res.ok) throw await toError(res);
  return res.blob();
}

export interface UploadOptions {
  /** Called as the bytes go out, with the share sent so far (0…1). */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

interface XhrAnswer {
  status: number;
  body: string;
}

function post(form: FormData, { onProgress, signal }: UploadOptions): Promise<XhrAnswer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException(t('errors.cancelled'), 'AbortError'));
      return;
    }
    // XMLHttpRequest rather than fetch: it reports the upload's progress.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', ATTACHMENTS_PATH);
    for (const [name, value] of Object.entries(bearer())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.min(1, e.loaded / e.total));
    };
    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const done = () => signal?.removeEventListener('abort', abort);
    xhr.onload = () => {
      done();
      resolve({ status: xhr.status, body: xhr.responseText });
    };
    xhr.onerror = () => {
      done();
      reject(new TypeError(t('errors.connection')));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException(t('errors.cancelled'), 'AbortError'));
    };
    xhr.send(form);
  });
}

function answerError({ status, body }: XhrAnswer): ApiError {
  try {
    const parsed = JSON.parse(body) as ErrorBody;
    return new ApiError(status, parsed.error.code, parsed.error.message, parsed.error.details);
  } catch {
    return new ApiError(
      status,
      'http_error',
      status === 413 ? t('errors.tooLarge') : t('errors.serverAnswered', { status }),
    );
  }
}

/**
 * Uploads one file as the signed-in user, reporting progress; the answer is the stored
 * attachment, to send with `attachment_ids`. A stale access token is refreshed once.
 * @throws ApiError with the server's reason: 413 too large, 415 a type it does not take, 400
 *   no file; a network failure rejects with a TypeError, a cancelled one with an AbortError.
 */
export async function uploadAttachment(
  file: Blob,
  name: string,
  options: UploadOptions = {},
): Promise<Attachment> {
  const form = () => {
    const data = new FormData();
    // As a File of that name: a plain Blob (a recording) would go as "blob" in some engines.
    const named =
      file instanceof File && file.name === name
        ? file
        : new File([file], name, { type: file.type });
    data.append(ATTACHMENT_UPLOAD_FIELD, named, name);
    return data;
  };
  let tries = 0;
  const answer = await withSession(() => {
    if (tries++ > 0) options.onProgress?.(0);
    return post(form(), options);
  });
  if (answer.status < 200 || answer.status >= 300) throw answerError(answer);
  options.onProgress?.(1);
  return JSON.parse(answer.body) as Attachment;
}

/** What an upload is: the function the composer and the outbox call (tests may give another). */
export type Uploader = typeof uploadAttachment;
