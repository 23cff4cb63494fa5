import { routes, type AdminConversationView, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminKeys } from '../../features/admin/api.ts';
import { age, percent } from '../../features/admin/format.ts';
import { useSupportAccess } from '../../features/admin/SupportAccess.tsx';
import { api, setSession } from '../../lib/api.ts';
import { AuthProvider } from '../../lib/auth.tsx';
import { showIn } from '../../lib/i18n.ts';
import { signUp } from '../../test/sign-up.ts';
import { AdminLayout } from './AdminLayout.tsx';
import { ConversationSupportPage } from './ConversationSupportPage.tsx';
import { UsersPage } from './UsersPage.tsx';

afterEach(async () => {
  await showIn('en');
});

describe('the admin console in German, against the real API', () => {
  const word = `zq${crypto.randomUUID().slice(0, 8)}`;
  let admin: Session;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    await signUp({
      email: `dora-${word}@example.test`,
      password: 'a long enough password',
      name: `Dora ${word}`,
    });
    admin = await api(routes.login, {
      body: { email: 'admin@demo.flexbnb.test', password: 'flexbnb-demo' },
    });
  });

  it('names its sections, the users list, its filters and its confirmation in German', async () => {
    await showIn('de');
    setSession(admin);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/admin/users?q=${word}`]}>
          <AuthProvider>
            <Routes>
              <Route path="/admin" element={<AdminLayout />}>
                <Route path="users" element={<UsersPage />} />
              </Route>
            </Routes>
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const user = userEvent.setup();

    const nav = screen.getByRole('navigation', { name: 'Admin' });
    expect(within(nav).getByRole('link', { name: 'Nutzer' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Audit-Log' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Nutzer' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Suchen' })).toHaveValue(word);
    const role = screen.getByRole('combobox', { name: 'Rolle' });
    expect(
      within(role)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle', 'Nutzer', 'Admin']);
    expect(
      within(screen.getByRole('combobox', { name: 'Sortieren nach' })).getAllByRole('option')[0],
    ).toHaveTextContent('Name (A–Z)');

    const row = await screen.findByRole('row', { name: new RegExp(`Dora ${word}`) });
    expect(within(row).getByText('Aktiv')).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'Zuletzt gesehen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Vorherige Seite' })).toBeDisabled();

    await user.click(within(row).getByRole('button', { name: 'Deaktivieren' }));
    const dialog = screen.getByRole('dialog', { name: `Dora ${word} deaktivieren?` });
    expect(within(dialog).getByLabelText('Grund')).toBeVisible();
    expect(dialog).toHaveTextContent('Optional; wird im Audit-Log festgehalten.');
    expect(within(dialog).getByRole('button', { name: 'Konto deaktivieren' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(client.isFetching()).toBe(0));
  });
});

describe('the admin console in other languages', () => {
  it('writes how long something waited, and a rate, as German does', async () => {
    await showIn('de');
    expect(age(2 * 86400 + 4 * 3600)).toBe('2 T 4 Std.');
    expect(age(3 * 3600 + 5 * 60)).toBe('3 Std. 5 Min.');
    expect(percent(0.975)).toMatch(/^97,5\s%$/);
  });

  it('shows a support view in French: the audit notice, screening and attachments', async () => {
    await showIn('fr');
    const guest = { id: crypto.randomUUID(), name: 'Greta', email: 'greta@example.test' };
    const host = { id: crypto.randomUUID(), name: 'Hugo', email: 'hugo@example.test' };
    const id = crypto.randomUUID();
    const view: AdminConversationView = {
      conversation: {
        id,
        property: { id: crypto.randomUUID(), title: 'Harbour Flat' },
        guest,
        host,
        reservation_id: null,
        messages: 1,
        last_message_at: '2026-11-25T10:00:00.000Z',
        created_at: '2026-11-25T09:00:00.000Z',
      },
      messages: [
        {
          id: crypto.randomUUID(),
          seq: 1,
          sender: { id: guest.id, name: guest.name },
          kind: 'text',
          system: null,
          message: 'Appelez-moi au [phone number hidden]',
          attachments: [
            {
              id: crypto.randomUUID(),
              kind: 'file',
              content_type: 'application/pdf',
              name: 'plan.pdf',
              size: 1000,
            },
            {
              id: crypto.randomUUID(),
              kind: 'image',
              content_type: 'image/jpeg',
              name: 'porte.jpg',
              size: 2000,
            },
          ],
          is_read: true,
          screening: {
            action: 'masked',
            original: 'Appelez-moi au +33 6 12 34 56 78',
            matches: [{ kind: 'phone', text: '+33 6 12 34 56 78' }],
          },
          edited_at: null,
          unsent_at: null,
          revisions: [],
          created_at: '2026-11-25T10:00:00.000Z',
        },
      ],
      truncated: false,
      audit_id: '1234abcd-0000-4000-8000-000000000000',
    };
    const client = new QueryClient();
    client.setQueryData(adminKeys.supportView(id), view);
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[`/admin/conversations/${id}`]}>
          <Routes>
            <Route path="/admin/conversations/:id" element={<ConversationSupportPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );

    expect(screen.getByRole('link', { name: '← Conversations' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Greta et Hugo' })).toBeVisible();
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(
      'Vue support en lecture seule. Cette consultation a été consignée dans le journal d’audit (entrée 1234abcd). Rien n’a été marqué comme lu.',
    );
    expect(within(notice).getByRole('link', { name: '1234abcd' })).toHaveAttribute(
      'href',
      `/admin/audit-log?target_id=${id}`,
    );
    const details = screen.getByRole('region', { name: 'Détails' });
    expect(within(details).getByText('Voyageur')).toBeVisible();
    expect(within(details).getByText('Aucune')).toBeVisible();

    const record = screen.getByRole('group', { name: 'Filtrage des coordonnées' });
    expect(record).toHaveTextContent(
      'Masqué caché des deux côtés jusqu’à la confirmation de la réservation',
    );
    expect(record).toHaveTextContent('Texte d’origine : Appelez-moi au +33 6 12 34 56 78');
    expect(
      within(record).getByRole('list', { name: 'Ce que le filtrage a détecté' }),
    ).toHaveTextContent('Numéro de téléphone +33 6 12 34 56 78');
    expect(screen.getByText('2 pièces jointes : plan.pdf, porte.jpg')).toBeVisible();
    expect(screen.getByText('(voyageur)', { exact: false })).toBeVisible();
  });

  it('asks to open a conversation in Spanish, the names shown as written', async () => {
    await showIn('es');
    function Harness() {
      const support = useSupportAccess();
      return (
        <>
          <button
            type="button"
            onClick={() =>
              support.ask({
                id: crypto.randomUUID(),
                guest: {
                  id: crypto.randomUUID(),
                  name: '<b>Greta</b>',
                  email: 'greta@example.test',
                },
                host: { id: crypto.randomUUID(), name: 'Hugo', email: 'hugo@example.test' },
              })
            }
          >
            abrir
          </button>
          {support.dialog}
        </>
      );
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <Harness />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'abrir' }));

    const dialog = screen.getByRole('dialog', { name: '¿Abrir esta conversación para soporte?' });
    expect(dialog).toHaveTextContent(
      'Entre <b>Greta</b> (huésped) y Hugo (anfitrión). Verás lo que escribieron, en modo de solo lectura.',
    );
    expect(dialog.querySelectorAll('bdi')).toHaveLength(2);
    expect(dialog.querySelector('b')).toBeNull();
    expect(within(dialog).getByLabelText('Motivo')).toBeRequired();
    expect(within(dialog).getByRole('button', { name: 'Abrir conversación' })).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toBeVisible();
  });
});
