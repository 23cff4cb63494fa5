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
  const me = useMe();
  const user = me.data && me.data.id === stored.id ? { ...me.data, ...stored } : undefined;
  const updateProfile = useUpdateProfile();
  const changePassword = useChangePassword();
  const changeEmail = useRequestEmailChange();
  const logoutAll = useLogoutAll();
  const deleteAccount = useDeleteAccount();

  const signOutEverywhere = () =>
    logoutAll.mutate(undefined, {
      onSuccess: () => toast.success('Signed out on every device'),
      onError: (err) =>
        toast.error(err instanceof ApiError ? err.message : 'Could not reach the server'),
    });

  return (
    <div className="page narrow">
      <div>
        <h1>Account</h1>
        <p className="muted">Your profile, how you sign in, and your account itself.</p>
      </div>
      {me.isPending && <p className="muted">Loading…</p>}
      {me.isError && (
        <p className="form-error" role="alert">
          Your account could not be loaded: {me.error.message}
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
            <h2 id="sessions-title">Devices</h2>
            <p className="muted">
              Signed in on a phone or a computer you no longer use? Sign out everywhere, this device
              too.
            </p>
            <div className={styles.actions}>
              <button
                type="button"
                className="button secondary"
                disabled={logoutAll.isPending}
                onClick={signOutEverywhere}
              >
                Sign out everywhere
              </button>
            </div>
          </section>
          <section className={`${styles.section} ${styles.danger}`} aria-labelledby="delete-title">
            <h2 id="delete-title">Delete account</h2>
            <p className="muted">
              Your messages stay with the people you wrote to, from “Former user”. You cannot delete
              your account while a stay is coming up: cancel or decline it first.
            </p>
            <div className={styles.actions}>
              <DeleteAccountDialog onDelete={(password) => deleteAccount.mutateAsync(password)} />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
