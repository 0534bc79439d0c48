import { once } from 'node:events';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { DevTokenInput, signDevToken } from '@expertpool/shared';
import { REPO_ROOT } from './processes';

/** The built app (`npm run build` in web/). */
export const WEB_DIST = join(REPO_ROOT, 'web', 'dist');

/** A development sign-in's token lives as long as `npm start`'s printed ones: a working day. */
const DEV_TOKEN_TTL_SECONDS = 8 * 3600;
const MAX_BODY_BYTES = 1024;

export interface WebServer {
  /** The app's address, e.g. http://127.0.0.1:4200 (also its origin, for CORS_ORIGINS). */
  origin: string;
  /** Points the app at the gateway and enables the development sign-in with the region's secret. */
  connect(graphqlUrl: string, jwtSecret: string): void;
  stop(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_BODY_BYTES) throw new Error('the request is too large');
  }
  const parsed: unknown = JSON.parse(body);
  if (typeof parsed !== 'object' || parsed === null) throw new Error('send a JSON object');
  return parsed as Record<string, unknown>;
}

/**
 * The web app as `npm start` serves it on 127.0.0.1: web/dist (every asset bundled), its run-time
 * settings at /app-config.json, and POST /dev/token, the development sign-in, which signs a dev
 * token for the role asked with the region's dev secret, as `npm run token` does. Development
 * only: a deployment serves web/dist from its own server and signs in through OpenID Connect.
 */
export async function startWebServer(port: number): Promise<WebServer> {
  const assets = sirv(WEB_DIST, { single: true, etag: true });
  let settings: { graphqlUrl: string; jwtSecret: string } | undefined;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app.invalid').pathname;
    if (path === '/app-config.json')
      return send(res, settings ? 200 : 503, { graphqlUrl: settings?.graphqlUrl, signIn: 'dev' });
    if (path === '/dev/token' && req.method === 'POST') {
      void readJson(req)
        .then(async (body) => {
          if (!settings) return send(res, 503, { message: 'the region is still starting' });
          const token = await signDevToken(
            {
              role: body.role as DevTokenInput['role'],
              country: typeof body.country === 'string' ? body.country : null,
            },
            settings.jwtSecret,
            DEV_TOKEN_TTL_SECONDS,
          );
          send(res, 200, { token });
        })
        .catch((error: Error) => send(res, 400, { message: error.message }));
      return;
    }
    assets(req, res, () => send(res, 404, { message: 'not found' }));
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    connect: (graphqlUrl, jwtSecret) => (settings = { graphqlUrl, jwtSecret }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
