import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { showIn } from '../../lib/i18n.ts';
import { AttachmentGallery } from './AttachmentGallery.tsx';
import { primeBlob } from './blobs.ts';
import { attachmentSummary, formatBytes } from './format.ts';
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

describe('attachments in another language', () => {
  afterEach(async () => {
    await showIn('en');
  });

  it('shows the photos, the lightbox and a file card in German', async () => {
    await showIn('de');
    const user = userEvent.setup();
    const notes: ShownAttachment = {
      key: 'notes',
      kind: 'file',
      name: 'notes',
      content_type: 'application/octet-stream',
      size: 3_200_000,
      width: null,
      height: null,
      duration_ms: null,
    };
    render(<AttachmentGallery items={[photo('door.jpg'), photo('keys.jpg'), notes]} />);
    expect(screen.getByText('DATEI · 3,2 MB')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Foto 1 von 2 öffnen: door.jpg' }));
    const lightbox = await screen.findByRole('dialog', { name: /door\.jpg/ });
    expect(lightbox).toHaveTextContent('1 von 2');
    expect(
      within(lightbox).getByRole('button', { name: 'door.jpg herunterladen' }),
    ).toBeInTheDocument();
    await user.click(within(lightbox).getByRole('button', { name: 'Nächstes Foto' }));
    expect(lightbox).toHaveTextContent('2 von 2');
    await user.click(within(lightbox).getByRole('button', { name: 'Schließen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('names sizes and attachments in French', async () => {
    await showIn('fr');
    expect(formatBytes(820)).toBe('820 o');
    expect(formatBytes(14_200)).toBe('14 Ko');
    expect(formatBytes(3_240_000)).toBe('3,2 Mo');
    expect(attachmentSummary([{ kind: 'image' }])).toBe('Photo');
    expect(attachmentSummary([{ kind: 'audio' }, { kind: 'audio' }])).toBe('2 messages vocaux');
    expect(attachmentSummary([{ kind: 'image' }, { kind: 'file' }])).toBe('2 pièces jointes');
  });
});
