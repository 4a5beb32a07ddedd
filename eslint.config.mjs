// Lint keeps the boundaries of STYLE.md: an app may use libs; workflows may use only domain and
// contracts; domain uses nothing; and workflow code imports nothing that breaks determinism.
// Type-aware rules catch a promise nobody awaits, in the services and in the console alike.
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'crypto',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'util',
  'stream',
  'events',
  'process',
  'timers',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tools/**',
      '.data/**',
      '.nx/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'apps/web/src/api-types.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: { allowDefaultProject: ['apps/web/vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { '@nx': nx, '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // The e2e project runs the real API and worker in-process; no other project may import an app.
          allow: ['../../../tsconfig.base.json', '@duban/api', '@duban/worker'],
          // The testing helpers build domain values, and the domain's own specs use them.
          ignoredCircularDependencies: [['domain', 'testing']],
          depConstraints: [
            // Only the domain's specs use the testing helpers; its code proper imports nothing (below).
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:testing'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'] },
            {
              sourceTag: 'type:workflows',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:testing', 'type:util'],
            },
            { sourceTag: 'type:persistence', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:audit', onlyDependOnLibsWithTags: ['type:domain', 'type:persistence'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            {
              sourceTag: 'type:data',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:contracts',
                'type:persistence',
                'type:util',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:contracts',
                'type:persistence',
                'type:util',
                'type:data',
                'type:audit',
                // the apps' own specs build domain values with the test factories
                'type:testing',
              ],
            },
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    // The console: hooks used as React requires.
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Workflow code proper (not its tests): deterministic and bundle-safe.
    files: ['workflows/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'workflow code must not use Node built-ins' })),
          patterns: [
            { group: ['node:*'], message: 'workflow code must not use Node built-ins' },
            {
              group: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'class-validator',
                'class-transformer',
                '@temporalio/client',
                '@temporalio/worker',
                '@temporalio/activity',
              ],
              message:
                'workflow code may import only @temporalio/workflow, @temporalio/common, @duban/domain and @duban/contracts',
            },
            {
              group: ['@duban/*', '!@duban/domain', '!@duban/contracts'],
              message: 'workflow code may use only @duban/domain and @duban/contracts',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'use sleep() or condition() from @temporalio/workflow' },
        { name: 'setInterval', message: 'use sleep() in a loop' },
        { name: 'fetch', message: 'do I/O in an activity' },
        { name: 'process', message: 'workflow code has no process' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'use uuid4() or random from the input' },
      ],
    },
  },
  {
    // The domain is pure: no frameworks, no I/O.
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'pg', '@temporalio/*', 'node:*', '@duban/*'],
              message: 'the domain uses nothing',
            },
          ],
        },
      ],
    },
  },
);
