/**
 * The checked-in resolver types are what codegen.ts generates from today's schemas (built here
 * from the sources). Nothing is written: a failure means a schema changed without
 * `npm run codegen`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import config, { formatted } from '../../../../codegen';

const root = join(__dirname, '../../../..');

/**
 * graphql-codegen's `generate(config, false)`, which returns the files instead of writing them,
 * run in a child process: the CLI package loads ES modules that jest cannot. The configuration
 * crosses as JSON (its schemas are SDL strings); the formatting hook is applied here.
 */
const GENERATE_IN_MEMORY = `
  const { generate } = require('@graphql-codegen/cli');
  let input = '';
  process.stdin.on('data', (chunk) => (input += chunk));
  process.stdin.on('end', async () => {
    const files = await generate(JSON.parse(input), false);
    const out = files.map(({ filename, content }) => ({ filename, content }));
    process.stdout.write(JSON.stringify(out));
  });
`;

function generateInMemory(): { filename: string; content: string }[] {
  const { hooks: _writeHooks, ...rest } = config;
  const out = execFileSync(process.execPath, ['-e', GENERATE_IN_MEMORY], {
    cwd: root,
    input: JSON.stringify({ ...rest, cwd: root, silent: true }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out);
}

jest.setTimeout(120_000);

let generated: { filename: string; content: string }[];

beforeAll(() => {
  generated = generateInMemory();
});

it('generates one file per configured output', () => {
  expect(generated.map((g) => g.filename).sort()).toEqual(Object.keys(config.generates).sort());
});

it.each(Object.keys(config.generates))('%s is up to date (npm run codegen)', (file) => {
  const output = generated.find((g) => g.filename === file);
  const path = join(root, file);
  expect(readFileSync(path, 'utf8')).toBe(formatted(path, output?.content ?? ''));
});
