import { CloseIcon, FileIcon, MicIcon } from '../../ui/icons.tsx';
import { useLocalObjectUrl } from './blobs.ts';
import { formatBytes, guessKind } from './format.ts';
import type { Upload } from './useUploads.ts';

const SHOWABLE = /^image\/(jpeg|png|webp|gif|avif|bmp)$/;

function Chip({ item, onRemove }: { item: Upload; onRemove: () => void }) {
  const kind = item.attachment?.kind ?? guessKind(item.file.type);
  const preview = useLocalObjectUrl(
    kind === 'image' && SHOWABLE.test(item.file.type) ? item.file : null,
  );
  const percent = Math.round(item.progress * 100);
  const state =
    item.status === 'failed'
      ? 'failed'
      : item.status === 'uploading'
        ? `uploading, ${percent}%`
        : 'ready';
  return (
    <li className={`upload-chip ${item.status}`} aria-label={`${item.file.name}, ${state}`}>
      <span className="upload-thumb" aria-hidden="true">
        {preview ? <img src={preview} alt="" /> : kind === 'audio' ? <MicIcon /> : <FileIcon />}
      </span>
      <span className="upload-info">
        <span className="upload-name" title={item.file.name}>
          {item.file.name}
        </span>
        {item.status === 'failed' ? (
          <span className="upload-error" role="alert" title={item.error}>
            {item.error}
          </span>
        ) : (
          <span className="upload-size">{formatBytes(item.file.size)}</span>
        )}
        {item.status === 'uploading' && (
          <span
            className="upload-progress"
            role="progressbar"
            aria-label={`Uploading ${item.file.name}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <span style={{ width: `${percent}%` }} />
          </span>
        )}
      </span>
      <button
        type="button"
        className="upload-remove"
        aria-label={`Remove ${item.file.name}`}
        title="Remove"
        onClick={onRemove}
      >
        <CloseIcon />
      </button>
    </li>
  );
}

/** The files going with the next message: a preview, the upload's progress, × to remove. */
export function UploadTray({
  items,
  onRemove,
}: {
  items: Upload[];
  onRemove: (localId: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="upload-tray" aria-label="Attachments">
      {items.map((item) => (
        <Chip key={item.local_id} item={item} onRemove={() => onRemove(item.local_id)} />
      ))}
    </ul>
  );
}
