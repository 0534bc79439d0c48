/** What the server that serves the app tells it at run time (GET /app-config.json). */
export interface AppConfig {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  graphqlUrl: string;
  /**
   * Where people sign in (docs/ARCHITECTURE.md §10.2): an OpenID Connect provider (its issuer
   * URL), the app's client id there and the scope to ask for. A member state points the app at
   * its own provider here, with no new build.
   */
  oidc: { authority: string; clientId: string; scope: string };
}

const DEFAULT_SCOPE = 'openid';

export async function loadAppConfig(): Promise<AppConfig> {
  const response = await fetch('/app-config.json');
  if (!response.ok)
    throw new Error(`the app's settings could not be read (HTTP ${response.status})`);
  const body = (await response.json()) as {
    graphqlUrl?: unknown;
    oidc?: { authority?: unknown; clientId?: unknown; scope?: unknown };
  };
  if (typeof body.graphqlUrl !== 'string') throw new Error("the app's settings name no gateway");
  const { authority, clientId, scope } = body.oidc ?? {};
  if (typeof authority !== 'string' || typeof clientId !== 'string')
    throw new Error("the app's settings name no identity provider to sign in through");
  return {
    graphqlUrl: body.graphqlUrl,
    oidc: { authority, clientId, scope: typeof scope === 'string' ? scope : DEFAULT_SCOPE },
  };
}
