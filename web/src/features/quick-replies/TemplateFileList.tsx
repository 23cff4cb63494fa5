import type { Attachment } from '@flexbnb/contracts';
import { formatBytes } from '../attachments/format.ts';
import { fromAttachment } from '../attachments/shown.ts';
import { KindIcon } from './TemplateAttachments.tsx';

/** A template's files on its card: what is sent with it, each with its size. */
export function TemplateFileList({ attachments }: { attachments: Attachment[] }) {
  return (
    <ul
      className="qr-file-list compact"
      aria-label={`${attachments.length} ${attachments.length === 1 ? 'attachment' : 'attachments'}`}
    >
      {attachments.map((a) => (
        <li key={a.id} className="qr-file stored">
          <span className="qr-file-thumb" aria-hidden="true">
            <KindIcon file={{ shown: fromAttachment(a) }} />
          </span>
          <span className="qr-file-body">
            <span className="qr-file-name" title={a.name}>
              {a.name}
            </span>
            <span className="qr-file-meta">{formatBytes(a.size)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
