import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Printable ASCII without spaces, 1-128 characters: a UUID, a ULID, a load balancer's trace id. */
const VALID = /^[\x21-\x7e]{1,128}$/;

/**
 * The request's id (docs/ARCHITECTURE.md §11.1): the caller's `x-request-id` when it is a
 * bounded printable token, else a new UUID. Anything else (control characters that would forge
 * log lines, a megabyte of text) is replaced, not truncated: a truncated id matches nothing.
 *
 * The header is rewritten in place so that everything that forwards the request's headers
 * (the gateway to every country and the region) forwards the validated id.
 */
export function takeRequestId(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && VALID.test(given) ? given : randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  return id;
}

/** The id of a request that went through takeRequestId (the audit log, the request line). */
export function requestIdOf(req: IncomingMessage): string | undefined {
  const id = req.headers[REQUEST_ID_HEADER];
  return typeof id === 'string' && VALID.test(id) ? id : undefined;
}
