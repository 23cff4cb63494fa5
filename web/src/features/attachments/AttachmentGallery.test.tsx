import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AttachmentGallery } from './AttachmentGallery.tsx';
import { primeBlob } from './blobs.ts';
import type { ShownAttachment } from './shown.ts';

const photo = (name: string): ShownAttachment => {
  const url = `/api/attachments/${crypto.randomUUID()}`;
  primeBlob(url, new Blob(['x'], { type: 'image/jpeg' }));
  return {
    key: url,
    kind: 'image',
    name,
    content_type: 'image/jpeg',
    size: 1,
    width: 800,
    height: 600,
    duration_ms: null,
    url,
  };
};

describe('AttachmentGallery', () => {
  it('opens a photo in a lightbox that goes through them and gives the focus back', async () => {
    const user = userEvent.setup();
    render(<AttachmentGallery items={[photo('door.jpg'), photo('keys.jpg')]} />);
    const first = screen.getByRole('button', { name: 'Open photo 1 of 2: door.jpg' });
    await user.click(first);
    const lightbox = await screen.findByRole('dialog', { name: /door\.jpg/ });
    expect(lightbox).toHaveTextContent('1 of 2');
    expect(within(lightbox).getByRole('img', { name: 'door.jpg' })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(lightbox).toHaveTextContent('2 of 2');
    expect(within(lightbox).getByRole('img', { name: 'keys.jpg' })).toBeInTheDocument();
    await user.click(within(lightbox).getByRole('button', { name: 'Next photo' }));
    expect(lightbox).toHaveTextContent('1 of 2');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(first).toHaveFocus());
  });

  it('closes the lightbox with its close button', async () => {
    const user = userEvent.setup();
    render(<AttachmentGallery items={[photo('door.jpg')]} />);
    await user.click(screen.getByRole('button', { name: 'Open photo door.jpg' }));
    const lightbox = await screen.findByRole('dialog', { name: 'door.jpg' });
    expect(within(lightbox).queryByRole('button', { name: 'Next photo' })).toBeNull();
    await user.click(within(lightbox).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
