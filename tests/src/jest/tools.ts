import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../region/processes';

interface GoTool {
  name: string;
  version: string;
}

/**
 * The path of a Go program from scripts/tools.json, as scripts/ensure-tools.mjs (run by `npm
 * test`) built it; throws with the command to run when it is missing.
 */
export function goTool(name: string): string {
  const table = JSON.parse(readFileSync(join(REPO_ROOT, 'scripts', 'tools.json'), 'utf8')) as {
    go: GoTool[];
  };
  const tool = table.go.find((t) => t.name === name);
  if (!tool) throw new Error(`scripts/tools.json lists no Go tool "${name}"`);
  const cache =
    process.env.EXPERTPOOL_CACHE || join(process.env.HOME || homedir(), '.cache', 'expertpool');
  const path = join(cache, 'tools', `${tool.name}-${tool.version}`, tool.name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "node scripts/ensure-tools.mjs"`);
  return path;
}
