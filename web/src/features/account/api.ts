import { routes, type RouteBody, type User } from '@flexbnb/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, getSession, setSession } from '../../lib/api.ts';

export type ProfileUpdate = RouteBody<typeof routes.updateCurrentUser>;

const meKey = ['account', 'me'] as const;

/** Puts the user as the server now has them into the session, so every screen shows it. */
function rememberUser(user: User) {
  const session = getSession();
  if (session && session.user.id === user.id) setSession({ ...session, user });
}

/** The signed-in user as the server has them (a session stored before may lack new fields). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async ({ signal }) => {
      const user = await api(routes.getCurrentUser, { signal });
      rememberUser(user);
      return user;
    },
  });
}

export function useUpdateProfile() {
  return useMutation({
    mutationFn: (body: ProfileUpdate) => api(routes.updateCurrentUser, { body }),
    onSuccess: rememberUser,
  });
}

/** Answers a new session: every other one is signed out. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: RouteBody<typeof routes.changePassword>) =>
      api(routes.changePassword, { body }),
    onSuccess: (session) => setSession(session),
  });
}

export function useRequestEmailChange() {
  return useMutation({
    mutationFn: (body: RouteBody<typeof routes.requestEmailChange>) =>
      api(routes.requestEmailChange, { body }),
  });
}

/** Signs out every session, this one too. */
export function useLogoutAll() {
  return useMutation({
    mutationFn: () => api(routes.logoutAll),
    onSuccess: () => setSession(null),
  });
}

export function useDeleteAccount() {
  return useMutation({
    mutationFn: (password: string) => api(routes.deleteCurrentUser, { body: { password } }),
    onSuccess: () => setSession(null),
  });
}

export const requestPasswordReset = (email: string) =>
  api(routes.requestPasswordReset, { body: { email } });

export const confirmPasswordReset = (token: string, password: string) =>
  api(routes.confirmPasswordReset, { body: { token, password } });

/** Confirms a new address; a signed-in session of the same user shows it at once. */
export async function confirmEmailChange(token: string): Promise<User> {
  const user = await api(routes.confirmEmailChange, { body: { token } });
  rememberUser(user);
  return user;
}
