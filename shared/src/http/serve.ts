import http, { IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import { ErrorCode, errorCodeOf } from '../errors';
import { RequestIdentity, identify } from '../auth/identity';
import { TokenVerifier } from '../auth/verify';
import { createCorsFront } from './cors';
import { Logger } from '../log/logger';
import { REQUEST_ID_HEADER } from '../log/request-id';
import { openRequestScope, writeRequestLine } from '../log/request-line';
import { currentRequest, runInRequestScope } from '../log/request-scope';
import { observeRequest } from '../metrics/requests';
import { withServerSpan } from '../telemetry/tracing';

/**
 * A minimal HTTP front for an Apollo server: `/graphql`, extra GET routes such as `/health`, a
 * request-size limit checked while the body streams in, and the caller's token verified before
 * anything is parsed.
 */
export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpAppOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /**
   * Every service verifies tokens itself (zero trust, docs/adr/0004-tokens-verified-twice.md),
   * so a verifier is required.
   */
  verifier: TokenVerifier;
  context: (req: IncomingMessage, identity: RequestIdentity) => Promise<C>;
  routes?: Record<string, Route>;
  maxBodyBytes?: number;
  /**
   * Runs for each `/graphql` request before its body is read; an HttpError it returns is the
   * response (e.g. the gateway's rate limits: 429 with Retry-After).
   */
  guard?: (req: IncomingMessage) => HttpError | undefined | Promise<HttpError | undefined>;
  /** Browser origins that may call `/graphql` (CORS_ORIGINS, cors.ts); default none. */
  corsOrigins?: readonly string[];
  /** Where each `/graphql` request's one line goes (docs/ARCHITECTURE.md §11.1); none without. */
  logger?: Logger;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(
        new HttpError(413, ErrorCode.REQUEST_TOO_LARGE, `Request body exceeds ${limit} bytes.`),
      );
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(
          new HttpError(413, ErrorCode.REQUEST_TOO_LARGE, `Request body exceeds ${limit} bytes.`),
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A refused credential is 401 (with the Bearer challenge), a bad x-purpose 400. */
function identityFailure(error: unknown): HttpError | undefined {
  const code = errorCodeOf(error);
  const message = error instanceof Error ? error.message : '';
  // Connection: close ends a refused upload instead of reading the rest of its body.
  if (code === ErrorCode.UNAUTHENTICATED)
    return new HttpError(401, code, message, { 'www-authenticate': 'Bearer', connection: 'close' });
  if (code === ErrorCode.BAD_USER_INPUT)
    return new HttpError(400, code, message, { connection: 'close' });
  return undefined;
}

async function identifyRequest(
  verifier: TokenVerifier,
  req: IncomingMessage,
): Promise<RequestIdentity> {
  try {
    return await identify(verifier, req.headers);
  } catch (error) {
    req.resume();
    throw identityFailure(error) ?? error;
  }
}

function parseJsonBody(text: string, contentType: string): unknown {
  if (text.length === 0) return undefined;
  if (!contentType.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON.');
  }
}

export function createHttpHandler<C extends BaseContext>(options: HttpAppOptions<C>) {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const cors = createCorsFront(options.corsOrigins ?? []);
  const serve = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    try {
      const route = options.routes?.[url.pathname];
      if (route && req.method === 'GET') return await route(req, res);
      if (url.pathname !== '/graphql')
        return sendJson(res, 404, { error: 'Not found: GraphQL is served at /graphql.' });
      // Before the rate limit and the token: a preflight carries neither, and a refusal must
      // carry the CORS headers for the page to read why.
      if (await cors(req, res)) return;
      const refused = await options.guard?.(req);
      if (refused) {
        req.resume();
        throw refused;
      }
      const identity = await identifyRequest(options.verifier, req);

      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const text = req.method === 'POST' ? await readBody(req, limit) : '';
      const body = parseJsonBody(text, headers.get('content-type') ?? '');
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(req, identity),
      });
      const outHeaders: Record<string, string> = {};
      for (const [key, value] of result.headers) outHeaders[key] = value;
      res.writeHead(result.status ?? 200, outHeaders);
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (res.headersSent) return void res.end();
      if (error instanceof HttpError) {
        currentRequest()?.errorCodes.add(error.code);
        return sendJson(
          res,
          error.status,
          { errors: [{ message: error.message, extensions: { code: error.code } }] },
          error.headers,
        );
      }
      sendJson(res, 500, {
        errors: [
          {
            message: 'Internal server error.',
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
          },
        ],
      });
    }
  };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendJson(res, 400, { error: 'The request path is not a valid URL path.' });
    }
    if (url.pathname !== '/graphql') return serve(req, res, url);
    // Every GraphQL request, refused or answered, has an id, echoed to the caller and in its
    // one log line (docs/ARCHITECTURE.md §11.1).
    const scope = openRequestScope(req);
    res.setHeader(REQUEST_ID_HEADER, scope.id);
    res.once('close', () => {
      observeRequest(scope, res.statusCode);
      if (options.logger) writeRequestLine(options.logger, scope, res.statusCode);
    });
    return runInRequestScope(scope, () =>
      withServerSpan(
        req,
        res,
        { 'expertpool.request_id': scope.id, 'url.path': url.pathname },
        () => serve(req, res, url),
      ),
    );
  };
}

export interface Listening {
  server: http.Server;
  port: number;
  url: string;
  /**
   * Stops accepting connections, lets the requests in flight finish for up to `graceMs`, then
   * drops whatever is still open (docs/ARCHITECTURE.md §11.4). 0 drops at once.
   */
  close(graceMs?: number): Promise<void>;
}

/** How often a draining server closes the keep-alive sockets whose last response has gone out. */
const DRAIN_SWEEP_MS = 50;

/** Listens (port 0 picks a free one) and resolves once bound. */
export function listen(
  handler: http.RequestListener,
  port: number,
  host = '127.0.0.1',
): Promise<Listening> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const bound = (server.address() as AddressInfo).port;
      resolve({
        server,
        port: bound,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/graphql`,
        close: (graceMs = 0) =>
          new Promise<void>((done) => {
            // close() stops new connections and ends idle ones; a keep-alive socket whose
            // request is still running goes idle when it answers, and the sweep ends it then.
            const sweep = setInterval(() => server.closeIdleConnections(), DRAIN_SWEEP_MS);
            const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
            server.close(() => {
              clearInterval(sweep);
              clearTimeout(deadline);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
