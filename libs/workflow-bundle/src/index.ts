import { resolve } from 'node:path';
import type { BundleOptions } from '@temporalio/worker';
import tsconfig from '../../../tsconfig.base.json';

const root = resolve(__dirname, '../../..');

/** The entry of the workflow bundle: the one index that exports every workflow. */
export const workflowsPath = resolve(root, 'workflows/src/index.ts');

/**
 * The bundler does not read tsconfig paths, so teach webpack the @duban/* aliases
 * that workflow code may use (lint keeps those to domain and contracts).
 */
export const workflowBundlerOptions: Pick<BundleOptions, 'webpackConfigHook'> = {
  webpackConfigHook: (config) => {
    const alias = Object.fromEntries(
      Object.entries(tsconfig.compilerOptions.paths).map(([name, [target]]) => [name, resolve(root, target)]),
    );
    config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...alias } };
    return config;
  },
};
