/**
 * The web app as the development identity provider's one client (docs/ARCHITECTURE.md §10.2).
 * Kept apart from provider.ts: oidc-provider is ES modules only, which jest's loader cannot
 * require, so what tests import must not import it.
 */
export const WEB_CLIENT_ID = 'expertpool-web';
/** Who the user is (openid) and the API. */
export const WEB_SCOPE = 'openid api';
/** The resource the app's access tokens are for: the region's GraphQL API. */
export const API_RESOURCE = 'urn:expertpool:api';
