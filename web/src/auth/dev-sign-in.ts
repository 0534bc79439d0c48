import type { Identity } from './identity';

/**
 * Development sign-in: the server `npm start` runs for the app mints a dev token for the chosen
 * role, as `npm run token` does for a developer (tests/src/region/web-server.ts). It exists only
 * there; OpenID Connect sign-in replaces this module and nothing else (issue 11, point 7).
 */
export async function devToken(identity: Identity): Promise<string | null> {
  if (identity.role === 'public') return null;
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: identity.role, country: identity.country }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; message?: string };
  if (!response.ok || typeof body.token !== 'string')
    throw new Error(body.message ?? `the development sign-in failed (HTTP ${response.status})`);
  return body.token;
}
