import { routes, type Session } from '@flexbnb/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, setSession } from '../../lib/api.ts';
import { signUp } from '../../test/sign-up.ts';
import { QuickRepliesPage } from './QuickRepliesPage.tsx';

// A host of their own: no quick replies until these tests make them.
describe('quick replies in other languages, against the real API', () => {
  let host: Session;

  beforeAll(async () => {
    window.happyDOM.setURL(inject('baseUrl'));
    host = await signUp({
      email: `lia-host-${crypto.randomUUID()}@example.test`,
      password: 'a long enough password',
      name: 'Lia Host',
    });
  });

  /** The page as it opens: a fresh cache, so everything comes from the server. */
  function mount() {
    setSession(host);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const view = render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <QuickRepliesPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return { user: userEvent.setup(), unmount: view.unmount };
  }

  const card = async (title: string) =>
    (await screen.findByText(title, { selector: 'strong' })).closest('li')!;

  it('creates a template with a Portuguese text, shows it after a reload, and removes it', async () => {
    const first = mount();
    await first.user.click(await screen.findByRole('button', { name: 'New quick reply' }));
    const form = screen.getByRole('form', { name: 'New quick reply' });
    await first.user.type(within(form).getByLabelText('Title'), 'Wifi');
    await first.user.type(within(form).getByLabelText('Message'), 'The wifi is Seaside.');
    await first.user.selectOptions(within(form).getByLabelText('Language to add'), 'Português');
    await first.user.click(within(form).getByRole('button', { name: 'Add language' }));
    await first.user.keyboard('A rede wifi é Seaside.');
    await first.user.click(within(form).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    first.unmount();

    // Reloaded: the card names the language, the editor has its text.
    const second = mount();
    const wifi = await card('Wifi');
    // "PT" to the eye, "Português" to a screen reader.
    expect(within(wifi).getByText('PT')).toHaveAttribute('aria-hidden', 'true');
    expect(within(wifi).getByText('Português')).toHaveClass('sr-only');
    await second.user.click(within(wifi).getByRole('button', { name: 'Edit Wifi' }));
    const form2 = screen.getByRole('form', { name: 'Edit quick reply' });
    expect(within(form2).getByLabelText('Message in Português')).toHaveValue(
      'A rede wifi é Seaside.',
    );
    const [saved] = await api(routes.listQuickReplies);
    expect(saved).toMatchObject({
      title: 'Wifi',
      message: 'The wifi is Seaside.',
      translations: { pt: 'A rede wifi é Seaside.' },
    });

    // Removed and saved: the server drops it.
    await second.user.click(within(form2).getByRole('button', { name: 'Remove Português' }));
    await second.user.click(within(form2).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    const [after] = await api(routes.listQuickReplies);
    expect(after!.translations).toEqual({});
    await waitFor(() => expect(screen.queryByText('PT')).toBeNull());
  });
});
