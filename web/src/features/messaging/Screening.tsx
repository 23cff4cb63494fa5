import { Fragment } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { linkify } from '../../lib/linkify.tsx';
import { FlagIcon, ShieldIcon } from '../../ui/icons.tsx';
import {
  flaggedSentence,
  maskedSentence,
  splitPlaceholders,
  useScreeningCheck,
} from './screening.ts';
import styles from './Screening.module.css';

/**
 * A text contact screening masked: what was written as it is (links clickable unless `links` is
 * false), each "[phone number hidden]" as a muted pill.
 */
export function ScreenedText({ text, links = true }: { text: string; links?: boolean }) {
  return (
    <>
      {splitPlaceholders(text).map((part, i) =>
        part.placeholder ? (
          <span key={i} className={styles.placeholder}>
            {part.text}
          </span>
        ) : (
          <Fragment key={i}>{links ? linkify(part.text) : part.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Under a bubble: what screening did to it. */
export function ScreeningNote({ action }: { action: 'masked' | 'flagged' }) {
  const { t } = useTranslation('messaging');
  return (
    <p className={styles.note} role="note">
      {action === 'masked' ? <ShieldIcon /> : <FlagIcon />}
      {action === 'masked' ? t('screening.maskedNote') : t('screening.flaggedNote')}
    </p>
  );
}

/**
 * Over the composer, once the typing pauses: what screening would do to the text if it were
 * sent now — masked, with what `recipient` would read, or flagged for review. Information only:
 * sending stays possible, and a check that failed says nothing.
 */
export function ScreeningNotice({
  conversationId,
  text,
  recipient,
}: {
  conversationId: string;
  text: string;
  /** Who would read it, as the notice names them ("Ana will see: …"). */
  recipient: string;
}) {
  const { t } = useTranslation('messaging');
  const check = useScreeningCheck(conversationId, text);
  const action = check?.action;
  return (
    // A live region that stays (empty, it takes no room): what appears in it is read out.
    <div role="status" aria-label={t('screening.label')}>
      {check && action === 'mask' && (
        <div className={`${styles.notice} ${styles.mask}`}>
          <ShieldIcon />
          <p>
            <Trans
              t={t}
              i18nKey="screening.willSee"
              values={{ sentence: maskedSentence(check.kinds, t), name: recipient }}
              components={{
                strong: <strong />,
                bdi: <bdi />,
                preview: (
                  <q className={styles.preview}>
                    <ScreenedText text={check.message} links={false} />
                  </q>
                ),
              }}
            />
          </p>
        </div>
      )}
      {check && action === 'warn' && (
        <div className={`${styles.notice} ${styles.warn}`}>
          <FlagIcon />
          <p>{flaggedSentence(check.kinds, t)}</p>
        </div>
      )}
    </div>
  );
}
