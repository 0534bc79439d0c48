/**
 * Which modules a service process loaded: the environment below preloads record-modules.cjs,
 * which writes the list when the process exits (stopService lets it exit cleanly).
 */
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { REPO_ROOT } from '../../index';

/** As the module cache names files: symbolic links resolved. */
const ROOT = realpathSync(REPO_ROOT);

export interface ModuleDump {
  /** The entry script, relative to the repository root (e.g. gateway/dist/main.js). */
  script: string;
  modules: string[];
}

export class LoadedModules {
  readonly dir = mkdtempSync(join(tmpdir(), 'expertpool-modules-'));

  /** Environment that makes a `node` child record its modules here. */
  env(): Record<string, string> {
    const hook = JSON.stringify(join(__dirname, 'record-modules.cjs'));
    const inherited = process.env.NODE_OPTIONS ?? '';
    return {
      NODE_OPTIONS: `${inherited} --require ${hook}`.trim(),
      LOADED_MODULES_DIR: this.dir,
    };
  }

  /** The dumps of every process that has exited so far. */
  dumps(): ModuleDump[] {
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const dump = JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as ModuleDump;
        return {
          ...dump,
          script: dump.script
            .slice(ROOT.length + 1)
            .split(sep)
            .join('/'),
        };
      });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The modules of `dump` that belong to the @expertpool/demo workspace. */
export function demoModules(dump: ModuleDump): string[] {
  const demoDir = join(ROOT, 'demo') + sep;
  return dump.modules.filter(
    (file) => file.startsWith(demoDir) || file.includes(`${sep}@expertpool${sep}demo${sep}`),
  );
}
