// ESLint flat config: TypeScript's recommended rules and a few of our own, each with its reason.
// Formatting is Prettier's job (.prettierrc), not ESLint's.
import { createNodeResolver, flatConfigs as importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.d.ts', 'tools/devdb/java/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused code hides intent; a leading underscore marks a deliberate placeholder.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Tests poke at GraphQL JSON, where `any` is the honest type; production code avoids it.
      '@typescript-eslint/no-explicit-any': 'off',
      // Branching on message text breaks on rewording: compare codes (docs/ARCHITECTURE.md §9).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='message'][parent.type='CallExpression'][parent.callee.property.name=/^(includes|startsWith|match)$/]",
          message: 'Branch on error codes, not message text.',
        },
      ],
      // A console.log left in library code leaks to every service's output.
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Every workspace declares what it imports (issue 14): an import of a package missing from the
    // nearest package.json works here only through npm's hoisting and breaks a workspace built or
    // installed on its own. Tests count too: their imports are dependencies of the workspace.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    plugins: importX.recommended.plugins,
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: { 'import-x/no-extraneous-dependencies': ['error', { includeTypes: true }] },
  },
  {
    // Entry points, CLIs, tests and the services' default logger print by design.
    files: [
      '**/main.ts',
      '**/server.ts',
      '**/*-cli.ts',
      '**/cli.ts',
      '**/cli/**',
      'scripts/**',
      '**/__tests__/**',
      'tests/src/bench/**',
      'tests/src/region/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['jest.config.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
