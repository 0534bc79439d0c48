import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { API_RESOURCE, WEB_CLIENT_ID } from './client';
import { errorPage, loginPage, logoutPage } from './pages';
import { findDevUser, projectClaims } from './users';

/** An hour, as identity providers commonly issue; the services accept up to JWT_MAX_LIFETIME. */
const ACCESS_TOKEN_TTL_SECONDS = 3600;

export interface DevProviderOptions {
  /** The provider's own address, e.g. http://127.0.0.1:4300: the `iss` of its tokens. */
  issuer: string;
  /** The web app's address: its redirect URI is `<origin>/`, where sign-in comes back to. */
  webOrigin: string;
}

/**
 * The web app's client: public (a browser keeps no secret), authorization code with PKCE only,
 * redirect and post-logout URI the app's root (hash routes need no callback path of their own).
 */
function webClient(webOrigin: string) {
  return {
    client_id: WEB_CLIENT_ID,
    client_name: 'the ASEAN Expert Pool web app',
    application_type: 'web' as const,
    token_endpoint_auth_method: 'none' as const,
    grant_types: ['authorization_code'],
    response_types: ['code' as const],
    redirect_uris: [`${webOrigin}/`],
    post_logout_redirect_uris: [`${webOrigin}/`],
  };
}

/** A signing key generated for this run: its public half is served at /jwks. */
function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: `dev-${randomBytes(6).toString('hex')}`, alg: 'RS256', use: 'sig' };
}

function configuration(webOrigin: string): Configuration {
  return {
    clients: [webClient(webOrigin)],
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { methods: ['S256'], required: () => true },
    scopes: ['openid'],
    claims: { openid: ['sub'] },
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL_SECONDS,
      AuthorizationCode: 60,
      IdToken: ACCESS_TOKEN_TTL_SECONDS,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    findAccount: (_ctx, id) => {
      const user = findDevUser(id);
      return user && { accountId: user.id, claims: () => ({ sub: user.id }) };
    },
    // The project's claims go into the access token, which the gateway and every country verify
    // as any issuer's (shared/src/auth/claims.ts): role, country, purpose.
    extraTokenClaims: (_ctx, token) => {
      const user = token.kind === 'AccessToken' ? findDevUser(token.accountId) : undefined;
      return user && projectClaims(user);
    },
    // The web app is first-party: what it asks for is granted without a consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.account?.accountId;
      if (!ctx.oidc.client || !accountId) return undefined;
      const known = ctx.oidc.session?.grantIdFor(ctx.oidc.client.clientId);
      const grant = known ? await ctx.oidc.provider.Grant.find(known) : undefined;
      if (grant && grant.accountId === accountId) return grant;
      const fresh = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      fresh.addOIDCScope('openid');
      fresh.addResourceScope(API_RESOURCE, 'api');
      await fresh.save();
      return fresh;
    },
    // The app's origin may call the token endpoint from the browser, and no other (the default
    // refuses every origin).
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // The app names no resource: its tokens are for the API, as JWTs (shared/src/auth).
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'api',
          audience: API_RESOURCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(String(out.error), out.error_description as string | undefined);
    },
  };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 4096) throw new Error('the form is too large');
  }
  return new URLSearchParams(body);
}

function html(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * The development identity provider (docs/ARCHITECTURE.md §10.2): oidc-provider, certified by
 * the OpenID Foundation, with this project's users, the web app as its one client, and a login
 * page of its own. Returns the request handler; the caller owns the HTTP server.
 */
export function createDevProvider({ issuer, webOrigin }: DevProviderOptions) {
  const provider = new Provider(issuer, configuration(webOrigin));
  const oidc = provider.callback();

  /** /interaction/<uid>[/login|/cancel]: the login page and its two answers. */
  async function interaction(req: IncomingMessage, res: ServerResponse, action: string) {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET' && action === '') {
      const client = await provider.Client.find(String(details.params.client_id));
      return html(res, 200, loginPage(details.uid, client?.clientName ?? 'the app'));
    }
    if (req.method !== 'POST') return html(res, 405, errorPage('method not allowed', undefined));
    const form = await readForm(req);
    if (action === '/cancel')
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'the user cancelled the sign-in' },
        { mergeWithLastSubmission: false },
      );
    const user = findDevUser(form.get('user') ?? '');
    if (action !== '/login' || !user)
      return html(res, 400, errorPage('bad request', 'Choose one of the listed users.'));
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.id } },
      { mergeWithLastSubmission: false },
    );
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://idp.invalid').pathname;
    if (path === '/health') return html(res, 200, 'ok');
    const match = /^\/interaction\/([\w-]+)(\/login|\/cancel)?$/.exec(path);
    if (match)
      return void interaction(req, res, match[2] ?? '').catch((error: Error) =>
        html(
          res,
          400,
          errorPage('sign-in failed', `The sign-in could not go on: ${error.message}`),
        ),
      );
    return void oidc(req, res);
  };
}
