import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import {
  useChangePassword,
  useDeleteAccount,
  useLogoutAll,
  useMe,
  useRequestEmailChange,
  useUpdateProfile,
} from '../../features/account/api.ts';
import styles from '../../features/account/Account.module.css';
import { DeleteAccountDialog } from '../../features/account/DeleteAccountDialog.tsx';
import { EmailForm } from '../../features/account/EmailForm.tsx';
import { PasswordForm } from '../../features/account/PasswordForm.tsx';
import { ProfileForm } from '../../features/account/ProfileForm.tsx';
import { ApiError } from '../../lib/api.ts';
import { useUser } from '../../lib/auth.tsx';

/** The signed-in user's account: profile, email, password, sessions, deletion. */
export function AccountPage() {
  const stored = useUser();
  const { t } = useTranslation(['app', 'common']);
  const me = useMe();
  const user = me.data && me.data.id === stored.id ? { ...me.data, ...stored } : undefined;
  const updateProfile = useUpdateProfile();
  const changePassword = useChangePassword();
  const changeEmail = useRequestEmailChange();
  const logoutAll = useLogoutAll();
  const deleteAccount = useDeleteAccount();

  const signOutEverywhere = () =>
    logoutAll.mutate(undefined, {
      onSuccess: () => toast.success(t('account.signedOutEverywhere')),
      onError: (err) =>
        toast.error(err instanceof ApiError ? err.message : t('common:errors.unreachable')),
    });

  return (
    <div className="page narrow">
      <div>
        <h1>{t('account.title')}</h1>
        <p className="muted">{t('account.intro')}</p>
      </div>
      {me.isPending && <p className="muted">{t('common:loading')}</p>}
      {me.isError && (
        <p className="form-error" role="alert">
          {t('account.loadFailed', { message: me.error.message })}
        </p>
      )}
      {user && (
        <>
          <section className={styles.section}>
            <ProfileForm user={user} onSave={(u) => updateProfile.mutateAsync(u)} />
          </section>
          <section className={styles.section}>
            <EmailForm email={user.email} onSave={(b) => changeEmail.mutateAsync(b)} />
          </section>
          <section className={styles.section}>
            <PasswordForm onSave={(b) => changePassword.mutateAsync(b)} />
          </section>
          <section className={styles.section} aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t('account.devices')}</h2>
            <p className="muted">{t('account.devicesIntro')}</p>
            <div className={styles.actions}>
              <button
                type="button"
                className="button secondary"
                disabled={logoutAll.isPending}
                onClick={signOutEverywhere}
              >
                {t('account.signOutEverywhere')}
              </button>
            </div>
          </section>
          <section className={`${styles.section} ${styles.danger}`} aria-labelledby="delete-title">
            <h2 id="delete-title">{t('account.deleteTitle')}</h2>
            <p className="muted">{t('account.deleteIntro')}</p>
            <div className={styles.actions}>
              <DeleteAccountDialog onDelete={(password) => deleteAccount.mutateAsync(password)} />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
