import type { UserManager } from 'oidc-client-ts';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { PUBLIC, type Identity } from './identity';
import { cleanUrl, identityOf, isCallback, type ReturnTo } from './oidc';

/**
 * The app's one view of authentication: who is signed in and the bearer token to send. Pages
 * read useSession() only; how the user signs in (OpenID Connect, auth/oidc.ts) is this
 * module's business.
 */
export interface Session {
  identity: Identity;
  token: string | null;
}

interface SessionApi {
  session: Session;
  /** Why the last sign-in or sign-out failed, in words; null when it did not. */
  problem: string | null;
  /** Off to the identity provider, coming back to this page signed in. */
  signIn(): Promise<void>;
  /** Off to the identity provider to end the session there too, back signed out. */
  signOut(): Promise<void>;
  /** The services refused the token: this tab forgets it, and the header says why. */
  tokenRefused(): void;
}

const SIGNED_OUT: Session = { identity: PUBLIC, token: null };
const SessionContext = createContext<SessionApi | null>(null);

const returnHere = (): ReturnTo => ({ hash: window.location.hash });
const words = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The session the page starts with: back from the provider, or kept for the tab, or none. */
async function initialSession(users: UserManager): Promise<Session> {
  const url = new URL(window.location.href);
  const callback = isCallback(url);
  if (callback === 'signout') {
    const response = await users.signoutCallback(url.href);
    window.history.replaceState(null, '', cleanUrl(response?.userState));
    return SIGNED_OUT;
  }
  if (callback === 'signin') {
    try {
      const user = await users.signinCallback(url.href);
      window.history.replaceState(null, '', cleanUrl(user?.state));
      if (user) return { identity: identityOf(user), token: user.access_token };
    } catch (error) {
      window.history.replaceState(null, '', window.location.pathname);
      throw error;
    }
  }
  const user = await users.getUser();
  if (!user || user.expired) return SIGNED_OUT;
  return { identity: identityOf(user), token: user.access_token };
}

export function SessionProvider({ users, children }: { users: UserManager; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    initialSession(users).then(
      (found) => live && setSession(found),
      (error: unknown) => {
        if (!live) return;
        void users.removeUser();
        setProblem(`Sign-in failed: ${words(error)}`);
        setSession(SIGNED_OUT);
      },
    );
    // An expired token is a signed-out user, not a stream of refused requests.
    const expired = () => setSession(SIGNED_OUT);
    users.events.addAccessTokenExpired(expired);
    return () => {
      live = false;
      users.events.removeAccessTokenExpired(expired);
    };
  }, [users]);

  const signIn = useCallback(async () => {
    setProblem(null);
    await users
      .signinRedirect({ state: returnHere() })
      .catch((error: unknown) => setProblem(`Sign-in failed: ${words(error)}`));
  }, [users]);
  const signOut = useCallback(async () => {
    setProblem(null);
    await users.signoutRedirect({ state: returnHere() }).catch(async (error: unknown) => {
      // The provider is out of reach: this tab forgets the user all the same.
      await users.removeUser();
      setSession(SIGNED_OUT);
      setProblem(
        `Signed out here only; the identity provider could not be reached: ${words(error)}`,
      );
    });
  }, [users]);

  const tokenRefused = useCallback(() => {
    void users.removeUser();
    setSession(SIGNED_OUT);
    setProblem('Your sign-in was not accepted any more (it may have expired). Sign in again.');
  }, [users]);

  const api = useMemo(
    () => session && { session, problem, signIn, signOut, tokenRefused },
    [session, problem, signIn, signOut, tokenRefused],
  );
  // Nothing renders until the session is known: no page asks the gateway as PUBLIC first.
  if (!api) return <p role="status">Signing in…</p>;
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}
