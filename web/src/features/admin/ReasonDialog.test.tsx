import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ReasonDialog } from './ReasonDialog.tsx';

function Harness({ onConfirm }: { onConfirm: (reason: string | undefined) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open for support
      </button>
      {open && (
        <ReasonDialog
          title="Open this conversation for support?"
          confirmLabel="Open conversation"
          reasonRequired
          onCancel={() => setOpen(false)}
          onConfirm={onConfirm}
        >
          <p>Your name and the reason are written to the audit log.</p>
        </ReasonDialog>
      )}
    </>
  );
}

describe('ReasonDialog', () => {
  it('takes the focus, asks for the reason it requires, and hands it over trimmed', async () => {
    const onConfirm = vi.fn();
    const user = userEvent.setup();
    render(<Harness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Open for support' }));

    const dialog = screen.getByRole('dialog', { name: 'Open this conversation for support?' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    const reason = screen.getByLabelText('Reason');
    await user.click(screen.getByRole('button', { name: 'Open conversation' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(dialog).toHaveTextContent('A reason is required.');
    expect(reason).toHaveAttribute('aria-invalid', 'true');

    await user.type(reason, '  Guest asked us to look  ');
    await user.click(screen.getByRole('button', { name: 'Open conversation' }));
    expect(onConfirm).toHaveBeenCalledWith('Guest asked us to look');
  });

  it('closes on Escape and gives the focus back to what opened it', async () => {
    const user = userEvent.setup();
    render(<Harness onConfirm={vi.fn()} />);
    const opener = screen.getByRole('button', { name: 'Open for support' });
    await user.click(opener);
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
