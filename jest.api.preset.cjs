// Shared Jest set-up for the API projects: SWC with decorator metadata (Nest + TypeORM need it),
// unit specs (*.spec.ts) and database suites (*.int-spec.ts) in one run.
const { join, relative } = require('path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = (displayName, projectDir) => {
  const embedded = !process.env.TEST_DATABASE_URL && !process.env.DATABASE_URL;
  return {
    ...nxPreset,
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
    transform: {
      '^.+\\.[tj]s$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2022',
            keepClassNames: true,
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    // content-disposition (used by @fastify/static) ships ESM only: compile it like our own code.
    transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
    moduleFileExtensions: ['ts', 'js', 'json'],
    globalSetup: join(__dirname, 'libs/api/core/src/testing/jest-global-setup.cjs'),
    globalTeardown: join(__dirname, 'libs/api/core/src/testing/jest-global-teardown.cjs'),
    // The embedded database runs one transaction at a time: its suites run one after another.
    maxWorkers: embedded ? 1 : 2,
    testTimeout: 60000,
    coverageDirectory: join(__dirname, 'coverage', relative(__dirname, projectDir)),
  };
};
