import { routes, type RouteBody, type User } from '@flexbnb/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { api, getSession, onSessionChange, setSession, signOut } from './api.ts';

interface AuthValue {
  user: User | null;
  login: (email: string, password: string) => Promise<void>;
  /** Asks for an account: the server emails a link that creates it. */
  register: (input: RouteBody<typeof routes.registerUser>) => Promise<void>;
  /** Creates the account of an emailed sign-up link, and signs in to it. */
  confirmRegistration: (token: string) => Promise<void>;
  logout: () => void;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(() => getSession()?.user ?? null);
  const queryClient = useQueryClient();
  const cachedFor = useRef(getSession()?.user.id);

  useEffect(
    () =>
      onSessionChange((session) => {
        setUser(session?.user ?? null);
        // What the cache holds belongs to the account it was read for: signing out, or
        // another tab signing in as someone else, must not show it to the next one. A
        // refreshed session of the same account keeps it, and so does signing in from
        // signed out (the sign-in and sign-up pages' own queries are still running).
        const previous = cachedFor.current;
        if (previous !== undefined && session?.user.id !== previous) queryClient.clear();
        cachedFor.current = session?.user.id;
      }),
    [queryClient],
  );

  const login = useCallback(async (email: string, password: string) => {
    // The refresh token goes into an HttpOnly cookie, out of every script's reach.
    setSession(await api(routes.login, { body: { email, password, refresh_cookie: true } }));
  }, []);
  const register = useCallback(async (input: RouteBody<typeof routes.registerUser>) => {
    await api(routes.registerUser, { body: input });
  }, []);
  const confirmRegistration = useCallback(async (token: string) => {
    setSession(await api(routes.confirmRegistration, { body: { token, refresh_cookie: true } }));
  }, []);
  const logout = useCallback(() => void signOut(), []);

  const value = useMemo(
    () => ({ user, login, register, confirmRegistration, logout }),
    [user, login, register, confirmRegistration, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user; only for screens behind the sign-in guard. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
