/**
 * Every workspace declares what it imports (issue 14), enforced by the repository's ESLint
 * config (eslint.config.mjs, import-x/no-extraneous-dependencies). The source is linted as text
 * under a workspace's path, so no file is written.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../../../..');
const RULE = 'import-x/no-extraneous-dependencies';

// ESLint runs as its own process: its flat config is an ES module, which jest's CommonJS runtime
// cannot load.
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

async function problems(file: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [ESLINT, '--stdin', '--stdin-filename', path.join(ROOT, file), '--format', 'json'],
    { cwd: ROOT, input: code, encoding: 'utf8' },
  );
  if (run.stdout === '') throw new Error(`eslint failed: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

test('a test importing a workspace its package.json does not list is an error', async () => {
  // The gateway lists country and region (its tests compose them) but not demo.
  const found = await problems(
    'gateway/src/__tests__/undeclared.test.ts',
    "import { typeDefs } from '@expertpool/country';\nimport { generateExperts } from '@expertpool/demo';\nexport { typeDefs, generateExperts };\n",
  );
  expect(found).toEqual([expect.stringContaining("'@expertpool/demo' should be listed")]);
});

test('the same import is fine where the workspace declares it', async () => {
  expect(
    await problems(
      'subgraphs/country/src/undeclared.ts',
      "import { generateExperts } from '@expertpool/demo';\nexport { generateExperts };\n",
    ),
  ).toEqual([]);
});
