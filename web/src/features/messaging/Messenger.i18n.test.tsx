import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Toaster } from 'sonner';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { showIn } from '../../lib/i18n.ts';
import { RealtimeProvider } from '../../lib/realtime.tsx';
import { signUp } from '../../test/sign-up.ts';
import { Messenger } from './Messenger.tsx';
import { flaggedSentence, kindsInWords, maskedSentence } from './screening.ts';

async function newUser(name: string): Promise<Session> {
  const session = await signUp({
    email: `${name.toLowerCase().replace(/\W/g, '')}.${crypto.randomUUID().slice(0, 8)}@example.test`,
    password: 'correct horse battery',
    name,
  });
  setSession(session);
  return session;
}

function Harness({ at }: { at: string }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[at]}>
        <AuthProvider>
          <RealtimeProvider>
            <Routes>
              <Route path="/messages/:id?" element={<Messenger mode="guest" />} />
            </Routes>
          </RealtimeProvider>
        </AuthProvider>
        <Toaster />
      </MemoryRouter>
    </QueryClientProvider>
  );
}

describe('the messenger in another language', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));
  afterEach(async () => {
    // Unmounted before signing out: the app's frame needs its user while it is shown.
    cleanup();
    setSession(null);
    await showIn('en');
  });

  it('shows a guest’s conversation in German: inbox, thread, message menu and composer', async () => {
    const host = await newUser('Hugo Host');
    const property = await api(routes.createProperty, {
      body: { title: 'Harbour Flat', address: '1 Quay St, Porto' },
    });
    const guest = await newUser('Greta');
    const started = await api(routes.createConversation, {
      body: { property_id: property.id, message: 'Is the flat quiet at night?' },
    });
    setSession(host);
    await api(routes.sendMessage, {
      body: { conversation_id: started.id, message: 'Very quiet, yes.' },
    });
    setSession(guest);

    await showIn('de');
    render(<Harness at={`/messages/${started.id}`} />);
    const user = userEvent.setup();

    // The inbox.
    const inbox = screen.getByRole('region', { name: 'Unterhaltungen' });
    expect(within(inbox).getByRole('heading', { level: 1, name: 'Nachrichten' })).toBeVisible();
    expect(within(inbox).getByRole('button', { name: 'Alle als gelesen markieren' })).toBeVisible();
    expect(within(inbox).getByRole('radiogroup', { name: 'Anzeigen' })).toBeVisible();
    expect(within(inbox).getByRole('radio', { name: 'Alle' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(within(inbox).getByRole('radio', { name: 'Ungelesen' })).toBeVisible();
    expect(within(inbox).getByRole('radio', { name: 'Archiviert' })).toBeVisible();

    // The thread: its header, the messages, and the composer.
    const thread = await screen.findByRole('region', { name: 'Unterhaltung mit Hugo Host' });
    expect(within(thread).getByRole('button', { name: 'Archivieren' })).toBeVisible();
    const log = within(thread).getByRole('log', { name: 'Nachrichten' });
    await within(log).findByText('Very quiet, yes.');
    const box = within(thread).getByRole('textbox', { name: 'Nachricht' });
    expect(box).toHaveAttribute('placeholder', 'Nachricht an Hugo …');
    expect(within(thread).getByRole('button', { name: 'Senden' })).toBeDisabled();
    expect(within(thread).getByRole('button', { name: 'Emoji einfügen' })).toBeVisible();
    expect(
      within(thread).getByText('Enter zum Senden · Umschalt+Enter für eine neue Zeile'),
    ).toBeVisible();

    // A received message's menu, and replying to it.
    const [, received] = within(log).getAllByRole('button', { name: 'Weitere Aktionen' });
    await user.click(received!);
    const menu = await screen.findByRole('menu', { name: 'Aktionen für die Nachricht' });
    expect(
      within(menu).getByRole('menuitem', { name: 'Mit „Daumen hoch“ reagieren' }),
    ).toBeVisible();
    expect(within(menu).getByRole('menuitem', { name: 'Text kopieren' })).toBeVisible();
    await user.click(within(menu).getByRole('menuitem', { name: 'Antworten' }));
    const replying = await within(thread).findByRole('note', { name: 'Antwort' });
    expect(replying).toHaveTextContent('Du antwortest Hugo Host');
    expect(within(replying).getByRole('button', { name: 'Antwort abbrechen' })).toBeVisible();

    // Too long a text says by how much, in German.
    await user.click(box);
    await user.paste('x'.repeat(5_002));
    expect(within(thread).getByRole('alert')).toHaveTextContent(
      '2 Zeichen über dem Limit von 5000.',
    );
  });

  it('words contact screening’s warnings in Portuguese', async () => {
    await showIn('pt');
    expect(kindsInWords(['email', 'phone'])).toBe(
      'Os números de telefone e os endereços de e-mail',
    );
    expect(maskedSentence(['phone', 'link', 'payment'])).toBe(
      'Ocultamos os números de telefone, os links e os dados de pagamento até a reserva ser confirmada.',
    );
    expect(flaggedSentence(['payment'])).toBe(
      'Se você compartilhar dados de pagamento antes de a reserva ser confirmada, a mensagem será sinalizada para análise.',
    );
  });
});
