import { ConfigError } from '../config';
import { UsageError } from './args';

/** A class of errors whose message alone tells the user what to fix (e.g. a bad input file). */
export type ExplainedError = abstract new (...args: never[]) => Error;

/**
 * What a command-line tool prints for an error. A usage error points to --help; a configuration
 * error (every bad variable, named) and the caller's `explained` errors are printed as they
 * are; anything else is a failure of the command itself.
 */
export function cliErrorMessage(
  name: string,
  error: unknown,
  explained: readonly ExplainedError[] = [],
): string {
  if (error instanceof UsageError) return `${name}: ${error.message}\nRun with --help for usage.`;
  if (error instanceof ConfigError || explained.some((type) => error instanceof type))
    return `${name}: ${(error as Error).message}`;
  return `${name} failed: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Runs a command-line tool's main. What main returns (default 0) becomes the exit status once
 * the event loop drains, so a tool that keeps servers running stays up. An error is printed as
 * `cliErrorMessage` words it and exits 1 at once: main has released what it holds by then, and
 * nothing it left running may keep a failed command alive. Exit status 1 is every failure,
 * usage errors included, because a tool may give 2 a meaning of its own (the import: some rows
 * rejected).
 */
export function runCli(
  name: string,
  main: () => Promise<number | void> | number | void,
  explained: readonly ExplainedError[] = [],
): void {
  new Promise<number | void>((resolve) => resolve(main())).then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      console.error(cliErrorMessage(name, error, explained));
      process.exit(1);
    },
  );
}
