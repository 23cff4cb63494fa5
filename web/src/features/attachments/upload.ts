import type { Attachment } from '@flexbnb/contracts';
import { primeBlob } from './blobs.ts';
import { uploadAttachment, type UploadOptions, type Uploader } from './http.ts';

// What every browser shows as it is; a HEIC photo is shown as the server re-encoded it.
const SHOWN_AS_IS = /^(image\/(jpeg|png|webp|gif)|audio\/|application\/pdf)/;

/**
 * Uploads a file (see `uploadAttachment`) and keeps the local copy as the attachment's content
 * in the blob cache, so the message shows it at once instead of downloading it back.
 * @throws ApiError as `uploadAttachment` does (413, 415…)
 */
export const upload: Uploader = async (
  file: Blob,
  name: string,
  options?: UploadOptions,
): Promise<Attachment> => {
  const attachment = await uploadAttachment(file, name, options);
  if (SHOWN_AS_IS.test(file.type)) {
    primeBlob(attachment.url, file);
    if (attachment.thumbnail_url && attachment.kind === 'image') {
      primeBlob(attachment.thumbnail_url, file);
    }
  }
  return attachment;
};
