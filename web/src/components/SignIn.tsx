import { useSession } from '../auth/session';

/** Sign in or out, through the identity provider (auth/oidc.ts); a failure said in words. */
export function SignIn() {
  const { session, problem, signIn, signOut } = useSession();
  const signedIn = session.identity.role !== 'public';
  return (
    <div className="sign-in">
      {signedIn ? (
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      ) : (
        <button type="button" onClick={() => void signIn()}>
          Sign in
        </button>
      )}
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
