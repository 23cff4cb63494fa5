import { MESSAGE_MAX_LENGTH } from '@flexbnb/contracts';
import { useTranslation } from 'react-i18next';
import styles from './ScheduledTextEditor.module.css';

/**
 * The text of a scheduled message being edited in place: Save (not while blank or saving)
 * hands the trimmed text on, Cancel leaves it as it was.
 */
export function ScheduledTextEditor({
  label,
  rows,
  text,
  saving,
  onChange,
  onSave,
  onCancel,
  className,
}: {
  label: string;
  rows: number;
  text: string;
  saving: boolean;
  onChange: (text: string) => void;
  onSave: (text: string) => void;
  onCancel: () => void;
  /** The place it is edited in may size it (a bubble keeps the bubble's width). */
  className?: string;
}) {
  const { t } = useTranslation('automations');
  return (
    <div className={className ? `${styles.editor} ${className}` : styles.editor}>
      <textarea
        className="input"
        rows={rows}
        aria-label={label}
        maxLength={MESSAGE_MAX_LENGTH}
        value={text}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className={styles.row}>
        <button
          type="button"
          className="button primary small"
          disabled={!text.trim() || saving}
          onClick={() => onSave(text.trim())}
        >
          {t('editor.save')}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
      </div>
    </div>
  );
}
