import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { devToken } from './dev-sign-in';
import { PUBLIC, type Identity } from './identity';

/**
 * The app's one view of authentication: who is signed in and the bearer token to send. Pages
 * read useSession() only, so replacing the development sign-in with OpenID Connect changes this
 * module and auth/dev-sign-in.ts, never a page.
 */
export interface Session {
  identity: Identity;
  token: string | null;
}

interface SessionApi {
  session: Session;
  signIn(identity: Identity): Promise<void>;
  signOut(): void;
}

const STORAGE_KEY = 'expertpool.session';
const SessionContext = createContext<SessionApi | null>(null);

/** Kept for the tab only (sessionStorage): closing it signs out. */
function stored(): Session {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (raw) return JSON.parse(raw) as Session;
  } catch {
    // unreadable: start signed out
  }
  return { identity: PUBLIC, token: null };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>(stored);
  const keep = (next: Session) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setSession(next);
  };
  const signIn = useCallback(async (identity: Identity) => {
    keep({ identity, token: await devToken(identity) });
  }, []);
  const signOut = useCallback(() => keep({ identity: PUBLIC, token: null }), []);
  const api = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}
