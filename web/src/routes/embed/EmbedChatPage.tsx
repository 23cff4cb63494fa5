import { routes } from '@flexbnb/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { startHandover } from '../../embed/handover.ts';
import { ChatWindow } from '../../features/messaging/ChatWindow.tsx';
import { ContactHost } from '../../features/messaging/ContactHost.tsx';
import { api } from '../../lib/api.ts';
import { useAuth, useUser } from '../../lib/auth.tsx';
import { RealtimeProvider } from '../../lib/realtime.tsx';
import styles from './EmbedChatPage.module.css';

function Notice({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <main className={styles.notice}>
      <h1>{title}</h1>
      {children}
    </main>
  );
}

/**
 * The chat widget's page, framed on a rental platform's listing page (`?property=` names the
 * listing by the platform's id): the guest's conversation with that property's host, live,
 * signed in with the token the platform's page hands over.
 */
export function EmbedChatPage() {
  const { user } = useAuth();
  const [params] = useSearchParams();
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const { t } = useTranslation('app');

  useEffect(() => {
    let live = true;
    void startHandover().then((ok) => {
      if (live) setSignedIn(ok);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!user) {
    // No token came from the page, or the one it gave was refused later on.
    return signedIn === null ? (
      <Notice title={t('embed.connecting')} />
    ) : (
      <Notice title={t('embed.signInTitle')}>
        <p>{t('embed.signInText')}</p>
      </Notice>
    );
  }
  return (
    <RealtimeProvider key={user.id}>
      <EmbeddedThread externalId={params.get('property') ?? ''} />
    </RealtimeProvider>
  );
}

function EmbeddedThread({ externalId }: { externalId: string }) {
  const me = useUser();
  const [opened, setOpened] = useState<string | null>(null);
  const { t } = useTranslation(['app', 'common']);
  const property = useQuery({
    queryKey: ['embed', 'property', externalId],
    queryFn: async ({ signal }) =>
      (await api(routes.listProperties, { query: { external_id: externalId }, signal }))[0] ?? null,
    enabled: externalId !== '',
  });
  const place = property.data;
  const existing = useQuery({
    queryKey: ['embed', 'conversation', place?.id],
    queryFn: async ({ signal }) =>
      (
        await api(routes.listConversations, {
          query: { property_id: place!.id, filter: 'all' },
          signal,
        })
      ).find((c) => c.guest_id === me.id)?.id ?? null,
    enabled: place != null && place.host_id !== me.id,
  });

  if (externalId === '' || (property.isSuccess && !place)) {
    return (
      <Notice title={t('embed.unavailableTitle')}>
        <p>{t('embed.unavailableText')}</p>
      </Notice>
    );
  }
  if (property.isError || existing.isError) {
    return (
      <Notice title={t('embed.failed')}>
        <p>{(property.error ?? existing.error)?.message}</p>
      </Notice>
    );
  }
  if (!place || existing.isPending) return <Notice title={t('common:loading')} />;
  if (place.host_id === me.id) {
    return (
      <Notice title={t('embed.yoursTitle')}>
        <p>{t('embed.yoursText')}</p>
        <a className="button secondary" href="/host/messages" target="_blank" rel="noreferrer">
          {t('embed.openInbox')}
        </a>
      </Notice>
    );
  }
  const conversationId = opened ?? existing.data;
  if (conversationId) {
    return (
      <div className={styles.thread}>
        <ChatWindow conversationId={conversationId} mode="guest" />
      </div>
    );
  }
  return (
    <main className={styles.start}>
      <h1>{t('embed.messageHost', { name: place.host.name.split(' ')[0] })}</h1>
      <p className="muted">{t('embed.about', { title: place.title })}</p>
      <ContactHost propertyId={place.id} hostName={place.host.name} onOpened={setOpened} />
    </main>
  );
}
