import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../region/processes';

interface GoTool {
  name: string;
  version: string;
}

const cacheDir = () =>
  process.env.EXPERTPOOL_CACHE || join(process.env.HOME || homedir(), '.cache', 'expertpool');

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
  const path = join(cacheDir(), 'tools', `${tool.name}-${tool.version}`, tool.name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "node scripts/ensure-tools.mjs"`);
  return path;
}

/**
 * Where kubeconform finds the Kubernetes JSON schemas that scripts/ensure-tools.mjs unpacked
 * (scripts/tools.json kubernetesSchemas), as its -schema-location template, and the Kubernetes
 * version they are of; throws with the command to run when they are missing.
 */
export function kubernetesSchemas(): { location: string; kubernetesVersion: string } {
  const table = JSON.parse(readFileSync(join(REPO_ROOT, 'scripts', 'tools.json'), 'utf8')) as {
    kubernetesSchemas: { version: string; kubernetesVersion: string };
  };
  const { version, kubernetesVersion } = table.kubernetesSchemas;
  const dir = join(cacheDir(), 'tools', `kubernetes-schemas-${version}`);
  const strict = join(dir, `v${kubernetesVersion}-local-strict`, '_definitions.json');
  if (!existsSync(strict))
    throw new Error(`${strict} is missing: run "node scripts/ensure-tools.mjs"`);
  return {
    location: `${dir}/{{ .NormalizedKubernetesVersion }}-local{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`,
    kubernetesVersion,
  };
}
