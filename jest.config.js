/**
 * One jest configuration for the whole repository. Workspace packages are mapped to their
 * sources so unit tests need no build; end-to-end tests start the built services from dist/.
 * One database server is provisioned for the whole run (tests/src/jest/global-setup.ts) and
 * every test file works in databases of its own.
 */
const workspaces = {
  shared: 'shared',
  demo: 'demo',
  devdb: 'tools/devdb',
  country: 'subgraphs/country',
  region: 'subgraphs/region',
  gateway: 'gateway',
  tests: 'tests',
};

module.exports = {
  testEnvironment: 'node',
  roots: Object.values(workspaces).map((dir) => `<rootDir>/${dir}/src`),
  testMatch: ['**/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
    // jose ships only ES modules. Node 20.19+ loads them with require() at run time, but jest's
    // own module loader does not, so its files are compiled to CommonJS for the tests.
    '^.+/node_modules/jose/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper: Object.fromEntries(
    Object.entries(workspaces).map(([name, dir]) => [
      `^@expertpool/${name}$`,
      `<rootDir>/${dir}/src/index.ts`,
    ]),
  ),
  globalSetup: '<rootDir>/tests/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/tests/src/jest/global-teardown.ts',
  testTimeout: 60_000,
  // Two cores: one worker per core keeps database-heavy suites from starving each other.
  maxWorkers: 2,
};
