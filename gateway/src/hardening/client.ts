import { createHash } from 'node:crypto';
import { IncomingMessage } from 'node:http';

/** Who a request is charged to: its address, and its bearer token when it has one. */
export interface Client {
  /** The socket's address, never a forwardable header. */
  address: string;
  /** A hash of the Authorization header, so no token is kept in memory. */
  token?: string;
}

/** The part of the gateway's request context demand control charges. */
export interface ClientContext {
  client?: Client;
}

export function clientOf(req: IncomingMessage): Client {
  const authorization = req.headers.authorization;
  return {
    address: req.socket.remoteAddress ?? 'unknown',
    token: authorization
      ? createHash('sha256').update(authorization).digest('base64url')
      : undefined,
  };
}
