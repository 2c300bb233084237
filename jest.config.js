/**
 * One `npm test`, two projects: `unit` (specs beside the code in apps/ and libs/, no database, runs
 * in seconds: `npx jest --selectProjects unit`) and `e2e` (test/*.e2e-spec.ts on real services).
 */
const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json', diagnostics: false }] },
  moduleNameMapper: { '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
};

module.exports = {
  // Jest reads these two for the whole run, not per project.
  testTimeout: 60000,
  maxWorkers: 2,
  projects: [
    { ...shared, displayName: 'unit', testRegex: '(apps|libs)/.*\\.spec\\.ts$' },
    {
      ...shared,
      displayName: 'e2e',
      testRegex: 'test/.*\\.e2e-spec\\.ts$',
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
