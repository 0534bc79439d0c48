import { readFile } from 'node:fs/promises';
import { ENGAGEMENT_ROLES, UsageError, parseCommandLine, runCli } from '@expertpool/shared';
import { EndpointError, RefusedError } from './graphql-client';
import { OPTIONS, OptionName, ProgrammeCommand, execute } from './programme-commands';

export const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

const USAGE = `Usage: npm run -s programme -- COMMAND [ID] [options]

Reads and manages the ACCSM programmes through the region's GraphQL endpoint. Reading needs no
token; every change needs a secretariat token, and is recorded with the token's subject.

Commands:
  list [--host CC] [--competency AREA] [--from DATE] [--to DATE] [--include-cancelled] [--first N]
                          one line per programme: id, dates, host, kind, status, title
  show ID [--changes]     the programme as JSON; --changes adds who changed it and when
  create --file FILE      a new programme from FILE: a ProgrammeInput as JSON (title, kind,
                          host, startDate, endDate, competencies, and optionally workPlan,
                          description and need)
  update ID --file FILE [--expected-version N]
                          changes the fields FILE gives (null clears workPlan, description or
                          need); with --expected-version, refused if the programme has changed
  cancel ID --reason TEXT cancels; the programme stays readable as CANCELLED
  engage ID --expert CC:ID --role ROLE [--topic TEXT]
  disengage ID --expert CC:ID --role ROLE
                          ROLE is one of ${ENGAGEMENT_ROLES.join(', ')}

Options:
  --url URL      the GraphQL endpoint (default ${DEFAULT_URL}, the gateway)
  --token TOKEN  the bearer token (default: the EXPERTPOOL_TOKEN variable)
  --help         this text

The programme (or list) goes to standard output. Exit status: 0 done, 1 a usage error or a file
that cannot be read, 2 the service refused (each reason printed with its code), 3 no answer
from the endpoint.`;

/** Per command: whether it takes a programme id, and the options it accepts (besides --url, --token). */
const COMMANDS: Record<string, { id: boolean; options: readonly OptionName[] }> = {
  list: {
    id: false,
    options: ['host', 'competency', 'from', 'to', 'include-cancelled', 'first'],
  },
  show: { id: true, options: ['changes'] },
  create: { id: false, options: ['file'] },
  update: { id: true, options: ['file', 'expected-version'] },
  cancel: { id: true, options: ['reason'] },
  engage: { id: true, options: ['expert', 'role', 'topic'] },
  disengage: { id: true, options: ['expert', 'role'] },
};

/** Reads the command line; every mistake is a UsageError naming the argument. */
export function parseProgrammeArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): ProgrammeCommand | 'help' {
  const { values, positionals } = parseCommandLine(argv, OPTIONS, { allowPositionals: true });
  if (values.help) return 'help';
  const [name, id, ...extra] = positionals;
  if (name === undefined)
    throw new UsageError(`give a command: ${Object.keys(COMMANDS).join(', ')}`);
  const spec = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!spec)
    throw new UsageError(`unknown command "${name}"; one of ${Object.keys(COMMANDS).join(', ')}`);
  if (spec.id && id === undefined) throw new UsageError(`${name} needs a programme id`);
  if ((!spec.id && id !== undefined) || extra.length > 0)
    throw new UsageError(`unexpected argument "${spec.id ? extra[0] : id}" for ${name}`);
  for (const option of Object.keys(values) as OptionName[])
    if (option !== 'url' && option !== 'token' && !spec.options.includes(option))
      throw new UsageError(`--${option} does not go with ${name}`);
  const token = values.token ?? env.EXPERTPOOL_TOKEN;
  return {
    name,
    ...(spec.id ? { id } : {}),
    endpoint: { url: urlArg(values.url ?? DEFAULT_URL), ...(token ? { token } : {}) },
    values,
  };
}

function urlArg(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // reported below
  }
  throw new UsageError(`--url: "${raw}" is not an http(s) URL such as ${DEFAULT_URL}`);
}

/** How the service's refusal reads: each error with its code, and each field a problem names. */
function refusalText(error: RefusedError): string {
  return error.errors
    .map((e) => {
      const head = `programme: ${e.extensions?.code ?? 'ERROR'}: ${e.message}`;
      const problems = e.extensions?.problems ?? [];
      return problems.length > 1
        ? [
            `programme: ${e.extensions?.code}: ${problems.length} problems:`,
            ...problems.map((p) => `  ${p.field}: ${p.message}`),
          ].join('\n')
        : head;
    })
    .join('\n');
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI on `argv` and says what it would print and its exit status. Usage errors are
 * thrown (runCli prints them and exits 1); a refusal is 2 and no answer 3.
 */
export async function runProgrammeCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  read: (path: string) => Promise<string> = (path) => readFile(path, 'utf8'),
): Promise<CliResult> {
  const command = parseProgrammeArgs(argv, env);
  if (command === 'help') return { exitCode: 0, stdout: USAGE, stderr: '' };
  try {
    return { exitCode: 0, stdout: await execute(command, read), stderr: '' };
  } catch (error) {
    if (error instanceof RefusedError)
      return { exitCode: 2, stdout: '', stderr: refusalText(error) };
    if (error instanceof EndpointError)
      return { exitCode: 3, stdout: '', stderr: `programme: ${error.message}` };
    throw error;
  }
}

async function main(): Promise<number> {
  const { exitCode, stdout, stderr } = await runProgrammeCli(process.argv.slice(2), process.env);
  if (stdout) console.log(stdout);
  if (stderr) console.error(stderr);
  return exitCode;
}

if (require.main === module) runCli('programme', main);
