import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { Toaster } from 'sonner';
import { ApiError } from '../lib/api.ts';
import { AuthProvider, useAuth } from '../lib/auth.tsx';
import { useProperties } from '../lib/queries.ts';
import { RealtimeProvider } from '../lib/realtime.tsx';
import { AdminLayout, NotFound } from '../routes/admin/AdminLayout.tsx';
import type * as AdminPages from '../routes/admin/pages.ts';
import { MessagesPage } from '../routes/guest/MessagesPage.tsx';
import { PropertiesPage, PropertyPage } from '../routes/guest/PropertiesPage.tsx';
import { TripsPage } from '../routes/guest/TripsPage.tsx';
import { AutomationsPage } from '../routes/host/AutomationsPage.tsx';
import { InboxPage } from '../routes/host/InboxPage.tsx';
import { ListingsPage } from '../routes/host/ListingsPage.tsx';
import { EditPropertyPage, NewPropertyPage } from '../routes/host/PropertyEditorPage.tsx';
import { QuickRepliesPage } from '../routes/host/QuickRepliesPage.tsx';
import { ReservationsPage } from '../routes/host/ReservationsPage.tsx';
import { EMBED_CHAT_PATH } from '../embed/protocol.ts';
import { EmbedChatPage } from '../routes/embed/EmbedChatPage.tsx';
import { AccountPage } from '../routes/settings/AccountPage.tsx';
import { NotificationSettingsPage } from '../routes/settings/NotificationSettingsPage.tsx';
import { ConfirmEmailPage } from '../routes/signed-out/ConfirmEmailPage.tsx';
import { ConfirmRegistrationPage } from '../routes/signed-out/ConfirmRegistrationPage.tsx';
import { ForgotPasswordPage } from '../routes/signed-out/ForgotPasswordPage.tsx';
import { LoginPage } from '../routes/signed-out/LoginPage.tsx';
import { RegisterPage } from '../routes/signed-out/RegisterPage.tsx';
import { ResetPasswordPage } from '../routes/signed-out/ResetPasswordPage.tsx';
import { UnsubscribePage } from '../routes/signed-out/UnsubscribePage.tsx';
import { Layout } from '../ui/Layout.tsx';
import styles from './App.module.css';
import { AppLanguage } from './AppLanguage.tsx';

function SignedIn() {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return (
    <RealtimeProvider key={user.id}>
      <Outlet />
    </RealtimeProvider>
  );
}

function SignedOut() {
  const { user } = useAuth();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return user ? <Navigate to={from ?? '/'} replace /> : <Outlet />;
}

/** Hosts land in their inbox, everyone else in their messages. */
function Home() {
  const hosted = useProperties(true);
  if (hosted.isPending) return null;
  return <Navigate to={hosted.data?.length ? '/host/messages' : '/messages'} replace />;
}

/**
 * An admin page, loaded with the rest of the console the first time one is opened (AdminLayout
 * shows the wait): no one else downloads the console.
 */
function adminPage(name: keyof typeof AdminPages) {
  return lazy(async () => ({
    default: (await import('../routes/admin/pages.ts'))[name] as ComponentType,
  }));
}

const Admin = {
  Dashboard: adminPage('DashboardPage'),
  Users: adminPage('UsersPage'),
  Properties: adminPage('PropertiesPage'),
  Property: adminPage('PropertyDetailPage'),
  Reservations: adminPage('ReservationsPage'),
  Reservation: adminPage('ReservationDetailPage'),
  Conversations: adminPage('ConversationsPage'),
  Support: adminPage('ConversationSupportPage'),
  Screened: adminPage('ScreenedMessagesPage'),
  QuickReplies: adminPage('QuickRepliesAdminPage'),
  Automations: adminPage('AutomationsAdminPage'),
  Notifications: adminPage('NotificationsPage'),
  Deliveries: adminPage('DeliveriesPage'),
  Delivery: adminPage('DeliveryDetailPage'),
  Reminders: adminPage('RemindersPage'),
  Jobs: adminPage('JobsPage'),
  ApiKeys: adminPage('ApiKeysPage'),
  Webhooks: adminPage('WebhookDeliveriesPage'),
  Webhook: adminPage('WebhookDeliveryPage'),
  AuditLog: adminPage('AuditLogPage'),
};

function makeClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        // A 4xx will not change by asking again.
        retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
      },
    },
  });
}

export function App() {
  const [client] = useState(makeClient);
  const { t } = useTranslation('app');
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>
        <AuthProvider>
          <AppLanguage>
            <Routes>
              {/* From an email's link: works signed in or out. */}
              <Route path="/unsubscribe" element={<UnsubscribePage />} />
              <Route path="/reset-password" element={<ResetPasswordPage />} />
              <Route path="/confirm-email" element={<ConfirmEmailPage />} />
              <Route path="/confirm-registration" element={<ConfirmRegistrationPage />} />
              {/* Framed on a platform's page, which signs it in: neither signed in nor out here. */}
              <Route path={EMBED_CHAT_PATH} element={<EmbedChatPage />} />
              <Route element={<SignedOut />}>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/register" element={<RegisterPage />} />
                <Route path="/forgot-password" element={<ForgotPasswordPage />} />
              </Route>
              <Route element={<SignedIn />}>
                <Route element={<Layout />}>
                  {/* guest */}
                  <Route path="/messages/:id?" element={<MessagesPage />} />
                  <Route path="/properties" element={<PropertiesPage />} />
                  <Route path="/properties/:id" element={<PropertyPage />} />
                  <Route path="/trips" element={<TripsPage />} />
                  {/* host */}
                  <Route path="/host/messages/:id?" element={<InboxPage />} />
                  <Route path="/host/quick-replies" element={<QuickRepliesPage />} />
                  <Route path="/host/automations" element={<AutomationsPage />} />
                  <Route path="/host/properties" element={<ListingsPage />} />
                  <Route path="/host/properties/new" element={<NewPropertyPage />} />
                  <Route path="/host/properties/:id/edit" element={<EditPropertyPage />} />
                  <Route path="/host/reservations" element={<ReservationsPage />} />
                  {/* admin: AdminLayout shows anyone else "not found" */}
                  <Route path="/admin" element={<AdminLayout />}>
                    <Route index element={<Admin.Dashboard />} />
                    <Route path="users" element={<Admin.Users />} />
                    <Route path="properties" element={<Admin.Properties />} />
                    <Route path="properties/:id" element={<Admin.Property />} />
                    <Route path="reservations" element={<Admin.Reservations />} />
                    <Route path="reservations/:id" element={<Admin.Reservation />} />
                    <Route path="conversations" element={<Admin.Conversations />} />
                    <Route path="conversations/:id" element={<Admin.Support />} />
                    <Route path="screened-messages" element={<Admin.Screened />} />
                    <Route path="quick-replies" element={<Admin.QuickReplies />} />
                    <Route path="automations" element={<Admin.Automations />} />
                    <Route path="notifications" element={<Admin.Notifications />} />
                    <Route path="deliveries" element={<Admin.Deliveries />} />
                    <Route path="deliveries/:id" element={<Admin.Delivery />} />
                    <Route path="reminders" element={<Admin.Reminders />} />
                    <Route path="jobs" element={<Admin.Jobs />} />
                    <Route path="api-keys" element={<Admin.ApiKeys />} />
                    <Route path="webhooks" element={<Admin.Webhooks />} />
                    <Route path="webhooks/:id" element={<Admin.Webhook />} />
                    <Route path="audit-log" element={<Admin.AuditLog />} />
                    <Route path="*" element={<NotFound />} />
                  </Route>
                  {/* everyone */}
                  <Route path="/settings/notifications" element={<NotificationSettingsPage />} />
                  <Route path="/settings/account" element={<AccountPage />} />
                  <Route path="/" element={<Home />} />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Route>
              </Route>
            </Routes>
          </AppLanguage>
        </AuthProvider>
        {/* Toasts float above the thread's composer, clear of the top bar and the thread's
            header (whose Archive button a top-right toast used to cover), on phones too. */}
        <Toaster
          position="bottom-center"
          offset={{ bottom: 112 }}
          mobileOffset={{ bottom: 104, left: 12, right: 12 }}
          closeButton
          containerAriaLabel={t('toasts.region')}
          toastOptions={{ className: styles.toast, closeButtonAriaLabel: t('toasts.close') }}
        />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
