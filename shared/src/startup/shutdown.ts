import { EnvReader } from '../config';

/**
 * SHUTDOWN_GRACE: how long a stopping service (SIGTERM, SIGINT) lets the requests in flight
 * finish before it drops them. 20 s by default: inside Kubernetes' 30 s termination grace,
 * with room for the release steps after it (docs/ARCHITECTURE.md §11.4).
 */
export function readShutdownGrace(reader: EnvReader): number {
  return reader.duration('SHUTDOWN_GRACE', 20, 0, 300);
}
