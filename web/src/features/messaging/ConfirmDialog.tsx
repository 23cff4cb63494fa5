import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * Asks to confirm something that cannot be taken back: a native modal `<dialog>` (the page
 * behind is inert, Escape cancels), the focus on Cancel first and back on what opened it after.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    cancel.current?.focus();
    return () => {
      dialog?.close();
      opener?.focus?.({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <div className="modal-body">
        <h2 id={titleId}>{title}</h2>
        {children && (
          <div id={bodyId} className="muted">
            {children}
          </div>
        )}
        <div className="form-actions modal-actions">
          <button ref={cancel} type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button danger" disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
