import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { AuthProvider } from '../../lib/auth.tsx';
import { i18n, showIn } from '../../lib/i18n.ts';
import { UnsubscribePage } from './UnsubscribePage.tsx';

function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <AuthProvider>
          <UnsubscribePage />
        </AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the unsubscribe page', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  afterEach(async () => {
    await showIn('en');
  });

  it('speaks the language of the email its link came from', async () => {
    renderAt('/unsubscribe?token=not-a-real-token&lang=fr');
    expect(
      await screen.findByRole('heading', { name: 'Notifications par e-mail' }, { timeout: 5_000 }),
    ).toBeVisible();
    // The server refuses the made-up token; the page says so, in French too.
    expect(await screen.findByText(/Vos paramètres d’e-mail n’ont pas changé/)).toBeVisible();
    expect(i18n.language).toBe('fr');
  });

  it('stays in the app’s language when the link names none', async () => {
    renderAt('/unsubscribe');
    expect(await screen.findByRole('heading', { name: 'Email notifications' })).toBeVisible();
    expect(screen.getByText('This unsubscribe link is incomplete: it has no token.')).toBeVisible();
  });
});
