import { routes } from '@flexbnb/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
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
      <Notice title="Connecting…" />
    ) : (
      <Notice title="Sign in to message the host">
        <p>Sign in on this site, then open the chat again.</p>
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
      <Notice title="This place cannot be messaged here yet">
        <p>Try again later, or contact the host through the site.</p>
      </Notice>
    );
  }
  if (property.isError || existing.isError) {
    return (
      <Notice title="The chat could not load">
        <p>{(property.error ?? existing.error)?.message}</p>
      </Notice>
    );
  }
  if (!place || existing.isPending) return <Notice title="Loading…" />;
  if (place.host_id === me.id) {
    return (
      <Notice title="This is your place">
        <p>Your guests' messages about it are in your inbox.</p>
        <a className="button secondary" href="/host/messages" target="_blank" rel="noreferrer">
          Open your inbox
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
      <h1>Message {place.host.name.split(' ')[0]}</h1>
      <p className="muted">About {place.title}</p>
      <ContactHost propertyId={place.id} hostName={place.host.name} onOpened={setOpened} />
    </main>
  );
}
