// Three Jest projects: fast unit tests beside the code, the console's component tests in jsdom,
// and integration tests that talk to the real Postgres and the real Temporal servers
// (*.e2e-spec.ts and *.int.spec.ts).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([name, [target]]) => [`^${name}$`, `<rootDir>/${target}`]),
);
const transform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};
const common = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node' };
// The console: TSX with React's automatic runtime.
const webTransform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

module.exports = {
  // Global only in Jest: integration hooks start real servers; unit tests finish far sooner.
  testTimeout: 180_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,workflows,docker}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.e2e-spec\\.ts$', '\\.int\\.spec\\.ts$', '<rootDir>/apps/web/'],
    },
    {
      rootDir: __dirname,
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/**/*.spec.{ts,tsx}'],
      transform: webTransform,
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/test/setup.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,workflows}/**/*.{e2e-spec,int.spec}.ts'],
      slowTestThreshold: 60,
    },
  ],
};
