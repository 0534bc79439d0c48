import { parseArgs } from 'node:util';

import { countryCodeProblem, parseCountryCode } from '../countries';

/** A mistake in the command line; the message names the argument. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A command's options: `value` takes an argument (`--out FILE`), `flag` takes none. */
export type OptionTable = Readonly<Record<string, 'value' | 'flag'>>;

export type OptionValues<T extends OptionTable> = {
  [K in keyof T]?: T[K] extends 'value' ? string : true;
};

export interface CommandLine<T extends OptionTable> {
  values: OptionValues<T>;
  positionals: string[];
}

export interface CommandLineRules {
  /** The command takes operands (`FILE`); else one is a usage error. */
  allowPositionals?: boolean;
  /** What to say after `unexpected argument "x"` when positionals are not allowed. */
  positionalHint?: string;
}

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parseArgsOptions(table: OptionTable): ParseArgsOptions {
  const options: ParseArgsOptions = {};
  for (const [name, kind] of Object.entries(table))
    options[name] = kind === 'value' ? { type: 'string' } : { type: 'boolean' };
  if (table.help === 'flag') options.help.short = 'h';
  return options;
}

// By its code, not `instanceof TypeError`: the error is made in Node's own realm, which is not
// the caller's under jest.
const isParseArgsError = (error: unknown): error is Error =>
  typeof error === 'object' &&
  error !== null &&
  String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');

/**
 * Reads argv with `node:util` `parseArgs` in strict mode: every option must be in `table`, a
 * value option needs its value, a flag takes none. Unknown options are usage errors, never
 * silently ignored: a mistyped `--dry-run` must not turn into a real import. On top of
 * parseArgs, an option given twice or with an empty value is refused too (parseArgs would keep
 * the last one, or the empty string), and every message names the argument at fault.
 * Everything after `--` is positional.
 */
export function parseCommandLine<T extends OptionTable>(
  argv: readonly string[],
  table: T,
  rules: CommandLineRules = {},
): CommandLine<T> {
  const options = parseArgsOptions(table);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: rules.allowPositionals ?? false,
      tokens: true,
    });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw new UsageError(explain(argv, table, options, rules) ?? error.message);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || table[token.name] !== 'value') continue;
    if (token.value === '') throw new UsageError(`option ${token.rawName} needs a value`);
    if (seen.has(token.name)) throw new UsageError(`option ${token.rawName} is given twice`);
    seen.add(token.name);
  }
  // The table decides the shape of `values`: strings for value options, true for flags given.
  return { values: parsed.values as OptionValues<T>, positionals: parsed.positionals };
}

/**
 * The first argument strict parsing refused, in this project's words. parseArgs says what is
 * wrong but not always clearly enough for an operator (`argument is ambiguous`), so the argv is
 * read again without strictness and the first offending token explained.
 */
function explain(
  argv: readonly string[],
  table: OptionTable,
  options: ParseArgsOptions,
  rules: CommandLineRules,
): string | undefined {
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (rules.allowPositionals) continue;
      return `unexpected argument "${token.value}"; ${rules.positionalHint ?? 'options start with "--"'}`;
    }
    if (token.kind !== 'option') continue;
    const kind = table[token.name];
    if (kind === undefined)
      return token.rawName.startsWith('--')
        ? `unknown option "${token.rawName}"; known options: ${Object.keys(table)
            .map((name) => `--${name}`)
            .join(', ')}`
        : `unknown option "${token.rawName}"; options start with "--"`;
    if (kind === 'flag' && token.inlineValue) return `option ${token.rawName} takes no value`;
    if (kind === 'value' && token.value === undefined)
      return `option ${token.rawName} needs a value`;
    if (kind === 'value' && !token.inlineValue && token.value?.startsWith('-'))
      return `option ${token.rawName} needs a value; "${token.value}" looks like an option (to pass it as the value, write ${token.rawName}=${token.value})`;
  }
  return undefined;
}

/** A whole-number option from `min` to `max`, or `fallback` when it is not given. */
export function wholeNumberArg(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return value;
}

/** The `--country` value as an upper-case code, by the same rule as `COUNTRY=` (countries.ts). */
export function countryArg(raw: string | undefined, option = '--country'): string {
  if (raw === undefined) throw new UsageError(`${option} is required, e.g. ${option} MY`);
  const code = parseCountryCode(raw);
  if (code === undefined) throw new UsageError(countryCodeProblem(option, raw));
  return code;
}
