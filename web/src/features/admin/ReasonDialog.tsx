import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  children?: ReactNode;
  /** The confirming button's text. */
  confirmLabel: string;
  /** A reason must be given (a support view); otherwise it is optional. */
  reasonRequired?: boolean;
  /** No reason field at all (the action takes none). */
  noReason?: boolean;
  danger?: boolean;
  busy?: boolean;
  onConfirm: (reason: string | undefined) => void;
  onCancel: () => void;
}

/**
 * A modal that asks to confirm an admin action, with a "Reason" for the audit log (unless the
 * action takes none). A native
 * `<dialog>` opened with `showModal`: the page behind is inert, Escape cancels, and the focus
 * goes back to what opened it when it closes.
 */
export function ReasonDialog({
  title,
  children,
  confirmLabel,
  reasonRequired = false,
  noReason = false,
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const titleId = useId();
  const reasonId = useId();
  const hintId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus?.();
    };
  }, []);

  const submit = () => {
    const text = reason.trim();
    if (reasonRequired && !text) {
      setMissing(true);
      return;
    }
    onConfirm(text || undefined);
  };

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        className="modal-body"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {!noReason && (
          <div className="field">
            <label htmlFor={reasonId}>Reason</label>
            <textarea
              id={reasonId}
              className="input"
              rows={3}
              maxLength={500}
              required={reasonRequired}
              aria-required={reasonRequired || undefined}
              aria-invalid={missing || undefined}
              aria-describedby={hintId}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setMissing(false);
              }}
              // The dialog opens to ask exactly this.
              autoFocus
            />
            {missing ? (
              <small id={hintId} className="field-error">
                A reason is required.
              </small>
            ) : (
              <small id={hintId} className="muted">
                {reasonRequired ? 'Required; written' : 'Optional; written'} to the audit log.
              </small>
            )}
          </div>
        )}
        <div className="form-actions modal-actions">
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className={`button ${danger ? 'danger' : 'primary'}`}
            disabled={busy}
          >
            {busy ? 'Working…' : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
