import { once } from 'node:events';
import { createServer, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { REPO_ROOT } from './processes';

/** The built app (`npm run build` in web/). */
export const WEB_DIST = join(REPO_ROOT, 'web', 'dist');

/** Where the app signs in: an OpenID Connect provider and the app's client there (web/src/app-config.ts). */
export interface WebSignIn {
  authority: string;
  clientId: string;
  scope: string;
}

export interface WebServer {
  /** The app's address, e.g. http://127.0.0.1:4200 (also its origin, for CORS_ORIGINS). */
  origin: string;
  /** Points the app at the gateway and at the identity provider it signs in through. */
  connect(graphqlUrl: string, oidc: WebSignIn): void;
  stop(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The web app as `npm start` serves it on 127.0.0.1: web/dist (every asset bundled) and its
 * run-time settings at /app-config.json, which a deployment's own server writes the same way
 * (README "Signing in through a member state's identity provider").
 */
export async function startWebServer(port: number): Promise<WebServer> {
  const assets = sirv(WEB_DIST, { single: true, etag: true });
  let settings: { graphqlUrl: string; oidc: WebSignIn } | undefined;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app.invalid').pathname;
    if (path === '/app-config.json') return send(res, settings ? 200 : 503, settings ?? {});
    assets(req, res, () => send(res, 404, { message: 'not found' }));
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    connect: (graphqlUrl, oidc) => (settings = { graphqlUrl, oidc }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
