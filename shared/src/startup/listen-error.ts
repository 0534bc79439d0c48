import { StartupError } from './startup-error';

/** The variables that say where a listener binds, for the message that names them. */
export interface ListenerNames {
  port: string;
  host: string;
}

/**
 * Why a listener could not bind, as one sentence naming its variables: Node's own error is a raw
 * `EADDRINUSE` object. Anything else is passed on unchanged.
 */
export function listenStartupError(
  names: ListenerNames,
  host: string,
  port: number,
  error: unknown,
): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const where = `${host}:${port}`;
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError(
        `${names.port}=${port}: ${where} is already in use by another process; stop it or set ${names.port} to a free port`,
      );
    case 'EACCES':
      return new StartupError(
        `${names.port}=${port}: this process may not listen on ${where} (ports below 1024 need privileges); set ${names.port} to a port from 1024`,
      );
    case 'EADDRNOTAVAIL':
      return new StartupError(
        `${names.host}=${host} is not an address of this machine; set ${names.host} to one of its addresses (0.0.0.0 for all)`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`${names.host}=${host} does not resolve to an address`);
    default:
      return error;
  }
}
