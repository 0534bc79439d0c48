import { ENGAGEMENT_ROLES, MAX_PAGE_SIZE, UsageError, wholeNumberArg } from '@expertpool/shared';
import { DEFAULT_PROGRAMMES_PAGE } from '../programme';
import { Endpoint, RefusedError, request } from './graphql-client';
import * as ops from './programme-operations';

/** Every option of every command (programme-cli.ts says which command takes which). */
export const OPTIONS = {
  url: 'value',
  token: 'value',
  file: 'value',
  'expected-version': 'value',
  reason: 'value',
  expert: 'value',
  role: 'value',
  topic: 'value',
  host: 'value',
  competency: 'value',
  from: 'value',
  to: 'value',
  'include-cancelled': 'flag',
  first: 'value',
  changes: 'flag',
  help: 'flag',
} as const;
export type OptionName = keyof typeof OPTIONS;

/** A parsed command line: the command, its programme id, where to send it, and its options. */
export interface ProgrammeCommand {
  name: string;
  id?: string;
  endpoint: Endpoint;
  values: Partial<Record<OptionName, string | true>>;
}

function required(command: ProgrammeCommand, option: OptionName, example: string): string {
  const value = command.values[option];
  if (typeof value !== 'string')
    throw new UsageError(`${command.name} needs --${option} ${example}`);
  return value;
}

function roleArg(command: ProgrammeCommand): string {
  const role = required(command, 'role', 'ROLE').trim().toUpperCase();
  if (!(ENGAGEMENT_ROLES as readonly string[]).includes(role))
    throw new UsageError(`--role: "${role}" is not one of ${ENGAGEMENT_ROLES.join(', ')}`);
  return role;
}

/** A JSON object from --file; what it says is checked by the service, field by field. */
async function jsonFile(command: ProgrammeCommand, read: (path: string) => Promise<string>) {
  const path = required(command, 'file', 'FILE');
  let text: string;
  try {
    text = await read(path);
  } catch (error) {
    throw new UsageError(`--file: cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--file: ${path} is not JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new UsageError(`--file: ${path} must hold one JSON object`);
  return json as Record<string, unknown>;
}

const listLine = (p: Record<string, any>) =>
  [p.id, `${p.startDate}..${p.endDate}`, p.host.code, p.kind, p.status, p.title].join('  ');

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** What a command prints on standard output, from the service's answer. */
export async function execute(
  command: ProgrammeCommand,
  read: (path: string) => Promise<string>,
): Promise<string> {
  const { endpoint, values, id } = command;
  switch (command.name) {
    case 'list': {
      const first = wholeNumberArg(
        'first',
        values.first as string | undefined,
        DEFAULT_PROGRAMMES_PAGE,
        0,
        MAX_PAGE_SIZE,
      );
      const data = await request(endpoint, ops.LIST, {
        host: values.host,
        competency: values.competency,
        from: values.from,
        to: values.to,
        includeCancelled: values['include-cancelled'] === true,
        first,
      });
      return data.programmes.map(listLine).join('\n');
    }
    case 'show': {
      const data = await request(endpoint, ops.show(values.changes === true), { id });
      if (!data.programme)
        throw new RefusedError([
          { message: `No programme has id "${id}".`, extensions: { code: 'NOT_FOUND' } },
        ]);
      return pretty(data.programme);
    }
    case 'create':
      return pretty(
        (await request(endpoint, ops.CREATE, { input: await jsonFile(command, read) }))
          .createProgramme,
      );
    case 'update': {
      const raw = values['expected-version'] as string | undefined;
      const expectedVersion =
        raw === undefined ? undefined : wholeNumberArg('expected-version', raw, 0, 0, 2 ** 31 - 1);
      const input = await jsonFile(command, read);
      return pretty(
        (await request(endpoint, ops.UPDATE, { id, input, expectedVersion })).updateProgramme,
      );
    }
    case 'cancel':
      return pretty(
        (await request(endpoint, ops.CANCEL, { id, reason: required(command, 'reason', 'TEXT') }))
          .cancelProgramme,
      );
    case 'engage':
      return pretty(
        (
          await request(endpoint, ops.ENGAGE, {
            id,
            expertId: required(command, 'expert', 'CC:ID'),
            role: roleArg(command),
            topic: values.topic,
          })
        ).addEngagement,
      );
    case 'disengage':
      return pretty(
        (
          await request(endpoint, ops.DISENGAGE, {
            id,
            expertId: required(command, 'expert', 'CC:ID'),
            role: roleArg(command),
          })
        ).removeEngagement,
      );
    default:
      throw new UsageError(`unknown command "${command.name}"`);
  }
}
