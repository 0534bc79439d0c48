import { createHash } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** Who a request is charged to: its address, and its bearer token when it has one. */
export interface Client {
  /**
   * The caller's address: the socket's, or, behind a proxy listed in TRUSTED_PROXIES, the one
   * that proxy saw (X-Forwarded-For, read only as far as the proxies are trusted).
   */
  address: string;
  /** A hash of the Authorization header, so no token is kept in memory. */
  token?: string;
}

/** The part of the gateway's request context demand control charges. */
export interface ClientContext {
  client?: Client;
}

export type ClientResolver = (req: IncomingMessage) => Client;

/**
 * How the gateway tells callers apart (docs/ARCHITECTURE.md §5.4): behind a load balancer or an
 * ingress every socket is the proxy's, so each per-address budget would be shared by everyone.
 * X-Forwarded-For is the caller's word, though: only the hops added by a trusted proxy count,
 * read right to left until an address that is not one (proxy-addr, the rule Express applies;
 * a library because the walk and the CIDR matching are easy to get wrong). With no trusted
 * proxies the header is ignored.
 */
export function clientResolver(trustedProxies: readonly string[] = []): ClientResolver {
  const trust = proxyaddr.compile([...trustedProxies]);
  return (req) => {
    const authorization = req.headers.authorization;
    return {
      address: req.socket.remoteAddress ? proxyaddr(req, trust) : 'unknown',
      token: authorization
        ? createHash('sha256').update(authorization).digest('base64url')
        : undefined,
    };
  };
}

/** Why TRUSTED_PROXIES cannot be used, in words; undefined when it can. */
export function trustedProxiesProblem(trustedProxies: readonly string[]): string | undefined {
  try {
    proxyaddr.compile([...trustedProxies]);
    return undefined;
  } catch (error) {
    return `TRUSTED_PROXIES must list IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal): ${(error as Error).message}`;
  }
}
