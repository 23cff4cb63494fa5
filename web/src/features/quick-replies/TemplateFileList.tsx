import type { Attachment } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../attachments/format.ts';
import { fromAttachment } from '../attachments/shown.ts';
import { KindIcon } from './TemplateAttachments.tsx';
import styles from './TemplateAttachments.module.css';

/** A template's files on its card: what is sent with it, each with its size. */
export function TemplateFileList({ attachments }: { attachments: Attachment[] }) {
  const { t } = useTranslation('quickReplies');
  return (
    <ul
      className={`${styles.fileList} ${styles.compact}`}
      aria-label={t('attachments.count', { count: attachments.length })}
    >
      {attachments.map((a) => (
        <li key={a.id} className={styles.file} data-status="stored">
          <span className={styles.thumb} aria-hidden="true">
            <KindIcon file={{ shown: fromAttachment(a) }} />
          </span>
          <span className={styles.body}>
            <span className={styles.name} title={a.name}>
              {a.name}
            </span>
            <span className={styles.meta}>{formatBytes(a.size)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
