import { jwtDecode } from 'jwt-decode';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AppConfig } from '../app-config';
import type { Identity } from './identity';

/**
 * OpenID Connect sign-in with oidc-client-ts (docs/ARCHITECTURE.md §10.2): authorization code
 * with PKCE, the redirect coming back to the app's root (hash routes: any static server serves
 * it), no silent renew; the user's tokens are kept for the tab (sessionStorage).
 */
export function createUserManager({ oidc }: AppConfig): UserManager {
  const home = `${window.location.origin}/`;
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    scope: oidc.scope,
    redirect_uri: home,
    post_logout_redirect_uri: home,
    response_type: 'code',
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Where to return after the round trip to the provider: the page the user was on. */
export interface ReturnTo {
  hash: string;
}

/** Whether this page load is the provider sending the user back (sign-in or sign-out). */
export function isCallback(url: URL): 'signin' | 'signout' | null {
  const params = url.searchParams;
  if (params.has('code') || params.has('error')) return 'signin';
  if (params.has('state')) return 'signout';
  return null;
}

/** The app's own address, with the page it was on, once the provider's parameters are read. */
export function cleanUrl(returnTo: unknown): string {
  const hash = (returnTo as ReturnTo | undefined)?.hash ?? '';
  return `${window.location.pathname}${hash}`;
}

const ROLES = ['secretariat', 'steward', 'viewer', 'expert'] as const;

/**
 * Who the access token says the user is, read as the services read it (shared/src/auth/claims.ts);
 * the app only shows it, the gateway and each country verify it. A token without the project's
 * claims is a problem with the provider's configuration, said in words.
 */
export function identityOf(user: User): Identity {
  let claims: { role?: unknown; country?: unknown; expertId?: unknown };
  try {
    claims = jwtDecode(user.access_token);
  } catch {
    throw new Error(
      'the identity provider issued an access token that is not a JWT; the Expert Pool needs one carrying role and country',
    );
  }
  const role = ROLES.find((r) => r === claims.role);
  if (role === undefined)
    throw new Error(
      `the identity provider's token names no role the Expert Pool knows (${ROLES.join(', ')})`,
    );
  const country = typeof claims.country === 'string' ? claims.country : null;
  if (role !== 'secretariat' && country === null)
    throw new Error(`the identity provider's token names no country for this ${role}`);
  if (role !== 'expert') return { role, country: role === 'secretariat' ? null : country };
  if (typeof claims.expertId !== 'string')
    throw new Error(`the identity provider's token names no expertId for this expert`);
  return { role, country, expertId: claims.expertId };
}
