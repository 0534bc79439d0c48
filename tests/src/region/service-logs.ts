import { WriteStream, createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Echo } from './processes';

export interface ServiceLogs {
  /** The folder of the log files, one per service (`<name>.log`). */
  dir: string;
  /** startRegion's echo: each line to the terminal, under its service's name, and to its file. */
  echo: Echo;
  close(): Promise<void>;
}

/**
 * What `npm start` does with the services' output (issue 12): every line passes through to the
 * terminal, prefixed with its service in a fixed-width column so 13 interleaved streams stay
 * readable, and is kept in that service's own file for reading afterwards.
 */
export function serviceLogs(print: (line: string) => void): ServiceLogs {
  const dir = mkdtempSync(join(tmpdir(), 'expertpool-logs-'));
  const files = new Map<string, WriteStream>();
  const fileOf = (service: string) => {
    let file = files.get(service);
    if (!file) {
      file = createWriteStream(join(dir, `${service}.log`), { flags: 'a' });
      files.set(service, file);
    }
    return file;
  };
  return {
    dir,
    echo: (_line, { service, text }) => {
      print(`${service.padEnd(8)}| ${text}`);
      fileOf(service).write(`${text}\n`);
    },
    close: async () => {
      await Promise.all(
        [...files.values()].map((f) => new Promise<void>((resolve) => f.end(() => resolve()))),
      );
    },
  };
}
