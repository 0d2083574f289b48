import type { User } from "oidc-client-ts";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

import type { AuthSession } from "./session";

export interface AuthState {
  session: AuthSession;
  /** undefined while the in-memory store is read, null when nobody is signed in. */
  user: User | null | undefined;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    const events = session.manager.events;
    let active = true;
    void session.currentUser().then((current) => {
      if (active) setUser(current);
    });
    const onLoaded = (loaded: User) => setUser(loaded);
    const onUnloaded = () => setUser(null);
    // The refresh token was refused or has expired: sign in again, back to the same page.
    const onRenewError = () => {
      setUser(null);
      void session.signIn(currentPath());
    };
    events.addUserLoaded(onLoaded);
    events.addUserUnloaded(onUnloaded);
    events.addSilentRenewError(onRenewError);
    return () => {
      active = false;
      events.removeUserLoaded(onLoaded);
      events.removeUserUnloaded(onUnloaded);
      events.removeSilentRenewError(onRenewError);
    };
  }, [session]);

  return <AuthContext.Provider value={{ session, user }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth() outside <AuthProvider>");
  return state;
}

export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}
