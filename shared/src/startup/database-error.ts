import { StartupError } from './startup-error';

/**
 * The hosts of a MongoDB connection string, without its credentials or options: what an
 * operator needs to recognise the URI, and nothing a log must not hold.
 */
export function databaseHosts(uri: string): string {
  const rest = uri.replace(/^[a-z+]+:\/\//i, '');
  const afterCredentials = rest.includes('@') ? rest.slice(rest.lastIndexOf('@') + 1) : rest;
  return afterCredentials.split(/[/?]/)[0] || '(no host)';
}

const UNREACHABLE =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|Server selection timed out/;

/** MongoDB's "authentication failed" server error code. */
const AUTHENTICATION_FAILED = 18;

/**
 * Why a service could not open its database, as one sentence naming `variable` (MONGODB_URI) and
 * the URI's hosts: the driver's own error is a 40-line dump that names neither.
 */
export function databaseStartupError(
  variable: string,
  uri: string,
  error: unknown,
  waitedSeconds: number,
): StartupError {
  const at = `${variable} (${databaseHosts(uri)})`;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === AUTHENTICATION_FAILED || /Authentication failed/i.test(message))
    return new StartupError(
      `the database at ${at} refused the credentials in the URI; check the user name, password and authSource`,
    );
  if (UNREACHABLE.test(message))
    return new StartupError(
      `cannot reach the database at ${at} within ${waitedSeconds} s (${firstLine(message)}); check that it runs and that this host may connect to it`,
    );
  return new StartupError(`cannot open the database at ${at}: ${firstLine(message)}`);
}

function firstLine(text: string): string {
  // A driver message can quote the URI it was given; the credentials never reach the output.
  return text.split('\n')[0].replace(/\/\/[^@/\s]*@/g, '//…@');
}
