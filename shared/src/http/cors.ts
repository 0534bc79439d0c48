import { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import { EnvReader } from '../config';

/**
 * Cross-origin access for browsers (issue 9, finding 12), by the `cors` package: a dashboard on
 * an origin in CORS_ORIGINS may query, preflight included; any other origin gets no CORS header
 * at all, so its browser refuses to hand the answer to the page. Only the gateway reads
 * CORS_ORIGINS: browsers talk to the gateway, and the subgraphs answer servers only (CORS binds
 * browsers alone, so the subgraphs grant no origin and a page cannot read them directly).
 *
 * CSRF prevention stays on (Apollo's csrfPrevention): a JSON POST, or a GET with
 * `apollo-require-preflight`, is preflighted and passes for an allowed origin; a simple form
 * POST from any page is still refused before it runs. Credentials are bearer tokens in
 * `Authorization`, never cookies, so `Access-Control-Allow-Credentials` is not sent.
 */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-purpose',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
] as const;

/** A browser may cache a preflight this long (Chrome caps it at 2 h, Firefox at 24 h). */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** CORS_ORIGINS: comma-separated origins such as `https://dashboard.example.org` (default none). */
export function readCorsOrigins(reader: EnvReader): string[] {
  const raw = reader.optional('CORS_ORIGINS');
  if (raw === undefined) return [];
  const origins = raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  for (const origin of origins) reader.check(isOrigin(origin), originProblem(origin));
  return origins;
}

/** An origin as a browser sends it: scheme, host and port only, no slash, path or wildcard. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

function originProblem(text: string): string {
  let hint = 'like https://dashboard.example.org or http://localhost:5173';
  try {
    const { origin, protocol } = new URL(text);
    if (protocol === 'https:' || protocol === 'http:') hint = `the origin alone: ${origin}`;
  } catch {
    // not a URL at all: the general hint
  }
  return `CORS_ORIGINS: ${JSON.stringify(text.slice(0, 80))} is not an origin; give each as scheme, host and optional port, ${hint}`;
}

/**
 * Applies CORS to one request: the headers for an allowed origin, nothing for any other. True
 * when the request was a preflight (OPTIONS), which this has answered.
 */
export type CorsFront = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export function createCorsFront(origins: readonly string[]): CorsFront {
  const allowed = new Set(origins);
  const middleware = cors({
    // Reflects an allowed origin; `false` makes `cors` set no header at all.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: ['retry-after', 'www-authenticate'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    // We answer the preflight ourselves: then `cors` always calls back, allowed or not.
    preflightContinue: true,
  });
  return async (req, res) => {
    await new Promise<void>((resolve, reject) =>
      middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
    );
    if (req.method !== 'OPTIONS') return false;
    req.resume();
    // Answered the same for every origin: only an allowed one got the CORS headers above.
    res.writeHead(204, { allow: 'GET, POST, OPTIONS', 'content-length': '0' });
    res.end();
    return true;
  };
}
