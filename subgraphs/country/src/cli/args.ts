import { COUNTRIES, isCountryCode } from '@expertpool/shared';

/** A mistake in the command line; the message names the argument. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  values: Map<string, string>;
  flags: Set<string>;
  positionals: string[];
}

/**
 * Splits argv by a table of known options: `--name value`, `--name=value`, boolean flags and
 * positionals (everything after `--` is positional). Unknown options are usage errors, never
 * silently ignored: a mistyped `--dry-run` must not turn into a real import.
 */
export function splitArgs(
  argv: readonly string[],
  options: Record<string, 'value' | 'flag'>,
): ParsedArgs {
  const parsed: ParsedArgs = { values: new Map(), flags: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const kind = name === '-h' ? 'flag' : options[name.replace(/^--/, '')];
    if (!name.startsWith('--') && name !== '-h')
      throw new UsageError(`unknown option "${arg}"; options start with "--"`);
    if (kind === undefined)
      throw new UsageError(
        `unknown option "${name}"; known options: ${Object.keys(options)
          .map((o) => `--${o}`)
          .join(', ')}`,
      );
    const key = name === '-h' ? 'help' : name.slice(2);
    if (kind === 'flag') {
      if (eq !== -1) throw new UsageError(`option ${name} takes no value`);
      parsed.flags.add(key);
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--')))
      throw new UsageError(`option ${name} needs a value`);
    if (parsed.values.has(key)) throw new UsageError(`option ${name} is given twice`);
    parsed.values.set(key, value);
  }
  return parsed;
}

/** The `--country` value as an upper-case registry code. */
export function countryArg(parsed: ParsedArgs): string {
  const raw = parsed.values.get('country');
  if (raw === undefined) throw new UsageError('--country is required, e.g. --country MY');
  const code = raw.trim().toUpperCase();
  if (!isCountryCode(code))
    throw new UsageError(
      `--country: "${raw}" is not a known country code; one of ${COUNTRIES.map((c) => c.code).join(', ')}`,
    );
  return code;
}
